/**
 * Speaker spans over an age (issue 15): a speaker before its cue takes the
 * age set off by commas (`Ada Moss, 53, said ...` credits "Ada Moss, 53"), and
 * the appositive after it (`Tom Reyes, 61, a retired welder from Dayton,
 * said ...`), in every category. The shapes where gold keeps the name alone
 * stay as they were: a relative clause or a place after the age, a speaker
 * after its cue, a count that is no age. Exact parts, speaker, cue and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const };
const CLAUSE = 'reported/cue-clause';

const aged: [string, string, Row[]][] = [
  ['an age alone', 'Ada Moss, 53, said the plan would fail.', [
    row(['the plan would fail'], 'Ada Moss, 53', 'said', CLAUSE),
  ]],
  ['an age and an appositive', 'Tom Reyes, 61, a retired welder from Dayton, said the plant would reopen.', [
    row(['the plant would reopen'], 'Tom Reyes, 61, a retired welder from Dayton', 'said', CLAUSE),
  ]],
  ['an age and an adverb before the cue', 'Ada Moss, 53, also said the plan would fail.', [
    row(['the plan would fail'], 'Ada Moss, 53', 'also said', CLAUSE),
  ]],
  ['a direct quotation', '"We will win," Ada Moss, 53, said.', [
    row(['We will win,'], 'Ada Moss, 53', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const stays: [string, string, Row[]][] = [
  ['a relative clause after the age', 'Ada Moss, 53, who lives in Dayton, said the plan would fail.', [
    row(['the plan would fail'], 'Ada Moss', 'said', CLAUSE),
  ]],
  ['a place after the age', 'Ada Moss, 53, of Dayton, said the plan would fail.', [
    row(['the plan would fail'], 'Ada Moss', 'said', CLAUSE),
  ]],
  ['a speaker after its cue', 'The plan would fail, said Ada Moss, 53.', [
    row(['The plan would fail'], 'Ada Moss', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a share, not an age', 'Ada Moss, 53 percent, said the plan would fail.', [
    row(['the plan would fail'], 'Ada Moss', 'said', CLAUSE),
  ]],
  ['a year, not an age', 'The mayor, 2016, said the plan would fail.', [
    row(['the plan would fail'], 'The mayor', 'said', CLAUSE),
  ]],
];

describe("a speaker before its cue takes the age set off by commas", () => {
  test.each(aged)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
    expect(rows(extract(input, EVERY))).toEqual(expected);
  });

  test('an opt-in stance takes the age and the appositive', () => {
    expect(rows(extract('Ada Moss, 53, a retired nurse, is a fervent supporter of the levy.', EVERY))).toEqual([
      row(['the levy'], 'Ada Moss, 53, a retired nurse', 'is a fervent supporter of', 'reported/stance-role'),
    ]);
  });

  test("the speaker's name keeps no age", () => {
    expect(extract('Ada Moss, 53, said the plan would fail.').quotes[0]?.speaker?.name).toBe('Ada Moss');
  });
});

describe('the name stays alone where gold keeps it so', () => {
  test.each(stays)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });

  test('nothing is found in narration with an age', () => {
    expect(extract('Ada Moss, 53, lives in Dayton.').quotes).toEqual([]);
  });
});
