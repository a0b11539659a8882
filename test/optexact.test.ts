/**
 * Exact spans with every category on (issue 15), helper optexact: the cue of
 * a sourceless "seen as" or "known as/for" frame (rules `reported/impersonal`
 * and `reported/known-as`, thought, opt-in) runs through its preposition and
 * any adverb before it ("is widely seen as", "is best known for"), so the
 * content parts start after it. Exact parts, speaker, cue, rule and kind;
 * plus shapes that keep their cue or yield nothing. Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['"is seen as"', 'The harbor levy is seen as a test for the new mayor.', [
    row(['The harbor levy', 'a test for the new mayor'], null, 'is seen as', 'reported/impersonal'),
  ]],
  ['an adverb inside the passive', 'The ferry plan was widely viewed as a gift to the islands.', [
    row(['The ferry plan', 'a gift to the islands'], null, 'was widely viewed as', 'reported/impersonal'),
  ]],
  ['"has been regarded as"', 'The old pier has been regarded as a danger to swimmers.', [
    row(['The old pier', 'a danger to swimmers'], null, 'has been regarded as', 'reported/impersonal'),
  ]],
  ['"is increasingly seen as" with a relative clause in the subject', 'The council, which meets on Mondays, is increasingly seen as a rubber stamp.', [
    row(['The council, which meets on Mondays,', 'a rubber stamp'], null, 'is increasingly seen as', 'reported/impersonal'),
  ]],
  ['"is best known for"', 'Ada Brook is best known for her work on the river barges.', [
    row(['Ada Brook', 'her work on the river barges'], null, 'is best known for', 'reported/known-as'),
  ]],
  ['"was known as"', 'The grain store was known as the Lantern of the quay.', [
    row(['The grain store', 'the Lantern of the quay'], null, 'was known as', 'reported/known-as'),
  ]],
  ['"is not known as"', 'Tom Reyes is not known as a patient negotiator.', [
    row(['Tom Reyes', 'a patient negotiator'], null, 'is not known as', 'reported/known-as'),
  ]],
  // a raising verb with an infinitive has no preposition to take
  ['"seems to" keeps its cue', 'The harbor levy seems to have stalled in committee.', [
    row(['The harbor levy', 'to have stalled in committee'], null, 'seems', 'reported/impersonal'),
  ]],
];

describe('the cue of a sourceless "seen as" or "known for" frame takes its preposition (optexact)', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input, ALL))).toEqual(expected);
  });

  test.each([
    // the default categories report no thought
    ['The harbor levy is seen as a test for the new mayor.', {}],
    // an agent names the source
    ['The harbor levy is seen as a test by the new mayor.', ALL],
    // after a modal
    ['The harbor levy could be seen as a test for the new mayor.', ALL],
    // a relative word as the subject
    ['The mayor, who is known for her temper, left early.', ALL],
  ])('nothing: %s', (input, options) => {
    expect(rows(extract(input, options)).filter((r) => /^reported\/(impersonal|known-as)$/.test(r.rule))).toEqual([]);
  });
});

const adverbs: [string, string, Row[]][] = [
  ['"never" before the verb', 'Ada Brook never mentioned the ferry levy.', [
    row(['the ferry levy'], 'Ada Brook', 'never mentioned', 'reported/cue-object'),
  ]],
  ['"further" before the verb', 'Tom Reyes further alleged that the count was rigged.', [
    row(['the count was rigged'], 'Tom Reyes', 'further alleged', 'reported/cue-that'),
  ]],
  ['"finally" before the verb', 'The council finally confirmed that the pier would close.', [
    row(['the pier would close'], 'The council', 'finally confirmed', 'reported/cue-that'),
  ]],
  ['"never" after an auxiliary is the cue\'s already', 'Ada Brook has never said that the levy would pass.', [
    row(['the levy would pass'], 'Ada Brook', 'has never said', 'reported/cue-that'),
  ]],
  // after "and" the adverb opens a predicate joined inside the content, not a cue group
  ['"and never" inside the content', 'Tom Reyes said he has not read the audit and never asked for a copy.', [
    row(['he has not read the audit and never asked for a copy'], 'Tom Reyes', 'said', 'reported/cue-clause'),
  ]],
  ['a direct quote with "further wrote"', '"The harbor is full," Ada Brook further wrote.', [
    row(['The harbor is full,'], 'Ada Brook', 'further wrote', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('"never", "further" and "finally" right before a cue verb are the cue\'s (optexact)', () => {
  test.each(adverbs)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });

  test('the cue stays negated', () => {
    expect(extract('Ada Brook never said that the levy would pass.').quotes.map((q) => [q.cue?.span.text, q.cue?.negated])).toEqual([['never said', true]]);
  });
});
