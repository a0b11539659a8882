/**
 * read61: a review of stop 51's merges, on invented sentences. Exact parts,
 * speaker mention and name, cue, rule and kind; plus near misses of the new
 * rules that must stay as they are, and negatives.
 *
 * - A relative clause joins the span of a name only, not of a description
 *   that ends in a name ("said members of Congress, who ...").
 * - fix76's bracket after a cue opens an aside unless the quotation alone
 *   fills it ('The crowd chanted ("Lock her up!")' is the crowd's words).
 * - A participle that names the noun before it ("a firm named Harlow
 *   Partners") is no verb of its own in an appositive: the span keeps the
 *   appositive that read60 leaves unnamed.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // 1. a relative clause after a description that ends in a name stays out of the span
  ['"said members of Congress, who ..."', '"It is a bad bill," said members of Congress, who voted against it.', [
    named(['It is a bad bill,'], 'members of Congress', 'members of Congress', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['"Members of Congress, who ..., said"', 'Members of Congress, who voted against the bill, said it was a mistake.', [
    named(['it was a mistake'], 'Members of Congress', 'Members of Congress', 'said', 'reported/cue-clause'),
  ]],
  ['a name keeps its relative clause', '"The pier is unsafe," said Tom Reyes, who runs the harbor cafe.', [
    named(['The pier is unsafe,'], 'Tom Reyes, who runs the harbor cafe', 'Tom Reyes', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a name with a party code keeps its relative clause', '"It is a bad bill," said Sen. Ada Moss (D-Ohio), who voted against it.', [
    named(['It is a bad bill,'], 'Sen. Ada Moss (D-Ohio), who voted against it', 'Ada Moss', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  // 2. a bracket right after a cue
  ['a quotation that alone fills the bracket', 'The crowd chanted ("Lock her up!").', [
    named(['("Lock her up!")'], 'The crowd', 'The crowd', 'chanted', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['words between the bracket and the quotation', 'Ann Lee tweeted (in Spanish) "We will win the vote."', [
    named(['We will win the vote.'], 'Ann Lee', 'Ann Lee', null, 'direct/fallback-subject', 'direct'),
  ]],
  ['a bracket with an attribution of its own', 'He noted ("We will stay," he said) that the crowd was small.', [
    named(['We will stay,'], 'he', 'he', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // 3. a participle that names the noun before it in an appositive
  ['"a firm named X" before the cue', 'The lawyer, a partner at a firm named Harlow Partners, said the case was weak.', [
    named(['the case was weak'], 'The lawyer, a partner at a firm named Harlow Partners', 'The lawyer', 'said', 'reported/cue-clause'),
  ]],
  ['"a firm named X" after the cue', '"The case is weak," said the lawyer, a partner at a firm named Harlow Partners.', [
    named(['The case is weak,'], 'the lawyer, a partner at a firm named Harlow Partners', 'the lawyer', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['"a group called X" after a name', 'Ivo Marsh, organizer of a group called Friends of the Pier, said the rally would go ahead.', [
    named(['the rally would go ahead'], 'Ivo Marsh, organizer of a group called Friends of the Pier', 'Ivo Marsh', 'said', 'reported/cue-clause'),
  ]],
  ['"a teacher named X" still names the speaker', 'The first witness, a retired teacher named Ann Lee, said the man ran.', [
    named(['the man ran'], 'The first witness, a retired teacher named Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  // near misses of stop 51's rules that stay as they are
  ['a scare-quoted object inside a relative clause of the subject', 'Voters who backed the "reform" say it failed.', [
    named(['it failed'], 'Voters who backed the "reform"', 'Voters who backed the "reform"', 'say', 'reported/cue-clause'),
  ]],
  ['", citing" after a cue and a phrase of place', 'The plant will close in June, the company said in a statement, citing rising costs.', [
    named(['The plant will close in June'], 'the company', 'the company', 'said', 'reported/content-speaker-cue'),
    named(['rising costs'], 'the company', 'the company', 'citing', 'reported/speech-object'),
  ]],
  ['"said that" + a word of time with a clause after it', 'He said that last year the plant lost money.', [
    named(['last year the plant lost money'], 'He', 'He', 'said', 'reported/cue-that'),
  ]],
];

describe('read61: review of stop 51', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

const negatives: [string, string][] = [
  ['"named" in an appositive with no cue', 'The lawyer, a partner at a firm named Harlow Partners, left early.'],
  ['"said that" + a word of time alone', 'She told me that this morning.'],
];

describe('read61: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(namedRows(extract(input))).toEqual([]);
  });
});
