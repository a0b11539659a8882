/**
 * Attribution beyond speech (issue 15), helper opt68: a sourceless "it" frame
 * of a raising verb with an adjective before "that" ("It now seems inevitable
 * that ...") keeps the adjective in its content, as the frame without "that"
 * already did ("It seems likely the ..."), with no speaker (rule
 * `reported/impersonal`); before, "It" was the speaker and the content began
 * after "that". On PolNeAR train 3 such frames, all 3 annotated from the
 * adjective. Default output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('an "it seems ADJ that" frame keeps its adjective (opt68)', () => {
  test.each([
    ['It now seems inevitable that the council will raise the harbor fees next spring.', 'inevitable that the council will raise the harbor fees next spring', 'now seems'],
    ['It seems increasingly likely that the ferry line will close before the winter.', 'increasingly likely that the ferry line will close before the winter', 'seems'],
    ['It may seem surprising that the mill town voted for the levy twice.', 'surprising that the mill town voted for the levy twice', 'may seem'],
    ['It appeared doubtful that the two unions would settle before the harvest.', 'doubtful that the two unions would settle before the harvest', 'appeared'],
  ])('%s', (text, content, cue) => {
    expect(rows(text)).toEqual([[content, null, cue, 'thought', 'reported/impersonal']]);
  });

  test('the frame without "that" is unchanged', () => {
    expect(rows('It seems likely the council will raise the harbor fees next spring.')).toEqual([
      ['likely the council will raise the harbor fees next spring', null, 'seems', 'thought', 'reported/impersonal'],
    ]);
  });

  test('"It seems that ..." still starts after "that"', () => {
    expect(rows('It seems that the council will raise the harbor fees next spring.')).toEqual([
      ['the council will raise the harbor fees next spring', null, 'seems', 'thought', 'reported/impersonal'],
    ]);
  });

  test('a person who seems content keeps the clause and the speaker', () => {
    expect(rows('Mayor Olin Varga seems content that the council will raise the harbor fees next spring.')).toEqual([
      ['the council will raise the harbor fees next spring', 'Olin Varga', 'seems', 'thought', 'reported/cue-that'],
    ]);
  });

  test('nothing with the default categories', () => {
    expect(rows('It now seems inevitable that the council will raise the harbor fees next spring.', {})).toEqual([]);
  });
});
