/**
 * read60: a review of stop 50's merges (read59, check50, fix72, fix73, fix74,
 * org52), on invented near-miss sentences. Exact parts, speaker mention and
 * name, cue and rule; plus negatives.
 *
 * - fix72's name an appositive gives with "named" ("a retired teacher named
 *   Ann Lee") was taken from a noun inside a preposition's phrase too ("a
 *   partner at a firm named Harlow Partners" made the firm the speaker): the
 *   noun named must come before any preposition.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // 1. "DESCRIPTION, a NOUN PREP a NOUN named NAME, CUE": the name is the second noun's
  ['"a partner at a firm named X" leaves the description', 'The lawyer, a partner at a firm named Harlow Partners, said the rules will change.', [
    named(['the rules will change'], 'The lawyer', 'The lawyer', 'said', 'reported/cue-clause'),
  ]],
  ['"a member of a club called X" leaves the description', 'The buyer, a member of a club called Hale Rovers, said the price was fair.', [
    named(['the price was fair'], 'The buyer', 'The buyer', 'said', 'reported/cue-clause'),
  ]],
  ['"a retired teacher named X" still names the speaker', 'The first witness, a retired teacher named Ann Lee, said she saw the crash.', [
    named(['she saw the crash'], 'The first witness, a retired teacher named Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
];

describe('read60: review fixes', () => {
  test.each(cases)('%s', (_name, input, rows) => {
    expect(namedRows(extract(input))).toEqual(rows);
  });
});
