/**
 * Code review of stop 65 (read83): counterexamples to the rules merged at
 * that stop, each fixed where it broke. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { ExtractQuotesOptions } from '../src/index.js';

/** Each quote as `text | cue | name | mention | kind`. */
function rows(input: string, options?: ExtractQuotesOptions): string[] {
  const r = extract(input, options);
  return r.quotes.map((q) => {
    const entity = q.speaker ? r.speakers.find((s) => s.id === q.speaker!.id) : undefined;
    return `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${entity?.kind ?? '-'}`;
  });
}

/** The titles of the entity that speaks the first quote. */
function firstTitles(input: string): readonly string[] {
  const r = extract(input);
  const id = r.quotes[0]?.speaker?.id;
  return r.speakers.find((s) => s.id === id)?.titles ?? [];
}

describe('a hyphened name after the field of an "of" title (speakers/find/title-field.ts)', () => {
  test.each([
    {
      name: 'a hyphened surname',
      input: 'Chief of Police Darnell Oyelaran-Smith said the curfew would end on Friday.',
      output: ['the curfew would end on Friday | said | Darnell Oyelaran-Smith | Chief of Police Darnell Oyelaran-Smith | person'],
      titles: ['Chief of Police'],
    },
    {
      name: 'a hyphened given name',
      input: 'Chief of Staff Zorya-Lin Dubois said the curfew would end on Friday.',
      output: ['the curfew would end on Friday | said | Zorya-Lin Dubois | Chief of Staff Zorya-Lin Dubois | person'],
      titles: ['Chief of Staff'],
    },
    {
      name: 'a hyphened surname and a suffix',
      input: 'Chief of Staff Denis Marrow-Lind Jr. said the curfew would end on Friday.',
      output: ['the curfew would end on Friday | said | Denis Marrow-Lind Jr. | Chief of Staff Denis Marrow-Lind Jr. | person'],
      titles: ['Chief of Staff'],
    },
  ])('$name', ({ input, output, titles }) => {
    expect(rows(input)).toEqual(output);
    expect(firstTitles(input)).toEqual(titles);
  });
});

describe('a narrator\'s comment after the object is no list of noun phrases (reported/boundary/noun-list.ts)', () => {
  test.each([
    ['an "a" comment whose "and" joins a preposition\'s objects', 'The mayor praised the deal, a victory for the city and its workers.', ['the deal | praised | The mayor | The mayor | person']],
    ['a time noun opening an adjunct', 'The mayor announced the plan, hours after the vote and the protest.', ['the plan | announced | The mayor | The mayor | person']],
    ['a list of noun phrases closing the sentence stays one object', 'The mayor praised the new library, two parks and a clinic.', ['the new library, two parks and a clinic | praised | The mayor | The mayor | person']],
  ])('%s', (_name, input, output) => {
    expect(rows(input)).toEqual(output);
  });
});
