/**
 * lead56: speaker and name leftovers. A capitalised "-ing" participle opening
 * a sentence, read by the tagger as a name ("Standing before the judge, Ann
 * Lee said"), no longer joins the speaker's mention; an "-ing" surname before
 * "of" keeps its name. "Few" and "several" are words of amount before an
 * adjective "pledged" ("Few pledged delegates backed the plan": no report). Exact parts, speaker, cue, rule and kind, plus the
 * speaker's mention where it matters; invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[], string[]?][] = [
  // a sentence-opening participle the tagger reads as a name
  ['"Standing" and a preposition before a comma and a name', 'Standing before the judge, Ann Lee said she was sorry.', [
    row(['she was sorry'], 'Ann Lee', 'said', 'reported/cue-clause'),
  ], ['Ann Lee']],
  ['"Standing in court" and a surname', 'Standing in court, Lee said she was sorry.', [
    row(['she was sorry'], 'Lee', 'said', 'reported/cue-clause'),
  ], ['Lee']],
  ['"Standing beside" a title word', 'Standing beside the senator, Ann Lee said she was sorry.', [
    row(['she was sorry'], 'Ann Lee', 'said', 'reported/cue-clause'),
  ], ['Ann Lee']],
  // unchanged shapes
  ['a subject who pledged a thing keeps the cue', 'Few pledged support for the ferry plan.', [
    row(['support for the ferry plan'], 'Few', 'pledged', 'reported/cue-object'),
  ]],
  ['a name before "pledged" and a clause keeps the cue', 'Ann Lee pledged delegates would back the ferry plan.', [
    row(['delegates would back the ferry plan'], 'Ann Lee', 'pledged', 'reported/cue-clause'),
  ]],
  ['a participle the tagger reads right', 'Walking home, Ann Lee said she was sorry.', [
    row(['she was sorry'], 'Ann Lee', 'said', 'reported/cue-clause'),
  ], ['Ann Lee']],
];

describe('lead56 speaker leftovers', () => {
  test.each(cases)('%s', (_name, input, expected, mentions) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    if (mentions) expect(r.quotes.map((q) => q.speaker?.mention?.text ?? null)).toEqual(mentions);
  });

  test.each([
    ['"Few" before "pledged delegates"', 'Few pledged delegates backed the ferry plan.'],
    ['"Several" before "pledged delegates"', 'Several pledged delegates backed the ferry plan.'],
  ])('%s: nothing', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });

  test('an "-ing" surname before "of" stays a name', () => {
    const r = extract('Dorning of the harbor board said the ferry would run.');
    expect(r.quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Dorning of the harbor board']);
  });
});
