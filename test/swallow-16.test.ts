/**
 * A direct quote whose attribution holds a plural possessive (`Tod Verin, the
 * Quills\u2019 campaign manager, said`) keeps that attribution: the apostrophe
 * after a word in "s", glued to it and followed by a word, is no quotation
 * mark, so the search for the trailing cue goes on past it (issue 11: the
 * quote, left with no cue, was swallowed by a reported quote before it).
 * Exact parts, speaker mention and name, cue and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const TRAILING = 'direct/trailing-speaker-cue';

const cases: [string, string, Row[], (string | null)[]][] = [
  ['a plural possessive in the appositive', '\u201CThe numbers put us on pace to win,\u201D Tod Verin, the Quills\u2019 campaign manager, said in a statement.', [
    row(['The numbers put us on pace to win,'], 'Tod Verin, the Quills\u2019 campaign manager', 'said', TRAILING, 'direct'),
  ], ['Tod Verin']],
  ['a straight apostrophe', '"We will not sell the farm," Ana Ruiz, the Lopezes\' lawyer, told reporters.', [
    row(['We will not sell the farm,'], 'Ana Ruiz, the Lopezes\' lawyer', 'told', TRAILING, 'direct'),
  ], ['Ana Ruiz']],
  ['a plural possessive in the speaker itself', '\u201CWe are ready,\u201D the Hawks\u2019 coach said on Monday.', [
    row(['We are ready,'], 'the Hawks\u2019 coach', 'said', TRAILING, 'direct'),
  ], ['the Hawks\u2019 coach']],
  ['after reported speech, the quote stays its own speaker\u2019s', 'Mara Quill announced that she had raised $5 million. \u201CThe numbers put us on pace to win,\u201D Tod Verin, the Quills\u2019 campaign manager, said in a statement. \u201CFamilies are chipping in.\u201D', [
    row(['she had raised $5 million'], 'Mara Quill', 'announced', 'reported/cue-that'),
    row(['The numbers put us on pace to win,', 'Families are chipping in.'], 'Tod Verin, the Quills\u2019 campaign manager', 'said', TRAILING, 'direct'),
  ], ['Mara Quill', 'Tod Verin']],
];

describe('a plural possessive in a trailing attribution', () => {
  test.each(cases)('%s', (_name, input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
  test('a plural possessive with no quote yields nothing', () => {
    expect(rows(extract('The Quills\u2019 campaign manager arrived on Monday.'))).toEqual([]);
  });
  test('a quote that ends its sentence takes no possessive subject of the next one (nothing at all)', () => {
    expect(rows(extract('\u201CWe are ready.\u201D The Hawks\u2019 coach arrived on Monday.'))).toEqual([]);
  });
});
