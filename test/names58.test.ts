/**
 * Helper names58: "he" and "she" go to the right person. A one-word name of
 * no known gender that is no subject (a party named in "between Veltria and
 * Ostrava", often a place) gives way to a description that spoke after it
 * ("the chancellor said X. She said Y." is the chancellor); a full name, a
 * name of known gender or a subject keeps the pronoun. Heads of state and
 * church ("chancellor", "premier", "king", "archbishop") are nouns of
 * persons. "asked for" before "a photo and Tom Reyes" is no participle on the
 * subject. "The nurse" right after one person named as a subject, who has not
 * spoken, is that person. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('names58: a pronoun after a description that spoke is no place named before it', () => {
  test.each([
    ['Governments reacted to the ceasefire agreed between Veltria and Ostrava. In Berlin, the chancellor said Germany would help. She said Germany would send doctors.',
      [['Germany would help', 'the chancellor', 'said'], ['Germany would send doctors', 'the chancellor', 'said']]],
    ['Leaders welcomed the truce between Marvonia and Kesh. In Vienna, the chancellor said Austria would help. He said Austria would send tents.',
      [['Austria would help', 'the chancellor', 'said'], ['Austria would send tents', 'the chancellor', 'said']]],
    ['The king of Dorland said the harvest was poor. He said taxes would fall.',
      [['the harvest was poor', 'The king of Dorland', 'said'], ['taxes would fall', 'The king of Dorland', 'said']]],
    // a full name keeps the pronoun, as before
    ['Talks with Tom Hale stalled. The premier said the talks would resume. He said he was hopeful.',
      [['the talks would resume', 'The premier', 'said'], ['he was hopeful', 'Tom Hale', 'said']]],
    // a subject keeps it, as before
    ['Ann Lee met the premier. The premier said the talks would resume. She said she was hopeful.',
      [['the talks would resume', 'The premier', 'said'], ['she was hopeful', 'Ann Lee', 'said']]],
    // a description of the other gender does not take it
    ['Talks with Hale stalled. The actress said the talks would resume. He said he was hopeful.',
      [['the talks would resume', 'The actress', 'said'], ['he was hopeful', 'Hale', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names58: a name after "and" following a finite "asked for" speaks for itself', () => {
  test.each([
    ['A clerk asked for a photo and Tom Reyes said it was fine.', [['a photo', 'A clerk', 'asked for'], ['it was fine', 'Tom Reyes', 'said']]],
    ['Clerks asked for photos and Tom Reyes said it was fine.', [['photos', 'Clerks', 'asked for'], ['it was fine', 'Tom Reyes', 'said']]],
    ['Two guards asked for a permit but Ruth Moss said none was needed.', [['a permit', 'Two guards', 'asked for'], ['none was needed', 'Ruth Moss', 'said']]],
    ['Reporters briefed on the plan and Tom Reyes said it would pass.', [['it would pass', 'Tom Reyes', 'said']]],
    // a participle on the subject with no second clause keeps its reading, as before
    ['People briefed on the talks said a deal was close.', [['a deal was close', 'People briefed on the talks', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names58: "the" and a bare noun of a person right after one named subject is that person', () => {
  test.each([
    ['Rosalind Achterberg has nursed on the ward for 30 years. "We are tired," the nurse said.', [['We are tired,', 'Rosalind Achterberg', 'said']]],
    // not linked: one who spoke, the noun written between, the subject of a passive, two people, a surname alone,
    // an owner, a plural (as before)
    ['Tom Hale was arrested on Friday. "He ran," the officer said.', [['He ran,', 'the officer', 'said']]],
    ['Rosalind Achterberg said the ward was full. "We are tired," the nurse said.', [['the ward was full', 'Rosalind Achterberg', 'said'], ['We are tired,', 'the nurse', 'said']]],
    ['Ann Lee met the nurse on Monday. "We are tired," the nurse said.', [['We are tired,', 'the nurse', 'said']]],
    ['Rosalind Achterberg and Tom Hale work on the ward. "We are tired," the nurse said.', [['We are tired,', 'the nurse', 'said']]],
    ['Achterberg has nursed on the ward for 30 years. "We are tired," the nurse said.', [['We are tired,', 'the nurse', 'said']]],
    ["Rosalind Achterberg's daughter works on the ward. \"We are tired,\" the nurse said.", [['We are tired,', 'the nurse', 'said']]],
    ['Rosalind Achterberg has nursed on the ward for 30 years. "We are tired," the nurses said.', [['We are tired,', 'the nurses', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names58: a bare quantifier before "reported" and a clause speaks (train gold reads a that-less clause after "reported" as its content)', () => {
  test.each([
    ['Many reported problems at the polls were fixed.', [['problems at the polls were fixed', 'Many', 'reported']]],
  ] as [string, Row[]][])('%s', both);
});
