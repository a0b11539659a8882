/**
 * cue23: missed requests reported as an infinitive after a listener that
 * holds more than plain words (rule `reported/cue-infinitive`): a possessive,
 * two listeners joined by "and", a bracketed party tag, an aside between
 * commas, and "to at least" before the verb. Negatives: cue words that report
 * nothing here. Invented sentences with the exact parts, speaker, cue and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const found: [string, string, Row[]][] = [
  ["called on X's Y to", "The tenants called on the city's housing office to inspect the building.", [
    row(["the city's housing office to inspect the building"], 'The tenants', 'called on', 'reported/cue-infinitive'),
  ]],
  ['called on X and Y to', 'The editor called on Ms. Pell and Mr. Dorn to release their tax returns.', [
    row(['Ms. Pell and Mr. Dorn to release their tax returns'], 'The editor', 'called on', 'reported/cue-infinitive'),
  ]],
  ['called on X (R) to', 'On Friday, Rep. Lena Marsh (D-Vt.) called on Gov. Paul Reyes (R) to resign over the bridge collapse.', [
    row(['Gov. Paul Reyes (R) to resign over the bridge collapse'], 'Rep. Lena Marsh (D-Vt.)', 'called on', 'reported/cue-infinitive'),
  ]],
  ['urged X, aside, to', 'The governor urged lawmakers, once again, to pass the water bill.', [
    row(['lawmakers, once again, to pass the water bill'], 'The governor', 'urged', 'reported/cue-infinitive'),
  ]],
  ['called on X to at least', 'A local paper called on the candidate to at least visit the flooded towns.', [
    row(['the candidate to at least visit the flooded towns'], 'A local paper', 'called on', 'reported/cue-infinitive'),
  ]],
];

const none: [string, string][] = [
  ['"promised" as an adjective', 'The settlers finally reached the promised land.'],
  ['"accused" as a noun', 'The accused was led from the courtroom in handcuffs.'],
  ['"praised" in a passive with no speaker', 'The volunteers were praised for their quick response to the flood.'],
  ['"called on" a visit, no infinitive', 'Ms. Pell called on her neighbours and then left for the airport.'],
];

describe('cue23: listeners before an infinitive', () => {
  test.each(found)('%s', (_name, text, expected) => {
    expect(rows(extract(text))).toEqual(expected);
  });
  test.each(none)('%s', (_name, text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});
