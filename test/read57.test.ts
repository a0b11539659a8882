/**
 * read57: a review of the round-1 merges of stop 49 (fix66, fix67, names49,
 * read56, perf49). Each row is a shape one of their rules read too widely or
 * left half done, with its exact parts, speaker mention and name, cue and
 * rule; the negatives keep what those rules were for. Invented sentences.
 *
 * - An "-ing" surname before "said" (fix66) is not the participle of an
 *   auxiliary: "Having told reporters ..., Hale left" is Hale's.
 * - A unisex first name (names49) fixes no gender in the fallback either: a
 *   quote paragraph whose first "he" or "she" speaks of "Kim Reyes" is not hers.
 * - "Energy" (fix66) makes a name a body's but heads no description; "Cross"
 *   only after "Red", "Blue" or "Holy": "Tavon Cross said ... He added" is his.
 * - An interview's name before a lower-case word (fix67) is a team's or a
 *   firm's only when a title and a person's name follow.
 * - A name after a preposition of place and an adjective ("of nearby
 *   Dover", names49's speaker span) is a place for pronouns too.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // an auxiliary's participle opening the sentence is no surname
  ['"Having told" opens a participle phrase', 'Having told reporters the plan was dead, Hale left.', [
    named(['the plan was dead'], 'Hale', 'Hale', 'told', 'reported/cue-clause'),
  ]],
  ['"Having said that" opens a participle phrase', 'Having said that, Hale argued the plan would fail.', [
    named(['the plan would fail'], 'Hale', 'Hale', 'argued', 'reported/cue-clause'),
  ]],
  ['unchanged: an "-ing" surname before "said"', 'Manning said the plan would fail.', [
    named(['the plan would fail'], 'Manning', 'Manning', 'said', 'reported/cue-clause'),
  ]],
  // a unisex first name: "he" and "she" alike may speak of the person before
  ['a unisex name: "he" in the quote speaks of her or him', 'Kim Reyes spoke to donors on Monday.\n\n"He ran once and lost, and he will lose again."', [
    named(['He ran once and lost, and he will lose again.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
  ['a unisex name: "she" in the quote speaks of her or him', 'Kim Reyes spoke to donors on Monday.\n\n"She ran once and lost, and she will lose again."', [
    named(['She ran once and lost, and she will lose again.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
  ['unchanged: a unisex name, no pronoun in the quote', 'Kim Reyes spoke to donors on Monday.\n\n"We are not done yet."', [
    named(['We are not done yet.'], 'Kim Reyes', 'Kim Reyes', null, 'direct/fallback-previous', 'direct'),
  ]],
  // "Cross" is a surname unless "Red", "Blue" or "Holy" comes before it
  ['"Cross" after an unlisted first name is a surname', 'Tavon Cross said prices would rise. He added that demand was high.', [
    named(['prices would rise'], 'Tavon Cross', 'Tavon Cross', 'said', 'reported/cue-clause'),
    named(['demand was high'], 'He', 'Tavon Cross', 'added', 'reported/cue-that'),
  ]],
  ['unchanged: the Red Cross is a body', 'The Red Cross said aid would arrive. It added that roads were closed.', [
    named(['aid would arrive'], 'The Red Cross', 'Red Cross', 'said', 'reported/cue-clause'),
    named(['roads were closed'], 'It', 'Red Cross', 'added', 'reported/cue-that'),
  ]],
  ['unchanged: "Energy" in a name makes a body', 'Duke Energy said prices would rise. It added that demand was high.', [
    named(['prices would rise'], 'Duke Energy', 'Duke Energy', 'said', 'reported/cue-clause'),
    named(['demand was high'], 'It', 'Duke Energy', 'added', 'reported/cue-that'),
  ]],
  ['a title before a name ending in "Cross"', 'Architect Lena Cross said the tower was safe.', [
    named(['the tower was safe'], 'Architect Lena Cross', 'Lena Cross', 'said', 'reported/cue-clause'),
  ]],
  // an interview: a name before a time is the interviewee
  ['an interviewee named before a time', "Mara Quint last week won the city's chess title. She spoke to us afterwards.\n\nQ: How did it feel?\n\nA: I could not believe it.", [
    named(['How did it feel'], 'Q', 'Q', ':', 'reported/interview'),
    named(['I could not believe it'], 'A', 'Mara Quint', ':', 'reported/interview'),
  ]],
  ['unchanged: a firm\'s name before a title and a person', 'Harbor Pines chief economist Rafael Ortiz spoke to us.\n\nQ: Will rates rise?\n\nA: I think so.', [
    named(['Will rates rise'], 'Q', 'Q', ':', 'reported/interview'),
    named(['I think so'], 'A', 'Rafael Ortiz', ':', 'reported/interview'),
  ]],
  // a place after a preposition and an adjective stands for no one
  ['"of nearby Dover" is a place, not whom "she" stands for', 'The mayor of nearby Dover said the bridge was safe. She added that repairs were due.', [
    named(['the bridge was safe'], 'The mayor of nearby Dover', 'The mayor of nearby Dover', 'said', 'reported/cue-clause'),
    named(['repairs were due'], 'She', 'The mayor of nearby Dover', 'added', 'reported/cue-that'),
  ]],
  ['"in northern Ohio" is a place: "they" are the voters', 'Voters in northern Ohio said the race was close. They added that turnout was high.', [
    named(['the race was close'], 'Voters in northern Ohio', 'Voters in northern Ohio', 'said', 'reported/cue-clause'),
    named(['turnout was high'], 'They', 'Voters in northern Ohio', 'added', 'reported/cue-that'),
  ]],
];

describe('read57: round-1 rules of stop 49, read more narrowly', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
