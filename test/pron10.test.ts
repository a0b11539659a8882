/**
 * Who "he" or "she" stands for (pron10): a name further back than the
 * sentence before the pronoun's gives way to a fitting subject of its own
 * sentence ("Tom Reyes took a swipe at Paul Hart. "..." he wrote" is Tom
 * Reyes), save the one asked ("Ann Lee asked Tom Hale ..." is Tom Hale).
 * Exact parts, speaker mention and name, cue, rule and kind; plus shapes that
 * must not change.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';


const cases: [string, string, NamedRow[]][] = [
  ['a name two sentences back gives way to the subject of its sentence', 'Tom Reyes took a swipe at Paul Hart on Monday. "Everybody is laughing at him. He is finished," he wrote.', [
    named(['Everybody is laughing at him. He is finished,'], 'he', 'Tom Reyes', 'wrote', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"she" two sentences on is the subject, not the woman after "of"', 'Ann Lee praised the work of Ruth Ames on Monday. "The port is safer. The fleet is bigger," she said.', [
    named(['the work of Ruth Ames on Monday'], 'Ann Lee', 'Ann Lee', 'praised', 'reported/cue-object'),
    named(['The port is safer. The fleet is bigger,'], 'she', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const unchanged: [string, string, NamedRow[]][] = [
  // (a man asks: with a woman asking, "he" could stand for no one else, and the row could not fail)
  ['the one asked answers, not the one who asks', 'Paul Hart asked Tom Hale which states he could win. "We feel great about all of them. We will win," he said.', [
    named(['which states he could win'], 'Paul Hart', 'Paul Hart', 'asked', 'reported/asked-listener'),
    named(['We feel great about all of them. We will win,'], 'he', 'Tom Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the subject of the sentence before still wins over the name after it', 'Paul Hart met Tom Reyes on Monday. He said the talks had gone well.', [
    named(['the talks had gone well'], 'He', 'Paul Hart', 'said', 'reported/cue-clause'),
  ]],
  ['a subject named in the sentence before the pronoun\'s is still the nearest', 'Tom Reyes met Paul Hart in Dover. Hart left early. "We will talk again," he said.', [
    named(['We will talk again,'], 'he', 'Paul Hart', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('a pronoun two sentences on finds the subject (pron10)', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('shapes the pron10 rule leaves as they were', () => {
  test.each(unchanged)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
