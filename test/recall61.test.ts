/**
 * Attribution beyond speech (issue 15), helper recall61: "discuss" takes up a
 * topic, its noun-phrase object, reported under the opt-in stance category
 * ("Harbor master Ines Kovac discussed the new schedule for the east ferry"),
 * as a finite verb, after a modal or in an infinitive of purpose; not in the
 * boilerplate of a source that was not cleared to speak ("who requested
 * anonymity to discuss the talks", "not authorized to discuss"), nor as a
 * passive with no object. Default output never changes. Sentences and names
 * are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('"discuss" with its topic (recall61)', () => {
  test.each([
    ['Harbor master Ines Kovac discussed the new schedule for the east ferry with the pilots.', 'the new schedule for the east ferry with the pilots', 'Ines Kovac', 'discussed'],
    ['The candidate also discussed the sharp rise in ferry fares across the northern valley.', 'the sharp rise in ferry fares across the northern valley', 'The candidate', 'also discussed'],
    ['Senator Tomas Reyval will discuss his plan to widen the river road on Tuesday.', 'his plan to widen the river road', 'Tomas Reyval', 'will discuss'],
    ['Lena Ortiz discussed the budget for the new ferry terminal on Monday.', 'the budget for the new ferry terminal', 'Lena Ortiz', 'discussed'],
    ['The board will meet on Friday to discuss options for rebuilding the old grain pier.', 'options for rebuilding the old grain pier', 'The board', 'to discuss'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('Harbor master Ines Kovac discussed the new schedule for the east ferry with the pilots.', {})).toEqual([]);
    expect(rows('Senator Tomas Reyval will discuss his plan to widen the river road on Tuesday.', {})).toEqual([]);
  });
});

describe('what "discuss" leaves alone (recall61)', () => {
  test.each([
    // the topic a source was not cleared to speak on: boilerplate
    ['Two port aides, who spoke anonymously to discuss the closed talks over the east pier, left early.'],
    ['The clerks were not authorized to discuss the inquiry into the old ferry accounts.'],
    ['A harbor official, who was not permitted to discuss the sealed bids for the grain pier, left early.'],
    // a passive with no object
    ['The new ferry rules were discussed at length by the harbor board last week.'],
    // too short a topic for an opt-in attribution
    ['Mayor Ada Moss discussed the levy.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => /discuss/.test(r[2]))).toEqual([]);
  });
});
