/**
 * Review round 14b: wrong guesses found by a read-only review of merged
 * rules. Invented sentences and names, with the exact parts, speaker, cue and
 * rule expected, and the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';
import { row, rows, type Row } from './support/rows.js';

// 1. (every category) a present plural verb after the infinitive is the sentence's own verb: "plans to ..." is its subject
const pluralVerb: [string, string][] = [
  ['a plural verb after a noun', 'Pentagon plans to shrink the base near the harbor worry local business owners.'],
  ['a plural verb after a number', 'Brussels plans to ban single-use plastics by 2030 include a tax on packaging.'],
];

const infinitiveKept: [string, string, Row[]][] = [
  ['a verb taking a bare infinitive', 'Varga plans to let the island towns decide on the levy.', [
    row(['to let the island towns decide on the levy'], 'Varga', 'plans', 'reported/cue-infinitive'),
  ]],
  ['a verb of seeing and a bare infinitive', 'Varga plans to watch the island towns vote on the levy next week.', [
    row(['to watch the island towns vote on the levy next week'], 'Varga', 'plans', 'reported/cue-infinitive'),
  ]],
  ['a relative clause with its own verb', 'Varga plans to expand the ferry routes that island towns need most.', [
    row(['to expand the ferry routes that island towns need most'], 'Varga', 'plans', 'reported/cue-infinitive'),
  ]],
  ['a compound noun after "a"', 'Varga plans to unveil the budget at a campaign stop in Salem.', [
    row(['to unveil the budget at a campaign stop in Salem'], 'Varga', 'plans', 'reported/cue-infinitive'),
  ]],
  ['a coordinated infinitive', 'Varga plans to close the terminal and open a new one near the bridge.', [
    row(['to close the terminal and open a new one near the bridge'], 'Varga', 'plans', 'reported/cue-infinitive'),
  ]],
];

describe('review 14b: a plural verb after "X plans to ..." (every category)', () => {
  test.each(pluralVerb)('%s', (_name, input) => {
    expect(rows(extract(input, ALL)).filter((r) => r.cue === 'plans')).toEqual([]);
  });
  test.each(infinitiveKept)('%s keeps the cue', (_name, input, expected) => {
    expect(rows(extract(input, ALL))).toEqual(expected);
  });
  test.each([...pluralVerb.map((p) => p[1]), 'Varga plans to let the island towns decide on the levy.'])('default output: %s', (input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});

// 2. a copula inside the sentence ("when Varga was governor") gives a coordinated verb of saying no subject
const copula: [string, string, Row[]][] = [
  ['a name after "when" inside the sentence', 'Ann Lee visited Ohio when Tom Varga was governor and wrote that the state was thriving.', [
    row(['the state was thriving'], 'Ann Lee', 'wrote', 'reported/cue-that'),
  ]],
  ['a pronoun after "when" inside the sentence', 'Ann Lee first met Tom Varga when he was mayor and said that the city was broke.', [
    row(['the city was broke'], 'Ann Lee', 'said', 'reported/cue-that'),
  ]],
  ['a name after "while" inside the sentence', 'Lee stood up while Varga was still in the room and told reporters that the deal was dead.', [
    row(['the deal was dead'], 'Lee', 'told', 'reported/cue-that'),
  ]],
  ['a subordinator opening the sentence keeps its subject', 'While Quill is a fan of the plan and wrote that it would pass, she voted no.', [
    row(['it would pass'], 'Quill', 'wrote', 'reported/cue-that'),
  ]],
  ['a subject opening the sentence keeps it', 'Quill was a fan of the plan and wrote that it would pass.', [
    row(['it would pass'], 'Quill', 'wrote', 'reported/cue-that'),
  ]],
];

describe('review 14b: a copula inside the sentence before "and said"', () => {
  test.each(copula)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

// 3. a motto, slogan or case belongs to no speaker; data and polls after "From" do not speak
const QUOTE = '"We will keep the pier open for every family this summer."';
const colon: [string, string, Row[]][] = [
  ['"From the data:"', `Fans lined the pier. From the data: ${QUOTE}`, []],
  ['"From the poll:"', `Fans lined the pier. From the poll: ${QUOTE}`, []],
  ['a case', `Fans lined the pier. Lee's case: ${QUOTE}`, []],
  ['a motto', `Fans lined the pier. The team's motto is: ${QUOTE}`, []],
  ['a slogan', `Fans lined the pier. The ferry company's slogan was: ${QUOTE}`, []],
  ['"From the report:" speaks', `Fans lined the pier. From the report: ${QUOTE}`, [
    row(['We will keep the pier open for every family this summer.'], 'the report', null, 'direct/fallback-colon-owner', 'direct'),
  ]],
  ['a reply keeps its owner', `Fans lined the pier. Lee's reply was: ${QUOTE}`, [
    // (read by rule direct/clause-colon since fix31: the owner of words before a colon speaks)
    row(['We will keep the pier open for every family this summer.'], "Lee's", ':', 'direct/clause-colon', 'direct'),
  ]],
];

describe('review 14b: the owner before a colon', () => {
  test.each(colon)('%s', (_name, input, expected) => {
    expect(rows(extract(input)).filter((r) => r.rule === 'direct/fallback-colon-owner' || r.rule === 'direct/clause-colon')).toEqual(expected);
  });
});
