/**
 * Round one's leftovers (issue 11, second22): a free relative's "what" is no
 * part of the speaker after it (`what aide Tom Reyes called "..."`); a
 * newspaper's name word makes an organisation (`The Ledger shot back ...`);
 * a participle after a verb and its medium shares the verb's subject (`Lee
 * wrote in a statement explaining that ...`); an "-ing" word inside a
 * listener's place leaves the listener out (`told reporters outside a polling
 * station that "..."`); a relative "that" on a cue read as a noun opens no
 * clause (`The tax claims that were filed ...`).
 * Exact parts, speaker mention, cue and rule; speaker names and kinds;
 * negatives.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const LEAD = 'direct/leading-speaker-cue';
const CLAUSE = 'reported/cue-clause';
const TOPIC = 'reported/cue-topic';
const THAT = 'reported/cue-that';
const QUOTED = 'reported/cue-quoted-object';

const cases: [string, string, Row[], (string | null)[]][] = [
  ['a free relative "what" before a titled name', 'Mayor Lee praised the plan, what aide Tom Reyes called "the start of a new era."', [
    row(['the plan'], 'Mayor Lee', 'praised', 'reported/cue-object'),
    row(['the start of a new era.'], 'aide Tom Reyes', 'called', LEAD, 'direct'),
  ], ['Lee', 'Tom Reyes']],
  ['a free relative "what" after a preposition', 'The vote led to what aide Kevin Walsh called "the dawn of a long winter."', [
    row(['the dawn of a long winter.'], 'aide Kevin Walsh', 'called', LEAD, 'direct'),
  ], ['Kevin Walsh']],
  ['a free relative "what" after a quantity', 'The grant covers about half of what scientists say they require each season.', [
    row(['they require each season'], 'scientists', 'say', CLAUSE),
  ], ['scientists']],
  ['a free relative "what" before a topic cue', 'Critics blasted what some voters are saying about the race.', [
    row(['the race'], 'some voters', 'are saying about', TOPIC),
  ], ['some voters']],
  ['a newspaper named by its name word', 'The Ledger shot back that the story was accurate.', [
    row(['the story was accurate'], 'The Ledger', 'shot back', THAT),
  ], ['Ledger']],
  ['a participle after a verb and its medium', 'Lee wrote in a statement explaining that the fund was empty.', [
    row(['the fund was empty'], 'Lee', 'explaining', THAT),
  ], ['Lee']],
  ['a participle after a phrasal verb and its medium', 'Lee fired back in an editorial arguing that the fund was empty.', [
    row(['the fund was empty'], 'Lee', 'arguing', THAT),
  ], ['Lee']],
  ['a participle after a retort the tagger reads as a noun', 'Lee shot back in a letter claiming that the fund was empty.', [
    row(['the fund was empty'], 'Lee', 'claiming', THAT),
  ], ['Lee']],
  ['a medium between the subject and its verb', 'The governor in an interview said the fund was empty.', [
    row(['the fund was empty'], 'The governor', 'said', CLAUSE),
  ], ['The governor']],
  ['an "-ing" word inside the listener\u2019s place', 'Ann Cole told reporters outside a polling station that "we will win this race."', [
    row(['that "we will win this race."'], 'Ann Cole', 'told', QUOTED, 'mixed'),
  ], ['Ann Cole']],
];

describe('second22: round one\u2019s leftovers', () => {
  test.each(cases)('%s', (_name, input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
  test('a newspaper name word makes an organisation, not after a first name', () => {
    const kind = (text: string): string | undefined => {
      const r = extract(text);
      return r.speakers[r.quotes[0]!.speaker!.id]?.kind;
    };
    expect(kind('The Ledger shot back that the story was accurate.')).toBe('organization');
    expect(kind('The Dayton Observer said that the story was accurate.')).toBe('organization');
    expect(kind('Anna Ledger said that the story was accurate.')).toBe('person');
    expect(kind('An observer said that the vote was fair.')).toBe('person');
  });
  test('a verb and its medium with no participle cue yield nothing', () => {
    expect(rows(extract('Lee wrote in a statement about the fund.'))).toEqual([]);
  });
  test('a relative "that" on a cue read as a noun yields nothing', () => {
    expect(rows(extract('The tax claims that were filed last year rose by a third.'))).toEqual([]);
    expect(rows(extract('It was an anthology of her writing that featured a portrait of the mayor.'))).toEqual([]);
  });
  test('a "that" subject after a verb the tagger may read as a noun keeps its clause', () => {
    expect(rows(extract("Nine in ten say that won't last."))).toEqual([row(["that won't last"], 'Nine in ten', 'say', THAT)]);
    expect(rows(extract('The company claims that was a mistake.'))).toEqual([row(['that was a mistake'], 'The company', 'claims', THAT)]);
  });
  test('a free relative with no cue yields nothing', () => {
    expect(rows(extract('The vote led to what aide Kevin Walsh ate for lunch.'))).toEqual([]);
  });
});
