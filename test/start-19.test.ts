/**
 * Where reported content starts, round 19 (start19): words the cue-clause
 * rule skipped after the cue that belong to the clause's subject, a time
 * word's possessive (`said Monday's vote will ...`, `said last week's storm
 * ...`), a degree adverb before an amount (`said too many families ...`,
 * `said as many as ten ...`), an adverb of likelihood (`said perhaps the
 * council would ...`) and one of exactness before a question word (`saying
 * exactly what ...`) (`reported/cue-then-content.ts`); a noun phrase the
 * cue took for its clause before a participle of saying and a quotation
 * (`claimed the seat in a radio spot, saying: "..."`): the quotation is
 * what was said. Invented sentences with the exact parts, speaker, cue and
 * rule expected, and the rows that must stay as they are.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ["said Monday's vote will ...", "The mayor said Monday's vote will change the harbor plan.", [
    row(["Monday's vote will change the harbor plan"], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ["said last week's storm had ...", "Lee said last week's storm had cut power to the island.", [
    row(["last week's storm had cut power to the island"], 'Lee', 'said', 'reported/cue-clause'),
  ]],
  ['said too many families are ...', 'Ann Lee said too many families are leaving the valley.', [
    row(['too many families are leaving the valley'], 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  ['said as many as ten boats ...', 'The harbor master said as many as ten boats sank in the gale.', [
    row(['as many as ten boats sank in the gale'], 'The harbor master', 'said', 'reported/cue-clause'),
  ]],
  // a noun phrase and a participle of saying before a quotation: the quotation is what was said
  ['claimed the seat in a radio spot, saying: "..."', 'The mayor claimed the seat in a radio spot, saying: "We won the harbor vote! Thanks to everyone who voted."', [
    row(['We won the harbor vote! Thanks to everyone who voted.'], 'The mayor', 'saying', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['answered one of the critics by saying, "..."', 'Lee answered one of the critics by saying, "Please stop spreading rumors."', [
    row(['Please stop spreading rumors.'], 'Lee', 'saying', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['posted a message reading "..."', 'The council posted a message on its page reading "Thank you, voters of the valley."', [
    row(['Thank you, voters of the valley.'], 'The council', 'posted', 'reported/cue-clause', 'direct'),
  ]],
  ['said perhaps the council would ...', 'Lee said perhaps the council would approve the budget.', [
    row(['perhaps the council would approve the budget'], 'Lee', 'said', 'reported/cue-clause'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a bare time word after the cue stays out of the clause
  ['said Monday the vote would ...', 'Lee said Monday the vote would be close.', [
    row(['the vote would be close'], 'Lee', 'said', 'reported/cue-clause'),
  ]],
  // "too" set off by a comma is the cue's
  ['said, too, the ferry would ...', 'Lee said, too, the ferry would stop running.', [
    row(['the ferry would stop running'], 'Lee', 'said', 'reported/cue-clause'),
  ]],
  // a clause before the participle keeps its own content
  ['said X, adding, "..."', 'Lee said the ferry was late, adding, "It will improve."', [
    row(['the ferry was late'], 'Lee', 'said', 'reported/cue-clause'),
    row(['It will improve.'], 'Lee', 'adding', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // an adverb of manner is the cue's
  ['said firmly the plan would ...', 'Lee said firmly the plan would go ahead.', [
    row(['the plan would go ahead'], 'Lee', 'said', 'reported/cue-clause'),
  ]],
];

for (const [title, table] of [['content starts, round 19', cases], ['content starts, round 19, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
