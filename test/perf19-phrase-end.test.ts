/**
 * perf19: a cue phrase is matched word by word through tokenAt, which past the
 * end of the text gives an empty word; a text that stops inside a phrase
 * (its first words only) makes no cue of it, and a whole phrase still does.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';

describe('perf19: cue phrases at the end of a text', () => {
  const extractor = createExtractor({ addCues: ['went on record'] });

  test('a whole phrase is a cue', () => {
    const r = extractor.extract('Ferry fares rose twice this winter, according to the port authority.');
    expect(r.quotes.map((q) => q.cue?.span.text ?? null)).toEqual(['according to']);
  });

  test.each([
    ['the first word of a built-in phrase', 'Ferry fares rose twice this winter, according'],
    ['the first words of a custom phrase', 'The harbor chief went on'],
    ['the first two words of a custom phrase', 'Late on Monday the harbor chief went on'],
  ])('%s closing the text makes no cue', (_, text) => {
    const r = extractor.extract(text);
    expect(r.quotes.filter((q) => q.cue?.span.text === 'according to' || q.cue?.span.text === 'went on record')).toEqual([]);
  });
});
