/**
 * Reported-speech shapes (lead60): the "not" before a partitive whole stays
 * in the speaker ("Not all of the residents said ..."); "holding that" of a
 * ruling reports it ("a ruling holding that the fee was lawful"), while one
 * singular noun after "that" is what is held ("A man holding that sign said
 * ..."). Invented sentences; exact parts, speaker, cue, rule and kind; plus
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
];

const negatives: [string, string][] = [
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
