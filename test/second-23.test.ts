/**
 * Reported-speech shapes left by stop 46 (issue 11, second23): a direct
 * quotation that is the whole "that" clause of its cue is a mixed quote whose
 * part runs from "that" to the closing mark (`Ada Moss told reporters at the
 * pier that "the boats are safe."`). Exact parts, speaker mention, cue, rule
 * and kind; speaker names; negatives.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const LEAD = 'direct/leading-speaker-cue';

const cases: [string, string, Row[], (string | null)[]][] = [
  ['told a listener at a place that "..."', 'Ada Moss told reporters at the pier that "the boats are safe."', [
    row(['that "the boats are safe."'], 'Ada Moss', 'told', LEAD, 'mixed'),
  ], ['Ada Moss']],
  ['said that "..."', 'Pavel Grunn said that "the bridge will open in June."', [
    row(['that "the bridge will open in June."'], 'Pavel Grunn', 'said', LEAD, 'mixed'),
  ], ['Pavel Grunn']],
  ['a present-tense cue and curly marks', 'Mayor Tilda Brask says that \u201cevery street gets a bus by spring.\u201d', [
    row(['that \u201cevery street gets a bus by spring.\u201d'], 'Mayor Tilda Brask', 'says', LEAD, 'mixed'),
  ], ['Tilda Brask']],
];

describe('second23: a quoted "that" clause is a mixed quote', () => {
  test.each(cases)('%s', (_name, input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
  test('a quotation with no "that" before it stays direct', () => {
    expect(rows(extract('Pavel Grunn said, "the bridge will open in June."'))).toEqual([
      row(['the bridge will open in June.'], 'Pavel Grunn', 'said', LEAD, 'direct'),
    ]);
  });
  test('a "that" that ends the paragraph before a quotation with its own cue after it leaves the quote direct', () => {
    expect(rows(extract('Ada Moss never said that\n\n"The boats are safe," Tom Vale added.'))).toEqual([
      row(['The boats are safe,'], 'Tom Vale', 'added', 'direct/trailing-speaker-cue', 'direct'),
    ]);
  });
  test('a time phrase after "that" leaves the quote direct', () => {
    expect(rows(extract('Pavel Grunn said that night, "the bridge will open in June."'))).toEqual([
      row(['the bridge will open in June.'], 'Pavel Grunn', 'said', LEAD, 'direct'),
    ]);
  });
  test('"that" with no quotation yields no quote from this rule', () => {
    expect(rows(extract('They built that bridge in June.'))).toEqual([]);
  });
});
