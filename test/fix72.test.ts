/**
 * fix72: speaker bugs found on invented news, on invented sentences. Exact
 * parts, speaker mention and name, cue and rule; plus the shapes that stay.
 *
 * - A description with an appositive that names its person by "named" or
 *   "called" ("The first witness, a retired teacher named Harold Biggs,
 *   testified") is that person.
 * - A kind of business opening the sentence before a body's name of two words
 *   or more ("Developer Harlow Homes says") is no part of the name, as a job
 *   word before a person's name was not.
 * - A capitalised "Said" opening a name ('"...," Said Hassan said') is a first
 *   name, no cue; an inverted cue opening its sentence stays one.
 * - A bare role in sport ("the striker") stands for the one person named in
 *   its sentence or the one before, when that person spoke before it.
 * - "the company" stands for a business's name of two or three words ending
 *   in a trade ("Corvane Industries") named nearest before it, in its
 *   sentence or the one before, even when that business did not speak.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // 1. "DESCRIPTION, a NOUN named NAME, CUE"
  ['"The first witness, a retired teacher named X, testified"', 'The first witness, a retired teacher named Harold Biggs, testified that he lost money.', [
    named(['he lost money'], 'The first witness, a retired teacher named Harold Biggs', 'Harold Biggs', 'testified', 'reported/cue-that'),
  ]],
  ['"A neighbour, a woman called X, said"', 'A neighbour, a woman called Ann Carver, said she heard shots.', [
    named(['she heard shots'], 'A neighbour, a woman called Ann Carver', 'Ann Carver', 'said', 'reported/cue-clause'),
  ]],
  ['an appositive with no name leaves the description', 'The first witness, a retired teacher from Leeds, testified that he lost money.', [
    named(['he lost money'], 'The first witness, a retired teacher from Leeds', 'The first witness', 'testified', 'reported/cue-that'),
  ]],
  // 2. "KIND Body Name says"
  ['"Developer Harlow Homes says"', 'Developer Harlow Homes says the scheme will open in May.', [
    named(['the scheme will open in May'], 'Developer Harlow Homes', 'Harlow Homes', 'says', 'reported/cue-clause'),
  ]],
  ['"Retailer Marks & Spencer said"', 'Retailer Marks & Spencer said sales rose.', [
    named(['sales rose'], 'Retailer Marks & Spencer', 'Marks & Spencer', 'said', 'reported/cue-clause'),
  ]],
  ['"Lender Acme Bank said"', 'Lender Acme Bank said sales rose.', [
    named(['sales rose'], 'Lender Acme Bank', 'Acme Bank', 'said', 'reported/cue-clause'),
  ]],
  ['a person after a job word, as before', 'Developer Ann Lee says the scheme will open in May.', [
    named(['the scheme will open in May'], 'Developer Ann Lee', 'Ann Lee', 'says', 'reported/cue-clause'),
  ]],
  ['a name of two words whose first is a kind stays whole', 'Utility Warehouse said prices rose.', [
    named(['prices rose'], 'Utility Warehouse', 'Utility Warehouse', 'said', 'reported/cue-clause'),
  ]],
  ['the kind as a description stays', 'The developer said the scheme will open in May.', [
    named(['the scheme will open in May'], 'The developer', 'The developer', 'said', 'reported/cue-clause'),
  ]],
  // 3. "Said" as a first name
  ['\'"...," Said Hassan said\'', '"We will appeal," Said Hassan said.', [
    named(['We will appeal,'], 'Said Hassan', 'Said Hassan', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['\'"...," said Said Hassan\'', '"We will appeal," said Said Hassan.', [
    named(['We will appeal,'], 'Said Hassan', 'Said Hassan', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['"Said Hassan, a lawyer, said" opening the sentence', 'Said Hassan, a lawyer, said the firm would appeal.', [
    named(['the firm would appeal'], 'Said Hassan, a lawyer', 'Said Hassan', 'said', 'reported/cue-clause'),
  ]],
  ['an inverted cue before a first name stays a cue', 'Said Dorothy Lane, who knew him, "We were proud."', [
    named(['We were proud.'], 'Dorothy Lane, who knew him', 'Dorothy Lane', 'Said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // 4. "the striker" for the one person who spoke just before
  ['"X, who ..., said ... \'...,\' the striker said"', 'Dellavalle, who joined last year, said he was happy. "It hurts," the striker said.', [
    named(['he was happy'], 'Dellavalle, who joined last year', 'Dellavalle', 'said', 'reported/cue-clause'),
    named(['It hurts,'], 'the striker', 'Dellavalle', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a person who did not speak is not linked', 'Dellavalle scored twice. "It hurts," the striker said.', [
    named(['It hurts,'], 'the striker', 'the striker', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['two people named before: no link', 'Dellavalle said he was happy. Okonjo agreed. "It hurts," the striker said.', [
    named(['he was happy'], 'Dellavalle', 'Dellavalle', 'said', 'reported/cue-clause'),
    named(['It hurts,'], 'the striker', 'the striker', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a team named before is no person', 'The Rovers won. "It hurts," the striker said.', [
    named(['It hurts,'], 'the striker', 'the striker', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // 5. "the company" after a business's name that has not spoken
  ['"Shares of X Industries fell. The company said"', 'Shares of Corvane Industries fell. The company said sales rose.', [
    named(['sales rose'], 'The company', 'Corvane Industries', 'said', 'reported/cue-clause'),
  ]],
  ['a bare one-word name that did not speak stays unresolved', 'Shares of Corvane fell. The company said sales rose.', [
    named(['sales rose'], 'The company', 'The company', 'said', 'reported/cue-clause'),
  ]],
  ['people named before are no company', 'Ann Lee met Tom Reyes. The company said sales rose.', [
    named(['sales rose'], 'The company', 'The company', 'said', 'reported/cue-clause'),
  ]],
];

describe('fix72: speakers from invented news', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
