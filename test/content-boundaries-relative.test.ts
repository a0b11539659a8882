/**
 * Content boundaries of reported speech (issue 11, bound15 round): the
 * relative word right before the speaker of a verb of saying opens what was
 * said, as it already did for naming verbs ("which he called ..."): the reported
 * words leave its gap ("the toll, which she said the county would refund").
 * Invented sentences with the exact parts, speaker, cue and rule expected, and
 * the contents that must stay.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['which X said CLAUSE', 'The mayor unveiled a new ferry terminal, which he said the county would pay for.', [
    row(['which', 'the county would pay for'], 'he', 'said', 'reported/cue-clause'),
  ]],
  ['what X said CLAUSE', 'The fair drew twice what Ms. Okafor said she expected.', [
    row(['what', 'she expected'], 'Ms. Okafor', 'said', 'reported/cue-clause'),
  ]],
  ['which X said "..."', 'The audit covered the harbor accounts, which the treasurer said were "in perfect order" last spring.', [
    row(['which', 'were "in perfect order" last spring'], 'the treasurer', 'said', 'reported/cue-quoted-object', 'mixed'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // after a preposition the relative word stays out
  ['in which X says CLAUSE', 'The council released a video in which the mayor says the ferry will run in May.', [
    row(['the ferry will run in May'], 'the mayor', 'says', 'reported/cue-clause'),
  ]],
  // a speaker the relative word stands for is no gap
  ['X, who said CLAUSE', 'Ms. Okafor, who said the ferry would run, left early.', [
    row(['the ferry would run'], 'who', 'said', 'reported/cue-clause'),
  ]],
];

for (const [title, table] of [['a relative word before the speaker opens the content', cases], ['contents that must not move', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
