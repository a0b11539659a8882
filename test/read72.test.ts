/**
 * read72: review fixes of stop 59's merges.
 * - cues/held.ts: a singular noun is told by its lemma, not by a missing -s:
 *   "A man who held that compass said ..." (the compass is what is held);
 * - reported/clause-start.ts: the misread-verb check after a plural noun
 *   reads plural and base form from the lemma: "says buyers access it";
 * - speakers/find/bare-quantifier.ts: a spaced hyphen opens a clause as a
 *   dash does ("The photo surfaced - some say ..."), and an aside on a word
 *   between two dashes ("an ambitious — some say reckless — plan") says no
 *   clause;
 * - cues/heard.ts: ", the court has heard." closes a report as ", the court
 *   heard." does.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read72: "held that" and a singular noun in -s', () => {
  test.each([
    ['A man who held that compass said he was tired.', [['he was tired', 'A man', 'said']]],
    ['A man who held that sign said he was tired.', [['he was tired', 'A man', 'said']]],
    // a plural after "that" opens the clause ruled on, as before
    ['The court held that states may tax sales.', [['states may tax sales', 'The court', 'held']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read72: a base-form noun between a plural noun and an object pronoun is a verb', () => {
  test.each([
    ['Ivo Lind says buyers access it online.', [['buyers access it online', 'Ivo Lind', 'says']]],
    ['Ivo Lind says buyers order it online.', [['buyers order it online', 'Ivo Lind', 'says']]],
    // no object pronoun: no clause
    ['Lind says buyers access.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('read72: a bare quantifier after a dash', () => {
  test.each([
    ['The photo surfaced - some say it was staged.', [['it was staged', 'some', 'say']]],
    ['The photo surfaced \u2014 some say it was staged.', [['it was staged', 'some', 'say']]],
    ['The photo surfaced \u2014 some say it was staged \u2014 and the mayor resigned.', [['it was staged', 'some', 'say']]],
    // an aside on a word, closed by a second dash before any verb
    ['The mayor unveiled an ambitious \u2014 some say reckless \u2014 plan to widen the harbour.', []],
    ['The mayor unveiled an ambitious - some say reckless - plan to widen the harbour.', []],
    ['The mayor unveiled an ambitious -- many say far too costly -- plan to widen the harbour.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('read72: ", the court has heard." at the end of a sentence', () => {
  test.each([
    ['He had been drinking before the crash, the court has heard.', [['He had been drinking before the crash', null, 'has heard']]],
    ['The alarm had failed twice that week, the inquest had heard.', [['The alarm had failed twice that week', null, 'had heard']]],
    ['"We ran," the driver told police, the jury has heard.', [['We ran,', 'the driver', 'told']]],
    ['He had been drinking, the neighbours have heard.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('read72: the comma after a fronted subordinate clause opens no appositive', () => {
  test.each([
    ['Tova Brenn said that if the levy fails, the first thing to go will be the ferry.', [['if the levy fails, the first thing to go will be the ferry', 'Tova Brenn', 'said']]],
    ['Tova Brenn said that if the levy fails, a vote will be held in May.', [['if the levy fails, a vote will be held in May', 'Tova Brenn', 'said']]],
    // a ranking appositive at the end of a plain clause is still the narrator's
    ['Tova Brenn said the ferry will run again in May, the first time since the storm.', [['the ferry will run again in May', 'Tova Brenn', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read72: a word noun\'s relative clause after a sentence-opening conjunction', () => {
  test.each([
    ['But the term Lee used to describe the plan was harsh.', []],
    ['And the word Ada Brook chose to describe the pier stuck.', []],
    // as the object of the cue, the report stays
    ['Lee used a harsh term to describe the plan.', [['the plan', 'Lee', 'to describe']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read72: a reduced "asked about" before an auxiliary and a verb of speech', () => {
  test.each([
    ['Voters asked about the vote have said it was close.', [['it was close', 'Voters asked about the vote', 'have said']]],
    ['Voters asked about the vote said it was close.', [['it was close', 'Voters asked about the vote', 'said']]],
  ] as [string, Row[]][])('%s', both);
});
