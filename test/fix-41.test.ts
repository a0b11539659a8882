/**
 * Helper fix41: a finding whose verb the tagger read as a noun ("Early
 * surveys show residents strongly opposing ...") gave a stance with the whole
 * phrase "Early surveys show residents" as speaker; a speaker phrase that runs
 * over a finding verb after a record noun is no speaker, and the finding is
 * credited to the record. Sentences and names are invented.
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
