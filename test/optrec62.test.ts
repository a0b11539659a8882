/**
 * Attribution beyond speech (issue 15), helper optrec62: verbs of taking a
 * side that were no cue before ("ignore", "champion", "tackle") take their
 * noun-phrase object as a stance when the stance category is on (12 of 15 new
 * ones annotated on PolNeAR train). Default output never changes; verbs of
 * blame with a quoted reason ("chided ... for its "lazy" budget") stay with
 * rule `reported/verb-as-quoted`. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('new stance verbs with their object (optrec62)', () => {
  test.each([
    ['Mayor Dana Whitcombe largely ignored the complaints of the ferry workers during the debate.', 'the complaints of the ferry workers', 'Dana Whitcombe', 'largely ignored'],
    ['Governor Ilse Marant has long championed a new bridge across the northern river.', 'a new bridge across the northern river', 'Ilse Marant', 'has long championed'],
    ['Councilwoman Rhea Tolland has tackled the long backlog of repairs on the county roads.', 'the long backlog of repairs on the county roads', 'Rhea Tolland', 'has tackled'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('Mayor Dana Whitcombe largely ignored the complaints of the ferry workers during the debate.', {})).toEqual([]);
    expect(rows('Governor Ilse Marant has long championed a new bridge across the northern river.', {})).toEqual([]);
  });
  test('a verb of blame with a quoted reason keeps its default mixed quote', () => {
    const text = 'Senator Paulo Brandt chided the harbor board for its "lazy" budget.';
    expect(rows(text, {})).toEqual([['the harbor board for its "lazy" budget', 'Paulo Brandt', 'chided', 'speech']]);
    expect(rows(text)).toEqual([['the harbor board for its "lazy" budget', 'Paulo Brandt', 'chided', 'speech']]);
  });
});

describe('what the new stance verbs leave alone (optrec62)', () => {
  test.each([
    // a plan or a thing as subject takes no side
    ['The new plan would tackle the shortage of housing in the river towns.'],
    ['The ferry ignored the signals.'],
    // a short object of an everyday act
    ['The chef ignored the salt and tackled the dessert first.'],
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});
