/**
 * Content boundaries next to the speaker (issue 11, exact content): a plural
 * possessive inside a description before an appositive name is no quotation
 * mark (`"...," the Hawks’ coach, Ben Oyelaran, said.` stays direct); a
 * description set off before a name that is no place or group belongs to the speaker,
 * not to the content (`..., the promoter, Tom Brell, said.`); and two names
 * joined by "and" after an inverted cue speak together when a comma resumes
 * the sentence (`The deal, said Ada Moss and Tom Hale, was dead.`); a bare
 * plural before the cue is its subject, not the appositive of a name before
 * it (`..., Dover, officials said.`). Exact
 * parts, speaker, cue and rule, with the default options and every category.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const };
const TRAILING = 'direct/trailing-speaker-cue';
const CONTENT_SPEAKER = 'reported/content-speaker-cue';
const CONTENT_CUE_SPEAKER = 'reported/content-cue-speaker';

const rowsTable: [string, string, Row[]][] = [
  ['a plural possessive in the description before the name (curly)', '\u201cWe are ready,\u201d the Hawks\u2019 coach, Ben Oyelaran, said.', [
    row(['We are ready,'], 'the Hawks\u2019 coach, Ben Oyelaran', 'said', TRAILING, 'direct'),
  ]],
  ['a plural possessive in the description before the name (straight)', '"We are ready," the Hawks\' coach, Ben Oyelaran, said.', [
    row(['We are ready,'], 'the Hawks\' coach, Ben Oyelaran', 'said', TRAILING, 'direct'),
  ]],
  ['a plural possessive and an adjective', '\u201cWe are ready,\u201d the Hawks\u2019 new coach, Ben Oyelaran, said.', [
    row(['We are ready,'], 'the Hawks\u2019 new coach, Ben Oyelaran', 'said', TRAILING, 'direct'),
  ]],
  ['a description with a singular possessive (span47: the description joins the span)', '\u201cWe are ready,\u201d the team\u2019s coach, Ben Oyelaran, said.', [
    row(['We are ready,'], 'the team\u2019s coach, Ben Oyelaran', 'said', TRAILING, 'direct'),
  ]],
  ['a description of an organization before its name', 'The tour will be moved to the spring, the promoter, Starline Media, said.', [
    row(['The tour will be moved to the spring'], 'the promoter, Starline Media', 'said', CONTENT_SPEAKER),
  ]],
  ['a description with a possessive before a name', 'The tour will be moved, the city\u2019s school, Hill Academy, confirmed.', [
    row(['The tour will be moved'], 'the city\u2019s school, Hill Academy', 'confirmed', CONTENT_SPEAKER),
  ]],
  ['a description that is not a person noun before a person', 'The tour will be moved to the spring, the promoter, Tom Brell, said.', [
    row(['The tour will be moved to the spring'], 'the promoter, Tom Brell', 'said', CONTENT_SPEAKER),
  ]],
  ['two surnames joined by "and" after an inverted cue, the sentence resuming', 'The deal, said Moss and Hale, was dead.', [
    row(['The deal', 'was dead'], 'Moss and Hale', 'said', CONTENT_CUE_SPEAKER),
  ]],
  ['two full names joined by "and" after an inverted cue, the sentence resuming', 'The deal, said Ada Moss and Tom Hale, was dead.', [
    row(['The deal', 'was dead'], 'Ada Moss and Tom Hale', 'said', CONTENT_CUE_SPEAKER),
  ]],
  ['a bare plural before the cue speaks, not the name set off before it', 'The team trained in the capital, Dover, officials said.', [
    row(['The team trained in the capital, Dover'], 'officials', 'said', CONTENT_SPEAKER),
  ]],
  ['a bare plural with an adjective', 'The team trained in the capital, Dover, local officials said.', [
    row(['The team trained in the capital, Dover'], 'local officials', 'said', CONTENT_SPEAKER),
  ]],
  ['two names after a quote, a relative clause after them', '"The deal is dead," said Ada Moss and Tom Hale, who run the firm.', [
    row(['The deal is dead,'], 'Ada Moss and Tom Hale, who run the firm', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
];

describe('content boundaries next to the speaker', () => {
  test.each(rowsTable)('%s (default)', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(rowsTable)('%s (every category)', (_name, input, expected) => {
    expect(rows(extract(input, EVERY))).toEqual(expected);
  });
  test('a place set off after a noun is no speaker of the clause before it', () => {
    const found = rows(extract('The tour will end in the capital, Dover, the promoter said.'));
    expect(found.map((r) => r.speaker)).not.toContain('the capital, Dover');
  });
  test('a plain list of nouns yields nothing', () => {
    expect(rows(extract('The farm grew corn, the barley, and some oats.'))).toEqual([]);
  });
});
