/**
 * Open leads of stop 52 (branch leads53): a direct quote whose speaker is
 * named only in the short sentence after it (`direct/next-sentence-speaker`),
 * and a description before the titled name it stands for ("the mayor" ...
 * "Mayor Ann Lee"). Exact parts, speaker mention and name, cue and rule;
 * plus the shapes that must stay as they are.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const NEXT = 'direct/next-sentence-speaker';

const nextSentence: [string, string, NamedRow[]][] = [
  ['"So said" and a titled name', '"The pier stays open." So said Mayor Nell Varga.', [
    named(['The pier stays open.'], 'Mayor Nell Varga', 'Nell Varga', 'said', NEXT, 'direct'),
  ]],
  ['"Thus says" and a bare name', '"Tolls will fall." Thus says Orrin Pace.', [
    named(['Tolls will fall.'], 'Orrin Pace', 'Orrin Pace', 'says', NEXT, 'direct'),
  ]],
  ['"Those were the words of" with a time phrase after the name', '"We will not give up the harbor." Those were the words of Senator Ida Marsh on Tuesday.', [
    named(['We will not give up the harbor.'], 'Senator Ida Marsh', 'Ida Marsh', 'the words of', NEXT, 'direct'),
  ]],
  ['"That was how" ... "put it"', '"We ran out of legs." That was how Coach Wendell Ruiz put it.', [
    named(['We ran out of legs.'], 'Coach Wendell Ruiz', 'Wendell Ruiz', 'put it', NEXT, 'direct'),
  ]],
  ['"That\'s how" ... "put it" with a time phrase', '"We ran out of legs." That\'s how Coach Wendell Ruiz put it on Sunday.', [
    named(['We ran out of legs.'], 'Coach Wendell Ruiz', 'Wendell Ruiz', 'put it', NEXT, 'direct'),
  ]],
];

const nextSentenceNegatives: [string, string, NamedRow[]][] = [
  ['"That is how" with another verb frames no quote', '"We knock on every door in the county." That is how Nell Varga is campaigning this fall.', [
    named(['We knock on every door in the county.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
  ['"That was what" frames no quote', '"I will back anyone who keeps the mill open." That was what Orrin Pace wanted to hear.', [
    named(['I will back anyone who keeps the mill open.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
  ['a sentence that goes on after the name frames no quote', '"We will not give up the harbor." Those were the words of a senator who later lost her seat.', [
    named(['We will not give up the harbor.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
];

describe('a direct quote named by the sentence after it', () => {
  test.each(nextSentence)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(nextSentenceNegatives)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
