/**
 * Speaker names a careful reader would give (names49): a first name given to
 * women and men alike fixes no gender for "he" or "she"; a name its
 * appositive describes as an organisation ("Little Lights, a charity in
 * Leeds,") is an organisation, which "it" stands for and "she" does not; a
 * past participle the tagger read as a noun still opens a subject's
 * participle phrase ("Passengers rescued after the crash said"). Exact
 * parts, speaker mention and name, cue, rule and kind; plus negatives.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const CLAUSE = 'reported/cue-clause';

const cases: [string, string, NamedRow[]][] = [
  ['a unisex first name takes "she"', 'Kim Lee arrived late at the depot. She said the road was closed.', [
    named(['the road was closed'], 'She', 'Kim Lee', 'said', CLAUSE),
  ]],
  ['a unisex first name takes "he"', 'Jordan Hale arrived late at the depot. He said the road was closed.', [
    named(['the road was closed'], 'He', 'Jordan Hale', 'said', CLAUSE),
  ]],
  ['"Robin" takes either', 'Robin Marsh waited at the gate. She said the ferry was late.', [
    named(['the ferry was late'], 'She', 'Robin Marsh', 'said', CLAUSE),
  ]],
  ['a charity described after its name is no "she"', 'Little Lights, a charity in Leeds, said the fund was empty. She said more would come.', [
    named(['the fund was empty'], 'Little Lights, a charity in Leeds', 'Little Lights', 'said', CLAUSE),
    named(['more would come'], 'She', 'She', 'said', CLAUSE),
  ]],
  ['a charity described after its name is "it"', 'Little Lights, a charity in Leeds, said the fund was empty. It said more would come.', [
    named(['the fund was empty'], 'Little Lights, a charity in Leeds', 'Little Lights', 'said', CLAUSE),
    named(['more would come'], 'It', 'Little Lights', 'said', CLAUSE),
  ]],
  ['a bare charity appositive is no "she" either', 'Bright Harbour, a charity, said the shelter was full. She said beds were short.', [
    named(['the shelter was full'], 'Bright Harbour, a charity', 'Bright Harbour', 'said', CLAUSE),
    named(['beds were short'], 'She', 'She', 'said', CLAUSE),
  ]],
  ['a person who heads a charity keeps "he"', 'Tom Hale, the head of the charity in Leeds, said the fund was empty. He said more would come.', [
    named(['the fund was empty'], 'Tom Hale, the head of the charity in Leeds', 'Tom Hale', 'said', CLAUSE),
    named(['more would come'], 'He', 'Tom Hale', 'said', CLAUSE),
  ]],
  ['a participle the tagger reads as a noun', 'Passengers rescued after the crash said the crew acted fast.', [
    named(['the crew acted fast'], 'Passengers rescued after the crash', 'Passengers rescued after the crash', 'said', CLAUSE),
  ]],
  ['a participle read as a verb (unchanged)', 'Residents evacuated from the town said the water rose fast.', [
    named(['the water rose fast'], 'Residents evacuated from the town', 'Residents evacuated from the town', 'said', CLAUSE),
  ]],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a first name of one gender still refuses the other pronoun', 'David Hale arrived late at the depot. She said the road was closed.', [
    named(['the road was closed'], 'She', 'She', 'said', CLAUSE),
  ]],
  ['"-ed" nouns are no participles and no quote is made', 'Farmers seed the fields in May and need rain.', []],
  ['no cue, no quote', 'Passengers rescued after the crash thanked the crew.', []],
];

describe('speaker names a careful reader would give (names49)', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(negatives)('negative: %s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test('the charity is an organisation, the unisex name a person', () => {
    const charity = extract('Little Lights, a charity in Leeds, said the fund was empty.');
    expect(charity.speakers.map((s) => [s.name, s.kind])).toEqual([['Little Lights', 'organization']]);
    const kim = extract('Kim Lee arrived late at the depot. She said the road was closed.');
    expect(kim.speakers.map((s) => [s.name, s.kind])).toEqual([['Kim Lee', 'person']]);
  });
});
