/**
 * Who a member of a party described by place stands for (pron68): "the
 * Wisconsin Republican" after "House Speaker Tom Hale says" is Tom Hale, as a
 * "he" in its place would be, and so is a later "he" that stands for the
 * description; a person the text gives another party or state is not, and an
 * indefinite "a Wisconsin Republican" is someone new. A relative "who" after
 * a person's appositive that ends in a place or a body ("Tom Hale, a teacher
 * from Dover, New Jersey, who said") is that person, and one after a thing
 * ("the ire of lawmakers who said") the people after its preposition. A "he" or "she" whose
 * nearest name is a lone word written once, of no known gender, with no title
 * and no verb after it ("with Vantix") is the person of its gender named
 * just before. Exact parts, speaker mention and name, cue, rule and kind.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  ['the subject of the sentence before, not the president named after the cue', 'House Speaker Tom Hale says no matter what President Ann Lee does, "her word does not trump the law." The Wisconsin Republican says that the new rules go too far. He says Congress will watch closely.', [
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
  ['a "he" whose nearest name is the description is the person', 'Senate leader Paul Hart is criticizing the new rules. At a rally, the Kentucky Republican waved off the plan. He says the Senate will act.', [
    named(['the Senate will act'], 'He', 'Paul Hart', 'says', 'reported/cue-clause'),
  ]],
];

const whoCases: [string, string, NamedRow[]][] = [
  ['a university at the end of a professor\'s appositive', 'Critics spoke. "It is a crash," said Tom Hale, a professor of law at the University of Dover in Kent, who likened the race to a wreck.', [
    named(['It is a crash,'], 'Tom Hale, a professor of law at the University of Dover in Kent', 'Tom Hale', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['the race to a wreck'], 'who', 'Tom Hale', 'likened', 'reported/cue-object'),
  ]],
  ['a town and a state, the town where places stand', '"It hurts," said Tom Hale, a teacher from Dover, New Jersey, who said he would vote.', [
    named(['It hurts,'], 'Tom Hale, a teacher from Dover, New Jersey', 'Tom Hale', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['he would vote'], 'who', 'Tom Hale', 'said', 'reported/cue-clause'),
  ]],
  ['an age and a town', 'The poll was wide. "I will vote for him," said Nora Pike, 24, from Dover, who said she liked his plan.', [
    named(['I will vote for him,'], 'Nora Pike', 'Nora Pike', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['she liked his plan'], 'who', 'Nora Pike', 'said', 'reported/cue-clause'),
  ]],
  ['a group after "of" at the end of a thing', 'The agency drew the ire of lawmakers who said it had overreached.', [
    named(['it had overreached'], 'who', 'lawmakers', 'said', 'reported/cue-clause'),
  ]],
  ['a person after "to" at the end of a thing', 'She passed the microphone to a local delegate, who praised the nominee.', [
    named(['the nominee'], 'who', 'a local delegate', 'praised', 'reported/cue-object'),
  ]],
];

const loneCases: [string, string, NamedRow[]][] = [
  ['a firm after "with" gives way to the man named before', 'Former governor Tom Hale shared that view. During a long talk that winter with Vantix, he said the vote "was never close."', [
    named(['the vote "was never close."'], 'he', 'Tom Hale', 'said', 'reported/cue-clause', 'mixed'),
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
  ['the body itself when no person stands before it', 'The council met on Monday. "We will act," said the council, who said it would vote soon.', [
    named(['We will act,'], 'the council', 'the council', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['it would vote soon'], 'who', 'the council', 'said', 'reported/cue-clause'),
  ]],
  ['a relative of a person is no thing', 'The hearing was led by the wife of a senator, who said the rules were clear.', [
    named(['the rules were clear'], 'who', 'the wife of a senator', 'said', 'reported/cue-clause'),
  ]],
  ['a surname alone that its verb follows is a person', 'Tom Hale met the press. Vardy declined to answer. "We will win," he said.', [
    named(['We will win,'], 'he', 'Vardy', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a surname alone in -s is a person', 'Tom Jones met Ruth Ames. Matthews arrived later. "We will win," he said.', [
    named(['We will win,'], 'he', 'Matthews', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a surname alone with a title is a person', 'President Vardy\'s speech in Ankara drew fire when he said the plan "was working."', [
    named(['the plan "was working."'], 'he', 'Vardy', 'said', 'reported/cue-clause', 'mixed'),
  ]],
];

describe('a relative "who" after a place or body that ends an appositive is the person (pron68)', () => {
  test.each(whoCases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('a lone word of no gender gives way to a person of the pronoun\'s gender (pron68)', () => {
  test.each(loneCases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

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
