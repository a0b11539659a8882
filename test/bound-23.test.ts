/**
 * Content boundaries, bound23 (issue 15): exact content of the opt-in
 * categories. Lenient-not-exact pairs of thought, stance, evidence, writing
 * and source items on PolNeAR train, grouped by producing rule and by the end
 * that is off. Invented sentences with the exact parts, speaker, cue and rule
 * expected, read with every category on; negative rows show what stays.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const every = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

// A thought or a finding is the narrator's reading of someone: a quotation with no attribution of its own in the
// next sentence or paragraph is no part of it (as it is of what someone said, wrote or praised). The quotation
// stays a quote of its own, as with the default categories.
const heldBack: [string, string, Row[]][] = [
  ['X fears A. "B."', 'The fisherman fears the harbor has lost its best years. "Nobody buys our catch anymore."', [
    row(['the harbor has lost its best years'], 'The fisherman', 'fears', 'reported/cue-clause'),
    row(['Nobody buys our catch anymore.'], 'The fisherman', null, 'direct/fallback-previous', 'direct'),
  ]],
  ['X believes A. "B."', 'The mayor believes the new ferry will bring more visitors. "We have waited a long time for this."', [
    row(['the new ferry will bring more visitors'], 'The mayor', 'believes', 'reported/cue-clause'),
    row(['We have waited a long time for this.'], 'The mayor', null, 'direct/fallback-previous', 'direct'),
  ]],
  ['a survey shows A. "B."', 'A new county survey shows most residents oppose the toll. "The bridge should stay free for everyone."', [
    row(['most residents oppose the toll'], 'A new county survey', 'shows', 'reported/evidence-clause'),
    row(['The bridge should stay free for everyone.'], 'A new county survey', null, 'direct/fallback-previous', 'direct'),
  ]],
  ['X worry A. / "B." (next paragraph)', 'Shop owners on Main Street worry the new bypass will empty the town center.\n\n"Half of our customers used to stop here on the way to the coast."', [
    row(['the new bypass will empty the town center'], 'Shop owners on Main Street', 'worry', 'reported/cue-clause'),
    row(['Half of our customers used to stop here on the way to the coast.'], null, null, 'direct/context', 'direct'),
  ]],
];

// what someone said, wrote or praised goes on with the quotation after it, as before
const joined: [string, string, Row[]][] = [
  ['X praised A. "B."', 'The governor praised the ferry crews for their work during the storm. "They kept the island going."', [
    row(['the ferry crews for their work', 'They kept the island going.'], 'The governor', 'praised', 'reported/cue-object', 'mixed'),
  ]],
  ['X said A. "B."', 'The mayor said the new ferry will bring more visitors. "We have waited a long time for this."', [
    row(['the new ferry will bring more visitors', 'We have waited a long time for this.'], 'The mayor', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['X wrote that A. "B."', 'The coach wrote that the team had played its worst game of the season. "We let our fans down."', [
    row(['the team had played its worst game of the season', 'We let our fans down.'], 'The coach', 'wrote', 'reported/cue-that', 'mixed'),
  ]],
];

// After a trailing source phrase, "including" and "compared with" add to the source or compare what it says: the
// attributed clause does not go on with them (a participle of the clause's subject still does).
const sourceTail: [string, string, Row[]][] = [
  ['A, according to X, including Y.', 'Turnout rose sharply in the river towns, according to three state polls, including one taken last week.', [
    row(['Turnout rose sharply in the river towns'], 'three state polls', 'according to', 'reported/according-to-trail'),
  ]],
  ['A, according to X, compared with Y.', 'The new rule would cut the average water bill to 40 dollars, according to city officials, compared with 55 dollars today.', [
    row(['The new rule would cut the average water bill to 40 dollars'], 'city officials', 'according to', 'reported/according-to-trail'),
  ]],
  // negative: a participle of the clause's subject goes on with the clause
  ['A, according to X, becoming Y.', 'The mayor signed the order, according to court records, becoming the first official to do so.', [
    row(['The mayor signed the order', 'becoming the first official to do so'], 'court records', 'according to', 'reported/according-to-trail'),
  ]],
];

describe('content boundaries, bound23: a trailing source phrase\'s own tail', () => {
  test.each(sourceTail)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
    expect(rows(extract(input, every))).toEqual(expected);
  });
});

// An opt-in content that a rule stopped before an aside or a new clause never ends on "and", "or" or "but".
const dangling: [string, string, Row[]][] = [
  ['X were expected to A and, if ..., B', 'The analysts were expected to raise their forecast and, if the numbers hold, the bank will cut rates.', [
    row(['The analysts', 'to raise their forecast'], null, 'were expected', 'reported/impersonal'),
  ]],
  ['X is supporting Y as Z and in a statement ...', 'The county chair is supporting Ramirez as a delegate and in a statement credited her for "a steady hand in hard times."', [
    row(['Ramirez as a delegate'], 'The county chair', 'is supporting', 'reported/cue-quoted-object'),
  ]],
];

describe('content boundaries, bound23: no opt-in content ends on a conjunction', () => {
  test.each(dangling)('%s', (_name, input, expected) => {
    expect(rows(extract(input, every))).toEqual(expected);
  });
});

describe('content boundaries, bound23: a thought or finding takes no quotation after it', () => {
  test.each(heldBack)('%s', (_name, input, expected) => {
    expect(rows(extract(input, every))).toEqual(expected);
  });
});

describe('content boundaries, bound23: speech, writing and stances still take the quotation after them', () => {
  test.each(joined)('%s', (_name, input, expected) => {
    expect(rows(extract(input, every))).toEqual(expected);
  });
});
