/**
 * Round one's leftovers (issue 11): a noun cue's clause goes on past an
 * insertion set off by commas before its verb (`made the point that Osei,
 * bent by rivals, would ...`); a common-noun owner after names (`The Ohio
 * senator's answer was that ...`); a quotation closed by a comma that opens
 * a that-clause with a subordinator (`said that "as voters learn more," they
 * would ...`) or gives a reason whose consequence follows after "so" (`claim
 * was that "the family comes first," so the state should ...`) keeps the
 * clause after it. Exact parts, speaker mention, cue and rule; negatives.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const NOUN = 'reported/noun-cue';
const THAT = 'reported/cue-that';

const cases: [string, string, Row[], (string | null)[]][] = [
  ['an insertion between the clause subject and its verb', 'Ann Reyes made the point that Karl Osei, bent by rivals, would not run again.', [
    row(['Karl Osei, bent by rivals, would not run again'], 'Ann Reyes', 'point', NOUN),
  ], ['Ann Reyes']],
  ['an appositive insertion in a subject noun cue', 'Her warning that the mayor, a former judge, had lied drew protests.', [
    row(['the mayor, a former judge, had lied'], 'Her', 'warning', NOUN),
  ], ['Her']],
  ['names before a common-noun owner (copula)', "The Ohio senator's answer was that the plan would fail.", [
    row(['the plan would fail'], "The Ohio senator's", 'answer was', NOUN),
  ], ['The Ohio senator']],
  ['names of two words before a common-noun owner', "The New York group's warning that rents would rise drew protests.", [
    row(['rents would rise'], "The New York group's", 'warning', NOUN),
  ], ['The New York group']],
  ['a quoted reason and its consequence after "so"', 'Her claim was that "the family comes first," so the state should help parents.', [
    row(['"the family comes first," so the state should help parents'], 'Her', 'claim was', NOUN, 'mixed'),
  ], ['Her']],
  ['a quoted fronted clause and the main clause after it', 'Ann Reyes said that "as voters learn more," they would turn to her.', [
    row(['"as voters learn more," they would turn to her'], 'Ann Reyes', 'said', THAT, 'mixed'),
  ], ['Ann Reyes']],
  ['"so" and a pronoun subject after the quotation: the narrator\u2019s', 'Mr. Dorn insisted that "the toll was far too high," so he left.', [
    row(['that "the toll was far too high,"'], 'Mr. Dorn', 'insisted', THAT, 'mixed'),
  ], ['Dorn']],
];

describe('second20: noun-cue clauses, owners and quoted that-clauses', () => {
  test.each(cases)('%s', (_name, input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
  test('names before a common noun with no cue yield nothing', () => {
    expect(rows(extract("The Ohio senator's car was parked outside."))).toEqual([]);
  });
  test('an insertion with no noun cue yields nothing', () => {
    expect(rows(extract('The point is that Karl Osei, bent by rivals, would not run again.'))).toEqual([]);
  });
});
