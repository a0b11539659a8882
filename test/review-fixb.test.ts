/**
 * Review fixes, round 2, in the attribution area (branch fixb): a subject
 * before a mid-sentence quote, noun-tagged verbs of saying before a relative
 * "that", the gerund-clause and report-figure misfires, a fronted time phrase
 * before "was declared", curly doubled closing marks, time phrases after
 * "called", "That's partly according to", and "yes or no". Invented
 * sentences and names, with the exact parts, speaker, cue and rule expected,
 * and the negatives.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';
import { ALL, row as catRow, rows as catRows, type Row as CatRow } from './support/category-rows.js';

const cases: [string, string, Row[]][] = [
  // 1. the words before a mid-sentence quote are its subject unless the quote opens like a sentence
  ['an appositive subject before the quote', 'Ann Lee, the mayor, "is wrong. She knows it," Moss said.', [
    row(['Ann Lee, the mayor,', 'is wrong. She knows it,'], 'Moss', 'said', 'direct/mid-sentence-trailing-cue', 'mixed'),
  ]],
  ['a relative clause on the subject before the quote', 'The new plan, which few read, "is dead. It was never alive," Moss said.', [
    row(['The new plan, which few read,', 'is dead. It was never alive,'], 'Moss', 'said', 'direct/mid-sentence-trailing-cue', 'mixed'),
  ]],
  ['a fronted phrase before a quote that opens like a sentence', 'After the vote, "We won. It is over," Hale said.', [
    row(['We won. It is over,'], 'Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // 2. "note" before a relative "that" is a noun; a singular subject before "note that" is no subject
  ['a bank note that was torn', 'She found a bank note that was torn in half.', []],
  ['the program note that came', 'The program note that came with the disc was short.', []],
  ['a program note that the label printed', 'The program note that the label printed was short.', []],
  ['experts note that', 'Experts note that the ferry is old.', [row(['the ferry is old'], 'Experts', 'note', 'reported/cue-that')]],
  // 3, 4. a gerund subject after "said"
  ['said + gerund clause', 'Tom Reed said seeing so many boats in the bay was a delight.', [
    row(['seeing so many boats in the bay was a delight'], 'Tom Reed', 'said', 'reported/cue-gerund-clause'),
  ]],
  // 5. a time or a span after "reported" is no figure
  ['reported at a clock time', 'The crew reported at 6 a.m. for the night shift.', []],
  ['reported minutes late', 'The officer reported 10 minutes late for duty.', []],
  ['reported over years', 'She reported over 20 years for the paper.', []],
  ['reported a figure', 'Port police reported 90 break-ins last year.', [row(['90 break-ins last year'], 'Port police', 'reported', 'reported/report-figure')]],
  ['reported at least a figure', 'Port police reported at least 90 break-ins last year.', [
    row(['at least 90 break-ins last year'], 'Port police', 'reported', 'reported/report-figure'),
  ]],
  // 6. a fronted time phrase is not the subject of "was declared"
  ['last night + declared', 'Last night Reyes was declared the winner in Dover.', [
    row(['Reyes', 'the winner in Dover'], null, 'was declared', 'reported/declared-outcome'),
  ]],
  ['late on Tuesday + declared', 'Late on Tuesday Reyes was declared the winner in Dover.', [
    row(['Reyes', 'the winner in Dover'], null, 'was declared', 'reported/declared-outcome'),
  ]],
  ['a subject with a title + declared', 'Ms. Dale was declared the winner in Dover.', [
    row(['Ms. Dale', 'the winner in Dover'], null, 'was declared', 'reported/declared-outcome'),
  ]],
  // 7. a closing mark of two curly apostrophes ends its sentence like two straight ones
  ['curly doubled marks', 'Mia Holt said the bill was \u2018\u2018dead.\u2019\u2019 Then she left.', [
    row(['the bill was \u2018\u2018dead.\u2019\u2019'], 'Mia Holt', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['straight doubled marks', "Mia Holt said the bill was ''dead.'' Then she left.", [
    row(["the bill was ''dead.''"], 'Mia Holt', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  // 9. an adverb between "That's" and "according to"
  ["That's partly according to", "That's partly according to the port board.", [row(['That'], 'the port board', 'according to', 'reported/according-to-pronoun')]],
  ["That's according to", "That's according to the port board.", [row(['That'], 'the port board', 'according to', 'reported/according-to-pronoun')]],
  // 12. a closing bracket that no bracket in the content opens is left out of it
  ['a stray closing bracket', 'Ms. Lund said the pier was safe.) Then she left.', [row(['the pier was safe.'], 'Ms. Lund', 'said', 'reported/cue-clause')]],
  ['a bracket opened in the content', 'Ms. Lund said the pier (the old one) was safe.', [row(['the pier (the old one) was safe'], 'Ms. Lund', 'said', 'reported/cue-clause')]],
  // 10. "yes or no" before a noun is no answer
  ['yes or no questions', 'She said yes or no questions were banned.', []],
  ['yes while', 'Most members said yes while a third said no.', [
    row(['yes'], 'Most members', 'said', 'reported/cue-answer-to'),
    row(['no'], 'a third', 'said', 'reported/cue-answer'),
  ]],
];

describe('review fixes round 2, default options', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review fixes round 2, every category on', () => {
  test.each([
    // 4. "seeing" as a cue of thought does not stop the gerund clause
    ['said + gerund clause', 'Tom Reed said seeing so many boats in the bay was a delight.', [
      catRow(['seeing so many boats in the bay was a delight'], 'Tom Reed', 'said', 'speech', 'reported/cue-gerund-clause'),
    ]],
    // 8. a time phrase after the object of "call" is no label
    ['called + object + label', 'Mr. Tobin called the plan a waste of money.', [catRow(['the plan a waste of money'], 'Tobin', 'called', 'stance', 'reported/speech-object')]],
    ['called a cab this morning', 'Lee called a cab this morning.', []],
    ['called the office every day', 'Lee called the office every day.', []],
    ['called the shots that night', 'Lee called the shots that night.', []],
    ['called the desk yesterday', 'Lee called the desk yesterday.', []],
  ] as [string, string, CatRow[]][])('%s', (_name, input, expected) => {
    expect(catRows(extract(input, ALL))).toEqual(expected);
  });
});
