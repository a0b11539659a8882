/**
 * Reported-speech recall, round 11 (issue 11): invented sentences with the
 * exact parts, speaker, cue and rule expected, and negatives that must yield
 * nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // the topic of a note its subject sounded, the cue the verb group with the note and its preposition
  ['sounded a ADJ note about NP', 'The port chief sounded a cautious note about the budget.', [
    row(['the budget'], 'The port chief', 'sounded a cautious note about', 'reported/sounded-note'),
  ]],
  ['has sounded a ADJ note for NP on DAY', 'Ms. Ruiz has sounded a hopeful note for the harbor plan on Monday.', [
    row(['the harbor plan'], 'Ms. Ruiz', 'has sounded a hopeful note for', 'reported/sounded-note'),
  ]],
  ['sounded a note for WH-clause', 'Mr. Hale sounded a wistful note for what the old pier meant to the town.', [
    row(['what the old pier meant to the town'], 'Mr. Hale', 'sounded a wistful note for', 'reported/sounded-note'),
  ]],
  // a past tense in -ed the tagger read as a noun right after the clause's subject still opens the clause
  ['NAME said the NP deserved ADJ', 'Tom Varga said the Reyes family deserved better.', [
    row(['the Reyes family deserved better'], 'Tom Varga', 'said', 'reported/cue-clause'),
  ]],
  ['NP said the NP deserved NP', 'The mayor said the city deserved an apology.', [
    row(['the city deserved an apology'], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['NAME said the NP deserved NOUN', 'Ada Moss said the council deserved credit.', [
    row(['the council deserved credit'], 'Ada Moss', 'said', 'reported/cue-clause'),
  ]],
  // a plural noun the tagger read as a verb right before an auxiliary still opens the question
  ['NP asked why NOUNS had VBN', 'The mayor asked why rents had doubled.', [
    row(['why rents had doubled'], 'The mayor', 'asked', 'reported/cue-question'),
  ]],
  ['NAME asked how NOUNS would VB', 'Tom Reyes asked how rents would change.', [
    row(['how rents would change'], 'Tom Reyes', 'asked', 'reported/cue-question'),
  ]],
  ['when asked how NOUNS would VB', 'The clerk smiled when asked why rents had doubled.', [
    row(['why rents had doubled'], null, 'asked', 'reported/cue-question-no-speaker'),
  ]],
];

const none: [string, string][] = [
  // "sound" in other senses, and a thing that sounds a note
  ['the alarm sounded', 'The alarm sounded at noon.'],
  ['a bell sounded a note', 'The old bell sounded a low note for the dead.'],
  ['sounds good', 'The pier plan sounds good to most residents.'],
  // a noun that merely ends in -ed is no verb (NOUNS_IN_ED: each gives a clause without the list)
  ['said the NOUN watershed', 'The mayor said the river watershed.'],
  ['said the NOUN bloodshed', 'The mayor said the town bloodshed.'],
  // nor does a misread plural before an auxiliary make a cue of a verb that reports nothing
  ['counts rents would rise', 'The clerk counts rents would rise.'],
  ['knew rents would change', 'The council knew rents would change.'],
];

describe('reported-speech recall, round 11', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
