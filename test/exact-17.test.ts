/**
 * Content starts (issue 11, exact content): a quotation after a verb cue and
 * "that" with a comma or a prepositional phrase between ("recalled that in
 * 2009, "..."", "added that, "..."") is the end of a mixed quote that opens
 * after "that", as annotated news reads it. Exact parts, speaker, cue and
 * rule; plus the shapes that stay direct quotes.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const THAT = 'reported/cue-that';
const LEADING = 'direct/leading-speaker-cue';

const mixed: [string, string, Row[]][] = [
  ['a prepositional phrase after "that"', 'Ada Moss recalled that in 2009, "We lost every seat on the council."', [
    row(['in 2009, "We lost every seat on the council."'], 'Ada Moss', 'recalled', THAT, 'mixed'),
  ]],
  ['a comma right after "that"', 'Tom Vale added that, "The ferry will run until May."', [
    row(['that, "The ferry will run until May."'], 'Tom Vale', 'added', THAT, 'mixed'),
  ]],
  ['a longer phrase after "that"', 'Tom Vale promised that in any talks with the board, "the harbor will come first."', [
    row(['in any talks with the board, "the harbor will come first."'], 'Tom Vale', 'promised', THAT, 'mixed'),
  ]],
];

const direct: [string, string, Row[]][] = [
  ['"that" with a noun of time is no clause opener', 'Ada Moss said that night, "We will win the vote."', [
    row(['We will win the vote.'], 'Ada Moss', 'said', LEADING, 'direct'),
  ]],
  ['a comma right after the cue', 'Ada Moss said, "We will win the vote."', [
    row(['We will win the vote.'], 'Ada Moss', 'said', LEADING, 'direct'),
  ]],
  ['a noun of time after "that" at the start of the sentence', 'The mayor said that day, "The pier stays open."', [
    row(['The pier stays open.'], 'The mayor', 'said', LEADING, 'direct'),
  ]],
];

describe('a quotation after "that" and an adjunct ends a mixed quote', () => {
  test.each(mixed)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('a quotation right after the attribution stays direct', () => {
  test.each(direct)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
