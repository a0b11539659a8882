/**
 * Helper read70: review fixes of the rules merged at stop 58. Rows are
 * [content, speaker name, cue] with default options and every category on.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read70: a name after a preposition of a speaker\'s own clause ("Venn said in an interview with DELLPORT TODAY") gives way to that speaker', () => {
  test.each([
    ['The race took a turn, Venn said in an interview with DELLPORT TODAY. "His demeanor is grumpy," she said.', [['The race took a turn', 'Venn', 'said'], ['His demeanor is grumpy,', 'Venn', 'said']]],
    ['The race took a turn, Venn told reporters in an interview with the Dellport Courier. "His demeanor is grumpy," she said.', [['The race took a turn', 'Venn', 'told'], ['His demeanor is grumpy,', 'Venn', 'said']]],
    ['The race will tighten, Okafor said after a meeting with Hollins. "We are ready," he said.', [['The race will tighten', 'Okafor', 'said'], ['We are ready,', 'Okafor', 'said']]],
    // (a subject after the speaker's sentence still wins; a name after a preposition with no speaker before it stays the nearest)
    ['The race took a turn, Venn said in an interview with DELLPORT TODAY. Ada Hollins agreed. "It is close," she said.', [['The race took a turn', 'Venn', 'said'], ['It is close,', 'Ada Hollins', 'said']]],
    ['Talks between Dunmore and Hollins stalled. She said she was hopeful.', [['she was hopeful', 'Hollins', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read70: a name after an honorific is no place, whatever preposition stands before it', () => {
  test.each([
    ['"We built coalitions," said Mr. Ferrante, who works on Mr. Hollins\'s campaign. Turning to Mr. Hollins\'s best years, the defeats matter most. He said the losses taught him more.', [['We built coalitions,', 'Ferrante', 'said'], ['the losses taught him more', 'Hollins', 'said']]],
    ['The mayor sent the letter to Dr. Okafor. "It arrived late," he said.', [['It arrived late,', 'Okafor', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read70: "held that" with a noun "hold" takes for object after it reports nothing ("who held that view stayed home")', () => {
  test.each([
    ['Many voters who held that view stayed home.', []],
    ['The party that held that seat lost it in May.', []],
    ['Those who hold that belief are wrong.', []],
    // (a clause after "held that" is still a ruling)
    ['The court held that the statute did not apply.', [['the statute did not apply', 'The court', 'held']]],
    ['The tribunal held that evidence was lacking.', [['evidence was lacking', 'The tribunal', 'held']]],
  ] as [string, Row[]][])('%s', both);
});
