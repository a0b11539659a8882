/**
 * The speed pass of issue 12 on letter-case tests: `startsLower` and
 * `isCapitals` decide ASCII by character code and must answer exactly as the
 * regular expressions they replace, for every string. Invented words only.
 */
import { describe, expect, test } from 'vitest';
import { isCapitals, startsLower } from '../src/prepare/case.js';

const LOWER = /^\p{Ll}/u;
const CAPITALS = /^\p{Lu}{2,}$/u;

describe('startsLower and isCapitals', () => {
  test.each<[string, boolean, boolean]>([
    ['lee', true, false],
    ['Lee', false, false],
    ['NATO', false, true],
    ['MP', false, true],
    ['M', false, false],
    ['MPs', false, false],
    ['M.P.', false, false],
    ['', false, false],
    ['1st', false, false],
    ['\u00e9mile', true, false],
    ['\u00c9MILE', false, true],
    ['\u00c9', false, false],
    ['\u03c3\u03c9', true, false],
    ['\u{1d400}\u{1d401}', false, true],
    ['\u{1d41a}bc', true, false],
    ['AB\ud835', false, false],
  ])('%j', (value, lower, capitals) => {
    expect(startsLower(value)).toBe(lower);
    expect(isCapitals(value)).toBe(capitals);
  });

  test('agree with the regular expressions on every code point, alone and with letters around it', () => {
    const bad: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      const ch = String.fromCodePoint(c);
      for (const value of [ch, ch + 'a', ch + 'A', 'A' + ch, 'AB' + ch, ch + 'BC']) {
        if (startsLower(value) !== LOWER.test(value) || isCapitals(value) !== CAPITALS.test(value)) bad.push(value);
      }
    }
    expect(bad).toEqual([]);
  });

  test('agree on lone surrogates, surrogate pairs and pairs of characters up to U+017F', () => {
    const codes = [...Array.from({ length: 0x180 }, (_, k) => k), 0x391, 0x3b1, 0x410, 0x430, 0x1e9e, 0x2160, 0xd835, 0xdc00, 0xdc1a, 0xd801, 0xdc0e];
    const bad: string[] = [];
    for (const a of codes) {
      for (const b of codes) {
        for (const value of [String.fromCharCode(a, b), String.fromCharCode(0x41, a, b), String.fromCharCode(a, b, 0x61)]) {
          if (startsLower(value) !== LOWER.test(value) || isCapitals(value) !== CAPITALS.test(value)) bad.push(value);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
