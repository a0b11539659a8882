/**
 * What a speaking "it" stands for (it49): the organisation a spokesman or a
 * statement spoke for ("A spokesman for the culture department said ... It
 * said" is the culture department), the organisation or the thing that spoke
 * last ("the memo read ... it added" is the memo), the organisation that
 * sent a thing the sentence before names ("The arena has issued a short
 * statement. It said" is the arena), the organisation that is its sentence's
 * subject; and no organisation that spoke further back when the sentence
 * before names a thing that speaks ("The report found ... It said" stays
 * "It"). Exact parts, speaker mention and name, cue, rule and kind; plus
 * shapes that must not change.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  ['a spokesman for an organisation: "it" is the organisation', 'A spokesman for the culture department said the fund was empty. It said more money would come.', [
    named(['the fund was empty'], 'A spokesman for the culture department', 'A spokesman for the culture department', 'said', 'reported/cue-clause'),
    named(['more money would come'], 'It', 'the culture department', 'said', 'reported/cue-clause'),
  ]],
  ["an organisation's spokeswoman: \"it\" is the organisation", "The ministry's spokeswoman said the harbour would close. It added that ferries would still run.", [
    named(['the harbour would close'], "The ministry's spokeswoman", "The ministry's spokeswoman", 'said', 'reported/cue-clause'),
    named(['ferries would still run'], 'It', 'The ministry', 'added', 'reported/cue-that'),
  ]],
  ['the sender of a statement named the sentence before', 'The arena has issued a short statement. It said the police would stay until midnight.', [
    named(['the police would stay until midnight'], 'It', 'The arena', 'said', 'reported/cue-clause'),
  ]],
  ['the sender of a letter with a hyphenated modifier', 'The council sent a stern cease-and-desist letter on Monday. It says the builders broke the rules.', [
    named(['the builders broke the rules'], 'It', 'The council', 'says', 'reported/cue-clause'),
  ]],
  ['a document that spoke just before', '"Fares will rise in May," the memo read. "Buses will run less often," it added.', [
    named(['Fares will rise in May,'], 'the memo', 'the memo', 'read', 'direct/trailing-speaker-cue', 'direct'),
    named(['Buses will run less often,'], 'it', 'the memo', 'added', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the organisation that is the subject of its own sentence', 'The charity Little Lights helps families in need. The group seeks what it calls "fair rent for all."', [
    named(['fair rent for all.'], 'it', 'The group', 'calls', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ["an organisation a name's possessive opens, the sentence before", 'Ann Lee\'s campaign is defending her remarks. It is denouncing what it calls "a smear."', [
    named(['a smear.'], 'it', "Ann Lee's campaign", 'calls', 'direct/leading-speaker-cue', 'direct'),
  ]],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a report in the sentence before: no organisation named in it', 'Orbex Mining said fuel costs rose. The audit found gaps in the ledgers of Orbex Mining. It said the firm had lost track of its fuel.', [
    named(['fuel costs rose'], 'Orbex Mining', 'Orbex Mining', 'said', 'reported/cue-clause'),
    // (pron70: no organisation sent it, so the text itself, not the company named further back)
    named(['the firm had lost track of its fuel'], 'It', 'The audit', 'said', 'reported/cue-clause'),
  ]],
  ['a report that is the subject of the sentence before', 'The report found many errors at the agency. It said the agency would change.', [
    // (pron70: the report itself)
    named(['the agency would change'], 'It', 'The report', 'said', 'reported/cue-clause'),
  ]],
  ['a person who spoke last is no "it"', 'Ada Moss said the bridge was unsafe. It said nothing more.', [
    named(['the bridge was unsafe'], 'Ada Moss', 'Ada Moss', 'said', 'reported/cue-clause'),
  ]],
];

const unchanged: [string, string, NamedRow[]][] = [
  ['an organisation named the sentence before', 'Still, the Harbour Trust opposed the plan. "Keep the old pier," it said.', [
    named(['Keep the old pier,'], 'it', 'Harbour Trust', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a company that is its sentence\'s subject', 'Kestrel Foods Inc. reported a loss in June. "We expect a better year," it said.', [
    named(['We expect a better year,'], 'it', 'Kestrel Foods Inc.', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('what a speaking "it" stands for', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(negatives)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(unchanged)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
