/**
 * Content boundaries after a trailing attribution (issue 11, boundaries):
 * the speaker's appositive or relative clause after an inverted speaker, the
 * terms of anonymity after the cue, and the quoted title of the programme or
 * work the attribution names are no part of the content. Exact parts,
 * speaker, cue and rule; plus the shapes where the clause does go on after
 * the attribution and must keep its second part.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const CUE_SPEAKER = 'reported/content-cue-speaker';
const SPEAKER_CUE = 'reported/content-speaker-cue';

const cut: [string, string, Row[]][] = [
  ['a relative clause after an inverted speaker', 'The ferry will stop in May, said Ada Brook, who runs the pier at Lakeside.', [
    row(['The ferry will stop in May'], 'Ada Brook, who runs the pier at Lakeside', 'said', CUE_SPEAKER),
  ]],
  ['an appositive the tagger reads a verb in', 'The fleet should grow as fast as it can, said Mr. Varga, a founder of the left-leaning Harbor Party.', [
    row(['The fleet should grow as fast as it can'], 'Mr. Varga, a founder of the left-leaning Harbor Party', 'said', CUE_SPEAKER),
  ]],
  ['the terms of anonymity after the cue', 'He could not find a single buyer, he said, on condition of anonymity so he could talk.', [
    row(['He could not find a single buyer'], 'he', 'said', SPEAKER_CUE),
  ]],
  ['a quoted title after the noun that ends the attribution', 'The pier will close in June, Ms. Dorn said in her memoir, "Salt and Rope."', [
    row(['The pier will close in June'], 'Ms. Dorn', 'said', SPEAKER_CUE),
  ]],
  ['a programme after a possessive in the attribution', 'The pier was a ruin when the council met, she said Tuesday on KXRB\'s "Morning Harbor."', [
    row(['The pier was a ruin when the council met'], 'she', 'said', SPEAKER_CUE),
  ]],
  ['a book named after the source', 'The mayor sold the pier to a Texas firm, Blue Mesa, according to his memoir "Tides of the Pier."', [
    row(['The mayor sold the pier to a Texas firm, Blue Mesa'], 'his memoir', 'according to', 'reported/according-to-trail'),
  ]],
];

const goesOn: [string, string, Row[]][] = [
  ['a verb completes the subject before the attribution', 'The fee, said Tom Vale, was far too high.', [
    row(['The fee', 'was far too high'], 'Tom Vale', 'said', CUE_SPEAKER),
  ]],
  ['a conjunction carries the clause on', 'The ferry will stop, said Tom Vale, and the town will pay.', [
    row(['The ferry will stop', 'and the town will pay'], 'Tom Vale', 'said', CUE_SPEAKER),
  ]],
  ['a clause goes on after the speaker and its appositive', 'The new levy, said Tom Vale, a harbor pilot, would sink the ferry.', [
    row(['The new levy', 'would sink the ferry'], 'Tom Vale, a harbor pilot', 'said', CUE_SPEAKER),
  ]],
];

describe('content ends where the attribution\'s own words begin', () => {
  test.each(cut)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('content goes on after the attribution', () => {
  test.each(goesOn)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('a title-case quotation that is what was said', () => {
  test('a quotation right after the cue and the speaker stays a part', () => {
    const r = rows(extract('The ferry will stop in May, Ada Brook said, "We Will Fight It."'));
    expect(r.map((q) => q.parts)).toEqual([['The ferry will stop in May', 'We Will Fight It.']]);
  });
  test('a quotation after a colon in the attribution is no title', () => {
    const r = rows(extract('The ferry will stop in May, Ada Brook told the board: "We Will Fight It."'));
    expect(r.flatMap((q) => q.parts)).toContain('We Will Fight It.');
  });
});
