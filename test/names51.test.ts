/**
 * names51: speaker names, open leads, on invented sentences. Exact parts,
 * speaker mention and name, cue and rule; plus the shapes that stay.
 *
 * - A surname alone right after a relative named in full spoke ("her son,
 *   Jonas Holt, said ... Holt said") is that relative, the person who spoke
 *   last, not the person of that surname named before the relative; not with
 *   a title that gives no gender ("Dr. Holt") or an honorific of the other
 *   gender ("Mrs. Holt" after "her son").
 * - "the group" is the organisation whose name is the speaker nearest before
 *   it, in its sentence or the two before ("..., according to the Harrow
 *   Angling Trust. ..., the group says"); not when a person or a crowd spoke
 *   last, nor with no speaker before.
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
  // 2. "the group" after an organisation spoke
  ['"the group says" after "according to" an organisation', 'Anglers caught fewer trout this spring, according to the Harrow Angling Trust. Nine lakes have closed since 2010, the group says.', [
    named(['Anglers caught fewer trout this spring'], 'the Harrow Angling Trust', 'Harrow Angling Trust', 'according to', 'reported/according-to-trail'),
    named(['Nine lakes have closed since 2010'], 'the group', 'Harrow Angling Trust', 'says', 'reported/content-speaker-cue'),
  ]],
  ['"The group said" after the organisation said', 'The Harrow Angling Trust said fewer fish were caught last year. The group said it expects a better season.', [
    named(['fewer fish were caught last year'], 'The Harrow Angling Trust', 'Harrow Angling Trust', 'said', 'reported/cue-clause'),
    named(['it expects a better season'], 'The group', 'Harrow Angling Trust', 'said', 'reported/cue-clause'),
  ]],
  ['a crowd that shouted is no organisation named before', 'The crowd gathered outside Harrow College on Monday. "Fix the roads!" the group shouted.', [
    named(['Fix the roads!'], 'the group', 'the group', 'shouted', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a person who spoke last leaves "the group"', 'The Harrow Angling Trust said fewer fish were caught. Maren Holt said the lakes were too warm. The group said it would test the water.', [
    named(['fewer fish were caught'], 'The Harrow Angling Trust', 'Harrow Angling Trust', 'said', 'reported/cue-clause'),
    named(['the lakes were too warm'], 'Maren Holt', 'Maren Holt', 'said', 'reported/cue-clause'),
    named(['it would test the water'], 'The group', 'The group', 'said', 'reported/cue-clause'),
  ]],
];

describe('names51: speaker names from invented news', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
