/**
 * Speaker names, round 29 (names29, the antecedent of a non-restrictive
 * "who" after names joined by "and"): `drew fire from Ann Lee and Tom Reyes,
 * who said` speaks as both names, as `Ann Lee and Tom Reyes said` does; so
 * with a plural title before the pair (`Govs.`), a title before each name
 * (`Gov. Ann Lee and Sen. Tom Reyes`) and a list of three (`A, B and C, who`).
 * A singular verb after "who" (`who says`, `who has said`) and a list of four
 * take the last name alone; a person's description before the names (`the
 * aide to A and B, who`) leaves the rule out.
 * Invented sentences; each row: input, and the expected
 * `quote | cue | name | kind | via | mention` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { entityRows, nameRows } from './support/name-rows.js';

// [rule family, invented input, expected quote rows then (but for "unchanged" rows) the speaker entities]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['two names', 'The plan drew fire from Mara Quillon and Jon Pardee, who said that it would fail.', [
    'it would fail | said | Mara Quillon and Jon Pardee | person | name | who',
    'Mara Quillon and Jon Pardee | person | Mara Quillon and Jon Pardee, who',
  ]],
  ['two names', 'The bill was opposed by Ines Varga and Otto Brandt, who argued that it would raise rents.', [
    'it would raise rents | argued | Ines Varga and Otto Brandt | person | name | who',
    'Ines Varga and Otto Brandt | person | Ines Varga and Otto Brandt, who',
  ]],
  ['two names', 'Reporters spoke with Kofi Mensah and Lena Ortiz, who warned that the bridge was unsafe.', [
    'the bridge was unsafe | warned | Kofi Mensah and Lena Ortiz | person | name | who',
    'Kofi Mensah and Lena Ortiz | person | Kofi Mensah and Lena Ortiz, who',
  ]],
  ['plural title', 'The plan drew fire from Govs. Mara Quillon and Jon Pardee, who said that it would fail.', [
    'it would fail | said | Mara Quillon and Jon Pardee | person | name | who',
    'Mara Quillon and Jon Pardee | person | Govs. Mara Quillon and Jon Pardee, who',
  ]],
  ['plural title', 'The levy was backed by Sens. Ines Varga and Otto Brandt, who argued that schools needed the money.', [
    'schools needed the money | argued | Ines Varga and Otto Brandt | person | name | who',
    'Ines Varga and Otto Brandt | person | Sens. Ines Varga and Otto Brandt, who',
  ]],
  ['plural title', 'The panel heard from Drs. Kofi Mensah and Lena Ortiz, who warned that the clinic was short of staff.', [
    'the clinic was short of staff | warned | Kofi Mensah and Lena Ortiz | person | name | who',
    'Kofi Mensah and Lena Ortiz | person | Drs. Kofi Mensah and Lena Ortiz, who',
  ]],
  ['a title each', 'The plan drew fire from Gov. Mara Quillon and Sen. Jon Pardee, who said that it would fail.', [
    'it would fail | said | Mara Quillon and Jon Pardee | person | name | who',
    'Mara Quillon and Jon Pardee | person | Gov. Mara Quillon and Sen. Jon Pardee, who',
  ]],
  ['a title each', 'The bill was opposed by Rep. Ines Varga and Mayor Otto Brandt, who argued that it would raise rents.', [
    'it would raise rents | argued | Ines Varga and Otto Brandt | person | name | who',
    'Ines Varga and Otto Brandt | person | Rep. Ines Varga and Mayor Otto Brandt, who',
  ]],
  ['a title each', 'The panel heard from Dr. Kofi Mensah and Judge Lena Ortiz, who warned that the court was short of staff.', [
    'the court was short of staff | warned | Kofi Mensah and Lena Ortiz | person | name | who',
    'Kofi Mensah and Lena Ortiz | person | Dr. Kofi Mensah and Judge Lena Ortiz, who',
  ]],
  ['three names', 'The plan drew fire from Mara Quillon, Jon Pardee and Edwin Voss, who said that it would fail.', [
    'it would fail | said | Mara Quillon, Jon Pardee and Edwin Voss | person | name | who',
    'Mara Quillon, Jon Pardee and Edwin Voss | person | Mara Quillon, Jon Pardee and Edwin Voss, who',
  ]],
  ['three names', 'The bill was opposed by Ines Varga, Otto Brandt, and Rosa Lind, who argued that it would raise rents.', [
    'it would raise rents | argued | Ines Varga, Otto Brandt and Rosa Lind | person | name | who',
    'Ines Varga, Otto Brandt and Rosa Lind | person | Ines Varga, Otto Brandt, and Rosa Lind, who',
  ]],
  ['three names', 'The panel heard from Kofi Mensah, Lena Ortiz and Tariq Bell, who warned that the clinic was short of staff.', [
    'the clinic was short of staff | warned | Kofi Mensah, Lena Ortiz and Tariq Bell | person | name | who',
    'Kofi Mensah, Lena Ortiz and Tariq Bell | person | Kofi Mensah, Lena Ortiz and Tariq Bell, who',
  ]],
  // a singular verb after "who", or a list of four: the last name alone
  ['list of four', 'The plan drew fire from Tia Holm, Mara Quillon, Jon Pardee and Edwin Voss, who said that it would fail.', [
    'it would fail | said | Edwin Voss | person | name | who',
    'Edwin Voss | person | Edwin Voss, who',
  ]],
  ['singular verb', 'The plan drew fire from Mara Quillon and Jon Pardee, who says that it will fail.', [
    'it will fail | says | Jon Pardee | person | name | who',
    'Jon Pardee | person | Jon Pardee, who',
  ]],
  ['singular verb', 'The bill was opposed by Rep. Ines Varga and Mayor Otto Brandt, who has argued that it would raise rents.', [
    'it would raise rents | has argued | Otto Brandt | person | name | who',
    'Otto Brandt | person | Mayor Otto Brandt, who',
  ]],
  ['singular verb', 'The panel heard from Kofi Mensah and Lena Ortiz, who was warning that the clinic was short of staff.', [
    'the clinic was short of staff | was warning | Lena Ortiz | person | name | who',
    'Lena Ortiz | person | Lena Ortiz, who',
  ]],
  // negative cases: no pair of names right before the comma
  ['unchanged', 'The plan drew fire from Mara Quillon, who said that it would fail.', [
    'it would fail | said | Mara Quillon | person | name | who',
  ]],
  ['unchanged', 'Mara Quillon and Jon Pardee, who lead the panel, said that the plan would fail.', [
    'the plan would fail | said | Mara Quillon and Jon Pardee | person | name | Mara Quillon and Jon Pardee, who lead the panel',
  ]],
  // a person's description before the names: the rule stays out
  ['unchanged', 'The plan drew fire from the aide to Mara Quillon and Jon Pardee, who said that it would fail.', [
    'it would fail | said | Jon Pardee | person | name | who',
  ]],
];

describe('names 29: names joined by "and" before a non-restrictive "who"', () => {
  test.each(TABLE)('%s: %s', (family, input, expected) => {
    const r = extract(input);
    expect(family === 'unchanged' ? nameRows(r) : [...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
