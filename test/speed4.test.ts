/**
 * The fourth speed pass (issue 12), on the ordinary article path: letter-case
 * tests decided by character code for ASCII, and the name-token answer kept
 * per document. Both must answer exactly as before. Invented sentences and names.
 */
import { describe, expect, test } from 'vitest';
import { startsUpper, startsUpperLower } from '../src/prepare/case.js';
import { prepare } from '../src/prepare/document.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { isNameToken } from '../src/speakers/find/name-tokens.js';

describe('startsUpper and startsUpperLower', () => {
  test.each<[string, boolean, boolean]>([
    ['Lee', true, true],
    ['LEE', true, false],
    ['lee', false, false],
    ['L', true, false],
    ['L.', true, false],
    ['', false, false],
    ['1st', false, false],
    ['"Lee', false, false],
    ['\u00c9mile', true, true],
    ['\u00e9mile', false, false],
    ['\u00c9MILE', true, false],
    ['E\u0301mile', true, false],
    ['O\u2019Hara', true, false],
    ['\u00d6zil', true, true],
    ['\u03a3\u03c9', true, true],
    ['\u{1d400}bc', true, true],
  ])('%j', (value, upper, upperLower) => {
    expect(startsUpper(value)).toBe(upper);
    expect(startsUpperLower(value)).toBe(upperLower);
  });

  test('agree with the regular expressions on every pair of characters up to U+017F and some beyond', () => {
    const codes = [...Array.from({ length: 0x180 }, (_, k) => k), 0x391, 0x3b1, 0x410, 0x430, 0x1e9e, 0x2160, 0xd835];
    for (const a of codes) {
      for (const b of codes) {
        const value = String.fromCharCode(a, b);
        expect(startsUpper(value)).toBe(/^\p{Lu}/u.test(value));
        expect(startsUpperLower(value)).toBe(/^\p{Lu}\p{Ll}/u.test(value));
      }
    }
  });
});

describe('isNameToken asked again', () => {
  test('gives the same answer for every token, the second time from memory', () => {
    const doc = prepare('Sen. Ada Moss told reporters on Monday that Will Tarrant and Gladly would stay. "Fine," said Weld.', new Tokenizer());
    const first = doc.tokens.map((t) => isNameToken(t, doc));
    expect(doc.tokens.filter((_, k) => first[k]).map((t) => t.value)).toEqual(expect.arrayContaining(['Ada', 'Moss', 'Tarrant', 'Weld']));
    expect(doc.tokens.filter((_, k) => first[k]).map((t) => t.value)).not.toContain('Monday');
    expect(doc.tokens.map((t) => isNameToken(t, doc))).toEqual(first);
    // and a fresh copy of the document asked in the other order gives the same answers (no answer depends on what was asked before)
    const fresh = prepare('Sen. Ada Moss told reporters on Monday that Will Tarrant and Gladly would stay. "Fine," said Weld.', new Tokenizer());
    const reversed = [...fresh.tokens].reverse().map((t) => isNameToken(t, fresh)).reverse();
    expect(reversed).toEqual(first);
  });

  test('answers for each document on its own', () => {
    const tokenizer = new Tokenizer();
    const a = prepare('Moss said the plan works.', tokenizer);
    const b = prepare('moss grew on the wall.', tokenizer);
    expect(isNameToken(a.tokens[0]!, a)).toBe(true);
    expect(isNameToken(b.tokens[0]!, b)).toBe(false);
    expect(isNameToken(a.tokens[0]!, a)).toBe(true);
  });
});
