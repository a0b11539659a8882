/**
 * Content starts, round 16 (issue 11): a direct quotation that no rule
 * attributed and that goes on the object of a verb shortly before it takes
 * that object (a mixed quote, `attribution/reported/that-fragment.ts`), with
 * an infinitive that belongs to the object. Invented sentences with the exact
 * parts, speaker, cue and rule expected, and the negatives the widening must
 * leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['the object of a verb before the quotation', 'Ada Moss wants the harbor board "to publish every contract it signs before the vote next spring."', [
    row(['the harbor board', 'to publish every contract it signs before the vote next spring.'], 'Ada Moss', null, 'direct/fallback-subject', 'mixed'),
  ]],
  ['a prepositional object', 'Councilman Tom Reyes blamed the harbor board "for every delay, every overrun and every broken promise since the ferry opened."', [
    row(['the harbor board', 'for every delay, every overrun and every broken promise since the ferry opened.'], 'Councilman Tom Reyes', null, 'direct/fallback-subject', 'mixed'),
  ]],
  // an infinitive inside the object: the object starts after the verb before it
  ['an infinitive inside the object', 'The mayor voted for the plan to rebuild the pier from "the point of view of a town that lives on its harbor and its ferries."', [
    row(['for the plan to rebuild the pier from', 'the point of view of a town that lives on its harbor and its ferries.'], 'The mayor', null, 'direct/fallback-subject', 'mixed'),
  ]],
  ['no speaker', 'The new levy commits the county to "pay for every school and every road in the county within a decade or two."', [
    row(['the county to', 'pay for every school and every road in the county within a decade or two.'], null, null, 'direct/unattributed', 'mixed'),
  ]],
];

const negatives: [string, string, Row[]][] = [
  // a headline in capitals before the quotation is no clause
  ['a headline in capitals', 'HARBOR TAX "The county board approved a new tax on every ferry ticket sold at the harbor this summer."', [
    row(['The county board approved a new tax on every ferry ticket sold at the harbor this summer.'], null, null, 'direct/unattributed', 'direct'),
  ]],
  // "such as" gives the quotation as an example
  ['an example after "such as"', 'The port runs a website with stories such as "Ferries make towns richer and happier than bridges ever could"', [
    row(['Ferries make towns richer and happier than bridges ever could'], null, null, 'direct/unattributed', 'direct'),
  ]],
  // a verb right before the opening mark leaves no object
  ['no word between the verb and the quotation', 'The harbor report found "no sign that the ferry will pay for itself within the next ten years."', [
    row(['no sign that the ferry will pay for itself within the next ten years.'], 'The harbor report', null, 'direct/fallback-subject', 'direct'),
  ]],
];

describe('a quotation that goes on the object of a verb takes the object', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('a quotation after a verb and its object: negatives', () => {
  test.each(negatives)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
