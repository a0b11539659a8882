/**
 * Content boundaries of reported speech (issue 11, bound14 round): a
 * preposition right after a reporting verb opens the verb's own adjunct or
 * complement ("told stories of how ...", "joked about it with friends"), not a
 * reported clause with no "that". Invented sentences with the exact parts,
 * speaker, cue and rule expected, and the clauses that must stay.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['told stories of how ...', 'Ms. Oduya told stories of how the ferry sank in 1950.', []],
  ['told X with what ...', 'The panel plans to check what he told the auditors with what he wrote in the ledger.', []],
  ['joked about it with ...', 'Mr. Vance, who joked about it with friends, now plans to sell the dock.', []],
];

const kept: [string, string, Row[]][] = [
  // "at least" before a number opens the clause's subject
  ['said at least N ...', 'Ms. Vale said at least nine ferries would run by June.', [
    row(['at least nine ferries would run by June'], 'Ms. Vale', 'said', 'reported/cue-clause'),
  ]],
  // an adjunct of time before the clause is skipped as before
  ['said in March X', 'The mayor said in March the ferry would run.', [row(['the ferry would run'], 'The mayor', 'said', 'reported/cue-clause')]],
  // a far "that" after an adjunct still opens the content
  ['claiming without evidence that X', 'The mayor was blunt, claiming without a shred of proof that the harbor board had lied.', [
    row(['the harbor board had lied'], 'The mayor', 'claiming', 'reported/cue-that'),
  ]],
  ['said in the town hall that X', 'Ms. Vale said in the town hall that the ferry would run.', [
    row(['the ferry would run'], 'Ms. Vale', 'said', 'reported/cue-that'),
  ]],
  // a preposition the cue takes keeps its topic
  ['warned against X', 'Ms. Vale warned against closing the dock.', [row(['closing the dock'], 'Ms. Vale', 'warned against', 'reported/cue-topic')]],
];

for (const [title, table] of [['content after a cue that opens with a preposition', cases], ['contents after a cue that must not move', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
