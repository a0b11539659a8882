/**
 * Content boundaries of reported speech, content71 round (issue 11): the
 * noun-phrase object of a cue goes on past a comma into a list of noun
 * phrases that closes the sentence (`reported/boundary/noun-list.ts`).
 * Invented sentences with the exact parts, speaker, cue and rule expected, and
 * the commas that must still end the object.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const lists: [string, string, Row[]][] = [
  ['praised A, B and C.', 'The mayor praised the new library, two parks and a clinic.', [
    row(['the new library, two parks and a clinic'], 'The mayor', 'praised', 'reported/cue-object'),
  ]],
  ['touted A, B, and C. (serial comma, possessives)', 'Ms. Okafor touted her plan for the harbor, her record on schools, and the new ferry terminal.', [
    row(['her plan for the harbor, her record on schools, and the new ferry terminal'], 'Ms. Okafor', 'touted', 'reported/cue-object'),
  ]],
  ['criticized A, B or C.', 'The senator criticized the port authority, the county board or the state.', [
    row(['the port authority, the county board or the state'], 'The senator', 'criticized', 'reported/cue-object'),
  ]],
  ['warned against A, B and C. (topic)', 'Mr. Lund warned against cuts to the ferry, the bus line and the rail link.', [
    row(['cuts to the ferry, the bus line and the rail link'], 'Mr. Lund', 'warned against', 'reported/cue-topic'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a relative clause after the comma is no list item
  ['praised A, which ...', 'The mayor praised the new library, which opened in May and draws crowds.', [
    row(['the new library'], 'The mayor', 'praised', 'reported/cue-object'),
  ]],
  // a participle clause after the comma is the narrator's, with a report of its own
  ['praised A, saying ...', 'The mayor praised the new library, saying it would help readers and students.', [
    row(['the new library'], 'The mayor', 'praised', 'reported/cue-object'),
    row(['it would help readers and students'], 'The mayor', 'saying', 'reported/cue-clause'),
  ]],
  // a new subject with a verb is a clause, not an item
  ['criticized A, and X verbed', 'The senator criticized the budget, and the council voted.', [
    row(['the budget'], 'The senator', 'criticized', 'reported/cue-object'),
  ]],
  // "like", "including" and a preposition open the narrator's aside
  ['praised A, like B and C', 'The mayor praised the new library, like the governor and the council.', [
    row(['the new library'], 'The mayor', 'praised', 'reported/cue-object'),
  ]],
  ['praised A, including B and C', 'The mayor praised the new library, including its garden and cafe.', [
    row(['the new library'], 'The mayor', 'praised', 'reported/cue-object'),
  ]],
  ['praised A, to the delight of B and C', 'The mayor praised the new library, to the delight of the council and the staff.', [
    row(['the new library'], 'The mayor', 'praised', 'reported/cue-object'),
  ]],
  // the list must close the sentence
  ['praised A, B and C, which ...', 'The mayor praised the new library, two parks and a clinic, which opened in May.', [
    row(['the new library'], 'The mayor', 'praised', 'reported/cue-object'),
  ]],
  // a time word in the list is the narrator's adjunct
  ['praised A, B and C last year', 'The mayor praised the new library, two parks and a clinic last year.', [
    row(['the new library'], 'The mayor', 'praised', 'reported/cue-object'),
  ]],
  // no conjunction: an appositive, not a list
  ['praised A, B.', 'The mayor praised the new library, a gift from the port.', [
    row(['the new library'], 'The mayor', 'praised', 'reported/cue-object'),
  ]],
];

describe('content71: a list of noun phrases closing the sentence stays in the object', () => {
  test.each(lists)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('content71: commas that still end the object', () => {
  test.each(kept)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('content71: nothing reported', () => {
  test('a list after a verb that reports nothing', () => {
    expect(rows(extract('The crew painted the old pier, two sheds and a boat.'))).toEqual([]);
  });
});
