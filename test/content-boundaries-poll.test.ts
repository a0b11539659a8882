/**
 * Content boundaries of reported speech (issue 11, bound15 round): once a poll
 * or records are credited with what the people they count or report said, those
 * people and their verb open the content ("just 8 percent of renters said the
 * levy was fair"), with the count before "of" and the words that hedge it.
 * Invented sentences with the exact parts, speaker, cue and rule expected, and
 * the contents that must stay.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['In a poll, just N percent said', 'In a Gazette poll released Monday, just 8 percent of renters said the levy was fair.', [
    row(['just 8 percent of renters said the levy was fair'], 'a Gazette poll released Monday', 'said', 'reported/cue-clause'),
  ]],
  ['a survey found that as many as N percent say', 'A harbor survey found that as many as 30 percent of riders say the ferry is often late.', [
    row(['as many as 30 percent of riders say the ferry is often late'], 'A harbor survey', 'say', 'reported/cue-clause'),
  ]],
  ['a poll showed a majority say', 'The county poll showed a majority of commuters say the bridge toll is too high.', [
    row(['a majority of commuters say the bridge toll is too high'], 'The county poll', 'say', 'reported/cue-clause'),
  ]],
  ['a poll found that N percent of X say', 'A county poll found that 68 percent of Democratic voters say the ferry is late.', [
    row(['68 percent of Democratic voters say the ferry is late'], 'A county poll', 'say', 'reported/cue-clause'),
  ]],
  ['records show that X asked', 'Records released by the county show that Mayor Lee asked the clerk to delay the vote.', [
    row(['Mayor Lee asked the clerk to delay the vote'], 'Records', 'asked', 'reported/cue-infinitive'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // no poll named: the counted respondents speak
  ['N percent said, no poll', 'Among riders, 61 percent said the ferry was often late.', [
    row(['the ferry was often late'], '61 percent', 'said', 'reported/cue-clause'),
  ]],
  // the poll inside the speaker's phrase is no credit
  ['N percent of X in a poll said', '52 percent of riders in a recent county poll said the ferry was late.', [
    row(['the ferry was late'], '52 percent of riders in a recent county poll', 'said', 'reported/cue-clause'),
  ]],
  // a second report in the sentence keeps its own content
  ['poll finding, then another report', 'In the county poll, 61 percent of riders said the ferry was late, and the mayor said the county would act.', [
    row(['61 percent of riders said the ferry was late'], 'the county poll', 'said', 'reported/cue-clause'),
    row(['the county would act'], 'the mayor', 'said', 'reported/cue-clause'),
  ]],
];

for (const [title, table] of [['the counted respondents open a poll finding', cases], ['contents that must not move', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
