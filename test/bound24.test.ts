/**
 * Reported-content boundaries that were measured on the training articles and
 * kept as they are (no rule changed): the object before a cue's infinitive
 * stays in the content (annotators kept it about 2 to 1), a fronted phrase
 * before the speaker stays out (kept out in nearly every case), and the
 * content ends before a relative on a closing name, a second clause of the
 * sentence, a second predicate of the speaker and a semicolon. Exact parts,
 * speaker mention, cue and rule; plus sentences that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['the object before an infinitive stays in the content', 'Ada Brook asked the council to delay the vote.', [
    row(['the council to delay the vote'], 'Ada Brook', 'asked', 'reported/cue-infinitive'),
  ]],
  ['a relative after a closing name stays out', 'Tom Reyes said the ferry would be sold to Harbor Lines, which runs the northern route.', [
    row(['the ferry would be sold to Harbor Lines'], 'Tom Reyes', 'said', 'reported/cue-clause'),
  ]],
  ['a fronted place before the speaker stays out', 'In Denver, Ada Brook said the talks would resume.', [
    row(['the talks would resume'], 'Ada Brook', 'said', 'reported/cue-clause'),
  ]],
  ['a second clause after ", and" with its own speaker', 'Tom Reyes said the levy would pass, and Ada Brook said it would fail.', [
    row(['the levy would pass'], 'Tom Reyes', 'said', 'reported/cue-clause'),
    row(['it would fail'], 'Ada Brook', 'said', 'reported/cue-clause'),
  ]],
  ['a second predicate of the speaker after "and"', 'Ada Brook said the plant would close and urged workers to apply for retraining.', [
    row(['the plant would close'], 'Ada Brook', 'said', 'reported/cue-clause'),
    row(['workers to apply for retraining'], 'Ada Brook', 'urged', 'reported/cue-infinitive'),
  ]],
  ['a second predicate of the speaker after ", but"', 'Tom Reyes said the ferry was safe, but admitted the schedule had slipped.', [
    row(['the ferry was safe'], 'Tom Reyes', 'said', 'reported/cue-clause'),
    row(['the schedule had slipped'], 'Tom Reyes', 'admitted', 'reported/cue-clause'),
  ]],
  ['a semicolon ends the content', 'Tom Reyes said the ferry was safe; the council disagreed.', [
    row(['the ferry was safe'], 'Tom Reyes', 'said', 'reported/cue-clause'),
  ]],
  ['no cue: a fronted phrase and a clause', 'In Denver, the talks would resume after the vote.', []],
  ['no cue: a relative after a name', 'The ferry was sold to Harbor Lines, which runs the northern route.', []],
];

describe('reported-content boundaries kept as measured', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
