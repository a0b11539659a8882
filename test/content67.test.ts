/**
 * content67: the clause of a noun of saying that opens its sentence's subject
 * ends before the sentence's own verb when that verb is an irregular past form
 * ("Tom Vale's promise that he would travel to Kelton | drew a crowd"), and a
 * "to" inside the clause (an infinitive or a "to" phrase) no longer hides a
 * past form after a noun and before an object ("claim that she had asked the
 * board to fund the ferry | surprised her rivals"). A relative or a conjoined
 * clause inside the that-clause still keeps the verb after it in the clause.
 * Exact parts, speaker, cue, rule and kind; invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['an irregular past after a "to" phrase', "Tom Vale's promise that he would travel to Kelton every week drew a crowd.", [
    row(['he would travel to Kelton every week'], "Tom Vale's", 'promise', 'reported/noun-cue'),
  ]],
  ['an irregular past after an infinitive', "Tom Vale's warning that the port needed new cranes to handle the larger ships won praise from the dock workers.", [
    row(['the port needed new cranes to handle the larger ships'], "Tom Vale's", 'warning', 'reported/noun-cue'),
  ]],
  ['a regular past after an infinitive', "Ada Brill's claim that she had asked the board to fund the ferry surprised her rivals.", [
    row(['she had asked the board to fund the ferry'], "Ada Brill's", 'claim', 'reported/noun-cue'),
  ]],
  ['an irregular past with no "to" (as before)', "Mayor Ada Brill's claim that the ferry kept losing money drew jeers from the council.", [
    row(['the ferry kept losing money'], "Mayor Ada Brill's", 'claim', 'reported/noun-cue'),
  ]],
  // unchanged: a conjoined or a relative clause keeps a past form after it inside the that-clause
  ['"and" before the past form keeps it in the clause', "Ada Brill's claim that voters wanted change and drew the wrong lessons from the vote was mocked.", [
    row(['voters wanted change and drew the wrong lessons from the vote was mocked'], "Ada Brill's", 'claim', 'reported/noun-cue'),
  ]],
  ['a relative clause before the past form keeps it in the clause', "Tom Vale's claim that the ferry captain who met the mayor drew a salary was false.", [
    row(['the ferry captain who met the mayor drew a salary was false'], "Tom Vale's", 'claim', 'reported/noun-cue'),
  ]],
  ['a past form with no object after it stays in the clause', "Residents heard Tom Vale's claim that the council wanted to sell the harbor land Ada Brill owned.", [
    row(['the council wanted to sell the harbor land Ada Brill owned'], "Tom Vale's", 'claim', 'reported/noun-cue'),
  ]],
];

describe('the sentence\'s own verb after the clause of a noun of saying', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });

  test.each([
    ['an irregular past with no noun of saying', 'The ferry to Kelton drew a crowd to the harbor on Sunday.'],
    ['a noun that is no cue', "Tom Vale's plan to travel to Kelton every week drew a crowd."],
  ])('%s: nothing', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
