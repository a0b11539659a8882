/**
 * exact60: the narrator's appositive at the end of reported content is not
 * part of what was said. An appositive that ranks what came before ("..., the
 * first time it has done so", "..., the biggest jump in a decade") is cut like
 * one that sums it up; and a summing appositive whose relative clause joins
 * words of its own ("..., a move that could split the eastern and western
 * towns") is cut too: its "and" is inside the clause, not the rest of a list.
 * A list of noun phrases and an appositive closed before the content goes on
 * stay. Exact parts, speaker, cue, rule and kind; invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // an appositive that ranks what came before
  ['"the first time"', 'The harbor board said it had closed 40 piers since March, the first time it has named a number.', [
    row(['it had closed 40 piers since March'], 'The harbor board', 'said', 'reported/cue-clause'),
  ]],
  ['"the first two" after two names', 'Ada Brill told reporters the ferry would not reach Dover or Kelton, the first two towns on the route.', [
    row(['the ferry would not reach Dover or Kelton'], 'Ada Brill', 'told', 'reported/cue-clause'),
  ]],
  ['"the biggest"', 'Tom Vale said fares rose by 12 percent last year, the biggest jump in a decade.', [
    row(['fares rose by 12 percent last year'], 'Tom Vale', 'said', 'reported/cue-clause'),
  ]],
  ['"the second"', 'Tom Vale said the toll rose in May, the second rise this year.', [
    row(['the toll rose in May'], 'Tom Vale', 'said', 'reported/cue-clause'),
  ]],
  // a summing appositive whose relative clause holds "and"
  ['"a custom that" and a list inside its clause', 'Ada Brill said Kelton was the first town to close its quay to cars, a custom that Dover, Marlow and Stead later copied.', [
    row(['Kelton was the first town to close its quay to cars'], 'Ada Brill', 'said', 'reported/cue-clause'),
  ]],
  ['"a requirement that" after an infinitive', 'Applicants must promise to pay $500 before they are chosen, a requirement that keeps newcomers and outsiders away.', [
    row(['to pay $500 before they are chosen'], 'Applicants', 'must promise', 'reported/cue-infinitive'),
  ]],
  ['"a move that" with coordinated adjectives', 'Ada Brill said the ferry will stop at Dover, a move that could split the eastern and western towns.', [
    row(['the ferry will stop at Dover'], 'Ada Brill', 'said', 'reported/cue-clause'),
  ]],
  ['"a decision which"', 'Ada Brill said the pier will be sold, a decision which angered fishermen and sailors in Kelton.', [
    row(['the pier will be sold'], 'Ada Brill', 'said', 'reported/cue-clause'),
  ]],
  ['"an admission that" after quoted words', 'Tom Vale said some families would pay "a bit more" in fares, an admission that drew cheers from rivals and reporters.', [
    row(['some families would pay "a bit more" in fares'], 'Tom Vale', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  // unchanged shapes
  ['a list of noun phrases stays', 'Tom Vale said the council bought a car, a house and a boat.', [
    row(['the council bought a car, a house and a boat'], 'Tom Vale', 'said', 'reported/cue-clause'),
  ]],
  ['a list after "a pair of" stays', 'Tom Vale said the board met twice, a pair of meetings and a dinner.', [
    row(['the board met twice, a pair of meetings and a dinner'], 'Tom Vale', 'said', 'reported/cue-clause'),
  ]],
  ['a ranking appositive closed before the content goes on stays', 'Tom Vale said he met Ada Brill, the first mayor of Kelton, at the pier.', [
    row(['he met Ada Brill, the first mayor of Kelton, at the pier'], 'Tom Vale', 'said', 'reported/cue-clause'),
  ]],
  ['a summing appositive with no "and" is cut as before', 'Ada Brill said the pier will reopen, a claim the divers dispute.', [
    row(['the pier will reopen'], 'Ada Brill', 'said', 'reported/cue-clause'),
  ]],
];

describe("the narrator's ranking or summing appositive at the end of reported content", () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });

  test.each([
    ['a ranking phrase with no cue', 'The ferry reached Dover at noon, the first time in a week.'],
    ['a summing appositive with no cue', 'The pier reopened in May, a move that pleased fishermen and sailors.'],
  ])('%s: nothing', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
