/**
 * Round one's leftovers, second pass (issue 11): a "that" clause inside a
 * relative of the sentence's subject ends before the sentence's own verb of
 * saying (`A porter who demanded that the depot shut its gates said ...`); a
 * request for anonymity put as a that-clause is boilerplate (`asked that her
 * name be withheld`); a noun of saying turned off with its verb
 * (`removeCues: ['claim']`) joins no cue (`repeated her claims that ...`); the
 * inches of a height (`6’2”`) close no quotation when a closing mark follows.
 * Exact parts, speaker mention, cue and rule; negatives.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const THAT = 'reported/cue-that';
const CLAUSE = 'reported/cue-clause';

const cases: [string, string, Row[], (string | null)[]][] = [
  ['a that-clause with an object before the sentence\u2019s "said"', 'A porter who demanded that the depot shut its gates said the crews were exhausted.', [
    row(['the depot shut its gates'], 'who', 'demanded', THAT),
    row(['the crews were exhausted'], 'A porter who demanded that the depot shut its gates', 'said', CLAUSE),
  ], ['A porter', 'A porter who demanded that the depot shut its gates']],
  ['a that-clause before the sentence\u2019s "told"', 'The ferryman who asked that the piers reopen told reporters the tides were rising.', [
    row(['the piers reopen'], 'who', 'asked', THAT),
    row(['the tides were rising'], 'The ferryman', 'told', CLAUSE),
  ], ['The ferryman', 'The ferryman']],
  ['a request for anonymity in a that-clause is no quote', 'A porter who asked that her name be withheld said the crews were exhausted.', [
    row(['the crews were exhausted'], 'A porter', 'said', CLAUSE),
  ], ['A porter']],
  ['"requested that he not be named" set off by commas', 'The ferryman, who requested that he not be named, said the tides were rising.', [
    row(['the tides were rising'], 'The ferryman', 'said', CLAUSE),
  ], ['The ferryman']],
  ['a request about a name that is more than anonymity stays', 'Mr. Quillon asked that his name be added to the ballot.', [
    row(['his name be added to the ballot'], 'Mr. Quillon', 'asked', THAT),
  ], ['Quillon']],
  ['a that-clause whose own verb is one of saying keeps it', 'A porter who insisted that the clerks said nothing left early.', [
    row(['the clerks said nothing left early'], 'who', 'insisted', THAT),
  ], ['A porter']],
];

describe('second21: relatives, attributions and cues left over from round one', () => {
  test.each(cases)('%s', (_name, input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
  test('the inches of a height inside a quotation do not close it', () => {
    expect(rows(extract('\u201CHe is like 6\u20192\u201D,\u201D Ames said of his rival.'))).toEqual([
      row(['He is like 6\u20192\u201D,'], 'Ames', 'said', 'direct/trailing-speaker-cue', 'direct'),
    ]);
    expect(rows(extract('\u201CHe is like 6\u20192\u201D,\u201D Ames said.\n\n\u201CWhich is why I laugh at someone who is 5\u20192\u201D. You know what they say? You cannot trust them.\u201D'))).toEqual([
      row(['He is like 6\u20192\u201D,', 'Which is why I laugh at someone who is 5\u20192\u201D. You know what they say? You cannot trust them.'], 'Ames', 'said', 'direct/trailing-speaker-cue', 'direct'),
    ]);
  });
  test('a height closing a quotation with no mark after it still closes it', () => {
    expect(rows(extract('Ames said the rival was \u201Clike 6\u20192\u201D and laughed.'))).toEqual([
      row(['the rival was \u201Clike 6\u20192\u201D'], 'Ames', 'said', CLAUSE, 'mixed'),
    ]);
  });
  test('a removed noun of saying joins no cue: the verb keeps it in its content', () => {
    const input = 'Ms. Ferrante repeated her claims that the tender was rigged.';
    expect(rows(extract(input))).toEqual([row(['the tender was rigged'], 'Ms. Ferrante', 'repeated her claims', THAT)]);
    expect(rows(extract(input, { removeCues: ['claim'] }))).toEqual([row(['her claims that the tender was rigged'], 'Ms. Ferrante', 'repeated', THAT)]);
  });
  test('a request for anonymity alone yields nothing', () => {
    expect(rows(extract('The porters asked that their names not be used.'))).toEqual([]);
  });
  test('a relative with no verb of saying yields nothing', () => {
    expect(rows(extract('A porter who mended the gates left early.'))).toEqual([]);
  });
});
