/**
 * Reported-speech shapes (lead60): the "not" before a partitive whole stays
 * in the speaker ("Not all of the residents said ..."); "holding that" of a
 * ruling reports it ("a ruling holding that the fee was lawful"), while one
 * singular noun after "that" is what is held ("A man holding that sign said
 * ..."); a bare "asked about" after a noun, with a verb of speech right after
 * its topic, is a reduced relative in that verb's subject ("Voters asked
 * about the vote said it was close"); quoted words with a lower-case verb
 * after a document noun are said, not the document's title; a cue in an
 * object relative on a noun of words used ("The term Lee used to describe
 * the plan was harsh") reports nothing; a bare quantifier after a dash opens
 * its clause ("... \u2014 some say it proves ..."). Invented sentences; exact parts, speaker, cue, rule and kind; plus
 * texts that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['"not" before a partitive whole stays in the speaker', 'Not all of the residents said they were told.', [
    row(['they were told'], 'Not all of the residents', 'said', 'reported/cue-clause'),
  ]],
  ['"Not one of" keeps its "not"', 'Not one of the tenants said the rent was fair.', [
    row(['the rent was fair'], 'Not one of the tenants', 'said', 'reported/cue-clause'),
  ]],
  ['a partitive whole without "not" is unchanged', 'All of the residents said they were told.', [
    row(['they were told'], 'All of the residents', 'said', 'reported/cue-clause'),
  ]],
  ['"holding that" after a ruling reports it', 'The court issued a ruling holding that the fee was lawful.', [
    row(['the fee was lawful'], 'The court', 'holding', 'reported/cue-that'),
  ]],
  ['"holding that" after an opinion, with a negated clause', 'The judge wrote an opinion holding that the statute did not apply.', [
    row(['the statute did not apply'], 'The judge', 'holding', 'reported/cue-that'),
  ]],
  ['a fronted "Holding that" clause', 'Holding that the fee was lawful, the court dismissed the suit.', [
    row(['the fee was lawful'], 'the court', 'Holding', 'reported/cue-that'),
  ]],
  ['one singular noun after "held that" is what is held', 'A man who held that sign said he was tired.', [
    row(['he was tired'], 'A man', 'said', 'reported/cue-clause'),
  ]],
  ['a reduced relative "asked about" inside the subject of "said"', 'Voters asked about the vote said it was close.', [
    row(['it was close'], 'Voters asked about the vote', 'said', 'reported/cue-clause'),
  ]],
  ['a longer topic of the reduced relative', 'Shoppers asked about the new harbor fee said they would pay it.', [
    row(['they would pay it'], 'Shoppers asked about the new harbor fee', 'said', 'reported/cue-clause'),
  ]],
  ['"asked about" as the main verb keeps its topic', 'Voters asked about the vote.', [
    row(['the vote'], 'Voters', 'asked about', 'reported/cue-topic'),
  ]],
  ['"asked about" before a comma and a new clause keeps its topic', 'Voters asked about the vote, and Lee said it was close.', [
    row(['the vote'], 'Voters', 'asked about', 'reported/cue-topic'),
    row(['it was close'], 'Lee', 'said', 'reported/cue-clause'),
  ]],
  ['a clause in quotation marks after a document noun is said, no title', 'Emissions must fall, said the authors of the study "We must act now."', [
    row(['Emissions must fall', 'We must act now.'], 'the authors of the study', 'said', 'reported/content-cue-speaker', 'mixed'),
  ]],
  ['a quoted title after a document noun still names the speaker', 'Rents will rise, said the authors of the report "Harbor Homes at Risk."', [
    row(['Rents will rise'], 'the authors of the report "Harbor Homes at Risk."', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a word noun as the object of the cue keeps the report', 'Lee used a harsh term to describe the plan.', [
    row(['the plan'], 'Lee', 'to describe', 'reported/cue-object'),
  ]],
  ['a bare quantifier after a dash opens its clause', 'The photo surfaced on Monday \u2014 some say it proves the vote was rigged.', [
    row(['it proves the vote was rigged'], 'some', 'say', 'reported/cue-clause'),
  ]],
  ['a bare quantifier after a dash in a headline', 'Harbor Photo Surfaces \u2014 Some Say It Proves The Vote Was Rigged.\n\nThe photo was taken in Dunmore.', [
    row(['It Proves The Vote Was Rigged'], 'Some', 'Say', 'reported/cue-clause'),
  ]],
  ['a bare quantifier after an en dash', 'The pier closed in May \u2013 many say it was never safe.', [
    row(['it was never safe'], 'many', 'say', 'reported/cue-clause'),
  ]],
];

const negatives: [string, string][] = [
  ['an object relative on "term" tells which words', 'The term Lee used to describe the plan was harsh.'],
  ['an object relative on "word" with a pronoun subject', 'The word she used to describe the plan was harsh.'],
  ['an object relative on "phrase" with a titled name', 'The phrase Gov. Ann Lee chose to describe the plan was harsh.'],
  ['"holding that" with a singular noun held', 'A woman holding that banner was arrested.'],
  ['"holding that" with a noun of a held office', 'The party is holding that seat for now.'],
  ['"holding" without "that"', 'The council is holding a vote on the pier tonight.'],
];

describe('lead60: reported-speech shapes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(negatives)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
