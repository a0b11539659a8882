/**
 * Helper fix37: known wrong outputs on invented text. A relative "that",
 * "which" or "who" clause with a verb of saying of its own ends the object of
 * "pointed to", and its speaker is the phrase right before the relative word,
 * not the sentence's subject and verb ("The mayor pointed to a report that
 * warned ..."). Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

/** [text, options, rows]. */
const CASES: [string, object, Row[]][] = [
  // 1. the relative clause's text or people speak; the object of "pointed to" ends before it
  ['The mayor pointed to a report that warned the bridge was unsafe.', {}, [["a report","The mayor","person","description","pointed to","speech"],["the bridge was unsafe","a report","unknown","description","warned","speech"]]],
  ['The union pointed to a memo that said wages would fall.', {}, [["a memo","The union","organization","description","pointed to","speech"],["wages would fall","a memo","unknown","description","said","speech"]]],
  ['The senator pointed to aides who warned the plan would fail.', {}, [["the plan would fail","aides","group","description","warned","speech"]]],
  ['The mayor pointed to two engineers who warned the bridge was unsafe.', {}, [["two engineers","The mayor","person","description","pointed to","speech"],["the bridge was unsafe","two engineers","group","description","warned","speech"]]],
  ['The mayor pointed to a letter which said the pier must close.', {}, [["a letter","The mayor","person","description","pointed to","speech"],["the pier must close","a letter","unknown","description","said","speech"]]],
  // (no verb between: the phrase with its modifier stays the speaker)
  ['The board sent a letter that said the school would close.', {}, [["the school would close","The board","organization","description","said","speech"]]],
];

describe('fix37: known wrong outputs', () => {
  test.each(CASES)('%s', (text, options, want) => {
    expect(rows(text, options)).toEqual(want);
  });
});
