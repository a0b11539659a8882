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
  // teamNamedBefore (leads53): "the club" names the one team before it, never a paper nor a family the text names
  ['"the club" after a team', 'The Harriers lost again on Sunday. "We played badly," the club said.', [
    named(['We played badly,'], 'the club', 'Harriers', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the club" after a paper is no one', 'The story ran in the Halverton Times on Sunday. "We dispute it," the club said.', [
    named(['We dispute it,'], 'the club', 'the club', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the club" after "the Daily News" is no one', 'The story ran in the Daily News on Sunday. "We dispute it," the club said.', [
    named(['We dispute it,'], 'the club', 'the club', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the team" after a family one of whom is named is no one', 'Nora Pellow spoke first. The Pellows reached Dover on Monday. "We are ready," the team said.', [
    named(['We are ready,'], 'the team', 'the team', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // titledPersonAfter (leads53): "the mayor" with no one before it names the one mayor named next, not a former one
  ['"the mayor" names the mayor named next', '"We are broke," the mayor said. Mayor Nell Varga said the town would sell the pier.', [
    named(['We are broke,'], 'the mayor', 'Nell Varga', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the town would sell the pier'], 'Mayor Nell Varga', 'Nell Varga', 'said', 'reported/cue-clause'),
  ]],
  ['"the mayor" is no former mayor named next', 'The hall was full. "We are broke," the mayor said. Former Mayor Ivo Brandt, her rival, said she was wrong.', [
    named(['We are broke,'], 'the mayor', 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['she was wrong'], 'Former Mayor Ivo Brandt, her rival', 'Ivo Brandt', 'said', 'reported/cue-clause'),
  ]],
  ['"the mayor" is no ex-mayor named next', '"We are broke," the mayor said. Ex-Mayor Ivo Brandt disagreed.', [
    named(['We are broke,'], 'the mayor', 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the mayor" is no mayor named next after a lower-case "former"', 'The hall was full. "We are broke," the mayor said. The crowd booed former Mayor Ivo Brandt.', [
    named(['We are broke,'], 'the mayor', 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('read63: near misses of stop 53\'s rules', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
