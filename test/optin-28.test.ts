/**
 * Attribution beyond speech (issue 15), helper optin28: a state of mind with
 * its object after a copula (rule `reported/state-object`): "Ms. Varga is
 * skeptical of the harbor plan", "Tom Reyes is eager to sell the ferry".
 * Default output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';
import { checkInvariants, extract } from './support/invariants.js';
import { fastestCpuMs } from './support/timing.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

const RULE = 'reported/state-object';

describe('a state of mind with its object (optin28)', () => {
  test.each([
    ['Ms. Varga is skeptical of the harbor plan.', 'the harbor plan', 'Varga', 'is skeptical of', 'thought'],
    ['The growers have grown wary of the new levy.', 'the new levy', 'The growers', 'have grown wary of', 'thought'],
    ['Tom Reyes is eager to sell the ferry.', 'to sell the ferry', 'Tom Reyes', 'is eager', 'thought'],
    ['The dock workers are deeply skeptical about the port merger.', 'the port merger', 'The dock workers', 'are deeply skeptical about', 'thought'],
    ['Lena Ortiz was confident in the outcome of the recount.', 'the outcome of the recount', 'Lena Ortiz', 'was confident in', 'thought'],
    ['The mill owners remain worried about the price of timber.', 'the price of timber', 'The mill owners', 'remain worried about', 'thought'],
    ['Councilor Abe Stone was clearly unhappy with the way the vote was run.', 'the way the vote was run', 'Abe Stone', 'was clearly unhappy with', 'thought'],
    // a relative clause stays in the object, as annotated news marks it
    ['Mara Voss was sharply critical of the clerk who runs the ferry office.', 'the clerk who runs the ferry office', 'Mara Voss', 'was sharply critical of', 'stance'],
    ['The farm bureau has long been supportive of the water compact.', 'the water compact', 'The farm bureau', 'has long been supportive of', 'stance'],
  ])('%s', (text, content, speaker, cue, category) => {
    expect(rows(text)).toEqual([[content, speaker, cue, category, RULE]]);
  });

  test('nothing with the default categories', () => {
    expect(rows('Ms. Varga is skeptical of the harbor plan.', {})).toEqual([]);
    expect(rows('Tom Reyes is eager to sell the ferry.', {})).toEqual([]);
  });

  test('only the categories asked for: a stance adjective needs stance', () => {
    expect(rows('Mara Voss was critical of the toll.', { categories: ['speech', 'thought'] })).toEqual([]);
    expect(rows('Mara Voss was wary of the toll.', { categories: ['speech', 'stance'] })).toEqual([]);
  });
});

describe('what is no state of mind with its object (optin28)', () => {
  test.each([
    // a negation
    ['Tom Reyes was not wary of the new levy.'],
    // a modal or an infinitive before the copula
    ['The growers would be eager to sell the farm.'],
    ['The growers want to be wary of the new levy.'],
    // a first-person subject
    ['I am confident in the harbor board.'],
    // a comparison
    ['The voters of Elm County are as concerned about the toll as about the ferry.'],
    // a pronoun alone
    ['The two pamphlets were critical of it.'],
    // another preposition than the adjective takes
    ['Data from the port is critical to the new plan.'],
    // inside quotation marks
    ['"The growers are wary of the levy," Ada Brook wrote.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[4] === RULE)).toEqual([]);
  });

  test('a state inside reported speech stays the speech of its speaker', () => {
    expect(rows('Ada Brook said the growers are wary of the new levy.')).toEqual([
      ['the growers are wary of the new levy', 'Ada Brook', 'said', 'speech', 'reported/cue-clause'],
    ]);
  });
});

describe('the rule stays linear (optin28)', () => {
  const extractor = createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });
  /** CPU milliseconds per repetition of `unit` repeated `times` times. */
  const perUnit = (unit: string, times: number): number => fastestCpuMs(() => extractor.extract(unit.repeat(times))) / times;
  // a block of about 1,250 characters repeated 8x and 64x (after a warm-up): the time per block stays about the same
  // (a bound of 2.5, as the machine may be loaded; CPU time, so waiting for a core does not count)
  test.each([
    ['as sentences', 'Ms. Varga is deeply skeptical of the harbor plan. '],
    ['one sentence', 'Ms. Varga is deeply skeptical of the harbor plan and '],
    ['an infinitive, one sentence', 'the growers have long been eager to sell the farm, and '],
  ])('%s', { timeout: 120_000 }, (_name, shape) => {
    const block = shape.repeat(Math.ceil(1_250 / shape.length));
    perUnit(block, 1);
    perUnit(block, 8);
    const small = perUnit(block, 8);
    const large = perUnit(block, 64);
    expect(large / Math.max(small, 0.1)).toBeLessThan(2.5);
  });
  test('repeated shapes keep valid offsets and report the rule', () => {
    const text = 'Ms. Varga is deeply skeptical of the harbor plan. '.repeat(20);
    const r = extract(text, ALL);
    checkInvariants(text, r);
    expect(r.quotes.filter((q) => q.rule === RULE)).toHaveLength(20);
  });
});
