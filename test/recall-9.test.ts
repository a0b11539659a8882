/**
 * Reported-speech recall, round 9 (issue 11): invented sentences with the
 * exact parts, speaker, cue and rule expected, and negatives that must yield
 * nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // the tagger reads the question's verb in -s as a noun: "if Lee benefits from ..."
  ['asked him if NAME VERBs from ...', 'The host asked him if Lee benefits from the new ferry rules.', [
    row(['if Lee benefits from the new ferry rules'], 'The host', 'asked', 'reported/asked-listener'),
  ]],
  // a gerund subject opens the question
  ['asked X if having ... would ...', 'When a reporter later asked Ross if having voters register online would be any different, Ross shrugged.', [
    row(['if having voters register online would be any different'], 'a reporter', 'later asked', 'reported/asked-listener'),
  ]],
  // an infinitive with no subject of its own still puts the question, with no speaker
  ['to ask voters if ...', 'The station sent a host to the harbor to ask voters if the count had been fair.', [
    row(['if the count had been fair'], null, 'to ask', 'reported/asked-listener'),
  ]],
];

const none: [string, string][] = [
  // a bare topic after a subjectless infinitive is no question put
  ['to ask X about Y, no subject', 'The station sent a host to the harbor to ask voters about the count.'],
  // a verb in -s read as a noun needs a preposition or article after it
  ['asked him if NAME VERBs.', 'The host asked him if Lee benefits.'],
];

describe('reported-speech recall, round 9', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
