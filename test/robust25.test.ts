/**
 * Quality-bar probe robust25: the rules of stop 57 (pseudo-clefts, "not only
 * ... but", the subordinate report cut, "under his breath", a day after the
 * cue, "to back", a negated nobody, "Keating of the fund", "Most reported
 * cases", "Whichever senator", a second clause's subject, Q./A. examinations,
 * "used to say", a title before "of", "the nurse" for the one subject named
 * before) fed thousands of their triggers with no stop, with and without
 * every opt-in category, with deep quotation marks and 100,000-character
 * words inside the runs. What it found: "the nurse" looked for its own noun
 * from the start of the sentence that names the person, once per
 * description: after one sentence of thousands of words, descriptions said
 * again and again were quadratic.
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { fastestCpuMs, lowerOfTwoWhenHigh } from './support/timing.js';

const extractor = createExtractor();
const everyCategory = createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });

/** Anything with an `extract(text)` method. */
interface Extracts {
  extract(text: string): unknown;
}

/**
 * Time of `make(4n)` over time of `make(n)` (fastest of three each, after a
 * warm-up): about 4 when linear, 16 when quadratic; a ratio above 6 is
 * measured once more and the lower one kept (a busy machine's slow round).
 */
function quadrupling(make: (n: number) => string, n: number, using: Extracts = extractor): number {
  using.extract(make(n / 4));
  return lowerOfTwoWhenHigh(() => fastestCpuMs(() => using.extract(make(4 * n)), 3) / Math.max(fastestCpuMs(() => using.extract(make(n)), 3), 0.1), 6);
}

/** Shapes whose cost grows with both a long sentence and the descriptions after it. */
const SHAPES: [string, (n: number) => string][] = [
  // (quadratic before: 458/1,159/3,798 ms CPU for n = 8,000/16,000/32,000; after: 230/283/410 ms)
  ['"the actor" said again and again after one long sentence that names a person', (n) =>
    `Nora Velkin has nursed${' on the ward'.repeat(n)}. "It was late," the nurse said, and ${'"It was late," the actor said, and '.repeat(n / 4)}more.`],
];

describe('robust25: a description reads its noun in the sentences before it once per document', { timeout: 300_000 }, () => {
  it.each(SHAPES)('%s: at most about linear per doubling', (_name, make) => {
    expect(quadrupling(make, 4000)).toBeLessThan(9);
  });

  it.each(SHAPES)('%s, every category on: at most about linear per doubling', (_name, make) => {
    expect(quadrupling(make, 4000, everyCategory)).toBeLessThan(9);
  });

  it('"the nurse" still stands for the one subject named in the sentence before, and not after its noun was written there', () => {
    const named = extractor.extract('Nora Velkin has nursed on the ward for thirty years. "We are tired," the nurse said.');
    expect(named.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We are tired,', 'Nora Velkin']]);
    const other = extractor.extract('Nora Velkin met the nurse on the ward. "We are tired," the nurse said.');
    expect(other.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We are tired,', 'the nurse']]);
  });
});
