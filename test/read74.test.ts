/**
 * read74: review fixes of stop 60's first-round merges.
 * - prepare/document.ts: "on X." is a network and a full stop only when no
 *   surname or initial follows ("relied on X. Reyes for advice" keeps the
 *   initial, as before the network reading).
 * - data/cues.ts POSTED_PLACE_WORDS and POSTED_RESULT_NOUNS: "on X" is where a
 *   post went up ("posted a video on X" posts "a video"), and points,
 *   results, a season, bail, a bond or guards are no post.
 * - attribution/direct/bounds.ts opensSentence: a live blog's time stamp
 *   opening its line leaves a quotation after it opening its sentence
 *   ('16:30 "We are closed," the council said.' is a direct quote, was none).
 * - cues/heard.ts heardByBody: a time phrase between a hearing body's
 *   "heard" and its "that" ("The court heard on Monday that ...").
 * - speakers/find/participle.ts: a present of saying after a determiner that
 *   opens its clause is the verb a participle continues, as a past is
 *   ("Taxes must fall, the mayor says, adding ..." gives "adding" the mayor,
 *   was "Taxes").
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read74: "on X." before a surname is an initial', () => {
  test.each([
    ['He relied on X. Ortell for advice, Ada Moss said.', [['He relied on X. Ortell for advice', 'Ada Moss', 'said']]],
    ['Ada Moss called on X. J. Ortell to resign.', [['X. J. Ortell to resign', 'Ada Moss', 'called on']]],
    ["The plan was based on X. Ortell's notes, the council said.", [["The plan was based on X. Ortell's notes", 'the council', 'said']]],
    // the network, its full stop ending the sentence, as before
    ['Ada Moss wrote on X. "Stay dry," she said.', [['Stay dry,', 'Ada Moss', 'said']]],
    ['Ada Moss wrote on X. The ferry, she said, was late.', [['The ferry was late', 'Ada Moss', 'said']]],
    ['Ada Moss posted on X. Wardens said the road was shut.', [['the road was shut', 'Wardens', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read74: the place and the results of "posted" (evidence, opt-in)', () => {
  test.each([
    ['Ada Moss posted a video of the flooded pier on X.', [['a video of the flooded pier', 'Ada Moss', 'posted']]],
    ['Ada Moss posted a long letter to X on Monday.', [['a long letter', 'Ada Moss', 'posted']]],
    // a score, a result, a sum paid or people set at a post: no post
    ['Ada Moss posted 40 points on Friday.', []],
    ['The Harbour Bank posted its quarterly results online on Tuesday.', []],
    ['The Tarnby Rovers posted their best season in a decade.', []],
    ['Ada Moss posted a bond of $500.', []],
    ['The mayor posted guards at every door.', []],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text, EVERY)).toEqual(expected);
    expect(rowsOf(text)).toEqual([]);
  });
});

describe('read74: a direct quote after a live blog time stamp', () => {
  test.each([
    ['16:30 "We are closed," the Tarnby council said.', [['We are closed,', 'the Tarnby council', 'said']]],
    ['Live updates\n\n09:15 “Stay upstairs,” said Ada Moss.', [['Stay upstairs,', 'Ada Moss', 'said']]],
    // a time in the narration is no time stamp: the words before the mark make a mixed quote, as before
    ['At 9 "we are closed," the Tarnby council said.', [['At 9 "we are closed,"', 'the Tarnby council', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read74: a time phrase between "heard" and "that"', () => {
  test.each([
    ['The court heard on Monday that Dane Pell was drunk.', [['Dane Pell was drunk', null, 'heard']]],
    ['The inquest in Tarnby heard last week that the alarm had failed.', [['the alarm had failed', null, 'heard']]],
    // a person who heard something is no hearing body: nothing, as before
    ['Ada Moss heard on Monday that the ferry was late.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('read74: a participle after a present of saying', () => {
  test.each([
    ['Fares must fall, the Tarnby mayor says, adding that the budget is tight.', [['Fares must fall', 'the Tarnby mayor', 'says'], ['the budget is tight', 'the Tarnby mayor', 'adding']]],
    ['Fares must fall, the Tarnby mayor tells reporters, adding that the budget is tight.', [['Fares must fall', 'the Tarnby mayor', 'tells'], ['the budget is tight', 'the Tarnby mayor', 'adding']]],
    // a verb inside the object's relative clause still leaves the participle to the sentence's subject
    ['Ada Moss praised the plan the board says is fair, adding that it was late.', [['the plan the board says is fair', 'Ada Moss', 'praised'], ['it was late', 'Ada Moss', 'adding']]],
  ] as [string, Row[]][])('%s', both);
});
