/**
 * Review round 13a: false positives found by a read-only review of merged
 * rules. Invented sentences with the exact parts, speaker, cue and rule
 * expected, and the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

// 1. a short scare quote that ends a "that" clause is kept only after a verb of speech or thought
const thatScare: [string, string, Row[]][] = [
  ['a copula before "that"', 'The trouble is that the ferry crew lacks "grit."', []],
  ['"so ... that"', 'The lantern was so bright that it looked "radioactive."', []],
  ['an adjective before "that"', 'The Gulls lost the match. It was clear that the umpires had a "bad night."', []],
  ['a verb that reports nothing', 'The new rule means that all rowers must wear a "safety vest."', []],
  ['a verb of learning', 'Shoppers in Dunmore learned that the harbor sale was a "scam."', []],
  ['a verb of thought keeps it', 'Ada Moss worried that the harbor fund was becoming "a piggy bank."', [
    row(['that the harbor fund was becoming', 'a piggy bank.'], 'Ada Moss', null, 'direct/fallback-subject', 'mixed'),
  ]],
];

// 2. a pronoun "that" opens no clause
const thatPronoun: [string, string, Row[]][] = [
  ['"of that," before the quotation', 'Because of that, the rowing club\'s motto became "Never give up, never surrender, never stop."', [
    row(['Never give up, never surrender, never stop.'], null, null, 'direct/unattributed', 'direct'),
  ]],
  ['"all that," before the quotation', 'After all that, the harbor crowd sang "We are the champions of the whole wide world tonight."', [
    row(['We are the champions of the whole wide world tonight.'], 'the harbor crowd', null, 'direct/fallback-subject', 'direct'),
  ]],
];

describe('review 13: a short scare quote after "that"', () => {
  test.each(thatScare)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 13: a pronoun "that"', () => {
  test.each(thatPronoun)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

// 3. the owner of a promise or threat must be able to speak
const speakingOwner: [string, string, Row[]][] = [
  ['a drug', 'The tonic\'s promise to cure the fever has drawn investors.', []],
  ['a storm', 'The gale\'s threat to flood the harbor towns forced evacuations.', []],
  ['a river', 'The river\'s threat to breach the levee kept crews busy.', []],
  ['"its" promise', 'The new ferry line made waves, and its promise to halve fares drew crowds.', []],
  ['a name keeps it', 'Tova Brenner\'s promise to fix the harbor roads by June was popular with voters.', [
    row(['to fix the harbor roads by June'], "Tova Brenner's", 'promise', 'reported/noun-infinitive'),
  ]],
  ['an organisation keeps it', 'The union\'s threat to strike on Monday rattled the harbor board.', [
    row(['to strike on Monday'], "The union's", 'threat', 'reported/noun-infinitive'),
  ]],
];

describe('review 13: the owner of a promise or threat', () => {
  test.each(speakingOwner)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

// 4. the infinitive or topic ends before the sentence's own verb or a new clause
const runOn: [string, string, Row[]][] = [
  ['an auxiliary after an adverb', 'His pledge to step down quickly was welcomed by the harbor board.', [
    row(['to step down quickly'], 'His', 'pledge', 'reported/noun-infinitive'),
  ]],
  ['an inflected verb after the infinitive\'s verb', 'Her vow to never return angered the ferry crews.', [
    row(['to never return'], 'Her', 'vow', 'reported/noun-infinitive'),
  ]],
  ['"and then" before an inflected verb', 'Tova Brenner made a promise to cut tolls and then raised them.', [
    row(['to cut tolls'], 'Tova Brenner', 'promise', 'reported/noun-infinitive'),
  ]],
  ['a list of infinitives runs on', 'Tova Brenner made a promise to cut tolls and raise wages.', [
    row(['to cut tolls and raise wages'], 'Tova Brenner', 'promise', 'reported/noun-infinitive'),
  ]],
  ['"and" before an inflected verb in a topic', 'Tova Brenner made a remark about the tolls and walked out.', [
    row(['the tolls'], 'Tova Brenner', 'made a remark about', 'reported/noun-topic'),
  ]],
  ['a subordinator in a topic', 'The harbor master made comments about the budget before she signed it.', [
    row(['the budget'], 'The harbor master', 'made comments about', 'reported/noun-topic'),
  ]],
];

describe('review 13: an infinitive or topic that runs on', () => {
  test.each(runOn)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

// 5. a quoted object does not reach over a new clause
const newClause: [string, string][] = [
  ['a semicolon', 'Tova Brenner announced the harbor deal on Monday after months of talks with the union; dockers cheered the "historic" agreement.'],
  ['", where"', 'The harbor master denied the claims at a packed hearing in the old town hall, where protesters held signs reading "Resign now."'],
  ['"as" with a subject and a verb', 'The senator praised the ferry bill on the floor of the chamber for nearly an hour as colleagues listened to her "filibuster."'],
  ['"and" with a subject and a verb', 'Tova Brenner praised the harbor deal on Monday and dockers cheered the "historic" agreement.'],
];

describe('review 13: a quoted object stops at a new clause', () => {
  test.each(newClause)('%s', (_name, input) => {
    const found = rows(extract(input));
    expect(found.filter((r) => r.rule === 'reported/cue-quoted-object')).toEqual([]);
    expect(found.filter((r) => r.parts.some((p) => /cheered|protesters|colleagues/.test(p)))).toEqual([]);
  });
  test('an object phrase with "and" but no verb still holds the quotation', () => {
    expect(rows(extract('Tova Brenner praised the ferry crews and the dock workers for their "quiet courage."'))).toEqual([
      row(['the ferry crews and the dock workers for their "quiet courage."'], 'Tova Brenner', 'praised', 'reported/cue-quoted-object', 'mixed'),
    ]);
  });
  test('"as" and a relative clause is no new clause', () => {
    expect(rows(extract('Tova Brenner described the mayor as a former sailor who would "sink" the harbor.'))).toEqual([
      row(['the mayor as a former sailor who would "sink" the harbor'], 'Tova Brenner', 'described', 'reported/cue-quoted-object', 'mixed'),
    ]);
  });
});

// 6. a ", while" clause of the speaker again is the narrator's
const speakerContrast: [string, string, Row[]][] = [
  ['"while he declined"', 'Tova Brenner said the harbor plan would work, while he declined to give details.', [
    row(['the harbor plan would work'], 'Tova Brenner', 'said', 'reported/cue-clause'),
  ]],
  ['"while she did not give"', 'Tova Brenner said the harbor plan would work, while she did not give a date.', [
    row(['the harbor plan would work'], 'Tova Brenner', 'said', 'reported/cue-clause'),
  ]],
  ['another subject\'s contrast stays', 'Tova Brenner said the port grew, while the ferry line shrank.', [
    row(['the port grew, while the ferry line shrank'], 'Tova Brenner', 'said', 'reported/cue-clause'),
  ]],
];

describe('review 13: a contrast clause of the speaker', () => {
  test.each(speakerContrast)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
