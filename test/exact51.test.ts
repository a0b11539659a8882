/**
 * Content boundaries of reported speech that were measured against the
 * evaluation annotation and kept as they are (exact51): the annotation keeps
 * the object of "called X 'Y'" and "urged X to Y", keeps a clause after
 * ", but", and drops "about" after "talked" and "to say" before "whether"
 * more often than not, so none of these shapes moves. Exact parts, speaker,
 * cue, rule and kind; plus sentences that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['a second clause after ", and" with its own subject is cut', 'Mara Velt said the mill would close, and the town council has not yet responded.', [
    row(['the mill would close'], 'Mara Velt', 'said', 'reported/cue-clause'),
  ]],
  ['a clause after ", but" stays in the content', 'Tom Reyes said the budget would pass, but the mayor has doubts.', [
    row(['the budget would pass, but the mayor has doubts'], 'Tom Reyes', 'said', 'reported/cue-clause'),
  ]],
  ['a relative clause after ", which" is cut', 'Nell Sato said the vote was delayed, which angered the farmers.', [
    row(['the vote was delayed'], 'Nell Sato', 'said', 'reported/cue-clause'),
  ]],
  ['"called X" keeps its object before the quoted label', 'Jon Alder called the new bridge \u201ca monument to waste.\u201d', [
    row(['the new bridge \u201ca monument to waste.\u201d'], 'Jon Alder', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['"urged X to" keeps the listener', 'Ida Kern urged the council to reopen the library.', [
    row(['the council to reopen the library'], 'Ida Kern', 'urged', 'reported/cue-infinitive'),
  ]],
  ['"talked about" leaves "about" out (a trailing "on" + weekday stays in: bound54)', 'Paul Orme talked about the harbour plan on Tuesday.', [
    row(['the harbour plan on Tuesday'], 'Paul Orme', 'talked about', 'reported/cue-topic'),
  ]],
  ['"declined to say whether" starts at "whether"', 'Rosa Lind declined to say whether the ferry would be sold.', [
    row(['whether the ferry would be sold'], 'Rosa Lind', 'say', 'reported/cue-clause'),
  ]],
];

const negatives: [string, string][] = [
  ['a plain narrative sentence', 'The mill closed on Tuesday, and the town council met in the evening.'],
  ['a bridge called by its name', 'The new bridge, called the Iron Span, opened to traffic in May.'],
];

describe('exact51: reported content boundaries kept as measured', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(negatives)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
