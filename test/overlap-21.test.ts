/**
 * A quote after a colon that closes a reported clause belongs to the clause
 * (src/refine/colon-in-clause.ts); one after a colon clause that no report
 * holds stays direct. Exact parts, speaker, cue, rule and kind.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const colonInClause: [string, string, Row[]][] = [
  [
    'a note quoted after a colon in a that-clause',
    'Ann Vidal, who runs a bakery, said on Monday that she sent the board the same note: "Please vote no on the levy."',
    [row(['she sent the board the same note: "Please vote no on the levy."'], 'Ann Vidal', 'said', 'reported/cue-that', 'mixed')],
  ],
  [
    'a quote after a colon in a clause with no "that"',
    'Tom Reyes said the plan was a gift to developers: "They wrote it and we paid for it."',
    [row(['the plan was a gift to developers: "They wrote it and we paid for it."'], 'Tom Reyes', 'said', 'reported/cue-clause', 'mixed')],
  ],
];

const colonKept: [string, string, Row[]][] = [
  [
    'a colon clause that no report holds',
    'The board sent a short note: "Please vote no on the levy."',
    [row(['Please vote no on the levy.'], 'The board', 'sent a short note:', 'direct/clause-colon', 'direct')],
  ],
];

const tables: [string, [string, string, Row[]][]][] = [
  ['a quote after a colon that closes a reported clause is the clause\'s', colonInClause],
  ['but one after a colon clause no report holds stays direct', colonKept],
];

for (const [title, table] of tables) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
