/**
 * lead58: content boundaries and missed cues. The content of an infinitive or
 * an object ends before a subordinate clause ("after", "because", "when", ...)
 * whose subject has a verb of saying of its own: "urged voters to stay home
 * after the mogul said the race was over" gives two reports. A reported clause
 * keeps such a clause ("said he was on the fence until Lee said ..."). A
 * manner adjunct of "under" ("under his breath", "under oath") between a cue
 * and its clause stays out of the content. A pseudo-cleft ("What the mayor
 * said was that ...", "All she said is that ...") reports its clause. "Back"
 * after the "to" of an infinitive cue, which the tagger reads as an adverb,
 * is its verb when an object or a particle follows ("pledged to back the
 * nominee", "not to back down"). An object keeps both halves of a "not only
 * ... but (also)" pair and leaves out a day right after its cue ("promised
 * Sunday lower fares"). Exact
 * parts, speaker, cue, rule and kind; invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // an infinitive's content ends before a subordinate clause with a report of its own
  ['"after" and a report after a listener\'s infinitive', 'Senator Ada Brill called on voters to stay home after the billionaire ferry mogul said the race was over.', [
    row(['voters to stay home'], 'Senator Ada Brill', 'called on', 'reported/cue-infinitive'),
    row(['the race was over'], 'the billionaire ferry mogul', 'said', 'reported/cue-clause'),
  ]],
  ['"because" and a report after an infinitive', 'Tom Vale promised to keep the ferry running because the harbor board announced the pier would close.', [
    row(['to keep the ferry running'], 'Tom Vale', 'promised', 'reported/cue-infinitive'),
    row(['the pier would close'], 'the harbor board', 'announced', 'reported/cue-clause'),
  ]],
  ['"when" and a report after an object', 'Ada Brill praised the old harbor board when the mayor of Kelton said the pier would close.', [
    row(['the old harbor board'], 'Ada Brill', 'praised', 'reported/cue-object'),
    row(['the pier would close'], 'the mayor of Kelton', 'said', 'reported/cue-clause'),
  ]],
  // a manner adjunct of "under" between the cue and its clause stays out of the content
  ['"under his breath" before the clause', 'Mayor Tom Vale said under his breath the ferry deal was dead.', [
    row(['the ferry deal was dead'], 'Mayor Tom Vale', 'said', 'reported/cue-clause'),
  ]],
  ['"under oath" after a listener', 'Ada Brill told the Kelton court under oath she had never seen the harbor contract.', [
    row(['she had never seen the harbor contract'], 'Ada Brill', 'told', 'reported/cue-clause'),
  ]],
  // a pseudo-cleft reports its clause
  ['"What ... said was that"', 'What the Kelton mayor said was that the ferry pier would close in June.', [
    row(['the ferry pier would close in June'], 'the Kelton mayor', 'said', 'reported/pseudo-cleft'),
  ]],
  ['"All ... said was that"', 'All Ada Brill said was that the harbor board had lost the vote.', [
    row(['the harbor board had lost the vote'], 'Ada Brill', 'said', 'reported/pseudo-cleft'),
  ]],
  ['"But what ... wrote is" and a bare clause', 'But what Tom Vale wrote is the toll would double by spring.', [
    row(['the toll would double by spring'], 'Tom Vale', 'wrote', 'reported/pseudo-cleft'),
  ]],
  ['no clause after the copula: the relative cue as before', 'What Tom Vale said was a lie.', [
    row(['What', 'was a lie'], 'Tom Vale', 'said', 'reported/relative-cue'),
  ]],
  ['a free relative inside a reported clause is no pseudo-cleft', 'The board noted what Tom Vale said was that the pier would close.', [
    row(['what Tom Vale said was that the pier would close'], 'The board', 'noted', 'reported/cue-clause'),
  ]],
  // "back" read as an adverb after "to" is the infinitive's verb
  ['"to back" and a name', 'Mayor Tom Vale pledged to back the harbor party nominee.', [
    row(['to back the harbor party nominee'], 'Mayor Tom Vale', 'pledged', 'reported/cue-infinitive'),
  ]],
  ['a listener, "not to back down"', 'Ferry workers urged Ada Brill not to back down until the board pays.', [
    row(['Ada Brill not to back down until the board pays'], 'Ferry workers', 'urged', 'reported/cue-infinitive'),
  ]],
  ['a weekday before "to back"', 'The Kelton governor urged Sunday to back the harbor plan.', [
    row(['to back the harbor plan'], 'The Kelton governor', 'urged', 'reported/cue-infinitive'),
  ]],
  // a "not only ... but" pair stays in an object, a day after the cue stays out of it
  ['"not only ... but" in an object', 'Mayor Tom Vale promised not only lower ferry fares but faster boats.', [
    row(['not only lower ferry fares but faster boats'], 'Mayor Tom Vale', 'promised', 'reported/cue-object'),
  ]],
  ['"not only ... but also" after a noun', 'Ada Brill criticized not only the harbor board but also the Kelton council for the delays.', [
    row(['not only the harbor board but also the Kelton council for the delays'], 'Ada Brill', 'criticized', 'reported/cue-object'),
  ]],
  ['a weekday before "not only"', 'Mayor Tom Vale promised Sunday not only lower ferry fares but faster boats.', [
    row(['not only lower ferry fares but faster boats'], 'Mayor Tom Vale', 'promised', 'reported/cue-object'),
  ]],
  ['a weekday and "night" before an object', 'Ada Brill praised Monday night the old harbor board.', [
    row(['the old harbor board'], 'Ada Brill', 'praised', 'reported/cue-object'),
  ]],
  ['a plain "but" still ends an object', 'Mayor Tom Vale promised lower ferry fares but faster boats.', [
    row(['lower ferry fares'], 'Mayor Tom Vale', 'promised', 'reported/cue-object'),
  ]],
  ['a day\'s possessive stays in the object', "Ada Brill praised Sunday's harbor vote.", [
    row(["Sunday's harbor vote"], 'Ada Brill', 'praised', 'reported/cue-object'),
  ]],
  // unchanged shapes
  ['a phrase of "under" that is the clause\'s own stays in it', 'Mayor Tom Vale said under the new harbor plan ferry fares would rise.', [
    row(['under the new harbor plan ferry fares would rise'], 'Mayor Tom Vale', 'said', 'reported/cue-clause'),
  ]],
  ['a reported clause keeps its subordinate report', 'Tom Vale said he was on the fence until Ada Brill said she would run.', [
    row(['he was on the fence until Ada Brill said she would run'], 'Tom Vale', 'said', 'reported/cue-clause'),
  ]],
  ['a subordinate clause with no report stays in the infinitive', 'Senator Ada Brill urged voters to stay home after the polls closed in Kelton.', [
    row(['voters to stay home after the polls closed in Kelton'], 'Senator Ada Brill', 'urged', 'reported/cue-infinitive'),
  ]],
  ['a cue with an infinitive of its own stays in the infinitive', 'Tom Vale vowed not to answer the board until it agrees to cut the fares.', [
    row(['not to answer the board until it agrees to cut the fares'], 'Tom Vale', 'vowed', 'reported/cue-infinitive'),
  ]],
];

describe('lead58 content boundaries', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
