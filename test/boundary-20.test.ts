/**
 * Content boundaries, round 20 (bound20, issue 11): the span of a quote is
 * what the exact-content metric compares. A pull quote signed on its last
 * line inside the marks (`"... ever.\nLena Ortiz, Coastal Transit League."`)
 * has its span end with its words, like its part: the signature line and the
 * closing mark after it are no part of the quotation. Invented sentences with
 * the exact span expected.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

describe('bound20: the span of a signed pull quote', () => {
  test('ends with the quoted words, before the signature line', () => {
    const text = 'The council met on Tuesday.\n\n"Harbor towns need the ferry more than ever.\nLena Ortiz, Coastal Transit League."\n\nThe vote is next week.';
    const r = extract(text);
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.rule).toBe('direct/inner-signature');
    expect(q.parts.map((p) => p.text)).toEqual(['Harbor towns need the ferry more than ever.']);
    expect(q.span.text).toBe('"Harbor towns need the ferry more than ever.');
  });

  test('a last line that is the quote\'s own keeps the closing mark in the span', () => {
    const text = 'The council met on Tuesday.\n\n"Harbor towns need the ferry more than ever.\nWe will fight for it."\n\nThe vote is next week.';
    const r = extract(text);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.span.text).toBe('"Harbor towns need the ferry more than ever.\nWe will fight for it."');
  });
});
