/**
 * Quality-bar probe robust3: invisible characters glued to a quotation mark
 * (control characters, right-to-left direction marks) are read as space, so a
 * quote after them is the same quote at shifted offsets; a paragraph of many
 * quotation marks stays linear (the quoted-heading check read the paragraph
 * once per quotation); non-string arguments get a TypeError that names them.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, extractQuotes } from '../src/index.js';
import { brief, extract } from './support/invariants.js';

const QUOTE = '"Our budget is balanced," Maria Lopez said.';
const EXPECTED = { kind: 'direct', text: 'Our budget is balanced,', cue: 'said', lemma: 'say', mention: 'Maria Lopez', name: 'Maria Lopez', via: 'name' };

describe('invisible characters before a quotation mark (robust3)', () => {
  const glued: [string, string][] = [
    ['NUL', '\u0000'],
    ['escape', '\u001b'],
    ['DEL', '\u007f'],
    ['byte-order mark', '\uFEFF'],
    ['vertical tab', '\v'],
    ['form feed', '\f'],
    ['line separator', '\u2028'],
    ['left-to-right mark', '\u200e'],
    ['right-to-left mark', '\u200f'],
    ['right-to-left embedding', '\u202b'],
    ['right-to-left isolate', '\u2067'],
  ];
  it.each(glued)('%s: the same direct quote, one character later', (_name, char) => {
    const r = extract(char + QUOTE);
    expect(brief(r)).toEqual([EXPECTED]);
    expect(r.quotes[0]!.span).toEqual({ start: 1, end: 26, text: QUOTE.slice(0, 25) });
    expect(r.quotes[0]!.speaker!.mention).toEqual({ start: 27, end: 38, text: 'Maria Lopez' });
  });

  it('direction marks around the quote and a NUL after it change nothing but offsets', () => {
    const text = `\u2067${QUOTE.slice(0, 25)}\u2069${QUOTE.slice(25)}\u0000`;
    const r = extract(text);
    expect(brief(r)).toEqual([EXPECTED]);
    expect(r.quotes[0]!.span.start).toBe(1);
  });

  it('a NUL between words is a word break', () => {
    const r = extract('The mayor said\u0000that the bridge would reopen in May.');
    expect(brief(r)).toEqual([
      { kind: 'indirect', text: 'the bridge would reopen in May', cue: 'said', lemma: 'say', mention: 'The mayor', name: 'The mayor', via: 'description' },
    ]);
  });

  it('a glued letter still makes the quote part of the sentence (negative)', () => {
    expect(extract(`x${QUOTE}`).quotes.map((q) => q.kind)).toEqual(['mixed']);
  });
});

describe('many quotation marks in one paragraph (robust3)', () => {
  it('every style of mark, 200,000 characters without a space: no quote, in linear time', { timeout: 60_000 }, () => {
    const text = '\u00AB\u00BB\u201E\u201C\u201D\u2018\u2019\u2039\u203A\u300C\u300D"\''.repeat(15_385).slice(0, 200_000);
    const started = performance.now();
    expect(extractQuotes(text).quotes).toEqual([]);
    // this took over a minute before (each single-quoted stretch re-read its paragraph)
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('single-quoted words in one long paragraph: no quote, in linear time', { timeout: 60_000 }, () => {
    const text = '\u2018a\u2019 '.repeat(50_000);
    const started = performance.now();
    expect(extractQuotes(text).quotes).toEqual([]);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('a quoted heading alone in its paragraph is still dropped', () => {
    const r = extract("'Back to the farm'\n\n\"The harvest starts next week,\" the farmer said.");
    expect(brief(r)).toEqual([
      { kind: 'direct', text: 'The harvest starts next week,', cue: 'said', lemma: 'say', mention: 'the farmer', name: 'the farmer', via: 'description' },
    ]);
  });
});

describe('non-string text (robust3)', () => {
  const extractor = createExtractor();
  const values: [string, unknown, string][] = [
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a number', 3, '3'],
    ['a String object', new String('said'), 'a String object'],
    ['an array', ['said'], 'an array'],
  ];
  it.each(values)('%s: TypeError naming `text`', (_name, value, shown) => {
    const message = `saidwho: \`text\` must be a string, got ${shown}`;
    expect(() => extractQuotes(value as string)).toThrow(new TypeError(message));
    expect(() => extractor.extract(value as string)).toThrow(new TypeError(message));
  });
});
