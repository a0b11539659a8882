/**
 * Speaker names, round 27 (names27, wrong names where the cue is right):
 * a name of no known gender that modifies the common noun after it in a
 * noun phrase ("the Harbor Line trading floor", "a Millbrook lawyer", "her
 * Founders Day speech") names a thing, a place or a person's description,
 * not someone "he" or "she" stands for; the pronoun looks further back.
 * A name that ends in a firm's word ("Technologies", "Sciences",
 * "Holdings", "Caucus", "Partnership") is an organisation's.
 * "We" and "our" stand for no group or organisation named before: like
 * "I", they are the text's or the speaker's own voice.
 * Invented sentences; each row: input, and the expected
 * `name | kind | via | mention` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote's speaker as `name | kind | via | mention text`, or null. */
function speakers(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via} | ${q.speaker.mention?.text ?? ''}` : null));
}

// [rule family, invented input, expected speaker of each quote in order]
const TABLE: readonly (readonly [string, string, readonly (string | null)[]])[] = [
  // a name that modifies a noun is no antecedent of "she" or "he"
  ['noun-modifier', 'Greta Lindholm, a Costa Verde lawyer who advises small farms, has helped owners adapt to what she said is a new market.', [
    'Greta Lindholm | person | pronoun | she',
  ]],
  ['noun-modifier', 'Ravi Anand, a Costa Verde banker who manages family trusts, has helped clients adapt to what he said is a new market.', [
    'Ravi Anand | person | pronoun | he',
  ]],
  // the subject before the modifying name still wins, as before
  ['noun-modifier', 'Paul Dessard spent a decade at the Hollis Brandt plant before it closed. "We all saw it coming," he said.', [
    'Paul Dessard | person | pronoun | he',
  ]],
  // a name of known gender still may be the one: "the Hale campaign" is Tom Hale's
  ['known-gender', 'Tom Hale met voters in Dover on Monday. Later the Hale campaign held a rally. "We will win this state," he said.', [
    'Tom Hale | person | pronoun | he',
  ]],
  // a firm's last word ("Technologies", "Holdings", "Caucus"): an organisation, which "it" finds and "he" or "she" skips
  ['organisation-word', 'Corvex Technologies said the plant would close. "It was a hard choice," it said.', [
    'Corvex Technologies | organization | name | Corvex Technologies',
    'Corvex Technologies | organization | pronoun | it',
  ]],
  ['organisation-word', 'Brightwater Holdings said it would sell the mill. "The price was right," it said.', [
    'Brightwater Holdings | organization | name | Brightwater Holdings',
    'Brightwater Holdings | organization | pronoun | it',
  ]],
  ['organisation-word', 'The Coastal Caucus said the plan ignored small towns.', ['Coastal Caucus | organization | name | The Coastal Caucus']],
  // "we" is the writer's or the speaker's own voice, as "I" is: never the organisation or group named before
  ['first-person', 'The Harbor Council met on Tuesday. Later we asked whether the fees would rise.', ['we | unknown | pronoun | we']],
  ['first-person', 'Members of the Harbor Council voted on Tuesday. Down here on the docks, we keep talking about the fees.', ['we | unknown | pronoun | we']],
  // a name that heads its own phrase is unchanged
  ['unchanged', 'Maria Castell thanked the volunteers. "They carried us," she said.', [
    'Maria Castell | person | pronoun | she',
  ]],
];

describe('names 27: names that modify a noun, and firms, are no antecedent of he or she', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
});
