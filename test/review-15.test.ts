/**
 * Review round 15a: wrong guesses found by a review of the rules merged in
 * this stop (bound10, names14, recall10). Invented sentences and names, with
 * the exact parts, speaker, cue and rule expected.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

// 1. ", as did X," is an aside the content may go on after: "..., and would sign it"
const asAside: [string, string, Row[]][] = [
  ['a coordinated verb after the aside', 'The mayor said he backed the levy, as did most members of the council, and would sign it.', [
    row(['he backed the levy, as did most members of the council, and would sign it'], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['an adverb and a verb after the aside', 'Ms. Dunmore said she opposed the toll, as did Tom Reyes, but never voted against it.', [
    row(['she opposed the toll, as did Tom Reyes, but never voted against it'], 'Ms. Dunmore', 'said', 'reported/cue-clause'),
  ]],
  // the aside at the end is still cut, an appositive after it included
  ['the aside closing the content', 'The governor said the state would not back the bill, as has the mayor.', [
    row(['the state would not back the bill'], 'The governor', 'said', 'reported/cue-clause'),
  ]],
  ['an appositive in the aside', 'The governor said the state would not back the bill, as has Ann Ruiz, the mayor of Dover.', [
    row(['the state would not back the bill'], 'The governor', 'said', 'reported/cue-clause'),
  ]],
];

describe('review 15a: the content goes on after ", as did X,"', () => {
  test.each(asAside)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

// 2. reported/noun-mention: where it was (not) said is no part of what is mentioned; a list may close with ", or"
const mention: [string, string, Row[]][] = [
  ['a speech after the noun phrase', 'The mayor made no mention of the strike in his speech on Monday.', [
    row(['the strike'], 'The mayor', 'made no mention of', 'reported/noun-mention'),
  ]],
  ['a debate after the noun phrase', 'Ms. Vale made no mention of the audit during the debate.', [
    row(['the audit'], 'Ms. Vale', 'made no mention of', 'reported/noun-mention'),
  ]],
  ['a letter after the noun phrase', 'The fund made references to the market in its letter to investors.', [
    row(['the market'], 'The fund', 'made references to', 'reported/noun-mention'),
  ]],
  ['a list before an interview', 'He made references to God, religion or his faith in an interview.', [
    row(['God, religion or his faith'], 'He', 'made references to', 'reported/noun-mention'),
  ]],
  ['a list with a comma before "or"', 'He made no mention of the strike, the flood, or the fire.', [
    row(['the strike, the flood, or the fire'], 'He', 'made no mention of', 'reported/noun-mention'),
  ]],
  // a place stays (not a medium); a clause after ", and" is no item of the list
  ['a place after the noun phrase', 'He made no mention of the strike in Dover.', [
    row(['the strike in Dover'], 'He', 'made no mention of', 'reported/noun-mention'),
  ]],
  ['a clause after ", and"', 'He made no mention of the strike, the union, and the workers went home.', [
    row(['the strike'], 'He', 'made no mention of', 'reported/noun-mention'),
  ]],
];

describe('review 15a: reported/noun-mention content', () => {
  test.each(mention)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

// 3. a coordinated subject with a relative clause or an appositive after it shares its cue ("..., saying");
// since span67 the mention holds the relative clause or appositive when the subject's own verb comes before the cue
const coordinated: [string, string, Row[]][] = [
  ['two titles and a relative clause', 'Former prosecutor and Dover Mayor Tom Reyes, who backs Lee, trashed the plan on Monday, saying it would cost too much.', [
    row(['it would cost too much'], 'Former prosecutor and Dover Mayor Tom Reyes, who backs Lee', 'saying', 'reported/cue-clause'),
  ]],
  ['two titles and an appositive', 'Lawyer and Dover Mayor Tom Reyes, a Lee ally, trashed the plan, saying it would cost too much.', [
    row(['it would cost too much'], 'Lawyer and Dover Mayor Tom Reyes, a Lee ally', 'saying', 'reported/cue-clause'),
  ]],
  ['two names and a relative clause', 'Ann Ruiz and Tom Reyes, who back Lee, trashed the plan, saying it would cost too much.', [
    row(['it would cost too much'], 'Ann Ruiz and Tom Reyes, who back Lee', 'saying', 'reported/cue-clause'),
  ]],
];

describe('review 15a: a coordinated subject before a relative clause', () => {
  test.each(coordinated)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

// 4. an adverb and a time right after the cue, not set off by a comma before, open the reported clause
const frontedTime: [string, string, Row[]][] = [
  ['"even today"', 'She said even today, the city struggles with crime.', [
    row(['even today, the city struggles with crime'], 'She', 'said', 'reported/cue-clause'),
  ]],
  ['"only last year"', 'She said only last year, the firm doubled its profits.', [
    row(['only last year, the firm doubled its profits'], 'She', 'said', 'reported/cue-clause'),
  ]],
  ['"all week"', 'He said all week, the phones rang.', [
    row(['all week, the phones rang'], 'He', 'said', 'reported/cue-clause'),
  ]],
  // set off on both sides, or after "just", the time still goes with the cue
  ['an aside between commas', 'The mayor reported, even on Friday morning, the council had not met.', [
    row(['the council had not met'], 'The mayor', 'reported', 'reported/cue-clause'),
  ]],
  ['"just today"', 'The mayor reported just today, the budget was short.', [
    row(['the budget was short'], 'The mayor', 'reported', 'reported/cue-clause'),
  ]],
];

describe('review 15a: a time fronted in the reported clause', () => {
  test.each(frontedTime)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

// 5. a hyphenated owner of a description ("Lee-Park's spokeswoman", split by the tokenizer) is seen in "for Ann Lee-Park"
describe('review 15a: a hyphenated owner of a possessive description', () => {
  test('joins the person described as working for the owner', () => {
    const r = extract("Ann Ward, a spokeswoman for Ann Lee-Park, said the bill was dead. Lee-Park's spokeswoman added that talks would go on.");
    expect(r.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['the bill was dead', 'Ann Ward'],
      ['talks would go on', 'Ann Ward'],
    ]);
  });
  test('is never the owner herself', () => {
    const r = extract("Ann Lee-Park spoke at noon. Lee-Park's spokeswoman said the vote was close.");
    expect(r.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['the vote was close', "Lee-Park's spokeswoman"]]);
  });
});
