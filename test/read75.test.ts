/**
 * read75: review fixes of stop 60's second-round merges.
 * - speakers/find/participle.ts: a plain present of saying after a plural
 *   noun and a determiner that opens its clause is the verb a participle
 *   continues, as "says" and "said" are ("Taxes must fall, the mayors say,
 *   adding ..." gives "adding" the mayors, was "Taxes").
 * - attribution/reported/colon-lead.ts datelineLabel: a label in capitals
 *   that opens with an honorific or a title's abbreviation ("SEN. ADA MOSS:")
 *   is a transcript's speaker before narration with any cue verb, not a
 *   dateline (as "JAKE TAPPER:" already was).
 * - cues/mistagged.ts pastTagAfterQuote: a short description set off by
 *   commas may stand between the subject and a past form read as an
 *   adjective before a colon and a quotation, as an age may ('Sam Ortiz, the
 *   Rovers boss, fumed: "..."' is a direct quote by Sam Ortiz, was nothing).
 * - data/cues.ts POSTED_PLACE_WORDS and boundary/posted.ts placeEnd (evidence,
 *   opt-in): TikTok, Threads, Bluesky and other networks are where a post went
 *   up, places may be joined by "and", and "X." kept whole at a sentence's end
 *   is the network ("posted a video on TikTok and X." posts "a video", was
 *   "a video on TikTok and X." with the full stop).
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read75: a plural present of saying before a participle', () => {
  test.each([
    ['Taxes must fall, the mayors say, adding that rents will rise.', [['Taxes must fall', 'the mayors', 'say'], ['rents will rise', 'the mayors', 'adding']]],
    ['"Ferries will be late," the wardens say, adding that the pier is shut.', [['Ferries will be late,', 'the wardens', 'say'], ['the pier is shut', 'the wardens', 'adding']]],
    // as before: a word between the determiner and the noun, a past, a present in "-s", a bare plural
    ['"Taxes must fall," the Tory mayors say, adding that rents will rise.', [['Taxes must fall,', 'the Tory mayors', 'say'], ['rents will rise', 'the Tory mayors', 'adding']]],
    ['Taxes must fall, the mayors said, adding that rents will rise.', [['Taxes must fall', 'the mayors', 'said'], ['rents will rise', 'the mayors', 'adding']]],
    ['Taxes must fall, the mayor says, adding that rents will rise.', [['Taxes must fall', 'the mayor', 'says'], ['rents will rise', 'the mayor', 'adding']]],
    ['Taxes must fall, officials say, adding that rents will rise.', [['Taxes must fall', 'officials', 'say'], ['rents will rise', 'officials', 'adding']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read75: a title before a name in a capitals label keeps it a speaker', () => {
  test.each([
    ['SEN. ADA MOSS: Officials say the road is shut.', [['Officials say the road is shut', 'ADA MOSS', ':'], ['the road is shut', 'Officials', 'say']]],
    ['DR ORIEL VANCE: Officials warn the road is shut.', [['Officials warn the road is shut', 'ORIEL VANCE', ':'], ['the road is shut', 'Officials', 'warn']]],
    ['LT. ORIEL VANCE: Officials warn the road is shut.', [['Officials warn the road is shut', 'ORIEL VANCE', ':'], ['the road is shut', 'Officials', 'warn']]],
    // a dateline, as before: a place, one of two words, one opening with a title word that is no abbreviation
    ['PORT ELLIS: Officials warn the road is shut.', [['the road is shut', 'Officials', 'warn']]],
    ['GENERAL SANTOS: Officials warn the road is shut.', [['the road is shut', 'Officials', 'warn']]],
    ['HALIFAX: Officials warn the road is shut.', [['the road is shut', 'Officials', 'warn']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read75: a description set off by commas before a mistagged past and a colon', () => {
  test.each([
    ['Sam Ortiz, the Rovers boss, fumed: "It was a disgrace."', [['It was a disgrace.', 'Sam Ortiz', 'fumed']]],
    ["Ortiz, a former striker, fumed: 'It was a disgrace.'", [['It was a disgrace.', 'Ortiz', 'fumed']]],
    ['The manager, Sam Ortiz, fumed: "It was a disgrace."', [['It was a disgrace.', 'Sam Ortiz', 'fumed']]],
    // as before: an age, no insert
    ["Fenwick, 52, fumed: 'It was a disgrace.'", [['It was a disgrace.', 'Fenwick', 'fumed']]],
    ['Rovers boss Sam Ortiz fumed: "It was a disgrace."', [['It was a disgrace.', 'Sam Ortiz', 'fumed']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read75: where a post went up (evidence, opt-in)', () => {
  test.each([
    ['Ada Moss posted a video on TikTok.', [['a video', 'Ada Moss', 'posted']]],
    ['Ada Moss posted a video on TikTok and X.', [['a video', 'Ada Moss', 'posted']]],
    ['Ada Moss posted a video on Facebook and Instagram on Friday.', [['a video', 'Ada Moss', 'posted']]],
    ['Ada Moss posted a clip of the storm on Bluesky.', [['a clip of the storm', 'Ada Moss', 'posted']]],
    // as before: one place; a place followed by more than a time stays
    ['Ada Moss posted a video on X.', [['a video', 'Ada Moss', 'posted']]],
    ['Ada Moss posted a comment on Facebook that compared the pier to a sieve.', [['a comment on Facebook that compared the pier to a sieve', 'Ada Moss', 'posted']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text, EVERY)).toEqual(expected);
    expect(rowsOf(text)).toEqual([]);
  });
});
