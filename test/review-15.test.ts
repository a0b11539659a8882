/**
 * Review round 15a: wrong guesses found by a review of the rules merged in
 * this stop (bound10, names14, recall10). Invented sentences and names, with
 * the exact parts, speaker, cue and rule expected.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

// 1. ", as did X," is an aside the content may go on after: "..., and would sign it"
const asAside: [string, string, Row[]][] = [
  ['a coordinated verb after the aside', 'The mayor said he backed the levy, as did most members of the council, and would sign it.', [
    row(['he backed the levy, as did most members of the council, and would sign it'], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['an adverb and a verb after the aside', 'Ms. Dunmore said she opposed the toll, as did Tom Reyes, but never voted against it.', [
    row(['she opposed the toll, as did Tom Reyes, but never voted against it'], 'Ms. Dunmore', 'said', 'reported/cue-clause'),
  ]],
  // the aside at the end is still cut, an appositive after it included
  ['the aside closing the content', 'The governor said the state would not back the bill, as has the mayor.', [
    row(['the state would not back the bill'], 'The governor', 'said', 'reported/cue-clause'),
  ]],
  ['an appositive in the aside', 'The governor said the state would not back the bill, as has Ann Ruiz, the mayor of Dover.', [
    row(['the state would not back the bill'], 'The governor', 'said', 'reported/cue-clause'),
  ]],
];

describe('review 15a: the content goes on after ", as did X,"', () => {
  test.each(asAside)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
