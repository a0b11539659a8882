/**
 * The row harness of the fix-5x tests: each quote as [content, speaker name,
 * cue text], every category's options, and the invented articles under
 * test/fixtures/<test>/.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { ExtractQuotesOptions } from '../../src/index.js';
import { extract } from './invariants.js';

/** [content, speaker name, cue text] of each quote. */
export type Row = [string, string | null, string | null];

/** The quotes of `text` as {@link Row}s (invariants checked on the way). */
export const rowsOf = (text: string, options: ExtractQuotesOptions = {}): Row[] =>
  extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null]);

/** Options that turn on every category. */
export const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

/** The invented article `name` of test `test` (test/fixtures/<test>/<name>.txt). */
export const fixtureText = (test: string, name: string): string => readFileSync(new URL(`../fixtures/${test}/${name}.txt`, import.meta.url), 'utf8');

/**
 * Two table tests over the invented articles of test `name` (test/fixtures/<name>/): each article's quotes hold its
 * key rows, with default options and with every category on.
 */
export function testKeySentences(name: string, key: [string, Row[]][]): void {
  test.each(key)('%s keeps its key sentences', (article, expected) => {
    const rows = rowsOf(fixtureText(name, article));
    for (const row of expected) expect(rows).toContainEqual(row);
  });
  test.each(key)('%s with every category keeps its key sentences', (article, expected) => {
    const rows = rowsOf(fixtureText(name, article), EVERY);
    for (const row of expected) expect(rows).toContainEqual(row);
  });
}
