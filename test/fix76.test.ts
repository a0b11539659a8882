/**
 * fix76: open bugs left by fix75 and read60, on invented sentences. Exact
 * parts, speaker mention and name, cue and rule; plus negatives and shapes
 * that must stay as they were.
 *
 * - "writes about" with a written piece in the sentence ("In a new essay,
 *   Ann Lee writes about ...") reports its topic; a bio line still does not.
 * - An inverted "Said" opening its sentence with a participle of manner
 *   before the quotation ('Said Lee, beaming: "..."') is Lee's direct quote,
 *   and "Said" there is no first name ("Lee", not "Said Lee").
 * - A question put to the speaker ("Asked whether ..., she smiled.") takes no
 *   quotation of a later sentence into it.
 * - A bracket right after a cue opens an aside, no quoted object
 *   ('he noted ("We will stay," he said)').
 * - A business's name before a noun-tagged "emails" and a colon is no
 *   speaker ('Harlow Pictures emails: "..."').
 * - A modal read as a noun is the cue's auxiliary only after a bare
 *   quantifier ("Some will say").
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // 4. "writes about" in a sentence with a written piece
  ['"writes about" after "In a new essay"', 'In a new essay, Ann Lee writes about her years in prison.', [
    named(['her years in prison'], 'Ann Lee', 'Ann Lee', 'writes about', 'reported/cue-topic'),
  ]],
  ['"writes about" with "column" after it', 'Tom Reyes writes about the harbor strike in his weekly column.', [
    named(['the harbor strike'], 'Tom Reyes', 'Tom Reyes', 'writes about', 'reported/cue-topic'),
  ]],
  // 5. an inverted "Said" and a participle of manner before the quotation
  ['"Said X, beaming:"', 'Said Lee, beaming: "We did it."', [
    named(['We did it.'], 'Lee', 'Lee', 'Said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"Said X Y, beaming,"', 'Said Orrin Tavel, beaming, "We will build it."', [
    named(['We will build it.'], 'Orrin Tavel', 'Orrin Tavel', 'Said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"Said the mayor, beaming:"', 'Said the mayor, beaming: "We did it."', [
    named(['We did it.'], 'the mayor', 'the mayor', 'Said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"Said X:" names X, not "Said X"', 'Said Lee: "We did it."', [
    named(['We did it.'], 'Lee', 'Lee', 'Said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"Said Hassan, a lawyer, said" keeps the first name', 'Said Hassan, a lawyer, said the firm would appeal.', [
    named(['the firm would appeal'], 'Said Hassan, a lawyer', 'Said Hassan', 'said', 'reported/cue-clause'),
  ]],
  // (names52: the verb of saying before the participle of manner is the cue)
  ['"X said, beaming:" has the cue "said"', 'Orrin Tavel said, beaming: "We will build it."', [
    named(['We will build it.'], 'Orrin Tavel', 'Orrin Tavel', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // 3. a question put to the speaker keeps no quotation of the next sentence
  ['"Asked whether ..., she smiled. "..."', 'Asked whether the plant would close, she smiled. "We will see."', [
    named(['whether the plant would close'], null, null, 'Asked', 'reported/asked-question'),
  ]],
  // 7. a bracket after the cue opens an aside
  ['"he noted ("...," he said)"', 'The mayor spoke at length (he noted ("We will stay," he said)) before leaving.', [
    named(['We will stay,'], 'he', 'he', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // 2. a business's name before "emails:"
  ['a business before "emails:"', 'Harlow Pictures emails: "We need to talk about the budget for the film."', [
    named(['We need to talk about the budget for the film.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
  ['a person before "emails:" still speaks', 'Reader Hal Winters emails: "The bridge is late again."', [
    named(['The bridge is late again.'], 'Reader Hal Winters', 'Hal Winters', 'emails', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // 6. a modal read as a noun after a bare quantifier
  ['"Some will say" unchanged', 'Some will say the new bridge is a waste of money.', [
    named(['the new bridge is a waste of money'], 'Some', 'Some', 'will say', 'reported/cue-clause'),
  ]],
];

describe('fix76: open bugs of fix75 and read60', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

const negatives: [string, string][] = [
  ['a bio line still reports nothing', 'Nora Quill writes about technology and daily life.'],
  ['a bio line of two topics', 'Tom Reyes writes about farming and the sea.'],
  ['"posted a quarterly loss" is no speech', 'Harlow Foods posted a quarterly loss on Tuesday.'],
  ['"Leaked emails:" names no speaker and no cue', 'Leaked emails: "Do not send this."'],
];

describe('fix76: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(namedRows(extract(input))).toEqual([]);
  });
});
