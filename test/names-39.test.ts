/**
 * Speaker names, round 39 (names39): a participle after a comma goes with the
 * nearer clause joined by "and" or "but" when that clause has a name or a
 * personal pronoun for its subject (`A jury charged the guard and Varga fired
 * her chief, Tom Reyes, acknowledging that ...`), and with the subject of a
 * clause opened by a subordinator when its verb is progressive (`as Ms. Varga
 * is increasingly relying on him, mentioning ...`); a cue coordinated inside
 * an object relative clause takes that clause's subject, not the relative
 * word's antecedent (`The pact, which Ortiz called a disaster and vowed to
 * scrap`). Tycoon, mogul, magnate, billionaire and millionaire describe a
 * person. Invented sentences; each row: input, and the expected
 * `quote | cue | name | kind | via | mention` of each quote in order, then
 * the speaker entity of each quote (`name | kind | mentions`).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { entityRows, nameRows } from './support/name-rows.js';

// [rule family, invented input, expected quote rows then the speaker entities]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['participle after a joined clause', 'A jury charged the guard with theft and Varga fired her deputy, Tom Reyes, acknowledging that the town had lost trust in the force.', [
    'the town had lost trust in the force | acknowledging | Varga | person | name | Varga',
    'Varga | person | Varga',
  ]],
  ['participle after a joined clause', 'Lee read the report to the council and Ms. Ortiz signed it, saying the budget was balanced.', [
    'the budget was balanced | saying | Ortiz | person | name | Ms. Ortiz',
    'Ortiz | person | Ms. Ortiz',
  ]],
  ['progressive after a subordinator', 'The attacks come as Ms. Varga is increasingly relying on her husband, saying in almost every speech that he saved the firm.', [
    'he saved the firm | saying | Varga | person | name | Ms. Varga',
    'Varga | person | Ms. Varga',
  ]],
  ['object relative', 'The pact, which Ortiz had called a sham and promised to "tear up", was not mentioned.', [
    'to "tear up" | promised | Ortiz | person | name | Ortiz',
    'Ortiz | person | Ortiz',
  ]],
  ['object relative', 'The levy, which Dale Ortiz opposed in May and vowed to repeal, passed.', [
    'to repeal | vowed | Dale Ortiz | person | name | Dale Ortiz',
    'Dale Ortiz | person | Dale Ortiz',
  ]],
  ['person noun', 'The real estate mogul said the tower would open in June.', [
    'the tower would open in June | said | The real estate mogul | person | description | The real estate mogul',
    'The real estate mogul | person | The real estate mogul',
  ]],
  // negatives: "and" joining two nouns opens no clause; a subject relative ("which said") and a
  // wh-question after a verb ("to say who") keep the sentence's subject
  ['negative', 'Lee cut taxes and fees, saying the city had enough cash.', [
    'the city had enough cash | saying | Lee | person | name | Lee',
    'Lee | person | Lee',
  ]],
  ['negative', 'Lee read the letter, which said the plant would close, and added that jobs would be lost.', [
    'the plant would close | said | the letter | unknown | description | which',
    'jobs would be lost | added | Lee | person | name | Lee',
    'the letter | unknown | the letter, which',
    'Lee | person | Lee',
  ]],
  ['negative', 'Lee declined to say who Ortiz would back but said the race was close.', [
    'who Ortiz would back | say | Lee | person | name | Lee',
    'the race was close | said | Lee | person | name | Lee',
    'Lee | person | Lee',
    'Lee | person | Lee',
  ]],
];

describe('names 39: participles and coordinated cues take the subject of the nearer or the relative clause', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
