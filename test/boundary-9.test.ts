/**
 * Content boundaries of reported speech, round 9 (issue 11): invented
 * sentences with the exact parts, speaker, cue and rule expected, and the
 * rows each change must leave as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a time noun after an article is the object's own: no dangling "in the"
  ['criticized the fares in the week ...', 'Ms. Vale criticized the ferry fares in the week before the vote.', [
    row(['the ferry fares'], 'Ms. Vale', 'criticized', 'reported/cue-object'),
  ]],
  // "..., the latter a ...": an appositive that points back is the narrator's
  ['said X and Y, the latter a ...', 'Ms. Vance said the town had closed two parks and a pool, the latter a favorite of local children.', [
    row(['the town had closed two parks and a pool'], 'Ms. Vance', 'said', 'reported/cue-clause'),
  ]],
  // the part after a parenthetical cue loses the narrator's appositive too
  ['X, she said, Y, the latter a ...', 'Most of the shutdowns, Ms. Vance said, hit parks and pools, the latter a favorite of local children.', [
    row(['Most of the shutdowns', 'hit parks and pools'], 'Ms. Vance', 'said', 'reported/content-speaker-cue'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a bare time word still ends the object
  ['criticized the fares last week', 'Ms. Vale criticized the ferry fares last week.', [
    row(['the ferry fares'], 'Ms. Vale', 'criticized', 'reported/cue-object'),
  ]],
  // "the former" before a noun is no appositive that points back
  ['said X, the former mayor of ...', 'Ms. Vance said the town had hired Tom Abel, the former mayor of Dunmore.', [
    row(['the town had hired Tom Abel, the former mayor of Dunmore'], 'Ms. Vance', 'said', 'reported/cue-clause'),
  ]],
  // inside a list set off by a colon and semicolons, ", a ..." is one more item
  ['X, they say, is twofold: A; and most of all, a ...', 'The appeal of the plan, dock workers say, is twofold: the pay; the hours; and most of all, a feeling that someone listens.', [
    row(['The appeal of the plan', 'is twofold: the pay; the hours; and most of all, a feeling that someone listens'], 'dock workers', 'say', 'reported/content-speaker-cue'),
  ]],
];

for (const [title, table] of [['content boundaries, round 9', cases], ['content boundaries, round 9, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
