/**
 * Content boundaries of reported speech, round 10 (issue 11): invented
 * sentences with the exact parts, speaker, cue and rule expected, and the
 * rows each change must leave as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a plain "and" after a subject pronoun joins two subjects: the later cue is the content's own
  ['said both she and X promised ...', 'Dana Wirth said both she and Kell promised as candidates to fight the ferry tax.', [
    row(['both she and Kell promised as candidates to fight the ferry tax'], 'Dana Wirth', 'said', 'reported/cue-clause'),
  ]],
  ['said that X and that she and Y had spoken about ...', 'Ms. Orly said that about 40 guests had come to the dinner and that she and Mr. Brann had spoken briefly about the harbor.', [
    row(['about 40 guests had come to the dinner and that she and Mr. Brann had spoken briefly about the harbor'], 'Ms. Orly', 'said', 'reported/cue-that'),
  ]],
  // "even" goes with the "though" the content is cut at
  ['said X, even though he was warned ...', 'Mr. Tamm said Ross asked the interns to sort partisan files, even though he was warned against it.', [
    row(['Ross asked the interns to sort partisan files'], 'Mr. Tamm', 'said', 'reported/cue-clause'),
  ]],
  // a short time adjunct set off by a comma after the cue goes with the cue, the "even" or "just" before it too
  ['reported, even on Friday morning, X', 'The paper reported, even on Friday morning, the council was refusing to call the fire arson.', [
    row(['the council was refusing to call the fire arson'], 'The paper', 'reported', 'reported/cue-clause'),
  ]],
  ['reported just today, X', 'The station reported just today, the builder got subpoenas from the council.', [
    row(['the builder got subpoenas from the council'], 'The station', 'reported', 'reported/cue-clause'),
  ]],
  // ", as has X", ", as did X": the narrator's note on who else did the same
  ['said X, as have others', 'Ms. Vane said the clinic would stay open, as have other council members.', [
    row(['the clinic would stay open'], 'Ms. Vane', 'said', 'reported/cue-clause'),
  ]],
  ['said that X, as did the mayor', 'Ms. Vane said that the ferry should run at night, as did the mayor.', [
    row(['the ferry should run at night'], 'Ms. Vane', 'said', 'reported/cue-that'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a comma and "and" before another subject and cue still end the content
  ['said X, and Y said Z', 'Ms. Orly said the pier was safe, and Mr. Brann said it was not.', [
    row(['the pier was safe'], 'Ms. Orly', 'said', 'reported/cue-clause'),
    row(['it was not'], 'Mr. Brann', 'said', 'reported/cue-clause'),
  ]],
  // a noun before a plain "and" still opens another attribution
  ['said X and the mayor said Z', 'Ms. Orly said the pier was safe and the mayor said it was not.', [
    row(['the pier was safe'], 'Ms. Orly', 'said', 'reported/cue-clause'),
    row(['it was not'], 'the mayor', 'said', 'reported/cue-clause'),
  ]],
  // an "even though" clause with no cue of its own stays
  ['said X, even though Y', 'Mr. Tamm said the plan would fail, even though the council backed it.', [
    row(['the plan would fail, even though the council backed it'], 'Mr. Tamm', 'said', 'reported/cue-clause'),
  ]],
  // "even" before a noun phrase with no time word in it opens the clause
  ['said even X, Y and Z had erred', 'Ms. Hale said even the council, the mayor and the board had erred.', [
    row(['even the council, the mayor and the board had erred'], 'Ms. Hale', 'said', 'reported/cue-clause'),
  ]],
  // ", as" with a subject of its own stays
  ['said X, as it has for years', 'Ms. Vane said the clinic would stay open, as it has for years.', [
    row(['the clinic would stay open, as it has for years'], 'Ms. Vane', 'said', 'reported/cue-clause'),
  ]],
];

for (const [title, table] of [['content boundaries, round 10', cases], ['content boundaries, round 10, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
