/**
 * Speaker names a careful reader would give (names50): the one told listens,
 * so the "he" or "she" of the next quotation is still the teller ("The pope
 * told La Stampa that ... "...," he said"); a name of two capitalised words
 * with an unlisted first name ("Kwame Asante") is no business that a later
 * "It" stands for unless its last word names a trade or an organisation
 * ("Kessler Gold", "Brantwell Systems"); an "it" opening a relative clause
 * ("..., which it announced in July") is the organisation its sentence's
 * earlier clause has for subject ("the company"); a printed interview's
 * answers are the guest the intro says was interviewed ("We spoke with Ann
 * Lee", "a conversation with"), not the first full name. Exact parts, speaker
 * mention and name, cue, rule and kind; plus negatives. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const CLAUSE = 'reported/cue-clause';
const THAT = 'reported/cue-that';
const TRAILING = 'direct/trailing-speaker-cue';
const INTERVIEW = 'reported/interview';

const cases: [string, string, NamedRow[]][] = [
  ['the pope, not the paper he told', 'The pope told La Stampa that the church must change. "We have waited too long," he said.', [
    named(['the church must change'], 'The pope', 'The pope', 'told', THAT),
    named(['We have waited too long,'], 'he', 'The pope', 'said', TRAILING, 'direct'),
  ]],
  ['the senator, not the man he told', 'The senator told Bill Jones that the deal was off. "We are done," he said.', [
    named(['the deal was off'], 'The senator', 'The senator', 'told', THAT),
    named(['We are done,'], 'he', 'The senator', 'said', TRAILING, 'direct'),
  ]],
  ['a teller named in full (unchanged)', 'Tom Reyes told Bill Jones that the deal was off. "We are done," he said.', [
    named(['the deal was off'], 'Tom Reyes', 'Tom Reyes', 'told', THAT),
    named(['We are done,'], 'he', 'Tom Reyes', 'said', TRAILING, 'direct'),
  ]],
  ['an unlisted first name stays a person: "It" is no one', 'Kwame Asante said the fee was fair. It said the rules were clear.', [
    named(['the fee was fair'], 'Kwame Asante', 'Kwame Asante', 'said', CLAUSE),
    named(['the rules were clear'], 'It', 'It', 'said', CLAUSE),
  ]],
  ['an unlisted first name keeps "he"', 'Kwame Asante said the fee was fair. "We will review it," he said.', [
    named(['the fee was fair'], 'Kwame Asante', 'Kwame Asante', 'said', CLAUSE),
    named(['We will review it,'], 'he', 'Kwame Asante', 'said', TRAILING, 'direct'),
  ]],
  ['an unlisted first name is no "the company"', 'Amara Okonkwo said the fee was fair. The company said it would appeal.', [
    named(['the fee was fair'], 'Amara Okonkwo', 'Amara Okonkwo', 'said', CLAUSE),
    named(['it would appeal'], 'The company', 'The company', 'said', CLAUSE),
  ]],
  ['a trade word ends a business\'s name (unchanged)', 'Kessler Gold said the miners were safe. It said three were hurt.', [
    named(['the miners were safe'], 'Kessler Gold', 'Kessler Gold', 'said', CLAUSE),
    named(['three were hurt'], 'It', 'Kessler Gold', 'said', CLAUSE),
  ]],
  ['"the company" after a business with a trade word', 'Dunmore Energy said the plant was safe. The company said it would reopen.', [
    named(['the plant was safe'], 'Dunmore Energy', 'Dunmore Energy', 'said', CLAUSE),
    named(['it would reopen'], 'The company', 'Dunmore Energy', 'said', CLAUSE),
  ]],
  ['"which it" is the company of its own sentence', 'Harlow Mills said profits rose. According to filings with the Securities and Exchange Commission, Harlow spent $310 million on buybacks. The filings also show that the company set aside $45 million to close a plant in Ohio, which it announced in July.', [
    named(['profits rose'], 'Harlow Mills', 'Harlow Mills', 'said', CLAUSE),
    named(['Harlow spent $310 million on buybacks'], 'filings with the Securities and Exchange Commission', 'filings with the Securities and Exchange Commission', 'According to', 'reported/according-to-lead'),
    named(['which'], 'it', 'the company', 'announced', 'reported/relative-object'),
  ]],
  ['an interview\'s answers are the one "we spoke with", not the first name', 'Tom Reyes, the mayor, spent a day at the harbour last week. We spoke with Ann Lee, who runs the ferry service, about the season.\n\nQ: How was the summer?\n\nA: It was the busiest we have had in ten years.', [
    named(['How was the summer'], 'Q', 'Q', ':', INTERVIEW),
    named(['It was the busiest we have had in ten years'], 'A', 'Ann Lee', ':', INTERVIEW),
  ]],
  ['an interview\'s answers after "a conversation with"', 'Tom Reyes, the mayor, spent a day at the harbour last week. This is an edited conversation with Ann Lee, who runs the ferry service.\n\nQ: How was the summer?\n\nA: It was the busiest we have had in ten years.', [
    named(['How was the summer'], 'Q', 'Q', ':', INTERVIEW),
    named(['It was the busiest we have had in ten years'], 'A', 'Ann Lee', ':', INTERVIEW),
  ]],
  ['a first name that is also a verb ("Made") opens a name (current behaviour)', 'Made Wirawan, a priest in Ubud, said the temple was closed. "We will reopen soon," he said.', [
    named(['the temple was closed'], 'Made Wirawan, a priest in Ubud', 'Made Wirawan', 'said', CLAUSE),
    named(['We will reopen soon,'], 'he', 'Made Wirawan', 'said', TRAILING, 'direct'),
  ]],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a listener of the pronoun\'s gender when the teller is of the other', 'The actress told Bill Jones that the deal was off. "We are done," he said.', [
    named(['the deal was off'], 'The actress', 'The actress', 'told', THAT),
    named(['We are done,'], 'he', 'Bill Jones', 'said', TRAILING, 'direct'),
  ]],
  ['a listener that is no subject\'s object of "tell" keeps the name', 'The senator met Bill Jones on Monday. "We are done," he said.', [
    named(['We are done,'], 'he', 'Bill Jones', 'said', TRAILING, 'direct'),
  ]],
  ['"which it" with no organisation before it in its sentence', 'Tom Reyes said the tax was unfair, which it was not.', [
    named(['the tax was unfair'], 'Tom Reyes', 'Tom Reyes', 'said', CLAUSE),
  ]],
  ['no cue, no quote', 'Kwame Asante told Bill Jones about the fee.', []],
  ['a guest who spoke with a reporter keeps the first name', 'Ann Lee runs the ferry service. She spoke with reporter Tom Hale about the season.\n\nQ: How was the summer?\n\nA: It was the busiest we have had in ten years.', [
    named(['the season'], 'She', 'Ann Lee', 'spoke', 'reported/cue-topic-adjunct'),
    named(['How was the summer'], 'Q', 'Q', ':', INTERVIEW),
    named(['It was the busiest we have had in ten years'], 'A', 'Ann Lee', ':', INTERVIEW),
  ]],
];

describe('speaker names a careful reader would give (names50)', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(negatives)('negative: %s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
