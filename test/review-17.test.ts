/**
 * Fixes from review 17 of the stop's merged rules (issuers of texts, objects
 * of verbs of causing, opt-in side-taking stances). Invented sentences and
 * names; each row gives the quote text, the cue, the speaker mention and the
 * speaker name of every quote, in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | mention | name`. */
function rows(input: string, categories?: readonly string[]): string[] {
  const options = categories === undefined ? undefined : { categories: categories as never };
  return extract(input, options).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
}

// [what, invented input, expected rows]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // the issuer of a text is the subject of the verb of issuing's own clause, not the sentence's first subject
  ['an issuer in a relative clause', 'Wren Tolliver cited the agency, which issued a report that says the dam is failing.',
    ['the dam is failing | says | which | the agency']],
  ['an issuer in an object clause', 'Wren Tolliver knows the ferry firm released a memo that says fares will rise.',
    ['fares will rise | says | the ferry firm | the ferry firm']],
  ['an issuer after "and"', 'Wren Tolliver toured the clinic, and the board released a report that says care is improving.',
    ['care is improving | says | the board | the board']],
  // (the sentence's own subject still issues)
  // likewise before a text and a bare participle cue
  ['an issuer in a relative clause, a participle cue', 'Wren Tolliver cited the agency, which issued a report saying the dam is failing.',
    ['the dam is failing | saying | which | the agency']],
  ['an issuer after "and", a participle cue', 'Wren Tolliver toured the clinic, and the board released a report saying care is improving.',
    ['care is improving | saying | the board | the board']],
  ['the sentence subject issues', 'Wren Tolliver, the harbour chief, released a memo that says fares will rise.',
    ['fares will rise | says | Wren Tolliver, the harbour chief | Wren Tolliver']],
  // a member named after "including", "among them" or "notably" is no apposition: the described people speak
  ['"including" a name after the object of a verb of causing', 'The ruling led critics, including Wren Tolliver, to say the levy was unfair.',
    ['the levy was unfair | to say | critics | critics']],
  ['"notably" a name after the object of a verb of causing', 'The ruling led critics, notably Wren Tolliver, to say the levy was unfair.',
    ['the levy was unfair | to say | critics | critics']],
  // (a name in apposition still speaks)
  ['names in apposition to the object', 'The ruling led two critics, Wren Tolliver and Oskar Pelt, to say the levy was unfair.',
    ['the levy was unfair | to say | Wren Tolliver and Oskar Pelt | Wren Tolliver and Oskar Pelt']],
  // a clause after a quotation closed by a comma that holds a report of its own is not the quoted words' continuation
  ['"with" a subject and a gerund cue after a closed quotation', 'Wren Tolliver said the levy was "a swindle," with Oskar Pelt saying it was fair.',
    ['the levy was "a swindle," | said | Wren Tolliver | Wren Tolliver', 'it was fair | saying | Oskar Pelt | Oskar Pelt']],
  ['"compared with" a count who said after a closed quotation', 'Wren Tolliver said the levy was "unfair," compared with 40 percent who said it was fair.',
    ['the levy was "unfair," | said | Wren Tolliver | Wren Tolliver', 'it was fair | said | who | 40 percent']],
  // (a clause with no report of its own stays)
  ['"because" after a closed quotation stays', 'Wren Tolliver said the levy was "a swindle," because it hurts ferry crews.',
    ['the levy was "a swindle," because it hurts ferry crews | said | Wren Tolliver | Wren Tolliver']],
  // a relative clause after an object is the narrator's, though a verb follows its comma
  ['a relative after an object, then the narrator\'s verb', 'Wren Tolliver said the cuts would hurt ferry crews, who rely on the fund, then took questions.',
    ['the cuts would hurt ferry crews | said | Wren Tolliver | Wren Tolliver']],
  ['a "whose" clause after an object, then the narrator\'s verb', 'Wren Tolliver said the cuts would hurt ferry crews, whose pay is low, then walked out.',
    ['the cuts would hurt ferry crews | said | Wren Tolliver | Wren Tolliver']],
  // (inside a subject after "that" it stays)
  ['a relative inside a subject after "that"', 'Wren Tolliver said the levy failed and that the ferry fee, which rose in May, is too high.',
    ['the levy failed and that the ferry fee, which rose in May, is too high | said | Wren Tolliver | Wren Tolliver']],
];

/** Every category, the opt-in ones too. */
const ALL = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'];

// opt-in stances, with every category on: [what, invented input, expected rows]
const STANCES: readonly (readonly [string, string, readonly string[]])[] = [
  // a number before a comma is no count in the subject: the side-taking stance keeps its short object
  ['a year before the comma', 'In 2019, Wren Tolliver opposed the levy.',
    ['the levy | opposed | Wren Tolliver | Wren Tolliver']],
  // (a count of people still leaves the short object to rule reported/count-subject)
  ['a count of people', 'Half of the ferry crews opposed the levy.',
    ['the levy | opposed | Half of the ferry crews | Half of the ferry crews']],
];

describe('review 17 fixes', () => {
  test.each(TABLE)('%s', (_what, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });
  test.each(STANCES)('%s (every category)', (_what, input, expected) => {
    expect(rows(input, ALL)).toEqual(expected);
  });
});
