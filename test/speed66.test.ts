/**
 * The speed pass of issue 12 on speaker words (speed66): `isMarkToken` decides
 * by character code, title words are keyed from a token's lower case
 * (`tokenTitleKey`) rather than by lower-casing its value again, and
 * `isPlaceName` is remembered. Each must answer exactly as before. Invented
 * sentences only.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';
import { prepare } from '../src/prepare/document.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { isMarkToken, tokenAt, tokenCount } from '../src/prepare/lookup.js';
import { titleKey, tokenTitleKey } from '../src/speakers/find/title-keys.js';
import { isPlaceName } from '../src/speakers/kinds.js';

/** The definition `isMarkToken` had: a search of a string of marks. */
const MARKS = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\'\u2018\u2019\u201A\u201B\u2039\u203A\u2033';
const markBefore = (value: string): boolean => value === "''" || value === '``' || (value.length === 1 && MARKS.includes(value));

describe('isMarkToken', () => {
  test('agrees with the search of the marks on every UTF-16 code unit', () => {
    const bad: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isMarkToken(String.fromCharCode(c)) !== markBefore(String.fromCharCode(c))) bad.push(c);
    expect(bad).toEqual([]);
  });

  test.each<[string, boolean]>([
    ['"', true],
    ["'", true],
    ['\u201C', true],
    ['\u2033', true],
    ["''", true],
    ['``', true],
    ['', false],
    ['`', false],
    ['""', false],
    ['\u201C\u201D', false],
    ["'s", false],
    ['\u2020', false],
  ])('%j', (value, mark) => {
    expect(isMarkToken(value)).toBe(mark);
    expect(markBefore(value)).toBe(mark);
  });
});

describe('tokenTitleKey', () => {
  test("is titleKey of the token's value for every token of a text", () => {
    const doc = prepare('Sen. Ada Moss, the SEN. of Harlow, told Gov. Tom Reyes and Dr. İlkay Varga on Monday that the plan was dead. "No," said Lt.-Col. Rui Okafor.', new Tokenizer());
    expect(tokenCount(doc)).toBeGreaterThan(20);
    const keys: string[] = [];
    for (let k = 0; k < tokenCount(doc); k++) {
      const t = tokenAt(doc, k);
      expect(tokenTitleKey(t)).toBe(titleKey(t.value));
      keys.push(tokenTitleKey(t));
    }
    expect(keys).toContain('sen');
    expect(keys).toContain('gov');
    expect(keys).toContain('dr');
  });
});

describe('isPlaceName', () => {
  test('answers the same when asked again', () => {
    for (const name of ['France', 'the United States', 'New  York', 'Harlow Okafor', 'U.S.', '']) {
      const first = isPlaceName(name);
      expect(isPlaceName(name)).toBe(first);
    }
    expect(isPlaceName('France')).toBe(true);
    expect(isPlaceName('Harlow Okafor')).toBe(false);
  });
});

describe('speakers with titles, as before', () => {
  const extractor = createExtractor();

  test('a title before a name is no part of the name', () => {
    const { quotes } = extractor.extract('"The bridge will reopen in May," Sen. Ada Moss said on Tuesday.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.kind).toBe('direct');
    expect(quotes[0]!.text).toBe('The bridge will reopen in May,');
    expect(quotes[0]!.parts.map((p) => p.text)).toEqual(['The bridge will reopen in May,']);
    expect(quotes[0]!.speaker?.name).toBe('Ada Moss');
    expect(quotes[0]!.speaker?.mention?.text).toBe('Sen. Ada Moss');
    expect(quotes[0]!.cue?.span.text).toBe('said');
  });

  test('a quotation with no speaker and no cue yields nothing', () => {
    expect(extractor.extract('The bridge will reopen in May after a long repair.').quotes).toEqual([]);
  });
});
