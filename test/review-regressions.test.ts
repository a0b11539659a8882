/**
 * Regression tests for inputs a code review found: each once threw, looped
 * deeply, repeated words or took quadratic time. Generous timeouts, no timing
 * assertions.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

describe('inputs that once broke extraction', { timeout: 120_000 }, () => {
  test('a source phrase that ends the text ("According to Smith,")', () => {
    expect(extract('According to Smith,').quotes).toEqual([]);
  });

  test('thousands of relative pronouns before a cue', () => {
    expect(() => extract(`Smith ${'who '.repeat(5000)}said the talks would resume.`)).not.toThrow();
  });

  test('a quote cut by a comma inside it is not repeated in a mixed quote', () => {
    const r = extract('While Smith said the plan was "a very bad idea, the worst," he voted for it.');
    for (const q of r.quotes) {
      for (let i = 1; i < q.parts.length; i++) expect(q.parts[i]!.start).toBeGreaterThanOrEqual(q.parts[i - 1]!.end);
      expect(q.text.split('a very bad idea').length).toBeLessThanOrEqual(2);
    }
  });

  test('a quotation of nothing but spaces is not a quote', () => {
    expect(extract('" " she said.').quotes).toEqual([]);
  });

  test('reported content does not cross into the next sentence', () => {
    expect(extract('Smith says\nThe tax bill will be vetoed by the governor.').quotes).toEqual([]);
  });

  test('a trailing comma is not part of the content', () => {
    expect(extract('Smith said it was late,').quotes.map((q) => q.text)).toEqual(['it was late']);
  });

  test('a long sentence without punctuation, full of cues, finishes', () => {
    const r = extract('Smith said that '.repeat(16_000));
    expect(r.quotes.length).toBeGreaterThan(0);
  });

  test('an added verb in its base form must be tagged as a verb', () => {
    expect(extract('They walked past the post office yesterday afternoon.', { addCues: ['post'] }).quotes).toEqual([]);
  });
});
