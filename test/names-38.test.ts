/**
 * Speaker names, round 38 (names38): a first name alone (a known first name,
 * or one word after an honorific) joins the one person's full name of two
 * capitalised words that the text opens with it, before or after it
 * (`Her daughter, Jane,` ... `Jane Hollis`; `Ms. Gao` ... `Gao Junlan`); with
 * two such full names it stays alone. A capitalised plural opening a
 * sentence before a verb that agrees with a plural only (`Companies say`,
 * `Guidelines are`) is a description, not a person's name; a plural of people
 * (`Regulars`, a word of the list) or a people (`Germans`) stays a group.
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
  ['plural before a plural verb', 'Companies say the rule would weaken encryption.', [
    'the rule would weaken encryption | say | Companies | unknown | description | Companies',
    'Companies | unknown | Companies',
  ]],
  ['plural before a plural verb', 'Guidelines say students may use either room.', [
    'students may use either room | say | Guidelines | unknown | description | Guidelines',
    'Guidelines | unknown | Guidelines',
  ]],
  ['plural of people', 'Regulars say the bar will close in May.', [
    'the bar will close in May | say | Regulars | group | name | Regulars',
    'Regulars | group | Regulars',
  ]],
  // negatives: a people's plural stays a group's name that "they" stands for; a surname in -s before "says"
  ['negative', 'Germans are worried. They say the rules are unfair.', [
    'the rules are unfair | say | Germans | group | pronoun | They',
    'Germans | group | Germans, They',
  ]],
  ['negative', 'Hollins says the bar will close.', [
    'the bar will close | says | Hollins | person | name | Hollins',
    'Hollins | person | Hollins',
  ]],
];

describe('names 38: a first name alone joins the one full name it opens; plurals before a plural verb', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
