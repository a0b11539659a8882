/**
 * Noun-phrase content that ran on into a clause of the narrator's own (issue
 * 11, boundaries): after "and" or "but", a new subject with its own verb ends
 * the object of a cue (`criticized the toll and the council has delayed a
 * vote` gives "the toll"), in every category. A noun phrase that goes on
 * (`the plan and its supporters`, `the money it cost`, a participle before
 * "by" or a preposition) stays whole, and so does the object of a cue in -ing
 * inside a sentence's subject. Exact parts, speaker, cue and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const };
const OBJECT = 'reported/cue-object';

/** The same rows with the default options and with every category on. */
const both: [string, string, Row[]][] = [
  ['a noun-phrase subject and an auxiliary', 'Ms. Varga criticized the toll and the council has delayed a vote.', [
    row(['the toll'], 'Ms. Varga', 'criticized', OBJECT),
  ]],
  ['a name and a cue of its own, which then reports', 'Ms. Varga praised the mayor and Tom Reyes said the plan would fail.', [
    row(['the mayor'], 'Ms. Varga', 'praised', OBJECT),
    row(['the plan would fail'], 'Tom Reyes', 'said', 'reported/cue-clause'),
  ]],
  ['a pronoun subject', 'Ms. Varga denied the report and she has since resigned.', [
    row(['the report'], 'Ms. Varga', 'denied', OBJECT),
  ]],
  ['a topic, and an adverb before the verb', 'Ms. Varga talked about the ferry and the council quickly approved it.', [
    row(['the ferry'], 'Ms. Varga', 'talked about', 'reported/cue-topic'),
  ]],
  ['a possessive noun phrase goes on', 'Ms. Varga criticized the plan and its supporters.', [
    row(['the plan and its supporters'], 'Ms. Varga', 'criticized', OBJECT),
  ]],
  ['a relative clause on the second noun goes on', 'Ms. Varga criticized the war and the money it cost.', [
    row(['the war and the money it cost'], 'Ms. Varga', 'criticized', OBJECT),
  ]],
  ['a participle before "by" goes on', 'Ms. Varga criticized the plan and the money spent by the city.', [
    row(['the plan and the money spent by the city'], 'Ms. Varga', 'criticized', OBJECT),
  ]],
  ['two noun phrases go on', 'Ms. Varga criticized the toll and the bridge fees.', [
    row(['the toll and the bridge fees'], 'Ms. Varga', 'criticized', OBJECT),
  ]],
];

/** Opt-in shapes, with every category on. */
const optIn: [string, string, Row[]][] = [
  ['a stance taken as a role', 'Ms. Varga is a fierce opponent of the toll and Tom Reyes supports it.', [
    row(['the toll'], 'Ms. Varga', 'is a fierce opponent of', 'reported/stance-role'),
  ]],
  ['a stance with its second subject as a role of its own', 'Mayor Ada Varga endorsed the levy and Tom Reyes is a critic of the plan.', [
    row(['the levy'], 'Mayor Ada Varga', 'endorsed', OBJECT),
    row(['the plan'], 'Tom Reyes', 'is a critic of', 'reported/stance-role'),
  ]],
  ['a cited object', 'Ms. Varga cited the costs and her aides were pleased.', [
    row(['the costs'], 'Ms. Varga', 'cited', 'reported/speech-object'),
  ]],
  ['a participle before a preposition goes on', 'Ms. Varga cited the fees and the costs associated with the repairs.', [
    row(['the fees and the costs associated with the repairs'], 'Ms. Varga', 'cited', 'reported/speech-object'),
  ]],
  ['a name the tagger reads as a verb goes on', 'Ms. Varga came out against the Harbor Act and the Care Act\u2019s "toll rule" on Monday.', [
    row(['the Harbor Act and the Care Act\u2019s', 'toll rule'], 'Ms. Varga', 'came out against', 'reported/stance-phrase', 'mixed'),
  ]],
];

describe('a noun-phrase content ends where a clause of its own begins', () => {
  test.each(both)('%s (default)', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(both)('%s (every category)', (_name, input, expected) => {
    expect(rows(extract(input, EVERY))).toEqual(expected);
  });
  test.each(optIn)('%s', (_name, input, expected) => {
    expect(rows(extract(input, EVERY))).toEqual(expected);
  });
  test('the object of a cue in -ing inside the subject yields nothing', () => {
    expect(rows(extract('The groups backing Ada Moss and Tom Reyes paid for the ads.', EVERY))).toEqual([]);
  });
});
