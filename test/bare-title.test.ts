/**
 * After an inverted speaker ("..., said Tom Vale, ..."), a title with no
 * article ("president of the union", "chief executive of Harbor Freight") is
 * the speaker's appositive, not more content, as "a former mayor" already
 * was. Exact parts, speaker mention and name, cue and rule; plus the shapes
 * where the words after the speaker still go on with the content.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const CUE_SPEAKER = 'reported/content-cue-speaker';

const titled: [string, string, Row[], string][] = [
  ['a title and its "of" phrase', 'The dock had flooded, said Tom Vale, president of the union.', [
    row(['The dock had flooded'], 'Tom Vale, president of the union', 'said', CUE_SPEAKER),
  ], 'Tom Vale'],
  ['a title of two words', 'The dock had flooded, said Tom Vale, chief executive of Harbor Freight.', [
    row(['The dock had flooded'], 'Tom Vale, chief executive of Harbor Freight', 'said', CUE_SPEAKER),
  ], 'Tom Vale'],
  ['a title alone', 'The ferries will stop in May, said Ada Brook, spokeswoman.', [
    row(['The ferries will stop in May'], 'Ada Brook, spokeswoman', 'said', CUE_SPEAKER),
  ], 'Ada Brook'],
];

const goesOn: [string, string, Row[]][] = [
  ['after a verb that asks for its complement', 'The fee was, said Lee, president of the union and more.', [
    row(['The fee was', 'president of the union and more'], 'Lee', 'said', CUE_SPEAKER),
  ]],
  ['words that name no person', 'The ferries stopped, said Ada Brook, far too early.', [
    row(['The ferries stopped', 'far too early'], 'Ada Brook', 'said', CUE_SPEAKER),
  ]],
];

describe('a bare title after an inverted speaker is the speaker\'s', () => {
  test.each(titled)('%s', (_name, input, expected, name) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes[0]?.speaker?.name).toBe(name);
  });
});

describe('words after the speaker that go on with the content', () => {
  test.each(goesOn)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
