/**
 * Nested attributions, nested22 (issue 11): PolNeAR gold never holds an
 * attribution inside another one's content, so an outer report must carry the
 * whole clause. Rule `reported/cue-np-object` now reads "echo" with an object
 * headed by a noun of words said ("echoed those comments"), the words taken
 * up being what is reported, and cuts that object before a "by" and a gerund
 * (the means, a report of its own). A reported clause whose first words are a
 * bare noun phrase joined by "and" to a second subject keeps the verb of that
 * second subject inside ("said his band and its producer wrote ..."): the
 * "and" joins two subjects of one clause, not two reports. Invented sentences
 * with the exact parts, speaker, cue and rule expected; negative rows for
 * objects that are no words said and for verbs left out.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['echoed DET NOUN-of-saying', 'The harbor master echoed those comments on Tuesday.', [
    row(['those comments on Tuesday'], 'The harbor master', 'echoed', 'reported/cue-np-object'),
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
  // "said NP and NP VERB": two subjects of one reported clause, the later cue is the content's own
  ['said X and Y wrote Z', 'The singer said his band and its producer wrote a dozen new songs.', [
    row(['his band and its producer wrote a dozen new songs'], 'The singer', 'said', 'reported/cue-clause'),
  ]],
  // a clause with its own verb before "and" still ends there: a second report
  ['said X was Y and Z said W', 'Ms. Orlo said the vote was fair and Mr. Holm said it was not.', [
    row(['the vote was fair'], 'Ms. Orlo', 'said', 'reported/cue-clause'),
    row(['it was not'], 'Mr. Holm', 'said', 'reported/cue-clause'),
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

describe('nested22: nested attributions', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s: nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
