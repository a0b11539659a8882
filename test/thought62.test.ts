/**
 * Sourceless frames of a thought (rule `reported/impersonal`, opt-in
 * category thought), helper thought62: a negation before the infinitive
 * ("still seems not to have settled"), a subject widened or set off between
 * commas ("No one, including the mayor, seems ...", "Farming, not fishing,
 * appeared ..."), and a subordinating "that" after a word other than a noun
 * ("is not only that Reyes appears to ...") frame their clause. Exact parts,
 * speaker, cue and rule; plus shapes that yield no such frame, and the
 * default categories, which report no thought. Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';
import { row, rows, type Row } from './support/rows.js';

const IMPERSONAL = 'reported/impersonal';

const cases: [string, string, Row[]][] = [
  ['"seems not to" after an adverb', 'After a long winter, Ada Brook still seems not to have settled on a view of the ferry question.', [
    row(['Ada Brook', 'not to have settled on a view of the ferry question'], null, 'still seems', IMPERSONAL),
  ]],
  ['"appeared not to"', 'The harbor board appeared not to have read the report on the silted channel at all.', [
    row(['The harbor board', 'not to have read the report on the silted channel at all'], null, 'appeared', IMPERSONAL),
  ]],
  ['a subject widened by "including"', 'But no one, including Ada Brook, seems to have followed up on the ferry matter at all.', [
    row(['no one, including Ada Brook,', 'to have followed up on the ferry matter at all'], null, 'seems', IMPERSONAL),
  ]],
  ['a subject set off by "not"', 'Once the mill closed, farming, not fishing, appeared to dominate the household in Dunmore.', [
    row(['farming, not fishing,', 'to dominate the household in Dunmore'], null, 'appeared', IMPERSONAL),
  ]],
  ['a subject after a subordinating "that"', 'The trouble is not only that Reyes appears to have learned the wrong lessons from the ferry vote.', [
    row(['Reyes', 'to have learned the wrong lessons from the ferry vote'], null, 'appears', IMPERSONAL),
  ]],
];

describe('sourceless frames of a thought with a negation, an inserted phrase or a subordinating "that" (thought62)', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input, ALL)).filter((r) => r.rule === IMPERSONAL)).toEqual(expected);
  });

  test.each([
    // the default categories report no thought
    ['After a long winter, Ada Brook still seems not to have settled on a view of the ferry question.', {}],
    ['But no one, including Ada Brook, seems to have followed up on the ferry matter at all.', {}],
    // "not" with no infinitive after it frames nothing
    ['The harbor board seems not at all pleased with the silted channel in Dunmore.', ALL],
    // a relative "that" after a noun: the clause has no subject of its own before the cue
    ['The ferry plan that the islanders seem to want was shelved by the board in Dunmore.', ALL],
    // "that" as a determiner opens no clause whose subject follows it ("plan" alone would be no subject)
    ['In this case, that plan seems to have backfired on the harbor board in Dunmore.', ALL],
    // "what" opens a question clause, no free-standing one
    ['Nobody knows what Ada Brook seems to want from the harbor board in Dunmore.', ALL],
  ])('no frame: %s', (input, options) => {
    expect(rows(extract(input, options)).filter((r) => r.rule === IMPERSONAL)).toEqual([]);
  });
});
