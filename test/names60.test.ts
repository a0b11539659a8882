/**
 * Helper names60: a speaker phrase after a cue runs on over a title in
 * quotation marks that is the object of its "of" ('wrote the authors of the
 * “Harbour Renewal Plan,”' is no bare "the authors"), with the nouns the
 * title modifies ('the host of the “Morning Tide” show'), and over a
 * document's title right after it ('concluded a new report “Rivers at Risk”'); a name set off
 * after the title speaks ('said the host of “Morning Tide,” Sam Pell'). The
 * comma or period inside the closing mark is no part of the name. A subject
 * right before its cue runs on over such a title too ('The authors of the
 * “Harbour Plan” wrote', which found no speaker). A "not"
 * before a whole opening the subject stays in the name ("Not everyone", "Not
 * all residents"): without it the speaker says the opposite. Sentences,
 * titles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('names60: a quoted title after "of" ends the speaker phrase after a cue', () => {
  test.each([
    ['“We must build more homes,” wrote the authors of the “Harbour Renewal Plan,” giving the example of Tarn.',
      [['We must build more homes,', 'the authors of the “Harbour Renewal Plan”', 'wrote']]],
    ['“We must build more homes,” wrote the authors of “Rivers at Risk.”',
      [['We must build more homes,', 'the authors of “Rivers at Risk”', 'wrote']]],
    ['“The river is dying,” said the host of the “Morning Tide” show.',
      [['The river is dying,', 'the host of the “Morning Tide” show', 'said']]],
    // a name after the title, its comma inside the marks, speaks
    ['“The river is dying,” said the host of “Morning Tide,” Sam Pell.',
      [['The river is dying,', 'Sam Pell', 'said']]],
    ['“The river is dying,” said the host of the “Morning Tide” show, Sam Pell.',
      [['The river is dying,', 'Sam Pell', 'said']]],
    // without marks, as before
    ['“We must build more homes,” wrote the authors of the plan.',
      [['We must build more homes,', 'the authors of the plan', 'wrote']]],
    ['“The river is dying,” said a spokesman for the council, Sam Pell.',
      [['The river is dying,', 'Sam Pell', 'said']]],
    // a document's title right after it
    ['“The river is dying,” concluded a new report “Rivers at Risk.”',
      [['The river is dying,', 'a new report “Rivers at Risk”', 'concluded']]],
    ['“The river is dying,” concluded a new report.',
      [['The river is dying,', 'a new report', 'concluded']]],
    // a name before "of" keeps its name
    ['“The river is dying,” said Sam Pell, the host of “Morning Tide.”',
      [['The river is dying,', 'Sam Pell', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names60: a quoted title after "of" right before the cue ends the subject', () => {
  test.each([
    ['The authors of the “Harbour Plan” wrote that the port needed new cranes.',
      [['the port needed new cranes', 'The authors of the “Harbour Plan”', 'wrote']]],
    ['The host of “Morning Tide” said that the river was dying.',
      [['the river was dying', 'The host of “Morning Tide”', 'said']]],
    // a name keeps its name
    ['Ida Marsh of the “Tarn Ledger” said that the river was dying.',
      [['the river was dying', 'Ida Marsh', 'said']]],
    // a title before the head, and no marks, as before
    ['In a statement, the authors of the “Harbour Plan” wrote that the port needed new cranes.',
      [['the port needed new cranes', 'the authors of the “Harbour Plan”', 'wrote']]],
    ['Ada Brook, a planner and author of the “Harbour Plan,” wrote that the port needed new cranes.',
      [['the port needed new cranes', 'Ada Brook', 'wrote']]],
    ['The “Harbour Plan” authors wrote that the port needed new cranes.',
      [['the port needed new cranes', 'The “Harbour Plan” authors', 'wrote']]],
    ['The authors of the Harbour Plan wrote that the port needed new cranes.',
      [['the port needed new cranes', 'The authors of the Harbour Plan', 'wrote']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names60: a "not" before a whole stays with the subject', () => {
  test.each([
    ['Not everyone was claiming that the plan worked.', [['the plan worked', 'Not everyone', 'was claiming']]],
    ['Not all residents said that the plan worked.', [['the plan worked', 'Not all residents', 'said']]],
    ['Not one senator said that the plan worked.', [['the plan worked', 'Not one senator', 'said']]],
    ['In Tarn, not everyone agrees on who should pay.', [['who should pay', 'not everyone', 'agrees on']]],
    // no "not", as before
    ['Everyone said that the plan worked.', [['the plan worked', 'Everyone', 'said']]],
    ['All residents said that the plan worked.', [['the plan worked', 'All residents', 'said']]],
    ['Residents, but not all, said that the plan worked.', [['the plan worked', 'Residents', 'said']]],
  ] as [string, Row[]][])('%s', both);
});
