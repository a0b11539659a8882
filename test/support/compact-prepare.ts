/**
 * Reads texts the long-text way on demand, for the tests that check that a
 * short text's plain token list and the long-text token table give the same
 * output: a `vi.mock` factory for `src/prepare/document.js` whose `prepare`
 * puts every text in a TokenTable while {@link compactState}`.compact` is on,
 * and counts the texts it so read in `compactState.tabled`.
 *
 * ```ts
 * vi.mock('../src/prepare/document.js', async (importOriginal) =>
 *   (await import('./support/compact-prepare.js')).compactPrepare(importOriginal));
 * import { compactState as state } from './support/compact-prepare.js';
 * ```
 */
import { expect } from 'vitest';
import type * as Document from '../../src/prepare/document.js';

/** Whether texts are read the long-text way now, and how many were. */
export const compactState = { compact: false, tabled: 0 };

/** The mocked module: the original, with a `prepare` that obeys {@link compactState}. */
export async function compactPrepare(importOriginal: <T>() => Promise<T>): Promise<typeof Document> {
  const original = await importOriginal<typeof Document>();
  return {
    ...original,
    prepare: (text: string, tokenizer: Parameters<typeof original.prepare>[1], compactFrom?: number) => {
      const doc = original.prepare(text, tokenizer, compactState.compact ? 0 : compactFrom);
      if (doc.table !== undefined) compactState.tabled++;
      return doc;
    },
  };
}

/**
 * Runs `extract` once the plain way and once the long-text way: the two
 * results, and whether the second read went through a token table (exactly
 * one more text tabled).
 */
export function readBothWays<T>(extract: () => T): [T, T, boolean] {
  compactState.compact = false;
  const plain = extract();
  compactState.compact = true;
  const before = compactState.tabled;
  try {
    const compact = extract();
    return [plain, compact, compactState.tabled === before + 1];
  } finally {
    compactState.compact = false;
  }
}

/**
 * Runs `extract` both ways ({@link readBothWays}) and expects the second read
 * to go through a token table and to give what the first gave; returns the
 * first result.
 */
export function sameBothWays<T>(extract: () => T): T {
  const [plain, compact, tabled] = readBothWays(extract);
  expect(tabled).toBe(true);
  expect(compact).toEqual(plain);
  return plain;
}
