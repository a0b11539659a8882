/**
 * Attribution beyond speech, thirteenth round (issue 15, category thought):
 * a finite passive of "see", "view" or "regard" with "as" frames its whole
 * clause with no source, as "is expected to" does ("The two towns are widely
 * seen as strongholds"); not after a modal ("could be seen as"), "being" or a
 * relative pronoun ("who is seen as"). A thought of a noun or a topic ("his
 * belief that the plan would work", "worry about the cost of the bridge")
 * needs a clause's four words, not a thought's eight. Default output never
 * changes.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('opt-in thought: a sourceless "is seen as"', () => {
  test.each([
    ['"are widely seen as"', 'The two coastal towns are widely seen as strongholds of the fishing lobby.',
      [['The two coastal towns strongholds of the fishing lobby', null, 'are widely seen as', 'thought', 'reported/impersonal']]],
    ['"is seen as"', 'The harbor plan is seen as a way for the council to win back trust.',
      [['The harbor plan a way for the council to win back trust', null, 'is seen as', 'thought', 'reported/impersonal']]],
    ['"has been viewed as"', 'The ferry line has been viewed as a lifeline for the islands.',
      [['The ferry line a lifeline for the islands', null, 'has been viewed as', 'thought', 'reported/impersonal']]],
    ['a relative clause between commas in the subject', 'The ferry line, which opened in May, is regarded as a lifeline for the islands.',
      [['The ferry line, which opened in May, a lifeline for the islands', null, 'is regarded as', 'thought', 'reported/impersonal']]],
  ] as [string, string, [string, string | null, string, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test.each([
    ['after a modal', 'The deal could be seen as a win for the mayor.'],
    ['after a relative pronoun', 'The mayor, who is seen as a moderate, spoke to the board on Monday.'],
    ['after "being"', 'The board worried about being seen as weak on the budget.'],
    ['"see X as Y" with a source is another rule', 'Most voters see the levy as a tax on renters.'],
  ])('%s', (_label, text) => {
    expect(rows(text).filter((r) => r[4] === 'reported/impersonal')).toEqual([]);
  });

  test.each([
    'The two coastal towns are widely seen as strongholds of the fishing lobby.',
    'The harbor plan is seen as a way for the council to win back trust.',
    'The ferry line has been viewed as a lifeline for the islands.',
  ])('default output is unchanged: %s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});

describe('opt-in thought: a noun or a topic with a short content', () => {
  test.each([
    ['a noun and its "that" clause', 'The mayor never lost his belief that the plan would work.',
      [['the plan would work', 'The mayor', 'belief', 'thought', 'reported/noun-cue']]],
    ['a noun whose owner is the subject', 'Ada Moss has long held the belief that the levy will pass.',
      [['the levy will pass', 'Ada Moss', 'belief', 'thought', 'reported/noun-cue-fallback-subject']]],
    ['a topic of worry', 'Many residents worry about the cost of the new bridge.',
      [['the cost of the new bridge', 'Many residents', 'worry about', 'thought', 'reported/cue-topic']]],
  ] as [string, string, [string, string | null, string, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('a topic of three words stays out', () => {
    expect(rows('Voters worry about rents.')).toEqual([]);
  });

  test.each([
    'The mayor never lost his belief that the plan would work.',
    'Ada Moss has long held the belief that the levy will pass.',
    'Many residents worry about the cost of the new bridge.',
  ])('default output is unchanged: %s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
