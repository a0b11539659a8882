/**
 * Reported-speech recall, round 12: invented sentences with the exact parts,
 * speaker, cue and rule expected, and negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a far "that" after a listener whose name the tagger ends on a "verb", and a gerund subject after it
  ['complained to NAME that GERUND ... was', 'On Friday, Ada Moss complained to Harbor News\' Ben Rose that closing the pier was unfair.', [
    row(['closing the pier was unfair'], 'Ada Moss', 'complained', 'reported/cue-far-that'),
  ]],
  ['complained to NAME that CLAUSE', 'Ada Moss complained to Harbor News\' Ben Rose that the pier was closing.', [
    row(['the pier was closing'], 'Ada Moss', 'complained', 'reported/cue-far-that'),
  ]],
  // an adjunct whose noun has a participle with an adjunct of its own, before a bare clause or "if"
  ['said in a memo released by X CLAUSE', 'Senator Ada Moss said in a memo released by the club the report was wrong.', [
    row(['the report was wrong'], 'Senator Ada Moss', 'said', 'reported/cue-clause'),
  ]],
  ['said in a letter sent to X CLAUSE', 'The mayor said in a letter sent to the board the budget was late.', [
    row(['the budget was late'], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['was asked during a lunch held by X if ...', 'Tom Hale was asked during a lunch held by the chamber if taxes would rise.', [
    row(['if taxes would rise'], null, 'was asked', 'reported/cue-question-no-speaker'),
  ]],
  // an inverted speaker's appositive is no content before "adding", whose speaker is the inverted one
  ['..., said NAME, APPOSITIVE, adding that ...', 'Taxes will go up, said Tom Reyes, a former mayor, adding that the city had no choice.', [
    row(['Taxes will go up'], 'Tom Reyes, a former mayor', 'said', 'reported/content-cue-speaker'),
    row(['the city had no choice'], 'Tom Reyes, a former mayor', 'adding', 'reported/cue-that'),
  ]],
  ['..., said NP, adding that ...', 'The levy failed, said the clerk, adding that turnout was low.', [
    row(['The levy failed'], 'the clerk', 'said', 'reported/content-cue-speaker'),
    row(['turnout was low'], 'the clerk', 'adding', 'reported/cue-that'),
  ]],
];

const none: [string, string][] = [
  // a clause of result after "so" is not what was said
  ['spoke ... so long that ...', 'Ada Moss spoke to a crowded hall at the library in Dover so long that closing time came.'],
  // a participle in an adjunct with no clause after it reports nothing
  ['spoke in a hall rented by X', 'The mayor spoke in a hall rented by the club the week before.'],
];

describe('reported-speech recall, round 12', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
