/**
 * Reported-speech recall, round 12 (issue 11): invented sentences with the
 * exact parts, speaker, cue and rule expected, and negatives that must yield
 * nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // an active "asked for": what was requested, the cue with its "for" (requests are reported speech, as PolNeAR annotates them)
  ['asked for NP', 'The dock union asked for a new contract.', [
    row(['a new contract'], 'The dock union', 'asked for', 'reported/asked-for'),
  ]],
  ['has asked for NP as well', 'Other papers have asked for copies as well.', [
    row(['copies'], 'Other papers', 'have asked for', 'reported/asked-for'),
  ]],
  // an infinitive of the request's own stays; a time after it is cut
  ['asked for $N to VERB ... in MONTH', 'Mayor Reyes originally asked for $2 million to repair the pier in March.', [
    row(['$2 million to repair the pier'], 'Mayor Reyes', 'originally asked for', 'reported/asked-for'),
  ]],
  ['asked for NP to VERB ... the back', 'The clerk asked for volunteers to move to the back.', [
    row(['volunteers to move to the back'], 'The clerk', 'asked for', 'reported/asked-for'),
  ]],
  // the one asked between the verb and "for": the cue is "asked" alone
  ['asked LISTENER for NP', 'The lawyer asked the judge for a short delay.', [
    row(['a short delay'], 'The lawyer', 'asked', 'reported/asked-for'),
  ]],
  // a clause of its own after "and" is no part of the request
  ['asked for NP and X VERBED', 'At one point, a voter asked for a photo and Mr. Hale agreed.', [
    row(['a photo'], 'a voter', 'asked for', 'reported/asked-for'),
  ]],
  ['asked for NP and NP', 'Ms. Ortiz asked for patience and calm.', [
    row(['patience and calm'], 'Ms. Ortiz', 'asked for', 'reported/asked-for'),
  ]],
  // the passive stays reported/asked's
  ['was asked for NP', 'Ms. Ortiz was asked for her view.', [
    row(['her view'], null, 'was asked for', 'reported/asked'),
  ]],
];

const none: [string, string][] = [
  // a length of time after "for"
  ['asked for years', 'Mr. Hale asked for years about the pier.'],
  // nothing after "for"
  ['what X asked for', 'The changes his aides have asked for never came.'],
  // an infinitive or a gerund of "ask": no request made
  ['to ask for', 'Mr. Hale refused to ask for help.'],
  ['a letter asking for', 'Mr. Hale sent a letter asking for an inquiry.'],
  // a negated request
  ['did not ask for', 'Mr. Hale did not ask for a recount.'],
];

describe('reported-speech recall, round 12', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
