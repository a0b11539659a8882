/**
 * Attribution beyond speech (issue 15), helper optin15: the occasion a
 * stance was voiced on ("at a rally", "in an interview", "during a hearing")
 * is the narrator's adjunct and leaves the noun-phrase object of an opt-in
 * cue; "in the ..." (mostly the object's own), an object with a finite verb
 * of its own before the occasion, and speech cues are untouched. Default
 * output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('the occasion leaves an opt-in object (optin15)', () => {
  test.each([
    ['at a rally', 'The senator thanked supporters at a victory rally in Ohio on Tuesday.', 'supporters', 'The senator', 'thanked'],
    ['in an interview', 'The union questioned the new pension plan in an interview with local radio.', 'the new pension plan', 'The union', 'questioned'],
    ['a gerund inside the object', 'The guild questioned the town\u2019s commitment to dredging the bay in an interview last week.', 'the town\u2019s commitment to dredging the bay', 'The guild', 'questioned'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance']]);
  });
});

describe('what the occasion cut leaves alone (optin15)', () => {
  test('an object without an occasion', () => {
    expect(rows('The union questioned the new pension plan.')).toEqual([['the new pension plan', 'The union', 'questioned', 'stance']]);
  });
  test('"in the" stays with the object', () => {
    expect(rows('The ferry crews thanked the volunteers in the harbor office for their long hours.')[0]?.[0]).toContain('in the harbor office');
  });
  test('default output keeps the occasion of a thanked object out of any quote', () => {
    expect(rows('The senator thanked supporters at a victory rally in Ohio on Tuesday.', {})).toEqual([]);
  });
});
