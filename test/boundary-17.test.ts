/**
 * Content boundaries of reported speech, round 17 (issue 11): where content
 * ends. A name's tag in parentheses (an initialism, a party and state) is part
 * of the content, at its end and inside a noun-phrase object
 * (`reported/boundary/`, `reported/object.ts`); the narrator's aside in
 * parentheses is not. Invented sentences with the exact parts, speaker, cue
 * and rule expected, and the rows that must stay as they are. A direct
 * quotation that its sentence goes on with after the closing mark (`"..." to
 * the rest of the country`) takes that phrase as a part and is mixed
 * (`reported/quoted-tail.ts`).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['said X drafted the Act (CWA).', 'The senator said she drafted most of the Clean Water Act (CWA). Nobody else did.', [
    row(['she drafted most of the Clean Water Act (CWA)'], 'The senator', 'said', 'reported/cue-clause'),
  ]],
  ['said X hear from Rep. Y (D-Ore.).', 'The mayor said voters would rather hear from Rep. Dana Whitfield (D-Ore.). He left early.', [
    row(['voters would rather hear from Rep. Dana Whitfield (D-Ore.)'], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['denied the claims of the Agency (FHWA) on Monday', 'She denied the claims of the Federal Highway Administration (FHWA) on Monday.', [
    row(['the claims of the Federal Highway Administration (FHWA) on Monday'], 'She', 'denied', 'reported/cue-object'),
  ]],
  // the sentence goes on after the closing mark: the phrase is a part, the quote is mixed
  ['"X" to the people of the valley.', '"It is the work we still owe" to the people of the valley. She left the stage.', [
    row(['It is the work we still owe', 'to the people of the valley'], null, null, 'direct/unattributed', 'mixed'),
  ]],
  ['"A," she said. "B" to settle by June.', 'The mayor spoke for an hour. "We have done our part," she said. "The rest is up to the council" to settle by June.', [
    row(['We have done our part,', 'The rest is up to the council', 'to settle by June'], 'she', 'said', 'direct/trailing-speaker-cue', 'mixed'),
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
  // punctuation inside the closing mark, a time or a medium after "on", a cue in the phrase, "and": the quote stays as it is
  ['"A," she said to the crowd.', '"We will win," she said to the crowd.', [
    row(['We will win,'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"B" on Friday', 'The mayor spoke for an hour. "We have done our part," she said. "The rest is up to the council" on Friday.', [
    row(['We have done our part,', 'The rest is up to the council'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"A" and a long one', '"It was a good year" and a long one.', [
    row(['It was a good year'], null, null, 'direct/unattributed', 'direct'),
  ]],
  ['"B" on her Facebook page', 'The mayor spoke for an hour. "We have done our part," she said. "The rest is up to the council" on her Facebook page.', [
    row(['We have done our part,', 'The rest is up to the council'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"B" as she told the crowd', 'The mayor spoke for an hour. "We have done our part," she said. "The rest is up to the council" as she told the crowd.', [
    row(['We have done our part,', 'The rest is up to the council'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

for (const [title, table] of [['content boundaries, round 17', cases], ['content boundaries, round 17, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
