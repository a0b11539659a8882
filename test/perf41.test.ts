/**
 * perf41 (issue 12): the loops over every token of a document read a short
 * text's plain token list directly (`plainTokens`) and a long text's table
 * through `tokenAt`; cue detection's fast path and `pastTagAfterQuote` share
 * one test of the "-ed" shape (`mayBePastTag`). Output must not move: each
 * row is read both ways (plain tokens and the long-text table) and must agree
 * with the expected `kind | text | speaker | cue | rule`. Invented sentences.
 */
import { describe, expect, test, vi } from 'vitest';

// the second read of sameBothWays goes the long-text way, tokens in a TokenTable (test/support/compact-prepare.ts)
vi.mock('../src/prepare/document.js', async (importOriginal) => (await import('./support/compact-prepare.js')).compactPrepare(importOriginal));
import { sameBothWays } from './support/compact-prepare.js';

import { createExtractor, type Extraction } from '../src/index.js';
import { prepare } from '../src/prepare/document.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { plainTokens } from '../src/prepare/lookup.js';
import { mayBePastTag } from '../src/cues/mistagged.js';
import { quoteLines as rows } from './support/rows.js';

const extractor = createExtractor();

/** The extraction of `text` read with plain tokens and with the long-text table; both must be equal. */
function bothWays(text: string): Extraction {
  return sameBothWays(() => extractor.extract(text));
}

describe('perf41: plainTokens', () => {
  test('is the token list of a short text and undefined for one kept in a table', () => {
    const tokenizer = new Tokenizer();
    const short = prepare('Ida Merrow said the mill would reopen.', tokenizer);
    expect(plainTokens(short)).toBe(short.tokens);
    const long = prepare('Ida Merrow said the mill would reopen.', tokenizer, 0);
    expect(long.table).toBeDefined();
    expect(plainTokens(long)).toBeUndefined();
  });
});

describe('perf41: mayBePastTag', () => {
  test.each([
    ['ADJ', 'fumed', true],
    ['NOUN', 'snapped', true],
    ['VERB', 'fumed', false],
    ['ADJ', 'happy', false],
    ['PROPN', 'Ted', false],
  ] as const)('%s %s: %s', (pos, lower, expected) => {
    expect(mayBePastTag(pos, lower)).toBe(expected);
  });
});

// the rules whose token loops changed: noun topics and mentions, noun infinitives, nouns with a maker,
// sounded notes, names, and a past form read as an adjective after a quotation
const ROWS: [string, string[]][] = [
  ['Councilwoman Ida Merrow made pointed remarks about the harbor fees.', ['indirect | the harbor fees | Ida Merrow | made pointed remarks about | reported/noun-topic']],
  ['Councilman Orvin Lusk made no mention of the bridge repairs in his speech.', ['indirect | the bridge repairs | Orvin Lusk | made no mention of | reported/noun-mention']],
  ["Ida Merrow's pledge to reopen the mill was cheered by the crowd.", ['indirect | to reopen the mill | Ida Merrow | pledge | reported/noun-infinitive']],
  ['Mayor Tilda Brace rejected claims by rival councillors that the pier was unsafe.', ['indirect | the pier was unsafe | rival councillors | claims | reported/noun-cue-agent']],
  ['The ferry captain sounded a gloomy note about the winter schedule.', ['indirect | the winter schedule | The ferry captain | sounded a gloomy note about | reported/sounded-note']],
  ['"No," Orvin Lusk fumed.', ['direct | No, | Orvin Lusk | fumed | direct/trailing-speaker-cue']],
  // negatives: a past form read as an adjective with no quotation before it is no cue
  ['The painted fence faded in the sun.', []],
  ['The crowd cheered when the tired runner finished.', []],
];

describe('perf41: output read both ways', () => {
  test.each(ROWS)('%s', (text, expected) => {
    expect(rows(bothWays(text))).toEqual(expected);
  });
});
