/**
 * Review round 13a: false positives found by a read-only review of merged
 * rules. Invented sentences with the exact parts, speaker, cue and rule
 * expected, and the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

// 1. a short scare quote that ends a "that" clause is kept only after a verb of speech or thought
const thatScare: [string, string, Row[]][] = [
  ['a copula before "that"', 'The trouble is that the ferry crew lacks "grit."', []],
  ['"so ... that"', 'The lantern was so bright that it looked "radioactive."', []],
  ['an adjective before "that"', 'The Gulls lost the match. It was clear that the umpires had a "bad night."', []],
  ['a verb that reports nothing', 'The new rule means that all rowers must wear a "safety vest."', []],
  ['a verb of learning', 'Shoppers in Dunmore learned that the harbor sale was a "scam."', []],
  ['a verb of thought keeps it', 'Ada Moss worried that the harbor fund was becoming "a piggy bank."', [
    row(['that the harbor fund was becoming', 'a piggy bank.'], 'Ada Moss', null, 'direct/fallback-subject', 'mixed'),
  ]],
];

// 2. a pronoun "that" opens no clause
const thatPronoun: [string, string, Row[]][] = [
  ['"of that," before the quotation', 'Because of that, the rowing club\'s motto became "Never give up, never surrender, never stop."', [
    row(['Never give up, never surrender, never stop.'], null, null, 'direct/unattributed', 'direct'),
  ]],
  ['"all that," before the quotation', 'After all that, the harbor crowd sang "We are the champions of the whole wide world tonight."', [
    row(['We are the champions of the whole wide world tonight.'], 'the harbor crowd', null, 'direct/fallback-subject', 'direct'),
  ]],
];

describe('review 13: a short scare quote after "that"', () => {
  test.each(thatScare)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 13: a pronoun "that"', () => {
  test.each(thatPronoun)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
