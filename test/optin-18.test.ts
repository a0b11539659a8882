/**
 * Attribution beyond speech (issue 15), helper optin18: a capitalised first
 * name that is also an opt-in cue verb ("Hope", "Mark") before another
 * capitalised word inside a sentence-case sentence is a person's name, not a
 * thought cue; the sentence's verb of speech attributes instead. Default
 * output never changes. "Show up" (arriving) is no opt-in "show" cue, even
 * with quoted words later in the sentence. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('a first name that is also a cue verb is no cue (optin18)', () => {
  test('after a title noun, before the verb of speech', () => {
    expect(rows('Harbor board spokeswoman Hope Landry said the ferry would run again by Friday.')).toEqual([
      ['the ferry would run again by Friday', 'Hope Landry', 'said', 'speech'],
    ]);
  });
  test('opening the sentence, before an appositive', () => {
    expect(rows('Hope Landry, a spokeswoman for the port, did not answer calls on Sunday.').filter((r) => r[3] === 'thought')).toEqual([]);
  });
  test('same output as default options for a name before "said"', () => {
    const text = 'Union organizer Hope Varela said the strike would go on until the mill reopened.';
    expect(rows(text)).toEqual(rows(text, {}));
  });
  test('the lower-case verb stays a cue', () => {
    expect(rows('Fishermen hope that the new quota will be lifted before the summer season.')).toEqual([
      ['the new quota will be lifted before the summer season', 'Fishermen', 'hope', 'thought'],
    ]);
  });
});

describe('"show up" is no cue (optin18)', () => {
  test('arriving in quoted gear', () => {
    expect(rows('One ferry worker showed up at the hearing in the "brown coat" of a protest group.')).toEqual([]);
  });
  test('"show" with an object stays a cue', () => {
    expect(rows('New figures show that ferry traffic fell by a third last winter.')).toEqual([
      ['ferry traffic fell by a third last winter', 'New figures', 'show', 'evidence'],
    ]);
  });
});
