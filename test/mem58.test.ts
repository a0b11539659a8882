/**
 * Issue 12, memory round 58 (mem58): at the end of text preparation, of the
 * rule stages and of speaker resolution, a long text (kept in a token table)
 * suggests a full garbage collection to the engine (prepare/collection.ts):
 * one 10 MB call no longer lets the heap grow to four times its live data
 * before the result is built. Shorter texts give no hint, and the hint never
 * throws.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepare } from '../src/prepare/document.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { COLLECTION_HINT_BYTES, suggestCollection } from '../src/prepare/collection.js';

const tokenizer = new Tokenizer();
/** An invented paragraph of news. */
const TEXT = 'The ferry board of Lake Osund met on Friday. Its chair, Tomas Veld, said fares would rise by 4 percent.';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('mem58: a hint to collect garbage between the stages of a long text', () => {
  it('gives no hint for a text of plain token objects', () => {
    const doc = prepare(TEXT, tokenizer);
    expect(doc.table).toBeUndefined();
    expect(suggestCollection(doc)).toBe(false);
  });

  it('gives the hint for a text kept in a token table, with a buffer larger than V8 steps of 64 MB', () => {
    const doc = prepare(TEXT, tokenizer, 0);
    expect(doc.table).toBeDefined();
    expect(COLLECTION_HINT_BYTES).toBeGreaterThan(64 * 1024 * 1024);
    expect(suggestCollection(doc)).toBe(true);
  });

  it('gives none, and does not throw, where the engine cannot reserve the buffer', () => {
    const doc = prepare(TEXT, tokenizer, 0);
    vi.stubGlobal(
      'ArrayBuffer',
      class {
        constructor() {
          throw new RangeError('Array buffer allocation failed');
        }
      },
    );
    expect(suggestCollection(doc)).toBe(false);
  });
});
