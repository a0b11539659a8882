/**
 * names51: speaker names, open leads, on invented sentences. Exact parts,
 * speaker mention and name, cue and rule; plus the shapes that stay.
 *
 * - A surname alone right after a relative named in full spoke ("her son,
 *   Jonas Holt, said ... Holt said") is that relative, the person who spoke
 *   last, not the person of that surname named before the relative; not with
 *   a title that gives no gender ("Dr. Holt") or an honorific of the other
 *   gender ("Mrs. Holt" after "her son").
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // 1. a surname alone after a relative spoke: the relative
  ['"Holt said" right after "her son, Jonas Holt, said"', 'Maren Holt, a retired nurse, died on Monday. "She never stopped working," her son, Jonas Holt, said. "She was tireless," Holt said.', [
    named(['She never stopped working,'], 'her son, Jonas Holt', 'Jonas Holt', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['She was tireless,'], 'Holt', 'Jonas Holt', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Mr. Holt" after the son spoke is the son', 'Maren Holt, a retired nurse, died on Monday. Her son, Jonas Holt, said she had been ill. Mr. Holt said the house was sold.', [
    named(['she had been ill'], 'Her son, Jonas Holt', 'Jonas Holt', 'said', 'reported/cue-clause'),
    named(['the house was sold'], 'Mr. Holt', 'Jonas Holt', 'said', 'reported/cue-clause'),
  ]],
  ['"Mrs. Holt" after the son spoke stays the woman named first', 'Maren Holt, a retired nurse, died on Monday. Her son, Jonas Holt, said she had been ill. Her daughter said the house was sold. Mrs. Holt said she was proud.', [
    named(['she had been ill'], 'Her son, Jonas Holt', 'Jonas Holt', 'said', 'reported/cue-clause'),
    named(['the house was sold'], 'Her daughter', 'Her daughter', 'said', 'reported/cue-clause'),
    named(['she was proud'], 'Mrs. Holt', 'Maren Holt', 'said', 'reported/cue-clause'),
  ]],
  ['"Dr. Holt" after the son spoke stays the nurse named first', 'Maren Holt, a retired nurse, died on Monday. Her son, Jonas Holt, said she had been ill. Dr. Holt once said the ward needed more staff.', [
    named(['she had been ill'], 'Her son, Jonas Holt', 'Jonas Holt', 'said', 'reported/cue-clause'),
    named(['the ward needed more staff'], 'Dr. Holt', 'Maren Holt', 'once said', 'reported/cue-clause'),
  ]],
  ['the one named first who spoke after the relative keeps the surname', 'Her son, Jonas Holt, said she had been ill. Maren Holt, a nurse, said the ward was full. Holt said staff were tired.', [
    named(['she had been ill'], 'Her son, Jonas Holt', 'Jonas Holt', 'said', 'reported/cue-clause'),
    named(['the ward was full'], 'Maren Holt, a nurse', 'Maren Holt', 'said', 'reported/cue-clause'),
    named(['staff were tired'], 'Holt', 'Maren Holt', 'said', 'reported/cue-clause'),
  ]],
];

describe('names51: speaker names from invented news', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
