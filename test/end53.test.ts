/**
 * Where content ends after an inserted attribution set off by commas
 * (`reported/content-speaker-cue`): a preposition or conjunction that finishes
 * the clause before "X said" ("by", "of", "rather than", "but also",
 * "including", "so") goes on with the report as its second part. Exact parts,
 * speaker mention, cue and rule; plus the tails that stay out (a participle
 * of the speaker's, the terms it was said on, an appositive).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['"by" after a passive verb', 'The plan would be helped, Mara Olsen said, by the new harbour budget.', [
    row(['The plan would be helped', 'by the new harbour budget'], 'Mara Olsen', 'said', 'reported/content-speaker-cue'),
  ]],
  ['"rather than" after a clause', 'Most of the delay comes from the permits, she said, rather than from the weather at the coast.', [
    row(['Most of the delay comes from the permits', 'rather than from the weather at the coast'], 'she', 'said', 'reported/content-speaker-cue'),
  ]],
  ['"but also" after "not only"', 'The bridge would not only carry trucks to the port, he said, but also the ferry passengers.', [
    row(['The bridge would not only carry trucks to the port', 'but also the ferry passengers'], 'he', 'said', 'reported/content-speaker-cue'),
  ]],
  ['"including" after a clause', 'The letters covered many town matters, the bulletin said, including parking, schools and the library hours.', [
    row(['The letters covered many town matters', 'including parking, schools and the library hours'], 'the bulletin', 'said', 'reported/content-speaker-cue'),
  ]],
  ['"so" with a clause of its own', 'The ballots are sorted by district, Ivo Brandt said, so the count may finish before midnight.', [
    row(['The ballots are sorted by district', 'so the count may finish before midnight'], 'Ivo Brandt', 'said', 'reported/content-speaker-cue'),
  ]],
  ['"of" after a noun', 'The receipts were proof, the lawyers argued, of the fraud at the warehouse.', [
    row(['The receipts were proof', 'of the fraud at the warehouse'], 'the lawyers', 'argued', 'reported/content-speaker-cue'),
  ]],
];

const unchanged: [string, string, Row[]][] = [
  ['a participle of the speaker stays out', 'The mill had closed for good, Ada Brook said, adding that nobody was told.', [
    row(['The mill had closed for good'], 'Ada Brook', 'said', 'reported/content-speaker-cue'),
    row(['nobody was told'], 'Ada Brook', 'adding', 'reported/cue-that'),
  ]],
  ['the terms it was said on stay out', 'The mill had closed for good, a manager said, on condition of anonymity.', [
    row(['The mill had closed for good'], 'a manager', 'said', 'reported/content-speaker-cue'),
  ]],
  ['the manner of saying stays out', 'The mill had closed for good, Ada Brook said, with a shrug.', [
    row(['The mill had closed for good'], 'Ada Brook', 'said', 'reported/content-speaker-cue'),
  ]],
];

describe('content goes on after an inserted attribution', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('tails after an inserted attribution that stay out', () => {
  test.each(unchanged)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
