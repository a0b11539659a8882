/**
 * Sentence ends after a title abbreviation joined by a hyphen (issue 11,
 * bound15 round): "then-Sen. Ann Lee" and "ex-Gov. Tom Hale" keep their
 * sentence going, as "Sen. Ann Lee" does, so a reported clause that names such
 * a person is not cut at the title. Invented sentences with the exact parts,
 * speaker, cue and rule expected, and the sentence ends that must stay.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['then-Sen. NAME inside a clause', 'Ms. Vale said she had lost the harbor race to then-Sen. Ann Lee eight years ago.', [
    row(['she had lost the harbor race to then-Sen. Ann Lee eight years ago'], 'Ms. Vale', 'said', 'reported/cue-clause'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a title after a determiner is a noun that may end its sentence
  ['the ex-Gov. Then ...', 'Hale said the talks went well with the ex-Gov. Then he left.', [
    row(['the talks went well with the ex-Gov'], 'Hale', 'said', 'reported/cue-clause'),
  ]],
];

for (const [title, table] of [['a hyphened title abbreviation ends no sentence', cases], ['sentence ends that stay', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
