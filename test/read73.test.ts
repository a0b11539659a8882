/**
 * read73: review fixes of stop 60's merges.
 * - reported/source-phrase.ts: a comma inside the closing mark of a title
 *   after "According to the report" ends the source, as a comma after the
 *   mark does ('According to the report "Harbour Lights," the pier ...' had
 *   lost its report since the title joined the source);
 * - speakers/find/before.ts adverbInName: a name with a title keeps its
 *   name ("The Very Rev. Ann Lee" is Ann Lee, not "Very Ann Lee");
 * - reported/content-then-cue.ts objectNotSpeaker: after a plain main clause
 *   a bare noun after "admitted" is the inverted speaker whether or not the
 *   people-noun list knows it ("The gate was left open, admitted organisers.").
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read73: a comma inside the closing mark of a source title', () => {
  test.each([
    ['According to the report "Harbour Lights," the pier was sold in 1990.', [['the pier was sold in 1990', 'the report "Harbour Lights"', 'According to']]],
    ['According to her book “The Harbour,” the pier was sold in 1990.', [['the pier was sold in 1990', 'her book “The Harbour”', 'According to']]],
    ['But according to the study "Safe Piers," most piers are old.', [['most piers are old', 'the study "Safe Piers"', 'according to']]],
    ['(According to the report "Harbour Lights," the pier was sold in 1990.)', [['the pier was sold in 1990', 'the report "Harbour Lights"', 'According to']]],
    // a comma after the mark, as before
    ['According to her book "The Harbour", the pier was sold in 1990.', [['the pier was sold in 1990', 'her book "The Harbour"', 'According to']]],
    // nothing after the title: no report
    ['According to the report "Harbour Lights,"', []],
  ] as [string, Row[]][])('%s', both);
});

describe('read73: a capitalised adverb before a titled name', () => {
  test.each([
    ['The Very Rev. Ann Lee said the church would open.', [['the church would open', 'Ann Lee', 'said']]],
    // a name with no title takes the word, as before
    ['The Far East Trading Company said profits fell.', [['profits fell', 'Far East Trading Company', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read73: a bare noun after "admitted" that follows a plain main clause', () => {
  test.each([
    ['The gate was left open, admitted organisers.', [['The gate was left open', 'organisers', 'admitted']]],
    ['The gate was left open, admitted council bosses.', [['The gate was left open', 'council bosses', 'admitted']]],
    ['The gate was left open, admitted management.', [['The gate was left open', 'management', 'admitted']]],
    ['The gate was left open, admitted guards.', [['The gate was left open', 'guards', 'admitted']]],
    // after a subject set off by commas, the noun is the object, as before
    ['Kettle, of no fixed address, admitted robbery.', [['robbery', 'Kettle', 'admitted']]],
    ['Kettle, of no fixed address, admitted burglary charges.', [['burglary charges', 'Kettle', 'admitted']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read73: "those" or a quantifier before a participle and its preposition', () => {
  test.each([
    ['Those asked about the ferry said it was late.', [['it was late', 'Those asked about the ferry', 'said']]],
    ['Those questioned by police said they saw nothing.', [['they saw nothing', 'Those questioned by police', 'said']]],
    ['Many asked about the ferry said it was late.', [['it was late', 'Many asked about the ferry', 'said']]],
    // a noun before "asked", as before
    ['Voters asked about the ferry said it was late.', [['it was late', 'Voters asked about the ferry', 'said']]],
    // "those" as a determiner of a noun is no such subject
    ['Those voters said the ferry was late.', [['the ferry was late', 'Those voters', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read73: a quoted title glued to a role noun, a time phrase after the verb', () => {
  test.each([
    ['"Marsh Lights" star Vera Hollin said on Monday she would return.', [['she would return', 'Vera Hollin', 'said']]],
    ['"Marsh Lights" star Vera Hollin said Monday that she would return.', [['she would return', 'Vera Hollin', 'said']]],
    ['"Marsh Lights" star Vera Hollin said she would return.', [['she would return', 'Vera Hollin', 'said']]],
    // nothing after the time phrase: the quoted words are hers, as before
    ['"We are done" host Vera Hollin said on Monday.', [['We are done', 'Vera Hollin', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('read73: ", the court heard" with a time phrase', () => {
  test.each([
    ['Dane Pell followed the van home, the inquest heard on Monday.', [['Dane Pell followed the van home', null, 'heard']]],
    ['Dane Pell followed the van home, the court heard yesterday.', [['Dane Pell followed the van home', null, 'heard']]],
    // more than a time phrase after "heard": no such report
    ['Dane Pell followed the van home, the court heard on Monday from police.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('read73: a relative clause on a listener set off by commas', () => {
  test.each([
    ['Mara Quill told the crowd, who cheered, that the ferry was safe.', [['the ferry was safe', 'Mara Quill', 'told']]],
    ['Mara Quill told reporters, who said nothing, that the ferry was safe.', [['the ferry was safe', 'Mara Quill', 'told']]],
    ['Mara Quill told the crowd, who had waited for hours, that the ferry was safe.', [['the ferry was safe', 'Mara Quill', 'told']]],
    // with no commas and no relative clause, as before
    ['Mara Quill told the crowd that the ferry was safe.', [['the ferry was safe', 'Mara Quill', 'told']]],
  ] as [string, Row[]][])('%s', both);
});
