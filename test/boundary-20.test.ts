/**
 * Content boundaries, round 20 (bound20, issue 11): the span of a quote is
 * what the exact-content metric compares. A pull quote signed on its last
 * line inside the marks (`"... ever.\nLena Ortiz, Coastal Transit League."`)
 * has its span end with its words, like its part: the signature line and the
 * closing mark after it are no part of the quotation. Invented sentences with
 * the exact span expected.
 *
 * A quote credited to an outer source (`"...," Lee said, according to the
 * Harbor Times.`) holds the attribution that source relays: what the Times
 * reports is the quote and who said it. Not when the quote goes on after it
 * (an interrupted quote keeps its two quoted parts).
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

describe('bound20: a quote an outer source relays holds its attribution', () => {
  test('"A," Lee said, according to ...: the attribution is a part, the quote is mixed', () => {
    const text = 'The hearing ran late.\n\n"We will not rest until the port reopens," Lee said, according to the Coastal Ledger.\n\nThe vote is next week.';
    const r = extract(text);
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.rule).toBe('direct/according-to-outer');
    expect(q.kind).toBe('mixed');
    expect(q.parts.map((p) => p.text)).toEqual(['We will not rest until the port reopens,', 'Lee said']);
    expect(q.span.text).toBe('"We will not rest until the port reopens," Lee said');
    expect(q.cue?.span.text).toBe('according to');
    expect(q.speaker?.name).toBe('Coastal Ledger');
  });

  test('a cue before the speaker: "A," said Ann Lee, according to ...', () => {
    const text = 'The hearing ran late.\n\n"We will not rest until the port reopens," said Ann Lee, according to the Harbor Times.\n\nThe vote is next week.';
    const q = extract(text).quotes[0]!;
    expect(q.parts.map((p) => p.text)).toEqual(['We will not rest until the port reopens,', 'said Ann Lee']);
    expect(q.kind).toBe('mixed');
  });

  test('an interrupted quote keeps its quoted parts only and stays direct', () => {
    const text = 'The hearing ran late.\n\n"We will not rest until the port reopens," Ann Lee said, according to the Harbor Times. "The ferry comes first."\n\nThe vote is next week.';
    const r = extract(text);
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(q.parts.map((p) => p.text)).toEqual(['We will not rest until the port reopens,', 'The ferry comes first.']);
  });

  test('without an outer source the attribution stays out', () => {
    const text = 'The hearing ran late.\n\n"We will not rest until the port reopens," Lee said on Friday.\n\nThe vote is next week.';
    const q = extract(text).quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(q.parts.map((p) => p.text)).toEqual(['We will not rest until the port reopens,']);
  });
});
