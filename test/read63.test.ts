/**
 * read63: a review of stop 53's merges. Each row pins a near miss of a rule
 * that stop brought in, fixed here, next to the shape the rule was made for
 * (invented sentences only): exact parts, speaker mention and name, cue, rule
 * and kind.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // PREDICATE_CONJUNCTIONS (fix79): "that" is the cue's object only when the verb after "and" is a second act
  ['"wrote that on a napkin and handed it" reports nothing', 'Rita Vance wrote that on a napkin and handed it to the waiter.', []],
  ['a gerund after "and" belongs to the adjunct', 'Rita Vance said that after months of talks and bargaining, the deal was done.', [
    named(['after months of talks and bargaining, the deal was done'], 'Rita Vance', 'Rita Vance', 'said', 'reported/cue-that'),
  ]],
  ['a participle before its noun after "and" belongs to the adjunct', 'Rita Vance said that after weeks of delays and canceled ferries, travelers were furious.', [
    named(['after weeks of delays and canceled ferries, travelers were furious'], 'Rita Vance', 'Rita Vance', 'said', 'reported/cue-that'),
  ]],
  ['"and then went quiet" is still the second act', 'Omar Pell said that on Monday and then went quiet.', []],
];

describe('read63: near misses of stop 53\'s rules', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
