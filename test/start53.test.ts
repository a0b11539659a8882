/**
 * A noun of report before the "that" of a speech cue's clause belongs to the
 * content, with its noun phrase (`reported/report-noun-object.ts`): "cited
 * reports that the bridge was unsafe" reports "reports that the bridge was
 * unsafe", not only the clause. Exact parts, speaker mention, cue and rule;
 * plus the shapes that keep the clause alone (a preposition that sets the
 * scene, a noun of thought, a plural that is its subject's verb, a listener
 * before the phrase) and sentences with no cue that give nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['a plural noun of report right after the cue', 'The mayor cited reports that the bridge was unsafe.', [
    row(['reports that the bridge was unsafe'], 'The mayor', 'cited', 'reported/cue-that'),
  ]],
  ['a modifier before the noun', 'The mayor cited new reports that the bridge was unsafe.', [
    row(['new reports that the bridge was unsafe'], 'The mayor', 'cited', 'reported/cue-that'),
  ]],
  ['an owner before the noun, after a preposition and its noun', "Reporters asked questions about Mr. Lane's assertion that the levy was legal.", [
    row(["Mr. Lane's assertion that the levy was legal"], 'Reporters', 'asked', 'reported/cue-that'),
  ]],
  ['a determiner and an owner after a preposition', "Reporters asked about the mayor's claim that the levy was legal.", [
    row(["the mayor's claim that the levy was legal"], 'Reporters', 'asked', 'reported/cue-that'),
  ]],
  ['a comma between the noun and "that"', "Ms. Reyes did not rebut Mr. Lane's point, that the levy was too high.", [
    row(["Mr. Lane's point, that the levy was too high"], 'Ms. Reyes', 'did not rebut', 'reported/cue-that'),
  ]],
  ['"of" between two nouns and a dash before "that"', "The council largely echoed Mr. Lane's line of criticism — that the levy hurts renters.", [
    row(["Mr. Lane's line of criticism — that the levy hurts renters"], 'The council', 'largely echoed', 'reported/cue-that'),
  ]],
  ['"upon the fact that"', 'Tom Reyes remarked upon the fact that the levy was still unpaid.', [
    row(['the fact that the levy was still unpaid'], 'Tom Reyes', 'remarked', 'reported/cue-that'),
  ]],
  ['a time word and a preposition between the cue and the noun', 'Ada Brook would not comment Friday on reports that the ferry had been sold.', [
    row(['reports that the ferry had been sold'], 'Ada Brook', 'would not comment', 'reported/cue-that'),
  ]],
  ['a passive cue with no speaker', 'The mayor was asked about concerns that the bridge was unsafe.', [
    row(['concerns that the bridge was unsafe'], null, 'was asked', 'reported/cue-that-no-speaker'),
  ]],
  // the clause alone
  ['a medium after a preposition that sets the scene', 'Ada Brook said in a statement that the ferry had been sold.', [
    row(['the ferry had been sold'], 'Ada Brook', 'said', 'reported/cue-that'),
  ]],
  ['"at one point" sets the scene', 'Tom Reyes claimed at one point that the levy was legal.', [
    row(['the levy was legal'], 'Tom Reyes', 'claimed', 'reported/cue-that'),
  ]],
  ['"of" names what the clause is about', 'Ada Brook said of the allegations that they were false.', [
    row(['they were false'], 'Ada Brook', 'said', 'reported/cue-that'),
  ]],
  ['a noun of thought after a speech cue', 'Tom Reyes denied the notion that the levy was illegal.', [
    row(['the levy was illegal'], 'Tom Reyes', 'denied', 'reported/cue-that'),
  ]],
  ['a plural after a noun is that subject\'s verb', 'Ada Brook said the agency reports that the ferry had been sold.', [
    row(['the ferry had been sold'], 'Ada Brook', 'said', 'reported/cue-that'),
  ]],
  ['a listener before the phrase', 'Tom Reyes told the council the fact that the levy was unpaid.', [
    row(['the levy was unpaid'], 'Tom Reyes', 'told', 'reported/cue-that'),
  ]],
  // nothing
  ['a noun of report as a subject, with no cue', 'The reports that the bridge was unsafe were wrong.', []],
  ['the fact as a subject, with no cue', 'The fact that the ferry was late upset the riders.', []],
];

describe('a noun of report before a speech cue\'s "that" opens the content', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
