/**
 * Speaker names, round 38 (names38): a first name alone (a known first name,
 * or one word after an honorific) joins the one person's full name of two
 * capitalised words that the text opens with it, before or after it
 * (`Her daughter, Jane,` ... `Jane Hollis`; `Ms. Gao` ... `Gao Junlan`); with
 * two such full names it stays alone.
 * Invented sentences; each row: input, and the expected
 * `quote | cue | name | kind | via | mention` of each quote in order, then
 * the speaker entity of each quote (`name | kind | mentions`).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { entityRows, nameRows } from './support/name-rows.js';

// [rule family, invented input, expected quote rows then the speaker entities]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['first name, full name after', 'Her daughter, Jane, said the farm was sold. Later, Jane Hollis said the buyers were local.', [
    'the farm was sold | said | Jane Hollis | person | name | Her daughter, Jane',
    'the buyers were local | said | Jane Hollis | person | name | Jane Hollis',
    'Jane Hollis | person | Her daughter, Jane, Jane Hollis',
    'Jane Hollis | person | Her daughter, Jane, Jane Hollis',
  ]],
  ['honorific, family name first', 'Ms. Gao said the school was full. Gao Junlan, a teacher, had warned that it would be.', [
    'the school was full | said | Gao Junlan | person | name | Ms. Gao',
    'it would be | had warned | Gao Junlan | person | name | Gao Junlan, a teacher',
    'Gao Junlan | person | Ms. Gao, Gao Junlan, a teacher',
    'Gao Junlan | person | Ms. Gao, Gao Junlan, a teacher',
  ]],
  // negative: two full names open with the first name, so it joins neither
  ['negative', 'Jane said the farm was sold. Jane Hollis said the buyers were local. Jane Pruitt said the price was fair.', [
    'the farm was sold | said | Jane | person | name | Jane',
    'the buyers were local | said | Jane Hollis | person | name | Jane Hollis',
    'the price was fair | said | Jane Pruitt | person | name | Jane Pruitt',
    'Jane | person | Jane',
    'Jane Hollis | person | Jane Hollis',
    'Jane Pruitt | person | Jane Pruitt',
  ]],
];

describe('names 38: a first name alone joins the one full name it opens', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
