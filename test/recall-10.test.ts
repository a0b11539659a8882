/**
 * Reported-speech recall, round 10 (issue 11): invented sentences with the
 * exact parts, speaker, cue and rule expected, and negatives that must yield
 * nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // "began" / "started" / "continued" before a gerund of saying: the verb group is the cue, and the subject is found before it
  ['began saying CLAUSE', 'Ms. Lund began saying the ferry plan would fail.', [
    row(['the ferry plan would fail'], 'Ms. Lund', 'began saying', 'reported/cue-clause'),
  ]],
  ['started talking about TOPIC', 'Ms. Lund started talking about the flood.', [
    row(['the flood'], 'Ms. Lund', 'started talking about', 'reported/cue-topic'),
  ]],
  ['has lately started asking X to ...', 'Mayor Tobin has lately started asking residents to report broken lights.', [
    row(['residents to report broken lights'], 'Mayor Tobin', 'has lately started asking', 'reported/cue-infinitive'),
  ]],
  ['continued calling for ...', 'The union continued calling for the director to resign.', [
    row(['the director to resign'], 'The union', 'continued calling for', 'reported/cue-topic'),
  ]],
  // "kept" worked before and keeps working
  ['kept saying CLAUSE', 'Ms. Lund kept saying the ferry plan would fail.', [
    row(['the ferry plan would fail'], 'Ms. Lund', 'kept saying', 'reported/cue-clause'),
  ]],
  // a noun of mentioning made by the subject of "made": what it mentions, the cue the verb group with the noun and its preposition
  ['made no mention of NP', 'Mayor Tobin made no mention of the strike.', [
    row(['the strike'], 'Mayor Tobin', 'made no mention of', 'reported/noun-mention'),
  ]],
  ['makes no specific mention of NP', 'The charter makes no specific mention of ferries.', [
    row(['ferries'], 'The charter', 'makes no specific mention of', 'reported/noun-mention'),
  ]],
  ['has made veiled references to NP', 'Ms. Vale has made veiled references to the audit and his vote on the levy.', [
    row(['the audit and his vote on the levy'], 'Ms. Vale', 'has made veiled references to', 'reported/noun-mention'),
  ]],
  // a list after a comma that closes with "or" runs on; a relative clause after a comma does not
  ['made no mention of A, B or C', 'Mayor Tobin made no mention of boats, ferries or his own budget.', [
    row(['boats, ferries or his own budget'], 'Mayor Tobin', 'made no mention of', 'reported/noun-mention'),
  ]],
  ['made no mention of NAME, who ...', 'Mayor Tobin made no mention of Ann Ruiz, who left the race.', [
    row(['Ann Ruiz'], 'Mayor Tobin', 'made no mention of', 'reported/noun-mention'),
  ]],
];

const none: [string, string][] = [
  // a gerund that is no verb of saying after "began" / "started" is no speech
  ['started making NP', 'The plant started making buses in May.'],
  ['began building NP', 'The county began building the new bridge last spring.'],
  // a speech that stopped is not reported as said
  ['stopped talking about', 'Ms. Lund stopped talking about the flood.'],
  // a gerund of "make" with no subject of its own reports nothing made
  ['barred from making references to', 'Staff are barred from making references to the race.'],
  // "mention" with another preposition, or a mention nobody made
  ['mention in NP', 'The mayor won a mention in the guide.'],
];

describe('reported-speech recall, round 10', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
