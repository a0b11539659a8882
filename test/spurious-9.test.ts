/**
 * Spurious reported speech, round 9 (issue 11): invented sentences that must
 * yield nothing, and the rows each change must leave as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const nothing: [string, string][] = [
  // "too soon to say", "hard to say", "fair to say": the narrator's judgement, no report
  ['it is too soon to say whether', 'It is too soon to say whether the new ferry schedule will win back riders.'],
  ['it is hard to say how', 'It is hard to say how long the dock strike will last.'],
  ["it's fair to say", "It's fair to say the harbor board has run out of patience with the contractor."],
  ['it is safe to say', 'It is safe to say the orchard festival will not return next spring.'],
  // boilerplate: no quote at all
  ['declined to comment', 'A spokeswoman for Dunmore Freight declined to comment.'],
  ['did not immediately respond', 'The ferry board did not immediately respond on Tuesday evening.'],
  ['could not be reached', 'Mr. Tobin Akers could not be reached for comment.'],
];

const kept: [string, string, Row[]][] = [
  // a speaker who says it is too soon to say is still reported
  ['said it was too soon to say', 'Ms. Vale said it was too soon to say whether the ferry would run again.', [
    row(['it was too soon to say whether the ferry would run again'], 'Ms. Vale', 'said', 'reported/cue-clause'),
  ]],
  // "to say" after a verb of refusing keeps its cue
  ['refused to say whether', 'The mayor refused to say whether the bridge would reopen.', [
    row(['whether the bridge would reopen'], 'The mayor', 'say', 'reported/cue-clause'),
  ]],
];

describe('spurious reported speech, round 9: nothing', () => {
  test.each(nothing)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});

describe('spurious reported speech, round 9, unchanged', () => {
  test.each(kept)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
