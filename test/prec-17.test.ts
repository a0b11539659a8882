/**
 * Spurious predictions, round 17 (brief prec17): invented sentences that must
 * yield nothing, and rows that the same changes must leave as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const nothing: [string, string][] = [
  // a participle between a count or a possessive and its noun is an adjective, no cue
  ['count, pledged, noun', 'There are 212 pledged delegates at stake in the northern states.'],
  ['count, reported, noun', 'The county logged only nine reported thefts of bicycles last spring.'],
  ['possessive, repeated, noun', 'Her repeated warnings about the bridge went unheeded for years.'],
];

const kept: [string, string, Row[]][] = [
  // a count that is the subject keeps its report when "that" follows
  ['count subject, reported that', 'Of the tenants asked, 12 reported that the roof leaked.', [
    row(['the roof leaked'], '12', 'reported', 'reported/cue-that'),
  ]],
  // a year before the verb is no count of a noun
  ['year, pledged to', 'The mayor in 2019 pledged to rebuild the bridge within two years.', [
    row(['to rebuild the bridge within two years'], 'The mayor', 'pledged', 'reported/cue-infinitive'),
  ]],
  // the adjective goes, the report of the same sentence stays
  ['pledged delegates, then said', 'There are 212 pledged delegates at stake, and the mayor said the count would end soon.', [
    row(['the count would end soon'], 'the mayor', 'said', 'reported/cue-clause'),
  ]],
];

describe('spurious predictions, round 17: nothing', () => {
  test.each(nothing)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});

describe('spurious predictions, round 17: unchanged', () => {
  test.each(kept)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
