/**
 * Defects noticed by the lanes of stop 59 (lead62): an irregular past of
 * saying after a determiner that opens its clause is the verb a participle
 * continues, so "Taxes must fall, the mayor said, adding that ..." gives
 * "adding" the mayor, not the content's first noun; "or" between two past
 * participles inside an infinitive's content joins them ("urged the board to
 * have the law repealed, or amended, by May") rather than opening the
 * subject's own verb. Invented sentences; exact parts, speaker, cue, rule and
 * kind.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['"the mayor said, adding": the participle takes the mayor', 'Taxes must fall, the mayor said, adding that the costs were rising.', [
    row(['Taxes must fall'], 'the mayor', 'said', 'reported/content-speaker-cue'),
    row(['the costs were rising'], 'the mayor', 'adding', 'reported/cue-that'),
  ]],
  ['"a mayor said, adding": an indefinite article too', 'Taxes must fall, a mayor said, adding that the costs were rising.', [
    row(['Taxes must fall'], 'a mayor', 'said', 'reported/content-speaker-cue'),
    row(['the costs were rising'], 'a mayor', 'adding', 'reported/cue-that'),
  ]],
  ['"the authors wrote, noting": another irregular past', 'Emissions must fall, the authors wrote, noting that the costs were rising.', [
    row(['Emissions must fall'], 'the authors', 'wrote', 'reported/content-speaker-cue'),
    row(['the costs were rising'], 'the authors', 'noting', 'reported/cue-that'),
  ]],
  ['"the mayor told reporters, adding": a listener between the verb and the comma', 'The council must act, the mayor told reporters, adding that the costs were rising.', [
    row(['The council must act'], 'the mayor', 'told', 'reported/content-speaker-cue'),
    row(['the costs were rising'], 'the mayor', 'adding', 'reported/cue-that'),
  ]],
  ['a name before "said, adding" is unchanged', 'Taxes must fall, Lee said, adding that the costs were rising.', [
    row(['Taxes must fall'], 'Lee', 'said', 'reported/content-speaker-cue'),
    row(['the costs were rising'], 'Lee', 'adding', 'reported/cue-that'),
  ]],
  ['a verb inside an object\'s relative clause still leaves the participle to the sentence\'s subject', 'The board praised the changes the mayor told us about, adding that costs were rising.', [
    row(['the changes the mayor told us about'], 'The board', 'praised', 'reported/cue-object'),
    row(['costs were rising'], 'The board', 'adding', 'reported/cue-that'),
  ]],
  ['"repealed, or amended": "or" joins two participles inside the content', 'Ann Lee urged the board to have the law repealed, or amended, by May.', [
    row(['the board to have the law repealed, or amended, by May'], 'Ann Lee', 'urged', 'reported/cue-infinitive'),
  ]],
  ['"changed, or scrapped": another pair of participles', 'The union called on the council to get the rule changed, or scrapped, before the vote.', [
    row(['the council to get the rule changed, or scrapped, before the vote'], 'The union', 'called on', 'reported/cue-infinitive'),
  ]],
  ['"but" before the subject\'s own verb still ends the content', 'Walker had pledged to get the bill passed, but sounded wary this week.', [
    row(['to get the bill passed'], 'Walker', 'had pledged', 'reported/cue-infinitive'),
  ]],
  ['"or" after a noun before the subject\'s own verb still ends the content', 'Walker had pledged to back the nominee, or sounded as if he had.', [
    row(['to back the nominee'], 'Walker', 'had pledged', 'reported/cue-infinitive'),
  ]],
];

/** A bare pronoun after "describe" with no "as", or "as" opening a clause, reports nothing with default options. */
const negatives: [string, string][] = [
  ['"described it" alone', 'Lee described it.'],
  ['"described it as it was": "as" opens a clause', 'Lee described it as it was.'],
  ['"described him" and a time', 'Lee described him on Monday.'],
];

describe('lead62: defects noticed last stop', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(negatives)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
