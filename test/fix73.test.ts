/**
 * fix73: bugs found on invented news in house styles PolNeAR lacks (live
 * blog, press release, tech story, review roundup and vox pops, interview
 * transcript, a quote over several paragraphs, opinion), on invented
 * sentences. Exact parts, speaker mention and name, cue and rule; plus
 * negatives.
 *
 * - `reported/cue-that`: a "that" with a preposition other than "of" after it
 *   and no verb to the sentence's end is a pronoun object before an adjunct
 *   ("I have said that from the first day"), no clause; the content it gave
 *   ("from the first day") was the adjunct.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // 1. "said that" + adjunct: a pronoun object, no clause; a clause after "that" still reports
  ['a clause after "that" and an adjunct still reports', 'The warden said that in 2019 the gate had been left open twice.', [
    named(['in 2019 the gate had been left open twice'], 'The warden', 'The warden', 'said', 'reported/cue-that'),
  ]],
  ['"that of ..." is a pronoun with its phrase, still content', 'The aide said that of the harbor board.', [
    named(['of the harbor board'], 'The aide', 'The aide', 'said', 'reported/cue-that'),
  ]],
];

describe('fix73: speaker and boundary bugs in other house styles', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

const negatives: [string, string][] = [
  ['"said that from ..." with no verb after it', 'I have said that from the first day.'],
  ['"said that on Monday"', 'The coach said that on Monday, and again at the weekend.'],
  ['"wrote that in ..." with no verb after it', 'Ann Lee wrote that in her diary.'],
];

describe('fix73: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(namedRows(extract(input))).toEqual([]);
  });
});
