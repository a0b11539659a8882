/**
 * perf42: the document indexes behind two name rules are kept smaller (the
 * words before a name only for names after a first-name title, the word pairs
 * only after a gerund or a reading imperative). The rules answer as before:
 * "Dean" is a title when the document gives the surname another first name
 * (before or after), a first name otherwise; a gerund opening a sentence is
 * no part of a name the document uses without it.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

type Row = [string, string | null, string | null];
const rowsOf = (text: string): Row[] => extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null]);
const speakersOf = (text: string): [string, readonly string[]][] => extract(text).speakers.map((s) => [s.name, s.titles]);

describe('perf42: "Dean" before a surname', () => {
  const CASES: [string, Row[], [string, string[]][]][] = [
    ['Dean Tollrin said the plan would work. Later, Odessa Tollrin repeated it at the meeting.', [['the plan would work', 'Odessa Tollrin', 'said']], [['Odessa Tollrin', ['Dean']]]],
    ['Professor Tollrin spoke first. Dean Tollrin said the plan would work.', [['the plan would work', 'Dean Tollrin', 'said']], [['Dean Tollrin', []]]],
    ['Dean Tollrin said the plan would work. Dean Tollrin spoke again later.', [['the plan would work', 'Dean Tollrin', 'said']], [['Dean Tollrin', []]]],
  ];
  test.each(CASES)('%s', (text, rows, speakers) => {
    expect(rowsOf(text)).toEqual(rows);
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('perf42: a gerund or an imperative before a name', () => {
  const CASES: [string, Row[]][] = [
    ['Backing Vasquelle in the race, Ann Korby took the stage. The vote was fair, Vasquelle said.', [['The vote was fair', 'Vasquelle', 'said']]],
    ["The board met. (See Vasquelle's timeline below.) The harbour will close, Vasquelle said.", [['The harbour will close', 'Vasquelle', 'said']]],
  ];
  test.each(CASES)('%s', (text, rows) => {
    expect(rowsOf(text)).toEqual(rows);
  });
  test('a sentence with a title and no verb of saying reports nothing', () => {
    expect(rowsOf('Dean Tollrin and Odessa Tollrin walked to the harbour.')).toEqual([]);
  });
});
