/**
 * Reported-speech recall, round 7 (issue 11): a noun of promising owned by its
 * speaker with an infinitive ("her pledge to cut fees", "made other public
 * promises to ..."), and the topic of comments made by the subject ("made
 * favorable comments about the plan"). Invented sentences with the exact parts, speaker, cue and
 * rule expected, and the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // an owned noun of promising with its infinitive, ended by the sentence's own verb
  ['possessive + promises (read as a verb) + main verb', "Mayor Ada Quill's promises to widen the ferry dock and rebuild the pier have won her votes.", [
    row(['to widen the ferry dock and rebuild the pier'], "Mayor Ada Quill's", 'promises', 'reported/noun-infinitive'),
  ]],
  ['pronoun owner + adjective', 'Voters remember her solemn vow to close the toll bridge.', [
    row(['to close the toll bridge'], 'her', 'vow', 'reported/noun-infinitive'),
  ]],
  ['with his pledge to, up to the main verb', 'The ferry captain won the race with his pledge to cut fares by half.', [
    row(['to cut fares by half'], 'his', 'pledge', 'reported/noun-infinitive'),
  ]],
  ['ends at a comma', "Reed's threat to sue the harbor board, made in March, was withdrawn.", [
    row(['to sue the harbor board'], "Reed's", 'threat', 'reported/noun-infinitive'),
  ]],
  ['a list of infinitives runs over its commas', 'Her promise to repair the pier, widen the dock and lower fares drew cheers.', [
    row(['to repair the pier, widen the dock and lower fares'], 'Her', 'promise', 'reported/noun-infinitive'),
  ]],
  ['to be with quoted words', 'Many doubted Ms. Lund\'s pledge to be "fair to every town" in the talks.', [
    row(['to be "fair to every town" in the talks'], "Ms. Lund's", 'pledge', 'reported/noun-infinitive', 'mixed'),
  ]],
  ['a spaced hyphen ends it', "Reed's vow to close the toll bridge - and the cost of it - worried the board.", [
    row(['to close the toll bridge'], "Reed's", 'vow', 'reported/noun-infinitive'),
  ]],
  // the subject of a verb of giving whose object is the promise
  ['made several public promises to', 'Reed has often made several public promises to give the harbor fees to charity.', [
    row(['to give the harbor fees to charity'], 'Reed', 'promises', 'reported/noun-infinitive'),
  ]],
  ['a verb joined to an earlier one shares its subject', 'Reed toured the docks and made solemn promises to rebuild the pier.', [
    row(['to rebuild the pier'], 'Reed', 'promises', 'reported/noun-infinitive'),
  ]],
  // the topic of comments or remarks made by the subject
  ['has made ADJ comments about', 'Ms. Lund has made favorable comments about the ferry plan in the past.', [
    row(['the ferry plan in the past'], 'Ms. Lund', 'has made favorable comments about', 'reported/noun-topic'),
  ]],
  ['made no comment on + day', 'Reed made no comment on the dredging vote Friday.', [
    row(['the dredging vote'], 'Reed', 'made no comment on', 'reported/noun-topic'),
  ]],
  ['and made remarks about (shared subject)', 'The skipper toured the docks and made remarks about the new toll.', [
    row(['the new toll'], 'The skipper', 'made remarks about', 'reported/noun-topic'),
  ]],
];

describe('recall round 7 shapes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

/** Sentences that must yield nothing. */
const negatives: [string, string][] = [
  // no owner and no giver: nobody's promise
  ['a promise with no owner', 'A promise to fix the pier was in the budget.'],
  ['pledges from countries', 'The deal binds together pledges from small towns to limit ferry fumes.'],
  ['a verb other than giving', 'The board saw a promise to fix the pier in the budget.'],
  // "to" before no verb: a threat to a thing, a promise to a person
  ['a threat to a thing', 'His threat to the harbor was real.'],
  ['a promise to a person', 'Her promise to the crew was kept.'],
  // a word of time owns no promise
  ["a time owner", "Monday's pledge to rebuild the pier was the board's."],
  // a comment only owned, or made on a day, or a noun after a verb other than giving
  ['owned comments only', "Reyes's comments about the toll angered the board."],
  ['made remarks on a day', 'Reed made remarks on Tuesday.'],
  ['read comments about', 'The clerk read comments about the toll.'],
];

describe('recall round 7 shapes: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
