/**
 * Content boundaries of reported speech, round 17 (issue 11): where content
 * ends. A name's tag in parentheses (an initialism, a party and state) is part
 * of the content, at its end and inside a noun-phrase object
 * (`reported/boundary.ts`, `reported/object.ts`); the narrator's aside in
 * parentheses is not. Invented sentences with the exact parts, speaker, cue
 * and rule expected, and the rows that must stay as they are.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['said X wrote the Act (CWA).', 'The senator said she helped write the Clean Water Act (CWA). Nobody else did.', [
    row(['she helped write the Clean Water Act (CWA)'], 'The senator', 'said', 'reported/cue-clause'),
  ]],
  ['said X hear from Rep. Y (D-Ore.).', 'The mayor said voters would rather hear from Rep. Dana Whitfield (D-Ore.). He left early.', [
    row(['voters would rather hear from Rep. Dana Whitfield (D-Ore.)'], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['denied the claims of the Agency (FHWA) on Monday', 'She denied the claims of the Federal Highway Administration (FHWA) on Monday.', [
    row(['the claims of the Federal Highway Administration (FHWA)'], 'She', 'denied', 'reported/cue-object'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // the narrator's aside: a lower-case word, a comma inside
  ['said X would pass (eventually).', 'Ms. Lane said the bill would pass (eventually). Then she left.', [
    row(['the bill would pass'], 'Ms. Lane', 'said', 'reported/cue-clause'),
  ]],
  ['said X came from Y (See Z, W).', 'The aide said the bill came from the Port Authority (See Moss, Ada). He left.', [
    row(['the bill came from the Port Authority'], 'The aide', 'said', 'reported/cue-clause'),
  ]],
  ['denied the claims of the agency (which ...) on Monday', 'She denied the claims of the agency (which she called biased) on Monday.', [
    row(['the claims of the agency'], 'She', 'denied', 'reported/cue-object'),
  ]],
];

for (const [title, table] of [['content boundaries, round 17', cases], ['content boundaries, round 17, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
