/**
 * read58: a review of the round-2 merges of stop 49 (read57, it49, robust17,
 * fix68, fix69). The word lists the resolution of a speaking "it" read
 * (`speakers/it-antecedent.ts`) now live in `src/data/people.ts`; each row
 * pins one of them with its exact parts, speaker mention and name, cue and
 * rule, so that a later edit of a list shows here. Invented sentences.
 *
 * - ORGANIZATION_VOICE_PREPOSITIONS: "a spokesman for X", "a statement from X".
 * - An organisation's possessive before a voice noun: "the ministry's spokeswoman".
 * - SPEAKING_THING_OPENERS: "This memo said ... It added" is the memo's.
 * - THING_DETERMINERS: "The arena has issued a short statement. It said" is the arena's.
 * - SCENE_PREPOSITIONS: a thing after "in" or "via" only sets the scene.
 * - A thing's noun modifying another ("a memo writer") is no thing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  ['"a spokesman for" the organisation: "It" is the organisation', 'A spokesman for the Harbor Authority said the pier would close. It added that repairs would take a year.', [
    named(['the pier would close'], 'A spokesman for the Harbor Authority', 'A spokesman for the Harbor Authority', 'said', 'reported/cue-clause'),
    named(['repairs would take a year'], 'It', 'the Harbor Authority', 'added', 'reported/cue-that'),
  ]],
  ['"a statement from" the organisation: "It" is the organisation', 'A statement from the Lantern Trust said the vote was fair. It added that turnout was high.', [
    named(['the vote was fair'], 'A statement from the Lantern Trust', 'A statement from the Lantern Trust', 'said', 'reported/cue-clause'),
    named(['turnout was high'], 'It', 'the Lantern Trust', 'added', 'reported/cue-that'),
  ]],
  ['an organisation\'s possessive and an adjective before the voice noun', "The ministry's new spokeswoman said the talks had stalled. It added that a deal was close.", [
    named(['the talks had stalled'], "The ministry's new spokeswoman", "The ministry's new spokeswoman", 'said', 'reported/cue-clause'),
    named(['a deal was close'], 'It', 'The ministry', 'added', 'reported/cue-that'),
  ]],
  ['"this" opens a thing that speaks: "It" is the memo, not the trust before', 'The Lantern Trust said the vote was fair. This memo said the plan was flawed. It added that costs would rise.', [
    named(['the vote was fair'], 'The Lantern Trust', 'Lantern Trust', 'said', 'reported/cue-clause'),
    named(['the plan was flawed'], 'This memo', 'This memo', 'said', 'reported/cue-clause'),
    named(['costs would rise'], 'It', 'This memo', 'added', 'reported/cue-that'),
  ]],
  ['"a" opens a thing in the sentence before: "It" is its sender', 'The arena has issued a short statement. It said the concert would go ahead.', [
    named(['the concert would go ahead'], 'It', 'The arena', 'said', 'reported/cue-clause'),
  ]],
  // negatives: no thing, so the organisation that spoke before stands for "It"
  ['a thing after "via" only sets the scene', 'Acme Bank said profits fell. Via a letter on Monday, the mayor praised the bank. It said jobs were safe.', [
    named(['profits fell'], 'Acme Bank', 'Acme Bank', 'said', 'reported/cue-clause'),
    named(['the bank'], 'the mayor', 'the mayor', 'praised', 'reported/cue-object'),
    named(['jobs were safe'], 'It', 'Acme Bank', 'said', 'reported/cue-clause'),
  ]],
  ['a thing after "in" only sets the scene', 'Acme Bank said profits fell. In a blog post on Monday, the mayor praised the bank. It said jobs were safe.', [
    named(['profits fell'], 'Acme Bank', 'Acme Bank', 'said', 'reported/cue-clause'),
    named(['the bank'], 'the mayor', 'the mayor', 'praised', 'reported/cue-object'),
    named(['jobs were safe'], 'It', 'Acme Bank', 'said', 'reported/cue-clause'),
  ]],
  ['a thing\'s noun that modifies another is no thing', 'Acme Bank said profits fell. The mayor hired a memo writer on Monday. It said jobs were safe.', [
    named(['profits fell'], 'Acme Bank', 'Acme Bank', 'said', 'reported/cue-clause'),
    named(['jobs were safe'], 'It', 'Acme Bank', 'said', 'reported/cue-clause'),
  ]],
  ['nothing before: "It" stands for no one', 'It said the plan was dead.', [
    named(['the plan was dead'], 'It', 'It', 'said', 'reported/cue-clause'),
  ]],
];

describe('read58: the word lists of a speaking "it", now in src/data', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
