/**
 * Defects noticed by the lanes of stop 59 (lead61): a "not" after a form of
 * "be" with the cue's subject between them is "be"'s ("The plan was not
 * everyone said it would be"); "guards" are people, so "..., admitted guards."
 * keeps its speaker; a bare run of lower-case nouns after "admitted" is its
 * object, not a speaker ("..., admitted burglary charges."); a relative
 * clause on a listener stays out of the content ("told everyone who would
 * listen that ..."); a quotation that a verb follows in the next sentence is
 * that verb's subject, no part of the report before ('"It was never sold"
 * remains the answer.'); an -ing form, "that" and one noun stay in the
 * speaker ("A man holding that sign said"). Invented sentences; exact parts,
 * speaker, cue, rule and kind; negation of the cue; plus texts that must
 * yield no other speaker.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['guards after an inverting "admitted" speak', 'The vault was never locked, admitted guards.', [
    row(['The vault was never locked'], 'guards', 'admitted', 'reported/content-cue-speaker'),
  ]],
  ['a bare noun run after "admitted" is what is admitted', 'Pell, of no fixed address, admitted burglary charges.', [
    row(['burglary charges'], 'Pell', 'admitted', 'reported/cue-object'),
  ]],
  ['a relative clause on an indefinite listener before "that"', 'The board told everyone who would listen that the fund would fail.', [
    row(['the fund would fail'], 'The board', 'told', 'reported/cue-that'),
  ]],
  ['a relative clause with a place on a plural listener', 'The board told voters who came to the hall that the fund would fail.', [
    row(['the fund would fail'], 'The board', 'told', 'reported/cue-that'),
  ]],
  ['a relative clause with an adverb on a listener with an article', 'Lee told the residents who gathered outside that the deal was off.', [
    row(['the deal was off'], 'Lee', 'told', 'reported/cue-that'),
  ]],
  ['a listener with no relative clause is unchanged', 'Lee told reporters that the deal was off.', [
    row(['the deal was off'], 'Lee', 'told', 'reported/cue-that'),
  ]],
  ['a quotation a verb follows in the next sentence is no part of the report', 'Tom Hale claimed that the harbour was sold. "It was never sold" remains the answer.', [
    row(['the harbour was sold'], 'Tom Hale', 'claimed', 'reported/cue-that'),
  ]],
  ['a quoted sentence of its own still goes on with the report', 'Tom Hale claimed that the harbour was sold. "It was never sold."', [
    row(['the harbour was sold', 'It was never sold.'], 'Tom Hale', 'claimed', 'reported/cue-that', 'mixed'),
  ]],
  ['a quotation an auxiliary follows is no part of the report', 'Ann Reyes said the levy would pass. "Build the pier" has become the slogan of the campaign.', [
    row(['the levy would pass'], 'Ann Reyes', 'said', 'reported/cue-clause'),
  ]],
  ['"holding that" and one noun inside the subject of "said"', 'A man holding that sign said the trail was closed.', [
    row(['the trail was closed'], 'A man holding that sign', 'said', 'reported/cue-clause'),
  ]],
  ['another -ing form, "that" and one noun before a listener', 'A woman carrying that flag told reporters the road was shut.', [
    row(['the road was shut'], 'A woman carrying that flag', 'told', 'reported/cue-clause'),
  ]],
  ['"holding a sign" is unchanged', 'A man holding a sign said the trail was closed.', [
    row(['the trail was closed'], 'A man holding a sign', 'said', 'reported/cue-clause'),
  ]],
  ['a "not" of "be" before the subject of "said"', 'The plan was not everyone said it would be.', [
    row(['it would be'], 'everyone', 'said', 'reported/cue-clause'),
  ]],
];

/** Sentences and whether their one cue is negated. */
const negation: [string, string, boolean][] = [
  ['"was not" before a pronoun subject', 'The plan was not everyone said it would be.', false],
  ['"was not" before "what" and the subject', 'The deal was not what everybody said it would be.', false],
  ['"is not" before a pronoun subject and a present cue', 'The harbor is not everybody says it is going to be.', false],
  ['a "not" in the verb group stays the cue\'s', 'The mayor did not say the pier was safe.', true],
  ['a cleft with "who" stays negated', 'It was not Lee who said the pier was safe.', true],
];

const negatives: [string, string][] = [
  ['one bare noun after "admitted"', 'Dunn, of no fixed address, admitted theft.'],
];

describe('lead61: defects noticed this stop', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(negation)('%s', (_name, input, negated) => {
    const quotes = extract(input).quotes;
    expect(quotes.length).toBe(1);
    expect(quotes[0]!.cue?.negated).toBe(negated);
  });
  test.each(negatives)('%s yields no speaker', (_name, input) => {
    expect(extract(input).quotes.map((q) => q.speaker?.mention?.text ?? null).filter((s) => s !== null && !/^Dunn/.test(s))).toEqual([]);
  });
});
