/**
 * Attribution beyond speech (issue 15), helper stance62: "favor" with its
 * noun-phrase object takes a side as a finite verb ("The dockworkers favored
 * Ada Moss", "Tom Reyes still favors a path to citizenship"), however short
 * the object; not as a bare participle ("a campaign favoring a recall"), after
 * a modal ("should favor"), with a count of people as its subject, nor in
 * the idiom "in favor of". "blame" takes a side with an object of two or
 * three words too ("The harbor master blamed the ferry crews"). Default
 * output never changes. Sentences and names
 * are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('"favor" with its object (stance62)', () => {
  test.each([
    ['Harbor pilots strongly favored Ms. Okonkwo over Mr. Lindqvist.', 'Ms. Okonkwo over Mr. Lindqvist', 'Harbor pilots', 'strongly favored'],
    ['Senator Tomas Reyval still favors a toll on the east bridge.', 'a toll on the east bridge', 'Tomas Reyval', 'still favors'],
    ['The growers, who have favored Ada Moss by wide margins, met on Friday.', 'Ada Moss', 'The growers', 'have favored'],
    ['The dockworkers favored the east route.', 'the east route', 'The dockworkers', 'favored'],
    ['Valley growers tend to favor water projects, like new canals.', 'water projects', 'Valley growers', 'to favor'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('Harbor pilots strongly favored Ms. Okonkwo over Mr. Lindqvist.', {})).toEqual([]);
    expect(rows('Senator Tomas Reyval still favors a toll on the east bridge.', {})).toEqual([]);
  });
});

describe('what "favor" leaves alone (stance62)', () => {
  test.each([
    // a bare participle: a thing that favors, no one taking a side
    ['The mayor fought a whisper campaign favoring a recall of the council.'],
    ['Old rules favoring river towns were dropped from the harbor plan.'],
    // after a modal: a forecast
    ['The weather should favor the home crew in the regatta.'],
    // after a verb of appearance, a guess (optin-20 pins "where the harbor board seems to favor new quotas" too)
    ['Fishermen met in the hall, where the port board seems to favor stricter quotas.'],
    // the idiom: no object of the verb
    ['The council voted in favor of the new ferry schedule.'],
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('"blame" with a short object (stance62)', () => {
  test.each([
    ['The harbor master blamed the ferry crews.', 'the ferry crews', 'The harbor master', 'blamed'],
    ['Tom Reyes partly blames the port board, which set the fees.', 'the port board', 'Tom Reyes', 'partly blames'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('The harbor master blamed the ferry crews.', {})).toEqual([]);
  });
  test.each([
    // a reflexive or a pronoun object, and "to blame" as a predicate, take no side on anything named
    ['The captain blamed himself.'],
    ['The crews are to blame for the delay.'],
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});
