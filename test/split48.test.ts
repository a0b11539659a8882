/**
 * split48: a comparison after "and" before a second verb of the subject is
 * read on the lower-case word, so a capitalised "Like" (a headline's title
 * case) keeps the sentence's subject as the speaker, as "like" does; and a
 * sentence of very many "that" clauses joined by "and", each with a short
 * quote, is read without throwing. Invented sentences; each row: input, and
 * the expected `kind | text | speaker | cue | rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteLines as rows } from './support/rows.js';

const TABLE: readonly (readonly [string, readonly string[]])[] = [
  ['Ida Merrow runs a mill, and like Bo Lark has said that grain is short.', ['indirect | grain is short | Ida Merrow | has said | reported/cue-that']],
  ['Ida Merrow runs a mill, and Like Bo Lark has said that grain is short.', ['indirect | grain is short | Ida Merrow | has said | reported/cue-that']],
  ['Ida Merrow runs a mill, and Unlike Bo Lark has said that grain is short.', ['indirect | grain is short | Ida Merrow | has said | reported/cue-that']],
  // (no comparison: the name before the verb speaks)
  ['Ida Merrow runs a mill, and Bo Lark has said that grain is short.', ['indirect | grain is short | Bo Lark | has said | reported/cue-that']],
];

describe('split48: "like" and "unlike" in any case before a second verb', () => {
  test.each(TABLE)('%s', (input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('split48: "that" clauses joined by "and"', () => {
  test('thousands of joins in one sentence are read without throwing, and every offset is valid', () => {
    const input = `Dock hands feared that the pier was "a wreck" and${' that the dock was "a ruin" and'.repeat(20_000)} that "a loss."`;
    const r = extract(input);
    for (const q of r.quotes) expect(input.slice(q.span.start, q.span.end)).toBe(q.text);
  });
});
