/**
 * Content boundaries, round 19 (bound19, issue 11): where a direct quotation
 * ends. A pull quote signed on its last line inside the marks (`"...
 * ever.\nLena Ortiz, Coastal Transit League."`) ends before the line break,
 * and the signer speaks when no cue does (`direct/inner-signature`,
 * `attribution/no-cue.ts`). A last line with a verb, in lower case or long is
 * the quote's own. Invented sentences with the exact parts, speaker, cue and
 * rule expected.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['"A.\\nName, group."', 'The council met on Tuesday.\n\n"Harbor towns need the ferry more than ever.\nLena Ortiz, Coastal Transit League."\n\nThe vote is next week.', [
    row(['Harbor towns need the ferry more than ever.'], 'Lena Ortiz', null, 'direct/inner-signature', 'direct'),
  ]],
  ['"A.\\nTitle Name."', 'The council met on Tuesday.\n\n"Nobody should pay twice for the same bridge.\nCouncilwoman Dana Whitfield."\n\nThe vote is next week.', [
    row(['Nobody should pay twice for the same bridge.'], 'Councilwoman Dana Whitfield', null, 'direct/inner-signature', 'direct'),
  ]],
  // a signed stretch after an attributed one is a quote of its own, not the first one's follow-on
  ['"A," she said. "B.\\nName."', 'The mayor spoke for an hour.\n\n"We have done our part," she said. "The rest is up to the council.\nMayor Ann Reyes."\n\nThe vote is next week.', [
    row(['We have done our part,'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['The rest is up to the council.'], 'Mayor Ann Reyes', null, 'direct/inner-signature', 'direct'),
  ]],
  // an attribution outside the marks keeps its speaker; the line still goes
  ['"A.\\nName." she said', 'The mayor spoke for an hour.\n\n"The rest is up to the council.\nMayor Ann Reyes," she said on Friday.', [
    row(['The rest is up to the council.'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a last line with a verb, or in lower case, is part of the quote
  ['"A.\\nWe will ..."', 'The council met on Tuesday.\n\n"Harbor towns need the ferry more than ever.\nWe will fight for it."\n\nThe vote is next week.', [
    row(['Harbor towns need the ferry more than ever.\nWe will fight for it.'], null, null, 'direct/unattributed', 'direct'),
  ]],
  ['"A\\nlower case."', 'The council met on Tuesday.\n\n"Harbor towns need the ferry\nmore than ever."\n\nThe vote is next week.', [
    row(['Harbor towns need the ferry\nmore than ever.'], null, null, 'direct/unattributed', 'direct'),
  ]],
];

for (const [title, table] of [['content boundaries, round 19', cases], ['content boundaries, round 19, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
