/** perf22 (issue 12): a long text's token table hands out a token read lately again instead of making a new one. */
import { describe, expect, it } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { TokenTable } from '../src/prepare/tokens.js';
import { maybeToken, tokenAt, tokenCount } from '../src/prepare/lookup.js';

/** Every field of a token, as a list. */
function fields(t: { i: number; start: number; end: number; value: string; lower: string; lemma: string; pos: string; negated: boolean; sent: number; para: number } | undefined): unknown[] {
  return t === undefined ? [] : [t.i, t.start, t.end, t.value, t.lower, t.lemma, t.pos, t.negated, t.sent, t.para];
}

describe('perf22: token objects of a token table read again', () => {
  it('hands out the same object for an index read twice in a row', () => {
    const table = new TokenTable(4);
    for (let k = 0; k < 10; k++) table.push(k * 4, k * 4 + 3, k % 2 ? 'Said' : 'not', undefined, 'VERB', false, k, 0);
    table.finish();
    expect(table.token(3)).toBe(table.token(3));
    expect(table.at(3)).toBe(table.token(3));
    expect(table.at(10)).toBeUndefined();
    expect(table.at(-1)).toBeUndefined();
  });

  it('reads the right token for indexes that share a slot', () => {
    const table = new TokenTable(16);
    const count = 3 * 4096 + 5;
    for (let k = 0; k < count; k++) table.push(k * 2, k * 2 + 1, `w${k}`, undefined, 'NOUN', false, k >> 3, k >> 6);
    table.finish();
    // 7, 4103 and 8199 fall in one slot of the 4,096 kept
    for (const k of [7, 4103, 7, 8199, 4103, 8199, 7]) {
      const t = table.token(k);
      expect([t.i, t.value, t.start, t.end, t.sent, t.para]).toEqual([k, `w${k}`, k * 2, k * 2 + 1, k >> 3, k >> 6]);
    }
  });

  it('gives a compact document the same tokens as a plain one', () => {
    const text = 'Dara Penn said the ferry would run again.\n\n"It will not," said Oren Vale, a pilot. He did not say when.';
    const tokenizer = new Tokenizer();
    const plain = prepare(text, tokenizer, Infinity);
    const compact = prepare(text, tokenizer, 0);
    expect(compact.table).toBeDefined();
    const n = tokenCount(plain);
    expect(tokenCount(compact)).toBe(n);
    // forwards, backwards, then forwards again (the second pass reads the kept objects)
    const order = [...Array.from({ length: n }, (_, k) => k), ...Array.from({ length: n }, (_, k) => n - 1 - k), ...Array.from({ length: n }, (_, k) => k)];
    for (const k of order) {
      expect(fields(tokenAt(compact, k))).toEqual(fields(tokenAt(plain, k)));
      expect(fields(maybeToken(compact, k))).toEqual(fields(plain.tokens[k]));
      expect(fields(compact.tokens[k])).toEqual(fields(plain.tokens[k]));
    }
  });
});
