/**
 * fix70: open speaker and boundary bugs, on invented sentences. Exact parts,
 * speaker mention and name, cue and rule; plus negatives.
 *
 * - A name set off by commas after a description that is no name ("A guide
 *   who was skiing nearby, Tom Rey, said the group ...") is the subject of
 *   "said"; a determiner after "said" no longer makes it an inverted
 *   attribution whose speaker follows.
 * - `reported/asked-listener`: a topic with "about" ends before a clause of
 *   time or circumstance ("about the budget | when the meeting began"), as
 *   `reported/asked-for` already does.
 * - A name alone in brackets ("told reporters (La Stampa)") is the outlet a
 *   passage is credited to, no antecedent of "he".
 * - "district" after "school", "water", "sanitation" ... names a body that
 *   "It" takes up; "the district" alone does not.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // 1. an appositive name before "said" and a determiner
  ['a name set off after a relative clause, "said the ..."', 'A guide who was skiing nearby, Tom Rey, said the group was lost.', [
    named(['the group was lost'], 'A guide who was skiing nearby, Tom Rey', 'Tom Rey', 'said', 'reported/cue-clause'),
  ]],
  ['a name set off after a plain noun, "said the ..."', 'A neighbour, Ana Ruiz, said the fire started in the kitchen.', [
    named(['the fire started in the kitchen'], 'A neighbour, Ana Ruiz', 'Ana Ruiz', 'said', 'reported/cue-clause'),
  ]],
  ['an inverted "said" after the words said still names its speaker after it', 'The bridge will reopen in May, said the engineer.', [
    named(['The bridge will reopen in May'], 'the engineer', 'the engineer', 'said', 'reported/content-cue-speaker'),
  ]],
  // 2. asked-listener stops before a clause of time
  ['"asked them about X when ..."', 'Lee Park asked them about the budget when the meeting began.', [
    named(['about the budget'], 'Lee Park', 'Lee Park', 'asked', 'reported/asked-listener'),
  ]],
  ['"asked the mayor about X after ..."', 'Lee Park asked the mayor about the roads after the vote failed.', [
    named(['about the roads'], 'Lee Park', 'Lee Park', 'asked', 'reported/asked-listener'),
  ]],
  ['a question of "when" after "about" stays', 'Lee Park asked the mayor about when the bridge would open.', [
    named(['about when the bridge would open'], 'Lee Park', 'Lee Park', 'asked', 'reported/asked-listener'),
  ]],
  // 3. a name in brackets is no antecedent
  ['an outlet in brackets does not take "he"', 'The bishop told reporters (Il Corriere) on the train that peace was near. "We must hope," he said.', [
    named(['peace was near'], 'The bishop', 'The bishop', 'told', 'reported/cue-that'),
    named(['We must hope,'], 'he', 'The bishop', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // 4. a qualified "district" is a body
  ['"The school district said ... It said"', 'The school district said classes would resume Monday. It said buses would run as usual.', [
    named(['classes would resume Monday'], 'The school district', 'The school district', 'said', 'reported/cue-clause'),
    named(['buses would run as usual'], 'It', 'The school district', 'said', 'reported/cue-clause'),
  ]],
  ['"The water district said ... It said"', 'The water district said the supply was safe. It said tests were clean.', [
    named(['the supply was safe'], 'The water district', 'The water district', 'said', 'reported/cue-clause'),
    named(['tests were clean'], 'It', 'The water district', 'said', 'reported/cue-clause'),
  ]],
  ['"the district" alone is no body "It" takes up', 'The district said classes would resume Monday. It said buses would run as usual.', [
    named(['classes would resume Monday'], 'The district', 'The district', 'said', 'reported/cue-clause'),
    named(['buses would run as usual'], 'It', 'It', 'said', 'reported/cue-clause'),
  ]],
];

describe('fix70: speaker and boundary bugs', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

const negatives: [string, string][] = [
  ['a name in brackets with no cue', 'The bishop met reporters (Il Corriere) on the train.'],
  ['"asked about" the budget with no one asked and no subject', 'When the meeting began, the budget was asked about.'],
  ['a school district that says nothing', 'The school district opened two new schools this year.'],
];

describe('fix70: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(namedRows(extract(input))).toEqual([]);
  });
});
