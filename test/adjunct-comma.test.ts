/**
 * A noun phrase of an adjunct after a cue ends at a comma: its last noun,
 * before the comma, opens no reported clause ("said in a telephone
 * interview, that prices fell" reports "prices fell", not "interview, that
 * prices fell"). Exact parts, speaker mention, cue and rule; plus the shapes
 * where a clause does open after the adjunct.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['a compound noun before a comma and "that"', 'Ada Brook said in a telephone interview, that prices fell.', [
    row(['prices fell'], 'Ada Brook', 'said', 'reported/cue-that'),
  ]],
  ['a compound noun of a place before a comma and "that"', 'Ada Brook told reporters at a campaign stop, that prices fell.', [
    row(['prices fell'], 'Ada Brook', 'told', 'reported/cue-that'),
  ]],
  ['a clause after a time adjunct with no comma still opens', 'Ada Brook said on Monday the talks would resume.', [
    row(['the talks would resume'], 'Ada Brook', 'said', 'reported/cue-clause'),
  ]],
  ['a compound noun before "that" with no comma', 'Tom Reyes wrote in a court filing that the ferry had been sold.', [
    row(['the ferry had been sold'], 'Tom Reyes', 'wrote', 'reported/cue-that'),
  ]],
];

describe('an adjunct after a cue ends at its comma', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
