/**
 * Review round 21 (fix21): known wrong outputs on invented news text. Each
 * class has a table of invented sentences with the exact parts, speaker
 * mention, speaker name, cue and rule expected, and negatives. Classes not
 * fixed assert the current output, with the reason it is left.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';
import type { Extraction } from '../src/index.js';

const EVERY_CATEGORY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const };

/** The speaker names of an extraction, in quotation order. */
function names(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => q.speaker?.name ?? null);
}

// 1. a duration or an occasion after a quoted object is the narrator's
const durationTail: [string, string, Row[]][] = [
  ['"for a week"', 'The sign read "Closed" for a week.', [row(['Closed'], 'The sign', 'read', 'reported/cue-quoted-object', 'direct')]],
  ['"for two months"', 'A banner on the bridge read "No new tolls" for two months.', [
    row(['No new tolls'], 'A banner on the bridge', 'read', 'reported/cue-quoted-object', 'direct'),
  ]],
  ['"until March"', 'The poster read "Vote No" until March.', [row(['Vote No'], 'The poster', 'read', 'reported/cue-quoted-object', 'direct')]],
  ['"for the third time"', 'He called the levy "a tax grab" for the third time.', [
    row(['the levy "a tax grab"'], 'He', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
];

// 2. an adjunct after the cue whose noun follows a possessive runs on to the clause after that noun
const possessiveAdjunct: [string, string, Row[]][] = [
  ['"on his face"', 'He said with a smile on his face the deal is off.', [row(['the deal is off'], 'He', 'said', 'reported/cue-clause')]],
  ['"in her eyes"', 'She said with tears in her eyes the shelter would close.', [row(['the shelter would close'], 'She', 'said', 'reported/cue-clause')]],
  ['"of his office"', 'The mayor said from the steps of his office the budget was balanced.', [
    row(['the budget was balanced'], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['"of their meeting"', 'They said at the end of their meeting the strike would go on.', [
    row(['the strike would go on'], 'They', 'said', 'reported/cue-clause'),
  ]],
  ['a possessive opening the clause stays', 'He said on Monday his plan would pass.', [row(['his plan would pass'], 'He', 'said', 'reported/cue-clause')]],
];

// 3. a capitalised base form opening the sentence before an inflected verb of speech is a surname
const surnameVerb: [string, string, Row[], (string | null)[]][] = [
  ['"Read said"', 'Read said the vote was close.', [row(['the vote was close'], 'Read', 'said', 'reported/cue-clause')], ['Read']],
  ['"Cook told"', 'Cook told reporters the plant would close.', [row(['the plant would close'], 'Cook', 'told', 'reported/cue-clause')], ['Cook']],
  ['"Hope wrote"', 'Hope wrote that the fund was empty.', [row(['the fund was empty'], 'Hope', 'wrote', 'reported/cue-that')], ['Hope']],
  ['an imperative', 'Read the report before the vote.', [], []],
];

// 4. a verb opening a name: "Save the Harbor"; a capitalised link word inside a name: "Stand With Dover"
const verbNames: [string, string, Row[], (string | null)[]][] = [
  ['"Save the Harbor" opening the sentence', 'Save the Harbor said the pier must stay.', [
    row(['the pier must stay'], 'Save the Harbor', 'said', 'reported/cue-clause'),
  ], ['Save the Harbor']],
  ['"Save Our Pier"', 'Save Our Pier said the vote was rigged.', [row(['the vote was rigged'], 'Save Our Pier', 'said', 'reported/cue-clause')], ['Save Our Pier']],
  ['"Protect the Dunes"', 'Protect the Dunes told the council the permit was unlawful.', [
    row(['the permit was unlawful'], 'Protect the Dunes', 'told', 'reported/cue-clause'),
  ], ['Protect the Dunes']],
  ['"Stand With Dover"', 'A campaign named Stand With Dover said the vote was rigged.', [
    row(['the vote was rigged'], 'Stand With Dover', 'said', 'reported/cue-clause'),
  ], ['Stand With Dover']],
  ['"Friends Of The Pier"', 'Friends Of The Pier said the dredging must stop.', [
    row(['the dredging must stop'], 'Friends Of The Pier', 'said', 'reported/cue-clause'),
  ], ['Friends Of The Pier']],
  ['a lower-case preposition still describes', 'Analysts at Jefferies said the deal would close.', [
    row(['the deal would close'], 'Analysts at Jefferies', 'said', 'reported/cue-clause'),
  ], ['Analysts at Jefferies']],
  ['an imperative inside the quotation', 'Save the money for the repairs, the mayor said.', [
    row(['Save the money for the repairs'], 'the mayor', 'said', 'reported/content-speaker-cue'),
  ], ['the mayor']],
];

describe('review 21: a duration after a quoted object', () => {
  test.each(durationTail)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 21: an adjunct with a possessive after the cue', () => {
  test.each(possessiveAdjunct)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 21: a surname that is a verb opening the sentence', () => {
  test.each(surnameVerb)('%s', (_name, input, expected, speakers) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(names(r)).toEqual(speakers);
  });
});

describe('review 21: names opened by a verb or joined by a capitalised word', () => {
  test.each(verbNames)('%s', (_name, input, expected, speakers) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(names(r)).toEqual(speakers);
  });
});

describe('review 21: an evidence source with a participle', () => {
  test('"Documents released Friday"', () => {
    const r = extract('Documents released Friday show the pier was sold twice.', EVERY_CATEGORY);
    expect(rows(r)).toEqual([row(['the pier was sold twice'], 'Documents released Friday', 'show', 'reported/evidence-clause')]);
    expect(names(r)).toEqual(['Documents released Friday']);
  });
});

describe('review 21: the goals of stop 26, as they stand now', () => {
  // reached: the whole object of "wrote of"
  test('She wrote of the harm budget cuts would do.', () => {
    expect(rows(extract('She wrote of the harm budget cuts would do.'))).toEqual([row(['the harm budget cuts would do'], 'She', 'wrote of', 'reported/cue-topic')]);
  });
  // reached: the aside between commas is not what was said
  test("Mayor Ann Lee says, win or lose in Tuesday's vote, she is staying.", () => {
    expect(rows(extract("Mayor Ann Lee says, win or lose in Tuesday's vote, she is staying."))).toEqual([row(['she is staying'], 'Mayor Ann Lee', 'says', 'reported/cue-clause')]);
  });
  // reached (fix37): a pet's or a boat's name given with "called" is naming, not a verdict ('called the plan "a disaster"' still is)
  test('She called her dog "Max."', () => {
    expect(rows(extract('She called her dog "Max."'))).toEqual([]);
  });
  // left: "told" + object is reported by the object rule; "the story of" is not told apart from "told reporters the truth"
  test('She told the story of the storm to her grandchildren. (current output)', () => {
    expect(rows(extract('She told the story of the storm to her grandchildren.'))).toEqual([row(['the story of the storm to her grandchildren'], 'She', 'told', 'reported/cue-object')]);
  });
});
