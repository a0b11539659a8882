/**
 * Attribution beyond speech (issue 15), helper optin27: a bare "few" (like
 * "some", "many") opening the clause speaks for an opt-in cue ("But few
 * believe the truce will last"), and a thing that brings people to act
 * ("It would encourage savers to wait") takes no side. Default output never
 * changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('"few" opening the clause speaks for an opt-in cue (optin27)', () => {
  test.each([
    ['Tobin Hale and Mara Voss have reasons to end the feud. But few believe their truce can ever last.', 'their truce can ever last', 'believe'],
    ['But few think the ferry will run again before the summer.', 'the ferry will run again before the summer', 'think'],
    ['The council met for six hours, and few doubt the levy will pass in May.', 'the levy will pass in May', 'doubt'],
  ])('%s', (text, content, cue) => {
    expect(rows(text)).toEqual([[content, 'few', cue, 'thought']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('But few believe their truce can ever last.', {})).toEqual([]);
  });
  test('a verb of saying after "few" is unchanged (default categories take no "few")', () => {
    expect(rows('But few said the council would act.')).toEqual(rows('But few said the council would act.', {}));
  });
});

describe('what "few" does not make a speaker (optin27)', () => {
  test.each([
    // "a few" is a count of things before a noun, not a bare quantifier opening the clause
    ['The board has a few believers in the plan, and Lena Ortiz is one of them.'],
    // "few" inside a quotation
    ['"But few believe the truce will last," the editorial read on Sunday.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[1] === 'few')).toEqual([]);
  });
});

describe('a thing that brings people to act takes no side (optin27)', () => {
  test.each([
    ['The new rule cuts the fee on long-held bonds. It would encourage savers to hold their bonds longer.'],
    ['The toll rose by a dollar last year. It encouraged drivers to take the ferry instead.'],
    ['The board doubled the fare. This could push commuters to drive to the city.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[3] === 'stance')).toEqual([]);
  });
  test('a person who encourages takes a side', () => {
    expect(rows('Ada Brook encouraged her members to vote early in the May primary.')).toEqual([
      ['her members to vote early in the May primary', 'Ada Brook', 'encouraged', 'stance'],
    ]);
  });
});
