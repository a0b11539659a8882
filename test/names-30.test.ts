/**
 * Speaker names, round 30 (names30): "who" after a noun of no person and a
 * preposition goes back to the person after it (`drew fire from Ann Lee, who
 * said`: the mention is "Ann Lee", not "fire from Ann Lee"); "his" or "her"
 * right after its clause's verb is the person the clause's subject describes
 * (`The minister renewed her warning that ...`); a transcript's
 * `CLARIFICATION:` or `CORRECTIONS:` labels a paragraph and names no speaker;
 * "who both said" speaks as the people before "who"; "she" or "he" with no
 * one before it is the person the writer reached (`I called a shopkeeper`).
 * Invented sentences; each row: input, and the expected
 * `quote | cue | name | kind | via | mention` of each quote in order, then
 * each quote's speaker entity as `name | kind | mentions`.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { entityRows, nameRows } from './support/name-rows.js';

// [rule family, invented input, expected quote rows then the speaker entities]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['who after a preposition', 'The plan drew fire from Mara Quillon, who said the plan was reckless.', [
    'the plan was reckless | said | Mara Quillon | person | name | who',
    'Mara Quillon | person | Mara Quillon, who',
  ]],
  ['who after a preposition', 'The levy drew criticism from Sen. Ines Varga, who argued that it would raise rents.', [
    'it would raise rents | argued | Ines Varga | person | name | who',
    'Ines Varga | person | Sen. Ines Varga, who',
  ]],
  ['who after a preposition', 'The bridge plan drew fire from a lawyer from Dover, who said it was unsafe.', [
    'it was unsafe | said | a lawyer from Dover | person | description | who',
    'a lawyer from Dover | person | a lawyer from Dover, who',
  ]],
  // a person before the preposition is the antecedent itself
  ['who after a preposition', 'The plan drew fire from the mayor of Dover, who said it was reckless.', [
    'it was reckless | said | the mayor of Dover | person | description | who',
    'the mayor of Dover | person | the mayor of Dover, who',
  ]],
  ['possessive of the subject', 'The minister renewed her warning that prices would rise.', [
    'prices would rise | warning | The minister | person | pronoun | her',
    'The minister | person | her',
  ]],
  ['possessive of the subject', 'The harbor master has repeatedly renewed his claim that the pier was unsafe.', [
    'the pier was unsafe | claim | The harbor master | person | pronoun | his',
    'The harbor master | person | his',
  ]],
  // the description fits the one person named before it (not the subject of the sentence before)
  ['possessive of the subject', 'Rosa Lind met Finance Minister Ines Varga on Monday. The minister renewed her warning that prices would rise.', [
    'prices would rise | warning | Ines Varga | person | pronoun | her',
    'Ines Varga | person | Finance Minister Ines Varga, her',
  ]],
  // a name for subject: the name rules, as before
  ['possessive of the subject', 'Tom Hale renewed his warning that prices would rise.', [
    'prices would rise | warning | Tom Hale | person | pronoun | his',
    'Tom Hale | person | Tom Hale, his',
  ]],
  ['the one the writer reached', 'I called a shopkeeper on Monday. "Prices keep rising," she told me.', [
    '"Prices keep rising," | told | a shopkeeper | person | pronoun | she',
    'a shopkeeper | person | she',
  ]],
  ['the one the writer reached', 'Our correspondent reached the harbor master. "We are ready," he told the station.', [
    '"We are ready," | told | the harbor master | person | pronoun | he',
    'the harbor master | person | he',
  ]],
  // the one called by a named person: the name rules, as before
  ['the one the writer reached', 'Tom Hale called a reporter. "We are ready," he said.', [
    '"We are ready," | said | Tom Hale | person | pronoun | he',
    'Tom Hale | person | Tom Hale, he',
  ]],
  ['who both', 'The mayor and the harbor master, who both argued that the pier was unsafe, left early.', [
    'the pier was unsafe | argued | The mayor and the harbor master | person | description | who',
    'The mayor and the harbor master | person | The mayor and the harbor master, who',
  ]],
  ['who both', 'Ines Varga and Otto Brandt, who both said that the levy would pass, spoke first.', [
    'the levy would pass | said | Ines Varga and Otto Brandt | person | name | who',
    'Ines Varga and Otto Brandt | person | Ines Varga and Otto Brandt, who',
  ]],
  ['colon label', 'REYES: We will win.\n\nHALE: Are you sure?\n\nCLARIFICATION: An earlier version of this story misspelled a name.', [
    'We will win | : | REYES | person | name | REYES',
    'Are you sure | : | HALE | person | name | HALE',
    'REYES | person | REYES',
    'HALE | person | HALE',
  ]],
  ['colon label', 'REYES: We will win.\n\nHALE: Are you sure?\n\nCORRECTIONS: The vote was on Tuesday.', [
    'We will win | : | REYES | person | name | REYES',
    'Are you sure | : | HALE | person | name | HALE',
    'REYES | person | REYES',
    'HALE | person | HALE',
  ]],
];

describe('names 30: who after a preposition, the possessive of a described subject, who both, colon labels', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
