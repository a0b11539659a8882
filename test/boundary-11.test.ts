/**
 * Content boundaries of reported speech, round 11 (issue 11): invented
 * sentences with the exact parts, speaker, cue and rule expected, and the
 * rows each change must leave as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // after a quotation closed by a comma, a reason, a place, a comparison, a "with" circumstance or a relative stays
  ['said X "Y," because Z', 'Ms. Farrow said she still hoped for a "late deal," because the ferry crews had no other work.', [
    row(['she still hoped for a "late deal," because the ferry crews had no other work'], 'Ms. Farrow', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['said that X "Y," where Z', 'Mr. Quell said that the vote could end in "a fight in Tarrow," where the council meets next month.', [
    row(['the vote could end in "a fight in Tarrow," where the council meets next month'], 'Mr. Quell', 'said', 'reported/cue-that', 'mixed'),
  ]],
  ['said that X "Y," who Z', 'Ms. Brisk said that the builder was "a good neighbor," who paid for the new pier.', [
    row(['the builder was "a good neighbor," who paid for the new pier'], 'Ms. Brisk', 'said', 'reported/cue-that', 'mixed'),
  ]],
  ['said that X "Y," with Z', 'Mr. Quell said that the bids were "uneven," with some far below the cost of the work.', [
    row(['the bids were "uneven," with some far below the cost of the work'], 'Mr. Quell', 'said', 'reported/cue-that', 'mixed'),
  ]],
  // a relative clause closed by a comma before the verb of an inner clause sits in that clause's subject
  ['said X found that Y, which Z, still W', 'Mr. Holt said the new audit found that the harbor funds, which include two trusts, still count as city money.', [
    row(['the new audit found that the harbor funds, which include two trusts, still count as city money'], 'Mr. Holt', 'said', 'reported/cue-clause'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // another clause or the narrator's adjunct after the closing comma still ends the content
  ['said X "Y," the crew Z', 'Ms. Farrow said the ferry was "ready to sail," the crew cheered on the dock.', [
    row(['the ferry was "ready to sail,"'], 'Ms. Farrow', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['said X "Y," in an interview', 'Mr. Quell said the budget was "a mess," in an interview with the radio station.', [
    row(['the budget was "a mess,"'], 'Mr. Quell', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  // "for instance" is a discourse adverb, not the content's adjunct
  ['said X "Y," for instance', 'Ms. Brisk said the storm would turn the bay "into a lake," for instance.', [
    row(['the storm would turn the bay "into a lake,"'], 'Ms. Brisk', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  // a "which" clause after a quoted name is the narrator's
  ['said X "Y," which Z', 'Ms. Brisk said the council should close what some call the "Tarrow gap," which lets trucks skip the scales.', [
    row(['the council should close what some call the "Tarrow gap,"'], 'Ms. Brisk', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  // a cue after the relative's closing comma is another report
  ['said X, when Y, who Z, called for "W"', 'Mr. Holt said the vote came after the speech, when Ms. Dray, who ran in 2004, called for a "clean sweep."', [
    row(['the vote came after the speech, when Ms. Dray'], 'Mr. Holt', 'said', 'reported/cue-clause'),
    row(['a "clean sweep."'], 'Ms. Dray, who ran in 2004', 'called for', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // with no quotation before the comma, a relative is still the narrator's
  ['said X, which Z', 'Ms. Brisk said the pier would close in May, which surprised the harbor board.', [
    row(['the pier would close in May'], 'Ms. Brisk', 'said', 'reported/cue-clause'),
  ]],
];

for (const [title, table] of [['content boundaries, round 11', cases], ['content boundaries, round 11, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
