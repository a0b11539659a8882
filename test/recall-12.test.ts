/**
 * Reported-speech recall, round 12 (issue 11): invented sentences with the
 * exact parts, speaker, cue and rule expected, and negatives that must yield
 * nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // an active "asked for": what was requested, the cue with its "for" (requests are reported speech, as PolNeAR annotates them)
  ['asked for NP', 'The dock union asked for a new contract.', [
    row(['a new contract'], 'The dock union', 'asked for', 'reported/asked-for'),
  ]],
  ['has asked for NP as well', 'Other papers have asked for copies as well.', [
    row(['copies'], 'Other papers', 'have asked for', 'reported/asked-for'),
  ]],
  // an infinitive of the request's own stays; a time after it is cut
  ['asked for $N to VERB ... in MONTH', 'Mayor Reyes originally asked for $2 million to repair the pier in March.', [
    row(['$2 million to repair the pier'], 'Mayor Reyes', 'originally asked for', 'reported/asked-for'),
  ]],
  ['asked for NP to VERB ... the hall', 'The clerk asked for helpers to carry the chairs to the hall.', [
    row(['helpers to carry the chairs to the hall'], 'The clerk', 'asked for', 'reported/asked-for'),
  ]],
  // the one asked between the verb and "for": the cue is "asked" alone
  ['asked LISTENER for NP', 'The lawyer asked the judge for a short delay.', [
    row(['a short delay'], 'The lawyer', 'asked', 'reported/asked-for'),
  ]],
  // a clause of its own after "and" is no part of the request
  ['asked for NP and X VERBED', 'At one point, a voter asked for a photo and Mr. Hale agreed.', [
    row(['a photo'], 'a voter', 'asked for', 'reported/asked-for'),
  ]],
  ['asked for NP and NP', 'Ms. Ortiz asked for patience and calm.', [
    row(['patience and calm'], 'Ms. Ortiz', 'asked for', 'reported/asked-for'),
  ]],
  // the passive stays reported/asked's
  ['was asked for NP', 'Ms. Ortiz was asked for her view.', [
    row(['her view'], null, 'was asked for', 'reported/asked'),
  ]],
  // a headline's verb of judging with an object (the tagger reads "slams" as a noun): the object with its "over"/"for"/"on" phrase
  ['headline NAME slams NP over NP', 'Mayor Reyes slams port board over delays.\n\nThe board meets in June.', [
    row(['port board over delays'], 'Mayor Reyes', 'slams', 'reported/headline-verb'),
  ]],
  ['headline on a line of its own, one line break', 'Mayor Reyes slams port board over delays.\nThe board meets in June.', [
    row(['port board over delays'], 'Mayor Reyes', 'slams', 'reported/headline-verb'),
  ]],
  // a plural subject's base form; another preposition ends the object
  ['title-case headline, base form, In ends the object', 'Dock Workers Blast Harbor Chief In Strike Talks.\n\nThe board meets in June.', [
    row(['Harbor Chief'], 'Dock Workers', 'Blast', 'reported/headline-verb'),
  ]],
  // a comma ends the object
  ['headline praises NP, VERB ...', 'Senator Ann Alvarez praises budget, warns of cuts.\n\nThe board meets in June.', [
    row(['budget'], 'Senator Ann Alvarez', 'praises', 'reported/headline-verb'),
  ]],
  ['headline vows NP', 'Council Vows Vote On Pier Plan Before June.\n\nThe board meets in June.', [
    row(['Vote On Pier Plan'], 'Council', 'Vows', 'reported/headline-verb'),
  ]],
  // "continue to" with a verb of saying and its object: the cue takes "continued to" and the inner verb
  ['continued to VERB NP', "Reyes continued to question the board's figures.", [
    row(["the board's figures"], 'Reyes', 'continued to question', 'reported/continued-verb'),
  ]],
  // (the object before a comma and a participle is reported/cue-object's, which takes the same cue)
  ['continued to VERB NP, saying ...', 'Ms. Lind continued to criticize the port plan, saying it costs too much.', [
    row(['the port plan'], 'Ms. Lind', 'continued to criticize', 'reported/cue-object'),
    row(['it costs too much'], 'Ms. Lind', 'saying', 'reported/cue-clause'),
  ]],
  ['will continue to ADV VERB NP on NP', 'The aide will continue to informally advise the mayor on the budget.', [
    row(['the mayor on the budget'], 'The aide', 'will continue to informally advise', 'reported/continued-verb'),
  ]],
];

const none: [string, string][] = [
  // "continue to" with no verb of saying, a verb that keeps rather than says, a negated one
  ['continued to rise', 'Harbor fees continued to rise.'],
  ['continues to maintain a lead', 'Reyes continues to maintain a large lead in the polls.'],
  ['did not continue to question', "Reyes did not continue to question the board's figures."],
  // a reflexive object judges nobody else
  ['headline praises himself', 'Mayor Reyes praises himself.\n\nThe board meets in June.'],
  // a question word is no subject; a noun "Praise" is no verb
  ['headline question', 'Who slams the port board?\n\nThe board meets in June.'],
  ['headline noun praise', 'Harbor Praise Pours In For Mayor.\n\nThe board meets in June.'],
  // the first line of wrapped prose whose sentence runs on is no headline
  ['wrapped first line', 'Mayor Reyes slams the port board for\nthe delays of the last year, he said in June.'],
  // a length of time after "for"
  ['asked for years', 'Mr. Hale asked for years about the pier.'],
  // nothing after "for"
  ['what X asked for', 'The changes his aides have asked for never came.'],
  // an infinitive or a gerund of "ask": no request made
  ['to ask for', 'Mr. Hale refused to ask for help.'],
  ['a letter asking for', 'Mr. Hale sent a letter asking for an inquiry.'],
  // a negated request
  ['did not ask for', 'Mr. Hale did not ask for a recount.'],
];

describe('reported-speech recall, round 12', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
