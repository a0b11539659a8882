/**
 * Missed mixed quotes, round 19 (issue 11): invented sentences with the exact
 * parts, speaker, cue and rule expected, and negatives that must yield
 * nothing (scare quotes, titles, a noun of saying with no owner).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a conjunction opens the sentence and a degree adverb stands before the noun's adjective
  ['But NAME’s most ADJ claim is that ... "..."', 'But Ada Moss’s most serious claim is that the board is a “witch hunt” run by rivals.', [
    row(['the board is a “witch hunt” run by rivals'], 'Ada Moss’s', 'claim is', 'reported/noun-cue', 'mixed'),
  ]],
  // a sentence adverb opens the sentence
  ['Perhaps NAME’s most ADJ suggestion was that ...', 'Perhaps Mr. Tom Reyes’s most surprising suggestion was that Ms. Moss had used a private phone.', [
    row(['Ms. Moss had used a private phone'], 'Mr. Tom Reyes’s', 'suggestion was', 'reported/noun-cue'),
  ]],
  // nouns that report only through a copula
  ["NAME's answer was that ...", "Lena Hart's answer was that the county should pay for the ferry.", [
    row(['the county should pay for the ferry'], "Lena Hart's", 'answer was', 'reported/noun-cue'),
  ]],
  ["NAME's point was that ...", "Reyes's point was that the ferry board needs a new chair.", [
    row(['the ferry board needs a new chair'], "Reyes's", 'point was', 'reported/noun-cue'),
  ]],
  ['Still, NAME\'s response was that ... "..."', 'Still, Ivo Brandt\'s response was that the levy is "a tax on renters."', [
    row(['the levy is "a tax on renters."'], "Ivo Brandt's", 'response was', 'reported/noun-cue', 'mixed'),
  ]],
  // verbs of grumbling and hinting with a that-clause (all 5 on train annotated)
  ['NAME groused to X that ... "..."', 'On Monday, Tom Reyes groused to a crowd in Dunmore that the Gazette “never treats me properly.”', [
    row(['the Gazette “never treats me properly.”'], 'Tom Reyes', 'groused', 'reported/cue-that', 'mixed'),
  ]],
  ['were heard grousing that', 'Some members were heard grousing that the printed "fake" flyers were everywhere.', [
    row(['the printed "fake" flyers were everywhere'], 'Some members', 'were heard grousing', 'reported/cue-that', 'mixed'),
  ]],
  ['NAME has intimated that', 'Ada Moss has intimated that the harbor plan is "a fantasy."', [
    row(['the harbor plan is "a fantasy."'], 'Ada Moss', 'has intimated', 'reported/cue-that', 'mixed'),
  ]],
  // "made the point that"
  ['NAME made the point that', 'Ada Moss also made the point that the pier would be "a third harbor" for the town.', [
    row(['the pier would be "a third harbor" for the town'], 'Ada Moss', 'point', 'reported/noun-cue', 'mixed'),
  ]],
];

const none: [string, string][] = [
  // "a point that" may be a relative clause: not taken
  ['made a good point that (relative)', 'Reyes made a good point that nobody had raised.'],
  // "intimate" as an adjective is no cue
  ['an intimate town hall', 'Reyes held an intimate town hall in Dunmore.'],
  // no owner: "the point" reports no one's words
  ['The point is that ...', 'The point is that nobody knows.'],
  // "answer" reports only through a copula, not before "that" alone
  ['an answer that (relative)', 'He gave an answer that nobody liked.'],
  ['Her answer that ... VERB', 'Her answer that the levy would pass surprised nobody.'],
  // a copula with no that-clause
  ["NAME's most ADJ point was NP", "Brandt's most famous point was the harbor."],
  // a title and a scare quote are no one's words
  ['title in quotation marks', 'The film "Blue Harbor" opened on Friday in Dunmore.'],
  ['so-called "..."', 'The so-called "harbor tax" passed last spring.'],
];

describe('missed mixed quotes, round 19', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
  test('the owner is the speaker, by name', () => {
    const [q] = extract("Still, Ivo Brandt's response was that the levy is \"a tax on renters.\"").quotes;
    expect(q?.speaker?.name).toBe('Ivo Brandt');
    expect(q?.text).toBe('the levy is "a tax on renters."');
  });
});
