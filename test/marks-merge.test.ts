/**
 * Two-apostrophe marks ('') in reported rules (issue 11, marks round): a
 * quoted object closed by '' ends where one closed by a double quote does.
 * Invented sentences with the exact parts, speaker, cue and rule expected.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { rows, type Row } from './support/rows.js';

const mixed = (parts: string[], speaker: string, cue: string, rule: string): Row => ({ kind: 'mixed', parts, speaker, cue, rule });

const cases: [string, string, Row[]][] = [
  // a medium phrase after a quoted object closed by '' is the narrator's
  ["called X ''Y'' in a radio interview", "Ms. Vance called the levy ''unfair'' in a radio interview on Sunday.", [
    mixed(["the levy ''unfair''"], 'Ms. Vance', 'called', 'reported/cue-quoted-object'),
  ]],
  // the same sentence with double quotes gives the same boundary
  ['called X "Y" in a radio interview', 'Ms. Vance called the levy "unfair" in a radio interview on Sunday.', [
    mixed(['the levy "unfair"'], 'Ms. Vance', 'called', 'reported/cue-quoted-object'),
  ]],
  // negative: a list of quoted words closed by '' goes on as one object
  ["called him ''A,'' ''B'' and ''C''", "The senator called him ''weak,'' ''tired'' and ''a loser.''", [
    mixed(["him ''weak,'' ''tired'' and ''a loser.''"], 'The senator', 'called', 'reported/cue-quoted-object'),
  ]],
];

describe("two-apostrophe marks in reported rules", () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
