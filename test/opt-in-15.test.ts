/**
 * Attribution beyond speech (issue 15), helper optin15: the occasion a
 * stance was voiced on ("at a rally", "in an interview", "during a hearing")
 * is the narrator's adjunct and leaves the noun-phrase object of an opt-in
 * cue; "in the ..." (mostly the object's own), an object with a finite verb
 * of its own before the occasion, and speech cues are untouched. Default
 * output never changes. An opt-in infinitive inside a relative clause on the
 * subject ends before the main clause's auxiliary ("Members who wanted to
 * attend the meeting could be left out"). Sentences and names are invented.
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

describe('an opt-in infinitive in a relative clause ends at the main verb (optin15)', () => {
  test.each([
    ['could', 'Members who wanted to attend the harbor meeting could be left out of the vote.', 'to attend the harbor meeting', 'Members', 'wanted'],
    ['a modal after a short wish', 'Donors who want to give more could send as much as $5,000 to the fund.', 'to give more', 'Donors', 'want'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'thought']]);
  });
  test('a clause of its own inside the infinitive goes on', () => {
    expect(rows('The mayor wants to ensure the ferry is running by May.')).toEqual([['to ensure the ferry is running by May', 'The mayor', 'wants', 'thought']]);
  });
  test('a relative word inside the infinitive stops the cut', () => {
    expect(rows('Residents who want to keep a mayor who has served two terms marched downtown.')[0]?.[0]).toContain('who has served two terms');
  });
});
