/**
 * Quality-bar probe robust24: the rules of stop 56 (nicknames in names, a
 * first name alone, "the 29-year-old singer", "the late Senator", participle
 * openers, "accused X of", "declined to say", a dash in a noun's clause, a
 * time before "to", a verbless "while", "My brother ..., and he", coordinated
 * "whose" clauses) fed thousands of their triggers with no stop, with and
 * without every opt-in category, and with a 100,000-character word inside the
 * run. What it found: a one-word name standing for a full name that holds a
 * very long word lower-cased (and split) that full name once per mention: as
 * names were matched to their entities, as a speaker's entity was made and its
 * first name's gender read, and as a surname looked for a relative who spoke
 * last (a cost of mentions times the word's length).
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { fastestCpuMs } from './support/timing.js';

const extractor = createExtractor();
const everyCategory = createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });

/**
 * Time of `make(4n)` over time of `make(n)` (fastest of three each, after a
 * warm-up): about 4 when linear, 16 when quadratic. A ratio above 6 is
 * measured once more and the lower one kept (a busy machine's slow round).
 */
function quadrupling(make: (n: number) => string, n: number, using = extractor): number {
  using.extract(make(n / 4));
  const measure = (): number => fastestCpuMs(() => using.extract(make(4 * n)), 3) / Math.max(fastestCpuMs(() => using.extract(make(n)), 3), 0.1);
  const first = measure();
  return first <= 6 ? first : Math.min(first, measure());
}

/** Shapes whose cost grows with both the long word and the count of names that stand for it. */
const LONG_WORD_NAMES: [string, (n: number) => string][] = [
  // (quadratic before: 60 ms, 1,131 ms CPU for n = 8,000 and 32,000; each "Standing" stood for "QQQ...Q Standing";
  // the surname shape 80 ms, 1,053 ms)
  ['a one-word name after a full name with a long first word', (n) => `${'Q'.repeat(10 * n)} Standing ${'Standing before the judge '.repeat(n / 4)}`],
  ['a surname said again and again after a full name with a long first word', (n) => `${'Q'.repeat(10 * n)} Varga arrived. ${'Varga waved. '.repeat(n / 4)}`],
  // (quadratic before, each speaker mention lower-casing and splitting the full name as its entity was made, its
  // gender read and a relative who spoke last looked for: 473/7,120, 583/9,058, 429/7,872, 707/13,219 ms for
  // n = 8,000/32,000; after: 199/423, 205/291, 259/313, 235/433 ms)
  ['an age and a noun speaking after a full name with a long first word', (n) => `${'Q'.repeat(10 * n)} Varga arrived. ${'The 29-year-old singer said it was late. '.repeat(n / 4)}`],
  ['"the senator" speaking after "the late Senator" with a long first word', (n) => `The late Senator ${'Q'.repeat(10 * n)} Hale arrived. ${'The senator said it was late. '.repeat(n / 4)}`],
  ['an honorific and a surname speaking after a full name with a long first word', (n) => `${'Q'.repeat(10 * n)} Varga arrived. ${'Mr. Varga said it was late. '.repeat(n / 4)}`],
  ['a surname closing direct quotes after a full name with a long first word', (n) => `${'Q'.repeat(10 * n)} Varga arrived. ${'"It was late," Varga said. '.repeat(n / 4)}`],
  // (a first name alone, stop 56's rule, around a long capitalised word the sentence after it joins to the name
  // "AAA...A Kezia": 1,290/24,364 ms for n = 8,000/32,000 before, 234/275 ms after)
  ['a first name alone speaking before and after a long capitalised word', (n) => `Kezia Lund arrived. ${'Kezia said it was late. '.repeat(n / 8)}${'A'.repeat(10 * n)} ${'Kezia said it was late. '.repeat(n / 8)}`],
];

describe('robust24: a long word in a name is read once, not once per mention', { timeout: 300_000 }, () => {
  it.each(LONG_WORD_NAMES)('%s: at most about linear per doubling', (_name, make) => {
    expect(quadrupling(make, 8000)).toBeLessThan(9);
  });

  it.each(LONG_WORD_NAMES)('%s, every category on: at most about linear per doubling', (_name, make) => {
    expect(quadrupling(make, 8000, everyCategory)).toBeLessThan(9);
  });

  it('the surname still stands for the full name with the long word', () => {
    const long = 'Q'.repeat(2000);
    const text = `${long} Varga arrived at the pier. "The ferry is late," Varga said.`;
    const r = extractor.extract(text);
    expect(r.quotes.map((q) => [q.text, q.speaker?.name, q.cue?.span.text])).toEqual([['The ferry is late,', `${long} Varga`, 'said']]);
  });
});

describe('robust24: runs of stop 56 triggers with no stop never throw and keep every offset', { timeout: 300_000 }, () => {
  const RUNS: [string, string, string][] = [
    ['', 'Ann "Slim" ', 'said it was late.'],
    ['Lee Park arrived. ', 'the 29-year-old ', 'singer said it was late.'],
    ['', 'the late ', 'Senator Tom Hale said it was late.'],
    ['', 'accused Lee of ', 'lying.'],
    ['Lee ', 'declined to say whether ', 'it was late.'],
    ['The man whose dog ', 'and whose ', 'cat bit said it was late.'],
    ['', 'Lee, who said ', 'it was late.'],
    ['His claim that the vote was rigged', ' - ', 'was false.'],
    ['Lee promised ', 'on Monday to ', 'end it.'],
    ['Lee criticized the fare rise ', 'while ', 'mayor.'],
    ['My brother was a fisherman, and ', 'My brother and he ', 'used to say it was late.'],
  ];
  it.each(RUNS)('%s%s x 5,000 with a 100,000-letter word inside', (before, unit, after) => {
    const text = `${before}${unit.repeat(2500)}${'A'.repeat(100_000)} ${unit.repeat(2500)}${after}`;
    for (const using of [extractor, everyCategory]) {
      const r = using.extract(text);
      for (const q of r.quotes) {
        for (const s of [q.span, ...q.parts, q.cue?.span, q.speaker?.mention]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });
});
