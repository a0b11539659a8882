/**
 * Content boundaries of reported speech, round 18 (bound18): where a clause
 * after a cue and an adjunct of where it was said starts. The "that" after
 * the adjunct's noun phrase opens the clause even when it reads as a
 * determiner (`in a column in the Dover Post that anger ... was growing`) or
 * the adjunct holds a hyphened word (`in an op-ed that ...`)
 * (`reported/cue-then-content.ts`). A "said" after a comma before a name or a
 * determiner inverts another speaker's attribution and ends the content before
 * it (`reported/next-attribution.ts`). Invented sentences with the exact parts,
 * speaker, cue and rule expected, and the rows that must stay as they are.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['wrote in an op-ed that X', 'The mayor wrote in a Harbor Times op-ed that she opposed the new levy.', [
    row(['she opposed the new levy'], 'The mayor', 'wrote', 'reported/cue-that'),
  ]],
  ['noted in a column in the Post that anger ... was growing', "Lee noted in a guest column in Sunday's Dover Post that anger over the levy was growing.", [
    row(['anger over the levy was growing'], 'Lee', 'noted', 'reported/cue-that'),
  ]],
  // "said" after a comma before a name inverts another attribution: the clause before it is that speaker's
  ['told X that Y, said Ann Moss, a city aide.', 'The mayor told the council that the fee would not rise, said Ann Moss, a city aide.', [
    row(['The mayor told the council that the fee would not rise'], 'Ann Moss, a city aide', 'said', 'reported/content-cue-speaker'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a relative "that" inside the clause's subject, with no adjunct before it
  ['said mothers that skip ... should', 'The aide said mothers that skip the clinic visits should get a call.', [
    row(['mothers that skip the clinic visits should get a call'], 'The aide', 'said', 'reported/cue-clause'),
  ]],
  ['said in a radio interview that X', 'The aide said in a radio interview that rents in the harbor district would rise.', [
    row(['rents in the harbor district would rise'], 'The aide', 'said', 'reported/cue-that'),
  ]],
  // a participle "said to be" is no inverted attribution
  ['said the deal, said to be worth ..., would close', 'Lee said the deal, said to be worth millions, would close soon.', [
    row(['the deal, said to be worth millions, would close soon'], 'Lee', 'said', 'reported/cue-clause'),
  ]],
];

for (const [title, table] of [['content boundaries, round 18', cases], ['content boundaries, round 18, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
