/**
 * Exact speaker spans (span67): an appositive before the cue that opens with
 * an adjective of a role ("Nora Pike, legal director of the trust, said");
 * an appositive of a speaker whose own verb comes first, the cue later in
 * the sentence ("Nora Pike, a former mayor, endorsed Vale, saying ...");
 * a relative clause that restricts a described speaker after its cue, set off
 * by no comma ("..., said a clerk who works at the county office."), but not a
 * clause of anonymity, and not before the cue. Invented sentences; exact parts, speaker, cue and rule; plus
 * shapes whose span must stay bare and texts that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['a role appositive that opens with an adjective joins the speaker before the cue', 'Nora Pike, legal director of the Harbor Trust, said the pier would close in May.', [
    row(['the pier would close in May'], 'Nora Pike, legal director of the Harbor Trust', 'said', 'reported/cue-clause'),
  ]],
  ['an adjective of time in a role appositive', 'Nora Pike, longtime aide to the mayor, said the pier would close in May.', [
    row(['the pier would close in May'], 'Nora Pike, longtime aide to the mayor', 'said', 'reported/cue-clause'),
  ]],
  ['an adjective role appositive before the cue of a direct quotation', '"The pier will close," Nora Pike, senior counsel at the Harbor Trust, said.', [
    row(['The pier will close,'], 'Nora Pike, senior counsel at the Harbor Trust', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['an adjective with a phrase of its own is an aside, not a role', 'Nora Pike, unhappy with the vote, said the pier would close in May.', [
    row(['the pier would close in May'], 'Nora Pike', 'said', 'reported/cue-clause'),
  ]],
  ["an appositive joins the speaker when the speaker's own verb comes before the cue", 'Nora Pike, a former mayor of Dunmore, endorsed Tom Vale on Monday, saying he would fix the pier.', [
    row(['he would fix the pier'], 'Nora Pike, a former mayor of Dunmore', 'saying', 'reported/cue-clause'),
  ]],
  ["a definite appositive before the speaker's own verb", 'Nora Pike, the council clerk, voted against the levy, saying it would hurt renters.', [
    row(['it would hurt renters'], 'Nora Pike, the council clerk', 'saying', 'reported/cue-clause'),
  ]],
  ['an aside with a participle before the verb stays out of the span', 'Nora Pike, speaking in Dover, voted against the levy, saying it would hurt renters.', [
    row(['it would hurt renters'], 'Nora Pike', 'saying', 'reported/cue-clause'),
  ]],
  ['a restricting relative clause joins a described speaker after the cue', '"The tally is done," said a clerk who works at the county office.', [
    row(['The tally is done,'], 'a clerk who works at the county office', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a restricting relative clause after an inverted plural speaker of reported speech', 'The tally is done, said officials who run the count.', [
    row(['The tally is done'], 'officials who run the count', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a restricting "that" clause after a described speaker', '"Vote early," urged a flyer that circled the county office.', [
    row(['Vote early,'], 'a flyer that circled the county office', 'urged', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a clause that only asks for anonymity stays out of the span', '"The tally is done," said a clerk who was granted anonymity by the board.', [
    row(['The tally is done,'], 'a clerk', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['before the cue a restricting relative clause stays out of the span', 'A county official who oversees the count said the tally would be done by Friday.', [
    row(['the tally would be done by Friday'], 'A county official', 'said', 'reported/cue-clause'),
  ]],
  ['a relative clause set off by commas after a description keeps the bare span', 'The town, which owns the pier, said it would close in May.', [
    row(['it would close in May'], 'The town', 'said', 'reported/cue-clause'),
  ]],
];

const negatives: [string, string][] = [
  ['a described person with a relative clause and no cue', 'A county official who oversees the count walked to the pier on Monday.'],
  ['a name with a role appositive and no cue', 'Nora Pike, legal director of the Harbor Trust, walked to the pier on Monday.'],
];

describe('span67: exact speaker spans', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(negatives)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
