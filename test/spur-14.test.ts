/**
 * Spurious attributions (issue 11, precision), branch spur14: an introductory
 * adjunct before a subject and its verb is no content of that verb
 * ("In court filings, X asked for ..."), while a clause before "X said", or
 * a clause resumed after it, still is. And a quotation attributed through a
 * verb outside the lexicon (`"...," an angry X retaliated.`) does not join
 * the quote before it.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const CSC = 'reported/content-speaker-cue';

/** Each input with every quotation it must yield (none for the adjuncts alone). */
const cases: [string, string, Row[]][] = [
  ['a prepositional adjunct with a participle in it', 'Despite the outrage from farmers and lawmakers, including many in his own party, Mayor Tom Reyes has yet to apologize to the growers.', []],
  ['a subordinate clause after a conjunction and an adverb', 'But even after the harvest failed, the borrowing continued.', []],
  ['a subordinate clause after a conjunction', 'But as he reached his thirties, Tom Reyes began drinking heavily.', []],
  ['a prepositional adjunct, the cue taking its own object', "In court filings, Ada Moss's lawyer asked for a sentence of two years, calling the theft a lapse.", [
    row(['a sentence of two years'], "Ada Moss's lawyer", 'asked for', 'reported/asked-for'),
  ]],
  ['a participle phrase, a participle after the cue', "Weighing in on the quarrel, Senator Nina Varga agreed, praising the governor's patience.", [
    row(["the governor's patience"], 'Senator Nina Varga', 'praising', 'reported/cue-object'),
  ]],
  // positives that must stay
  ['a plain clause', 'The ferry will stop running in May, Tom Reyes said.', [row(['The ferry will stop running in May'], 'Tom Reyes', 'said', CSC)]],
  ['an adjunct before a clause', 'In 2019, the ferry will stop running, Tom Reyes said.', [row(['In 2019, the ferry will stop running'], 'Tom Reyes', 'said', CSC)]],
  ['a subject opened by a preposition', 'Around 40 people would come to each meeting, she said.', [row(['Around 40 people would come to each meeting'], 'she', 'said', CSC)]],
  ['a gerund subject whose verb follows the attribution', 'Putting the festival together, Ada Moss said, taught her patience.', [
    row(['Putting the festival together', 'taught her patience'], 'Ada Moss', 'said', CSC),
  ]],
  ['an adverb resumed by a subject after "at least"', "Now, he says, at least nine of the town's council members have signed on.", [
    row(['Now', "at least nine of the town's council members have signed on"], 'he', 'says', 'reported/parenthetical-cue'),
  ]],
  ['an adjunct resumed by a clause', 'Up at the lake house, Mr. Pell said, he chose the new name.', [
    row(['Up at the lake house', 'he chose the new name'], 'Mr. Pell', 'said', 'reported/parenthetical-cue'),
  ]],
];

describe('spur14: an introductory adjunct is no content', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

/** A second quotation with a subject and a verb of its own after it. */
const second: [string, string, Row[]][] = [
  ['a verb outside the lexicon after a named subject', '"The port will reopen," Tom Reyes said. "The port will stay shut," an angry Ada Moss retaliated.', [
    row(['The port will reopen,'], 'Tom Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['The port will stay shut,'], 'an angry Ada Moss', null, 'direct/fallback-after', 'direct'),
  ]],
  // positives that must stay
  ['a cue of the lexicon', '"The levy is fair," Mayor Ada Moss said. "It will pass by June," she added.', [
    row(['The levy is fair,'], 'Mayor Ada Moss', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['It will pass by June,'], 'she', 'added', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a clause of the narrator opened by a conjunction', '"The levy is fair," Mayor Ada Moss said. "It will pass by June," and the crowd cheered.', [
    row(['The levy is fair,', 'It will pass by June,'], 'Mayor Ada Moss', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('spur14: a quotation with an attribution of its own joins no quote', () => {
  test.each(second)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
