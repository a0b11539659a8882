/**
 * Speaker names of stop 61 (names63): an opt-in attribution whose speaker span
 * widens back over a coordinated subject ("Neither the mayor nor his aides
 * believe ...") names the whole group when the last conjunct is a
 * description, as a pair found whole does ("Bell and his aides"); a name as
 * the last conjunct keeps its person. Invented sentences, every category on;
 * exact parts, mention, name, cue and rule; near misses keep their reading.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';
import { named, namedRows, type NamedCase } from './support/name-rows.js';

const fixes: NamedCase[] = [
  ['neither ... nor: the whole group', 'Neither the mayor nor his aides believe that the levy will pass before the end of the year.', [
    named(['the levy will pass before the end of the year'], 'Neither the mayor nor his aides', 'Neither the mayor nor his aides', 'believe', 'reported/cue-that'),
  ]],
  ['neither ... nor with a name first', 'Neither Tom Bell nor his rivals showed much of an appetite for a fight.', [
    named(['much of an appetite for a fight'], 'Neither Tom Bell nor his rivals', 'Neither Tom Bell nor his rivals', 'showed', 'reported/cue-object'),
  ]],
  ['two things joined by "and" that open the sentence', 'The book and film blame the council for the delay at the harbour.', [
    named(['the council for the delay at the harbour'], 'The book and film', 'The book and film', 'blame', 'reported/cue-object'),
  ]],
];

const negatives: NamedCase[] = [
  ['a name as the last conjunct keeps its person', 'Neither the mayor nor Tom Bell believes that the levy will pass.', [
    named(['the levy will pass'], 'Neither the mayor nor Tom Bell', 'Tom Bell', 'believes', 'reported/cue-that'),
  ]],
  ['a comma before "and": no coordinated subject', 'The mayor spoke, and his aides believe that the levy will pass.', [
    named(['the levy will pass'], 'his aides', 'his aides', 'believe', 'reported/cue-that'),
  ]],
];

describe('names63: an opt-in coordinated subject names its whole group', () => {
  test.each(fixes)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input, ALL))).toEqual(expected);
  });
  test.each(negatives)('negative: %s', (_name, input, expected) => {
    expect(namedRows(extract(input, ALL))).toEqual(expected);
  });
  test('default options: no opt-in attribution, nothing to name', () => {
    expect(namedRows(extract('Neither the mayor nor his aides believe that the levy will pass before the end of the year.'))).toEqual([]);
  });
});
