/**
 * Attribution beyond speech (issue 15, opt72): a verb of appearance heading a
 * verb of evidence ("The records seem to show that ...") is no cue apart, as
 * it is not before a verb of saying: the finding is the evidence verb's, its
 * subject the source and the cue the whole group "seem to show", as annotated
 * news marks it. Where no evidence rule reads the finding, nothing is read
 * (as without the frame). Default output never changes. Sentences and names
 * are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker mention, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

const cases: [string, string, string, string, string, string][] = [
  ['seem to show + that clause', 'The harbor records seem to show that the agency ignored the warnings.', 'the agency ignored the warnings', 'The harbor records', 'seem to show', 'reported/cue-that'],
  ['appears to show + bare clause', 'Budget documents appear to show the county paid $4 million to consultants.', 'the county paid $4 million to consultants', 'Budget documents', 'appear to show', 'reported/evidence-clause'],
  ['seem to show + object of five words', 'The messages seem to show close ties with the agency.', 'close ties with the agency', 'The messages', 'seem to show', 'reported/cue-object'],
  ['appeared to find + that clause', 'The audit appeared to find that the agency had lost the files.', 'the agency had lost the files', 'The audit', 'appeared to find', 'reported/cue-that'],
];

describe('a verb of appearance heading a verb of evidence', () => {
  test.each(cases)('%s', (_label, text, content, speaker, cue, rule) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'evidence', rule]]);
  });

  test.each(cases)('%s: nothing with default options', (_label, text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  test('a verb of saying keeps its group as before', () => {
    expect(rows('The mayor seemed to indicate that he would veto the budget.')).toEqual([
      ['he would veto the budget', 'The mayor', 'seemed to indicate', 'speech', 'reported/cue-that'],
    ]);
  });

  test('without the evidence category the frame stays a sourceless appearance', () => {
    expect(rows('The harbor records seem to show that the agency ignored the warnings.', { categories: ['speech', 'thought'] })).toEqual([
      ['The harbor records to show that the agency ignored the warnings', null, 'seem', 'thought', 'reported/impersonal'],
    ]);
  });
});

describe('what stays out', () => {
  test.each([
    // (both were read as a sourceless appearance before: "The ferry to show its age", cue "may seem")
    ['a modal before the frame: a short object keeps the phrase bar', 'The ferry may seem to show its age.'],
    ['a verb of evidence no rule reads with a bare object (as "The new figures highlighted the cost.")', 'The new figures seemed to highlight the cost of the delay.'],
  ])('%s', (_label, text) => {
    expect(rows(text)).toEqual([]);
  });

  test('a verb of appearance before another verb stays a frame', () => {
    expect(rows('The ferry seemed to run late all week.')).toEqual([['The ferry to run late all week', null, 'seemed', 'thought', 'reported/impersonal']]);
  });
});
