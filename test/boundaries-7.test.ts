/**
 * Content boundaries, round 7 (issue 11): a clause attributed by a trailing
 * source phrase leaves out a fronted concession and, when the clause before
 * it reports already, all but a closing relative clause; a contrast clause after
 * ", while" stays in the content unless it is the narrator's (a participle of
 * the speaker's next act, another share of a count, or a report of its own).
 * Invented sentences with the exact parts, speaker, cue and rule expected, and
 * the neighbours each change must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a concession fronted before a clause that a trailing source phrase attributes is the narrator's
  ['Despite A, CLAUSE, according to X', 'Despite a wet spring, the orchard doubled its harvest, according to the county farm bureau.', [
    row(['the orchard doubled its harvest'], 'the county farm bureau', 'according to', 'reported/according-to-trail'),
  ]],
  ['Though A, CLAUSE, according to X', 'Though the ferry runs twice a day, most riders still drive to the coast, according to a survey by the port.', [
    row(['most riders still drive to the coast'], 'a survey by the port', 'according to', 'reported/according-to-trail'),
  ]],
  // a relative clause after a clause that reports already: the source phrase backs the relative clause alone
  ['X said A, who B, according to Y', 'The club said it hired Ann Lee, who ran the harbor depot for a decade, according to a statement from the board.', [
    row(['it hired Ann Lee'], 'The club', 'said', 'reported/cue-clause'),
    row(['who ran the harbor depot for a decade'], 'a statement from the board', 'according to', 'reported/according-to-trail'),
  ]],
  ['X says A, which B, according to Y', 'Ann Lee says the ferry will keep its summer schedule, which drew record crowds last year, according to the port office.', [
    row(['the ferry will keep its summer schedule'], 'Ann Lee', 'says', 'reported/cue-clause'),
    row(['which drew record crowds last year'], 'the port office', 'according to', 'reported/according-to-trail'),
  ]],
  // a contrast with a subject of its own belongs to what was said
  ['said A, while B did C', 'Ms. Dorn said the east ward had voted for the levy, while the west ward rejected it by a wide margin.', [
    row(['the east ward had voted for the levy, while the west ward rejected it by a wide margin'], 'Ms. Dorn', 'said', 'reported/cue-clause'),
  ]],
  ['said that A, while B', 'Mr. Pike said that the quarry would close in May, while the mill would stay open until the fall.', [
    row(['the quarry would close in May, while the mill would stay open until the fall'], 'Mr. Pike', 'said', 'reported/cue-that'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a time clause or a participle fronted before the clause stays, as annotated news keeps them
  ['After A, CLAUSE, according to X', 'After the storm passed, the pier reopened to boats, according to the harbor office.', [
    row(['After the storm passed, the pier reopened to boats'], 'the harbor office', 'according to', 'reported/according-to-trail'),
  ]],
  ['Counting A, CLAUSE, according to X', 'Counting late ballots, the mayor leads by 40 votes, according to the county clerk.', [
    row(['Counting late ballots, the mayor leads by 40 votes'], 'the county clerk', 'according to', 'reported/according-to-trail'),
  ]],
  // no report before the relative clause: the whole clause is what the source backs
  ['A, who B, according to Y', 'The town council hired Ann Lee, who ran the harbor depot for a decade, according to a statement from the board.', [
    row(['The town council hired Ann Lee, who ran the harbor depot for a decade'], 'a statement from the board', 'according to', 'reported/according-to-trail'),
  ]],
  // the narrator's contrasts still end the content
  ['said A, while acknowledging B', 'Ms. Dorn said the levy would pass, while acknowledging that turnout could be low.', [
    row(['the levy would pass'], 'Ms. Dorn', 'said', 'reported/cue-clause'),
    row(['turnout could be low'], 'Ms. Dorn', 'acknowledging', 'reported/cue-that'),
  ]],
  ['said A, while N percent B', 'Most tenants said they support the new rent rules, while about 12 percent oppose them.', [
    row(['they support the new rent rules'], 'Most tenants', 'said', 'reported/cue-clause'),
  ]],
  ['said A, while X argued B', 'Ms. Dorn said the levy would pass, while her rival argued that it was doomed.', [
    row(['the levy would pass'], 'Ms. Dorn', 'said', 'reported/cue-clause'),
    row(['it was doomed'], 'her rival', 'argued', 'reported/cue-that'),
  ]],
];

for (const [title, table] of [['content boundaries, round 7', cases], ['content boundaries, round 7, that must not move', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
