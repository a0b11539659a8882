/**
 * Missed mixed quotes, round 20 (issue 11): invented sentences with the exact
 * parts, speaker, cue and rule expected, and negatives that must yield
 * nothing (scare quotes, titles, an adjective "promising", "credited X to").
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a verb of promising that the tagger reads as an adjective, its infinitive opening inside a quotation mark
  ['NAME is promising to "VERB ..."', 'Ann Reyes is promising to "dredge the bay and widen the pier."', [
    row(['to "dredge the bay and widen the pier."'], 'Ann Reyes', 'is promising', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // the quoted verb read as a noun ("bomb", "carpet")
  ['with NAME recently promising to "NOUN-tagged verb ..."', 'The hall was restless, with Ivo Brandt recently promising to "carpet the square in tulips."', [
    row(['to "carpet the square in tulips."'], 'Ivo Brandt', 'recently promising', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['NAME is vowing to "..."', 'Lena Hart is vowing to "fix every pothole" in Dunmore.', [
    row(['to "fix every pothole" in Dunmore'], 'Lena Hart', 'is vowing', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // the same shape without quotation marks was found before, and still is
  ['NAME is promising to VERB (no marks)', 'Tom Reyes is promising to cut the ferry fares.', [
    row(['to cut the ferry fares'], 'Tom Reyes', 'is promising', 'reported/cue-infinitive'),
  ]],
  // "credit" outside the lexicon, its person object credited "for" or "with" the quoted words
  ['NAME credited X with VERB-ing "..."', 'Ada Moss credited Mayor Tom Reyes with keeping "the whole harbor afloat" through the storm.', [
    row(['Mayor Tom Reyes with keeping "the whole harbor afloat" through the storm'], 'Ada Moss', 'credited', 'reported/verb-as-quoted', 'mixed'),
  ]],
  ['NAME credited X for "..."', 'In a statement, Tom Vale credited her for "a brave and honest campaign."', [
    row(['her for "a brave and honest campaign."'], 'Tom Vale', 'credited', 'reported/verb-as-quoted', 'mixed'),
  ]],
];

const none: [string, string][] = [
  // "promising" as an adjective before a quoted noun phrase
  ['a promising "..." (adjective)', 'The promising "harbor plan" stalled in committee.'],
  // a capitalised name inside the marks after "to" is no quoted infinitive
  ['promising to "Name"', 'The show was promising to "Dunmore Nights" fans.'],
  // a verb of crediting whose object is no person
  ['credited the account with "..."', 'The bank credited the account with "bonus" points in May.'],
  // "credit" with "to" gives no reason of praise
  ['credited X to "..."', 'Lena Hart credited the win to "pure luck."'],
  // a title and a scare quote are no one's words
  ['title in quotation marks', 'The film "Blue Harbor" opened on Friday in Dunmore.'],
  ['so-called "..."', 'The so-called "harbor tax" passed last spring.'],
];

describe('missed mixed quotes, round 20', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
