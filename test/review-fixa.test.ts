/**
 * Review fixes in the attribution area (branch fixa): the narrator's words
 * kept out of reported content, "add"/"maintain" with a noun subject, the
 * labels of "call", and the dateline shape. Invented sentences and names, with
 * the exact parts, speaker, cue and rule expected, and the negatives.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';
import { ALL, row as catRow, rows as catRows, type Row as CatRow } from './support/category-rows.js';

const cases: [string, string, Row[]][] = [
  // a ")" and a dash inside the sentence are no dateline: the whole clause is the content
  ['a parenthesis and dashes in the clause', 'The plan (a draft) - not final - is dead, Hale said.', [
    row(['The plan (a draft) - not final - is dead'], 'Hale', 'said', 'reported/content-speaker-cue'),
  ]],
  // a dateline in capitals with its agency at the start of a paragraph is the narrator's
  ['a dateline with its agency', 'DENVER (Wire) - The ferry plan is dead, Hale said.', [
    row(['The ferry plan is dead'], 'Hale', 'said', 'reported/content-speaker-cue'),
  ]],
  // "add" and "maintain" without "that": a noun subject and a finite verb make a reported clause
  ['added + noun subject + modal', 'Hale added the vote would be close.', [row(['the vote would be close'], 'Hale', 'added', 'reported/cue-clause')]],
  ['maintained + noun subject + was', 'Hale maintained the bill was fair.', [row(['the bill was fair'], 'Hale', 'maintained', 'reported/cue-clause')]],
  ['adds + noun subject + verb in -s', 'Ms. Oduya adds the ferry needs a new engine.', [row(['the ferry needs a new engine'], 'Ms. Oduya', 'adds', 'reported/cue-clause')]],
  // ... but a noun phrase alone, or with a participle, is an object
  ['maintained a lead', 'The mayor maintained a wide lead in the polls.', []],
  ['added a ferry built', 'The club added a second ferry built in 1990.', []],
  // an adverb that links no sentences is the speaker's own; a linking one is the narrator's
  ['Unfortunately, X, Y said', 'Unfortunately, the plan is dead, Hale said.', [row(['Unfortunately, the plan is dead'], 'Hale', 'said', 'reported/content-speaker-cue')]],
  ['Quickly, X, Y said', 'Quickly, the plan collapsed, Hale said.', [row(['Quickly, the plan collapsed'], 'Hale', 'said', 'reported/content-speaker-cue')]],
  ['Also, X, Y said', 'Also, the ferry will stop at the pier, Hale said.', [row(['the ferry will stop at the pier'], 'Hale', 'said', 'reported/content-speaker-cue')]],
  ['However, X, Y said', 'However, the ferry will stop at the pier, Hale said.', [row(['the ferry will stop at the pier'], 'Hale', 'said', 'reported/content-speaker-cue')]],
];

describe('review fixes, default options', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review fixes, "call" needs a label after its object (every category on)', () => {
  const labels: [string, string, CatRow[]][] = [
    ['called + object + noun phrase', 'Mr. Tobin called the plan a waste of money.', [catRow(['the plan a waste of money'], 'Tobin', 'called', 'stance', 'reported/speech-object')]],
    ['called + object + adjective', 'Mr. Tobin called the new levy unfair to renters.', [catRow(['the new levy unfair to renters'], 'Tobin', 'called', 'stance', 'reported/speech-object')]],
    ['called + pronoun + adverb + adjective', 'Mr. Tobin called it very risky for the renters of the valley.', [
      catRow(['it very risky for the renters of the valley'], 'Tobin', 'called', 'stance', 'reported/speech-object'),
    ]],
    ['called + pronoun + noun phrase', 'Mr. Tobin called him a liar and a cheat.', [catRow(['him a liar and a cheat'], 'Tobin', 'called', 'stance', 'reported/speech-object')]],
    ['called + object with a prepositional phrase + adjective', 'Mr. Tobin called the feud with the county board unusual for the town.', [
      catRow(['the feud with the county board unusual for the town'], 'Tobin', 'called', 'stance', 'reported/speech-object'),
    ]],
  ];
  test.each(labels)('%s', (_name, input, expected) => {
    expect(catRows(extract(input, ALL))).toEqual(expected);
  });

  test.each([
    ['called + object only', 'Ms. Varga called the police.'],
    ['called + object + to', 'He called the meeting to order at noon.'],
    ['called + object + adjunct', 'Ms. Varga called the harbor office twice on Monday morning.'],
  ])('%s stays out', (_name, input) => {
    expect(catRows(extract(input, ALL))).toEqual([]);
  });
});

describe('review fixes, known limitations of reported/speech-object (every category on)', () => {
  // "question", "dismiss" and "cite" also take plain objects of other senses; no cheap shape check tells
  // these from "questioned the size of the contract" or "cited rising costs", so they are still reported
  // (a closing time leaves a stance's object, `reported/stance-adjunct`: "for several hours" is cut)
  test.each([
    ['questioned a suspect', 'Police questioned the suspect for several hours.', [catRow(['the suspect'], 'Police', 'questioned', 'stance', 'reported/speech-object')]],
    ['dismissed workers', 'The company dismissed forty workers last week.', [catRow(['forty workers last week'], 'The company', 'dismissed', 'stance', 'reported/speech-object')]],
    ['cited a driver', 'The officer cited the driver for speeding.', [catRow(['the driver for speeding'], 'The officer', 'cited', 'evidence', 'reported/speech-object')]],
  ] as [string, string, CatRow[]][])('%s (known limitation)', (_name, input, expected) => {
    expect(catRows(extract(input, ALL))).toEqual(expected);
  });
});
