/**
 * Interrupted quotes whose attribution no rule reads (issue 11, bound15
 * round): `"A," the ad intones. "B."` is one quote with two parts, as it is
 * when the cue is known (`"A," Lee said. "B."`); a guessed speaker after the
 * first part speaks for both. Invented sentences with the exact parts, speaker,
 * cue and rule expected, and the quotes that must stay apart.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['"A," NP intones. "B."', '"We will finish the pier by June," the harbor ad intones. "Then the ferry comes back."', [
    row(['We will finish the pier by June,', 'Then the ferry comes back.'], null, null, 'direct/unattributed', 'direct'),
  ]],
  ['"A?" X went on, as if ... . "B."', '"Is the pier ready?" Lee went on, as if nobody had asked. "We think so."', [
    row(['Is the pier ready?', 'We think so.'], 'Lee', null, 'direct/fallback-after', 'direct'),
  ]],
  // the speaker guessed after the first part speaks for the whole quote
  ['"A," remembered NAME, ... . "B."', '"We will finish the pier by June," remembered Ann Lee, the harbor chief. "Then the ferry comes back."', [
    row(['We will finish the pier by June,', 'Then the ferry comes back.'], 'Ann Lee', null, 'direct/fallback-after', 'direct'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a quote that ends its sentence is no interrupted one
  ['"A." narration. "B."', '"We will finish the pier by June." The ad ends there. "Then the ferry comes back."', [
    row(['We will finish the pier by June.'], null, null, 'direct/unattributed', 'direct'),
    row(['Then the ferry comes back.'], null, null, 'direct/unattributed', 'direct'),
  ]],
  // the second quote has an attribution of its own
  ['"A," NP intones. "B," X said.', '"We will finish the pier by June," the harbor ad intones. "Then the ferry comes back," Reyes said.', [
    row(['We will finish the pier by June,'], null, null, 'direct/unattributed', 'direct'),
    row(['Then the ferry comes back,'], 'Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // other quoted words in the sentence between
  ['"A," NP intones, with "x" .... "B."', '"We will finish the pier by June," the harbor ad intones, with "soon" in large print. "Then the ferry comes back."', [
    row(['We will finish the pier by June,'], null, null, 'direct/unattributed', 'direct'),
    row(['Then the ferry comes back.'], null, null, 'direct/unattributed', 'direct'),
  ]],
];

for (const [title, table] of [['an unattributed quote goes on after the sentence that follows it', cases], ['quotes that stay apart', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
