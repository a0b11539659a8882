/**
 * Content boundaries of reported speech, round 13 (issue 11): a second verb
 * of the cue's own subject after "and" ends the content
 * (`reported/cue-subject-verb.ts`). Invented sentences with the exact parts,
 * speaker, cue and rule expected, and the rows whose content must go on.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a verb in the cue's past after a clause in the present
  ['said she admires X and shook Y', "Mira Solen said she admires the mayor's patience and shook his hand after the vote.", [
    row(["she admires the mayor's patience"], 'Mira Solen', 'said', 'reported/cue-clause'),
  ]],
  // (a cue after the "and" ended the content already: the second report is its own)
  ['said she admires X and praised Y', "Mira Solen said she admires the mayor's patience and praised his plan for the harbor.", [
    row(["she admires the mayor's patience"], 'Mira Solen', 'said', 'reported/cue-clause'),
    row(['his plan for the harbor'], 'Mira Solen', 'praised', 'reported/cue-object'),
  ]],
  ['said that he is X, and then left Y', 'Mr. Dorsey said that he is ready to serve, and then left the hall without questions.', [
    row(['he is ready to serve'], 'Mr. Dorsey', 'said', 'reported/cue-that'),
  ]],
  // a verb in the cue's present after a clause in the past
  ['says X was Y and blames Z', 'Ms. Tander says the flood was a disaster and blames the county for the delay.', [
    row(['the flood was a disaster'], 'Ms. Tander', 'says', 'reported/cue-clause'),
  ]],
  // so does ", but" with a verb of the cue's tense
  ['said he is X, but did not Y', 'Mr. Dorsey said he is fond of the new harbor master, but did not back his plan.', [
    row(['he is fond of the new harbor master'], 'Mr. Dorsey', 'said', 'reported/cue-clause'),
  ]],
  // a cue in -ing or after "to": a second verb of the same form
  ['..., stating X and chiding Y', 'Ms. Ambry praised the mayor on Sunday, stating the race was close and chiding the press for its polls.', [
    row(['the mayor on Sunday'], 'Ms. Ambry', 'praised', 'reported/cue-object'),
    row(['the race was close'], 'Ms. Ambry', 'stating', 'reported/cue-clause'),
  ]],
  ['to argue that X and to rail against Y', 'Ms. Ambry came to the hall to argue that the levy is fair and to rail against its critics.', [
    row(['the levy is fair'], 'Ms. Ambry', 'to argue', 'reported/cue-that'),
    row(['its critics'], 'Ms. Ambry', 'to rail against', 'reported/cue-topic'),
  ]],
  // a noun-phrase object has no verb of its own
  ['claimed X and was released', 'The guard claimed self-defense and was released by the harbor police.', [
    row(['self-defense'], 'The guard', 'claimed', 'reported/cue-clause'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // the same tense: the reported clause's own verbs
  ['said prices rose and fell', 'Ms. Orly said ferry prices rose in May and fell in June.', [
    row(['ferry prices rose in May and fell in June'], 'Ms. Orly', 'said', 'reported/cue-clause'),
  ]],
  ['said X is Y and pays Z', 'Ms. Orly said the budget is balanced and pays for the new pier.', [
    row(['the budget is balanced and pays for the new pier'], 'Ms. Orly', 'said', 'reported/cue-clause'),
  ]],
  ["said X isn't Y, but will Z", "Ms. Orly said the ferry deal isn't good for the town, but will make the operator rich.", [
    row(["the ferry deal isn't good for the town, but will make the operator rich"], 'Ms. Orly', 'said', 'reported/cue-clause'),
  ]],
  // the same form inside the content may coordinate it
  ['..., insisting X was lying and cheating', 'Ms. Ambry left the hall, insisting the clerk was lying and cheating on the count.', [
    row(['the clerk was lying and cheating on the count'], 'Ms. Ambry', 'insisting', 'reported/cue-clause'),
  ]],
  // a perfect goes on in the past
  ['said he has not X and never asked Y', 'Mr. Brann said he has not read the audit and never asked for a copy.', [
    row(['he has not read the audit and never asked for a copy'], 'Mr. Brann', 'said', 'reported/cue-clause'),
  ]],
  // a modal of the past after a present clause is a condition
  ['said she opposes X and would veto Y', 'Ms. Vane said the governor opposes the levy and would veto any new fee.', [
    row(['the governor opposes the levy and would veto any new fee'], 'Ms. Vane', 'said', 'reported/cue-clause'),
  ]],
  // a verb whose form does not show its tense may be of the past
  ['said the cost hit X and rose Y', 'Ms. Vane said the cost hit a record and rose again in the fall.', [
    row(['the cost hit a record and rose again in the fall'], 'Ms. Vane', 'said', 'reported/cue-clause'),
  ]],
  // a present cue with an auxiliary after "and": the clause's own tense shift
  ['says X failed and is costing Y', 'Mr. Tamm says the levy failed and is costing the town its ferry.', [
    row(['the levy failed and is costing the town its ferry'], 'Mr. Tamm', 'says', 'reported/cue-clause'),
  ]],
  // a that-clause keeps going when the tagger finds no verb before "and"
  ['said that X and Y were', 'Ms. Hale said that Lee and Park were wrong about the pier.', [
    row(['Lee and Park were wrong about the pier'], 'Ms. Hale', 'said', 'reported/cue-that'),
  ]],
];

for (const [title, table] of [['content boundaries, round 13', cases], ['content boundaries, round 13, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
