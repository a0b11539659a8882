/**
 * Helper read71: review fixes of the rules merged late at stop 58. Rows are
 * [content, speaker name, cue] with default options and every category on.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read71: a name after a preposition gives way to a pronoun of the same form that spoke before it in its sentence', () => {
  test.each([
    ['Tom Harrow quit the paper in 2019 and said he would never vote for Mr. Pellman. What changed, he told our reporter on Monday, is that he writes the weather, which leaves him milder toward Mr. Pellman than a columnist could be. He said he never wrote about the fund.', [['he would never vote for Mr. Pellman', 'Tom Harrow', 'said'], ['What changed is that he writes the weather, which leaves him milder toward Mr. Pellman than a columnist could be', 'Tom Harrow', 'told'], ['he never wrote about the fund', 'Tom Harrow', 'said']]],
    ['Tom Harrow spoke in Dover. The tax, he said, would fall hardest on Mr. Pellman. "It is fair," he said.', [['The tax would fall hardest on Mr. Pellman', 'Tom Harrow', 'said'], ['It is fair,', 'Tom Harrow', 'said']]],
    // (a pronoun of the other form is no one the later pronoun stands for; a subject naming the one after the preposition still wins)
    ['Ann Varga spoke for an hour. The plan, she told me, would be kinder to Mr. Pellman. He said he was pleased.', [['The plan would be kinder to Mr. Pellman', 'Ann Varga', 'told'], ['he was pleased', 'Pellman', 'said']]],
    ['Tom Harrow spoke in Dover. The tax, he said, would fall hardest on Mr. Pellman. Pellman disagreed. "It is unfair," he said.', [['The tax would fall hardest on Mr. Pellman', 'Tom Harrow', 'said'], ['It is unfair,', 'Pellman', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read71: a fronted phrase that ends in a proper noun ("On Monday,", "In Dover,") sets no appositive off before a titled speaker', () => {
  test.each([
    ['On Monday, the authors of the “Harbour Plan” wrote that the pier must close.', [['the pier must close', 'the authors of the “Harbour Plan”', 'wrote']]],
    ['In Dover, the authors of the “Harbour Plan” wrote that the pier must close.', [['the pier must close', 'the authors of the “Harbour Plan”', 'wrote']]],
    ['Monday, the authors of the “Harbour Plan” wrote that the pier must close.', [['the pier must close', 'the authors of the “Harbour Plan”', 'wrote']]],
    ['After they met Ada Brook, the authors of the “Harbour Plan” wrote that the pier must close.', [['the pier must close', 'the authors of the “Harbour Plan”', 'wrote']]],
    // (a name set off by its appositive still speaks, after a subordinator too)
    ['Dr. Ada Brook, a planner and author of the “Harbour Plan,” wrote that the pier must close.', [['the pier must close', 'Ada Brook', 'wrote']]],
    ['As Ada Brook, a professor and author of “Rules,” put it, the pier must close.', [['the pier must close', 'Ada Brook', 'put it']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read71: "the nurse" goes back across a sentence opened by "he"/"she" only when the pronoun fits the person named', () => {
  test.each([
    ['Mary Achterberg has worked on the ward for years. He keeps the keys to every room. "We are tired," the nurse said.', [['We are tired,', 'the nurse', 'said']]],
    ['Tom Achterberg has worked on the ward for years. She keeps the keys to every room. "We are tired," the nurse said.', [['We are tired,', 'the nurse', 'said']]],
    // (a pronoun of the person's gender, or of a name whose gender nothing tells, still bridges)
    ['Mary Achterberg has worked on the ward for years. She keeps the keys to every room. "We are tired," the nurse said.', [['We are tired,', 'Mary Achterberg', 'said']]],
    ['Tom Achterberg has worked on the ward for years. He keeps the keys to every room. "We are tired," the nurse said.', [['We are tired,', 'Tom Achterberg', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read71: a "not" before a whole opens the speaker only when it is no verb\'s negation', () => {
  test.each([
    ['The plan was not everyone said it would be.', [['it would be', 'everyone', 'said']]],
    ['The levy is not all its backers said it would be.', [['it would be', 'its backers', 'said']]],
    // (a "not" opening the phrase stays)
    ['Not everyone said the ferry would sail.', [['the ferry would sail', 'Not everyone', 'said']]],
    ['But not all residents said the ferry would sail.', [['the ferry would sail', 'not all residents', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read71: "held that" and a noun it may take for object is no ruling only inside a relative clause', () => {
  test.each([
    ['The court held that position was untenable.', [['position was untenable', 'The court', 'held']]],
    ['The tribunal held that office holders must resign.', [['office holders must resign', 'The tribunal', 'held']]],
    // (in a relative clause the verb after the noun is the main clause's)
    ['Voters who have long held that view stayed home.', []],
    ['The party that held that seat lost it in May.', []],
    ['Ann Lee held that post for years.', []],
  ] as [string, Row[]][])('%s', both);
});
