/**
 * Helper fix41: a finding whose verb the tagger read as a noun ("Early
 * surveys show residents strongly opposing ...") gave a stance with the whole
 * phrase "Early surveys show residents" as speaker; a speaker phrase that runs
 * over a finding verb after a record noun is no speaker, and the finding is
 * credited to the record. Common news job nouns ("the warden", "the coroner",
 * "the sheriff's deputy") are people. A job word before two capitalised words
 * and "said" or a comma is a title even when the first name is not a known one
 * (", Architect Lena Fischer said"), not in a body's name ("the Teacher
 * Retirement System"). Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { ALL, quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

describe('fix41: a finding verb read as a noun is no part of a speaker', () => {
  const CASES: [string, Row[]][] = [
    ['Early surveys show residents strongly opposing the new parking fees.', [['residents strongly opposing the new parking fees', 'Early surveys', 'unknown', 'description', 'show', 'evidence']]],
    ['Recent polls show voters strongly opposing the new parking fees.', [['voters strongly opposing the new parking fees', 'Recent polls', 'unknown', 'description', 'show', 'evidence']]],
    ['New studies find parents widely rejecting the longer school day.', [['parents widely rejecting the longer school day', 'New studies', 'unknown', 'description', 'find', 'evidence']]],
    ['Surveys show residents complaining about the fees.', [['residents complaining about the fees', 'Surveys', 'unknown', 'description', 'show', 'evidence']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text, ALL)).toEqual(want);
  });
  // (a subject with no finding verb in it still speaks through its cue)
  test('a plain subject keeps its stance', () => {
    expect(rows('Local residents strongly opposed the new parking fees.', ALL).map((r) => [r[1], r[4], r[5]])).toEqual([['Local residents', 'strongly opposed', 'stance']]);
  });
});

describe('fix41: job nouns are people', () => {
  const CASES: [string, Row[]][] = [
    ['The warden said the prison was calm.', [['the prison was calm', 'The warden', 'person', 'description', 'said', 'speech']]],
    ['The ranger said the trail would reopen.', [['the trail would reopen', 'The ranger', 'person', 'description', 'said', 'speech']]],
    ['The coroner said the cause was unclear.', [['the cause was unclear', 'The coroner', 'person', 'description', 'said', 'speech']]],
    ["The sheriff's deputy said the road was closed.", [['the road was closed', "The sheriff's deputy", 'person', 'description', 'said', 'speech']]],
    ['A lifeguard said the water was too rough.', [['the water was too rough', 'A lifeguard', 'person', 'description', 'said', 'speech']]],
    ['Two umpires said the game would resume.', [['the game would resume', 'Two umpires', 'group', 'description', 'said', 'speech']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text, {})).toEqual(want);
  });
  // (a thing still is no person)
  test('the plan is no person', () => {
    expect(rows('The plan said nothing about the road.', {}).every((r) => r[2] !== 'person')).toBe(true);
  });
});

describe('fix41: a job word before an unknown first name and a surname', () => {
  const CASES: [string, string][] = [
    ['The tower will rise, Architect Lena Fischer said.', 'Lena Fischer'],
    ['The plan was drafted in Boston, Architect Lena Fischer said.', 'Lena Fischer'],
    ['In Boston, Architect Lena Fischer said the tower would rise.', 'Lena Fischer'],
    ['The beds were full, Nurse Kalea Brandt said.', 'Kalea Brandt'],
    ['The crop was late, Farmer Tove Ransley said.', 'Tove Ransley'],
    // (a body's name keeps its job word)
    ['The fund lost money, the Teacher Retirement System said.', 'Teacher Retirement System'],
    ['The fund lost money, Teacher Retirement System said.', 'Teacher Retirement System'],
    ['The fund lost money, Teacher Pension Fund said.', 'Teacher Pension Fund'],
  ];
  test.each(CASES)('%s', (text, name) => {
    expect(rows(text, {}).map((r) => r[1])).toEqual([name]);
  });
});
