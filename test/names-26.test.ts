/**
 * Speaker names, round 26 (names26, speakers not found for a cue read right):
 * a long subject opening the sentence, whose main verb comes after a place set
 * off by commas ("in Dayton, Ohio, have filed"), after a participle following
 * "those" ("the parents of those injured in the blast"), or under a count of
 * people ("A number of the parents ...") is the speaker of a participle or a
 * coordinated cue later in the sentence. Invented sentences; each row: input,
 * and the expected `name | kind | via | mention` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote's speaker as `name | kind | via | mention text`, or null. */
function speakers(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via} | ${q.speaker.mention?.text ?? ''}` : null));
}

// [rule family, invented input, expected speaker of each quote in order]
const TABLE: readonly (readonly [string, string, readonly (string | null)[]])[] = [
  // a place set off by commas closes the subject's modifiers: the verb after it is the main verb
  ['place-then-verb', 'A number of the parents of those injured in the blast at the school in Dayton, Ohio, have filed a lawsuit against the owner, alleging that the company ignored the warnings.', [
    'A number of the parents of those injured in the blast at the school in Dayton, Ohio | unknown | description | A number of the parents of those injured in the blast at the school in Dayton, Ohio',
  ]],
  ['place-then-verb', 'A majority of the members of the board in Austin, Texas, have signed a letter to the mayor, arguing that the budget is too small.', [
    'A majority of the members of the board in Austin, Texas | group | description | A majority of the members of the board in Austin, Texas',
  ]],
  // a participle after "those", and a count of people as the head (its kind stays unknown: the kind is read from the head word)
  ['those-participle', 'A number of the parents of those injured in the blast have filed a lawsuit against the owner, alleging that the company ignored the warnings.', [
    'A number of the parents of those injured in the blast | unknown | description | A number of the parents of those injured in the blast',
  ]],
  ['those-participle', 'The parents of those injured in the blast have filed a lawsuit against the owner and said that the company ignored the warnings.', [
    'The parents of those injured in the blast | group | description | The parents of those injured in the blast',
  ]],
  // unchanged: a participle after an object noun keeps its own subject, a name before an appositive with a place keeps the name
  ['unchanged', 'Mayor Ann Lee released the report on Monday. The report, citing figures from the ministry, argued that prices had risen.', [
    'The report | unknown | description | The report',
    'The report | unknown | description | The report',
  ]],
  ['unchanged', 'A number of the roads in Dayton, Ohio, have closed, and officials said that repairs would take weeks.', [
    'officials | group | description | officials',
  ]],
  ['unchanged', 'Tom Baker, a farmer from Salem, Oregon, has sued the county, arguing that the new rules hurt his business.', [
    'Tom Baker | person | name | Tom Baker, a farmer from Salem, Oregon',
  ]],
];

describe('names 26: long subjects of participle and coordinated cues', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
});
