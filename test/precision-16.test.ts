/**
 * Spurious predictions, round 16 (brief prec16): invented sentences that must
 * yield nothing, and rows that the same changes must leave as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const nothing: [string, string][] = [
  // a passive cue raising its subject before an infinitive: the subject is not what was reported
  ['was revealed to be', 'The rumor about the mill was revealed to be false within a day.'],
  ['is rumored to have', 'The old ferry captain is rumored to have retired to the coast.'],
  // a colon after a cue with no speaker: a headline's label or the cue's object
  ['Revealed: headline label', 'Revealed: The Seven Towns Where Rent Rose Fastest This Year.'],
  ['have been denied: object', 'The orchard workers wanted the one thing they have been denied: a fair hearing.'],
  // a subhead in the body: a name, a colon and a few words with no finite verb
  ['Name: subhead', 'What each mayor needs to do this week.\n\nReyes: Hold the river towns.\n\nReyes leads in every poll of the valley, and a strong finish would end the race early.'],
];

const kept: [string, string, Row[]][] = [
  // a passive cue with its subject and agent stays
  ['was first reported by', 'The sale of the harbor depot was first reported by the Coastal Ledger.', [
    row(['The sale of the harbor depot'], 'the Coastal Ledger', 'was first reported', 'reported/passive-subject'),
  ]],
  // a colon after a cue with its speaker stays
  ['said: with a speaker', 'The harbor master said: the dock will close at noon on Friday.', [
    row(['the dock will close at noon on Friday'], 'The harbor master', 'said', 'reported/cue-colon'),
  ]],
  // short lines of talk after names keep their finite verbs (two label lines in a row are a transcript's turns: probe12)
  ['Name: line of talk', 'Mill town talks resume.\n\nMoss: Well, the plan is fair.\n\nOkafor: The plan leaves out the night shift entirely.', [
    row(['Well, the plan is fair'], 'Moss', ':', 'reported/transcript'),
    row(['The plan leaves out the night shift entirely'], 'Okafor', ':', 'reported/transcript'),
  ]],
];

describe('spurious predictions, round 16: nothing', () => {
  test.each(nothing)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});

describe('spurious predictions, round 16: unchanged', () => {
  test.each(kept)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
