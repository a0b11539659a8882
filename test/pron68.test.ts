/**
 * Who a member of a party described by place stands for (pron68): "the
 * Wisconsin Republican" after "House Speaker Tom Hale says" is Tom Hale, as a
 * "he" in its place would be, and so is a later "he" that stands for the
 * description; a person the text gives another party or state is not, and an
 * indefinite "a Wisconsin Republican" is someone new. Exact parts, speaker
 * mention and name, cue, rule and kind.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  ['the subject of the sentence before, not the president named after the cue', 'House Speaker Tom Hale says no matter what President Ann Lee does, "her word does not trump the law." The Wisconsin Republican says in a statement that the new rules go too far. He says Congress will watch closely.', [
    named(['no matter what President Ann Lee does, "her word does not trump the law."'], 'House Speaker Tom Hale', 'Tom Hale', 'says', 'reported/cue-clause', 'mixed'),
    named(['the new rules go too far'], 'The Wisconsin Republican', 'Tom Hale', 'says', 'reported/cue-that'),
    named(['Congress will watch closely'], 'He', 'Tom Hale', 'says', 'reported/cue-clause'),
  ]],
  ['the governor who met the mayor', 'Gov. Sam Ortiz spoke to reporters after meeting Mayor Tom Hale on Friday. The Nevada Democrat said the budget would pass.', [
    named(['the budget would pass'], 'The Nevada Democrat', 'Sam Ortiz', 'said', 'reported/cue-clause'),
  ]],
  ['a surname in -s is a person the description stands for', 'Tom Williams spoke first at the hearing. The Ohio Republican said later that the bill would fail.', [
    named(['the bill would fail'], 'The Ohio Republican', 'Tom Williams', 'said', 'reported/cue-that'),
  ]],
  ['a "he" whose nearest name is the description is the person', 'Senate leader Paul Hart is criticizing the new rules. In a statement, the Kentucky Republican on Tuesday dismissed the plan. He says the Senate will act.', [
    named(['the Senate will act'], 'He', 'Paul Hart', 'says', 'reported/cue-clause'),
  ]],
];

const unchanged: [string, string, NamedRow[]][] = [
  ['a person of another party is not the one', 'Democratic Sen. Ann Lee spoke first at the hearing. The Ohio Republican said later that the bill would fail.', [
    named(['the bill would fail'], 'The Ohio Republican', 'Ohio Republican', 'said', 'reported/cue-that'),
  ]],
  ['a person of another state is not the one', 'Tom Hale of Texas spoke first at the hearing. The Ohio Republican said later that the bill would fail.', [
    named(['the bill would fail'], 'The Ohio Republican', 'Ohio Republican', 'said', 'reported/cue-that'),
  ]],
  ['an indefinite description is someone new', 'Tom Hale spoke first at the hearing. A Wisconsin Republican said later that the bill would fail.', [
    named(['the bill would fail'], 'A Wisconsin Republican', 'Wisconsin Republican', 'said', 'reported/cue-that'),
  ]],
];

describe('a member of a party described by place is the person named before (pron68)', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('shapes the pron68 party rule leaves as they were', () => {
  test.each(unchanged)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
