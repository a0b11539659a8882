/**
 * Extractors share one wink instance, and extractQuotes(text, options) reuses
 * extractors by option value (issue 12, issue 13): results stay exactly those
 * of a fresh extractor with the same options.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor, extractQuotes } from '../src/index.js';

const TEXT = 'Mara Quillfeather fumed that the canal fees were too high. "We will not pay," she said.\n\nThe council denied it.';

describe('extractors by option value', () => {
  test('equal options in another key order or with defaults spelled out give the same result as a new extractor', () => {
    const expected = createExtractor({ kinds: ['direct', 'indirect'], minConfidence: 0 }).extract(TEXT);
    expect(extractQuotes(TEXT, { minConfidence: 0, kinds: ['direct', 'indirect'] })).toEqual(expected);
    expect(extractQuotes(TEXT, { kinds: ['direct', 'indirect'] })).toEqual(expected);
  });

  test('different options are never mixed up, even past the cache bound', () => {
    for (let k = 0; k < 40; k++) {
      const options = { addCues: [`zorb${k}`], kinds: k % 2 === 0 ? (['direct'] as const) : (['indirect'] as const) };
      const text = `The minister zorb${k} that the talks would resume. "Fine," she said.`;
      expect(extractQuotes(text, { ...options, kinds: [...options.kinds] })).toEqual(createExtractor({ ...options, kinds: [...options.kinds] }).extract(text));
    }
    expect(extractQuotes(TEXT, { kinds: ['direct'] }).quotes.every((q) => q.kind === 'direct')).toBe(true);
    expect(extractQuotes(TEXT, { kinds: ['indirect'] }).quotes.every((q) => q.kind === 'indirect')).toBe(true);
  });

  test('a second extractor does not load the model again', () => {
    createExtractor();
    const t0 = performance.now();
    for (let k = 0; k < 10; k++) createExtractor({ minConfidence: k / 10 });
    // ten extractors in far less than one model load (about 100 ms)
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
