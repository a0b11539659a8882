/**
 * Nested attributions, nested22 (issue 11): PolNeAR gold never holds an
 * attribution inside another one's content, so an outer report must carry the
 * whole clause. Rule `reported/cue-np-object` now reads "echo" with an object
 * headed by a noun of words said ("echoed those comments"), the words taken
 * up being what is reported, and cuts that object before a "by" and a gerund
 * (the means, a report of its own). Invented sentences with the exact parts,
 * speaker, cue and rule expected; negative rows for objects that are no words
 * said and for verbs left out.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['echoed DET NOUN-of-saying', 'The harbor master echoed those comments on Tuesday.', [
    row(['those comments'], 'The harbor master', 'echoed', 'reported/cue-np-object'),
  ]],
  ['echoed NOUN-of-saying from X', 'Several council members echoed criticism from the port workers.', [
    row(['criticism from the port workers'], 'Several council members', 'echoed', 'reported/cue-np-object'),
  ]],
  ['echoed X by V-ing that Y: the means is a report of its own', 'The union leader echoed the warning by pointing out that the pier was closed.', [
    row(['the warning'], 'The union leader', 'echoed', 'reported/cue-np-object'),
    row(['the pier was closed'], 'The union leader', 'pointing out', 'reported/cue-that'),
  ]],
  ['echoed X, saying Y', 'The senator echoed the criticism, saying the levy was unfair.', [
    row(['the criticism'], 'The senator', 'echoed', 'reported/cue-np-object'),
    row(['the levy was unfair'], 'The senator', 'saying', 'reported/cue-clause'),
  ]],
  ['echoed the claim that X (cue-that keeps it whole)', 'Ms. Varga echoed the claim that the ferry had been sold.', [
    row(['the claim that the ferry had been sold'], 'Ms. Varga', 'echoed', 'reported/cue-that'),
  ]],
  // the older verbs of the rule are unchanged
  ['rebutted every charge', 'The minister rebutted every charge.', [
    row(['every charge'], 'The minister', 'rebutted', 'reported/cue-np-object'),
  ]],
];

const none: [string, string][] = [
  ['echoed a plan (no words said)', 'The mayor echoed the bridge plan.'],
  ['echoed the concerns (no noun of saying)', 'Two council members echoed the concerns of the fishermen.'],
  ['dismissed X as Y (left out of the default run)', 'The mayor dismissed the complaint as a stunt.'],
];

describe('nested22: an object of words said after "echo"', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s: nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
