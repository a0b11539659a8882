/**
 * Open leads of stop 52 (branch leads53): a direct quote whose speaker is
 * named only in the short sentence after it (`direct/next-sentence-speaker`),
 * and a description before the titled name it stands for ("the mayor" ...
 * "Mayor Ann Lee"), and "the team" or "the club" after a team's name. Exact parts, speaker mention and name, cue and rule;
 * plus the shapes that must stay as they are.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const NEXT = 'direct/next-sentence-speaker';

const nextSentence: [string, string, NamedRow[]][] = [
  ['"So said" and a titled name', '"The pier stays open." So said Mayor Nell Varga.', [
    named(['The pier stays open.'], 'Mayor Nell Varga', 'Nell Varga', 'said', NEXT, 'direct'),
  ]],
  ['"Thus says" and a bare name', '"Tolls will fall." Thus says Orrin Pace.', [
    named(['Tolls will fall.'], 'Orrin Pace', 'Orrin Pace', 'says', NEXT, 'direct'),
  ]],
  ['"Those were the words of" with a time phrase after the name', '"We will not give up the harbor." Those were the words of Senator Ida Marsh on Tuesday.', [
    named(['We will not give up the harbor.'], 'Senator Ida Marsh', 'Ida Marsh', 'the words of', NEXT, 'direct'),
  ]],
  ['"That was how" ... "put it"', '"We ran out of legs." That was how Coach Wendell Ruiz put it.', [
    named(['We ran out of legs.'], 'Coach Wendell Ruiz', 'Wendell Ruiz', 'put it', NEXT, 'direct'),
  ]],
  ['"That\'s how" ... "put it" with a time phrase', '"We ran out of legs." That\'s how Coach Wendell Ruiz put it on Sunday.', [
    named(['We ran out of legs.'], 'Coach Wendell Ruiz', 'Wendell Ruiz', 'put it', NEXT, 'direct'),
  ]],
];

const nextSentenceNegatives: [string, string, NamedRow[]][] = [
  ['"That is how" with another verb frames no quote', '"We knock on every door in the county." That is how Nell Varga is campaigning this fall.', [
    named(['We knock on every door in the county.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
  ['"That was what" frames no quote', '"I will back anyone who keeps the mill open." That was what Orrin Pace wanted to hear.', [
    named(['I will back anyone who keeps the mill open.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
  ['a sentence that goes on after the name frames no quote', '"We will not give up the harbor." Those were the words of a senator who later lost her seat.', [
    named(['We will not give up the harbor.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
];

const ahead: [string, string, NamedRow[]][] = [
  ['"the mayor" before "Mayor" and a name in the next sentence', '"The budget is empty," the mayor said. Mayor Ilse Korda said the town would sell the old depot.', [
    named(['The budget is empty,'], 'the mayor', 'Ilse Korda', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the town would sell the old depot'], 'Mayor Ilse Korda', 'Ilse Korda', 'said', 'reported/cue-clause'),
  ]],
  ['"the senator" before "Sen." and a name in the next sentence', '"The vote is Tuesday," the senator said. Sen. Hollis Varn said the bill had enough support.', [
    named(['The vote is Tuesday,'], 'the senator', 'Hollis Varn', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the bill had enough support'], 'Sen. Hollis Varn', 'Hollis Varn', 'said', 'reported/cue-clause'),
  ]],
];

const aheadNegatives: [string, string, NamedRow[]][] = [
  ['a person named just before keeps the description as it is', 'Orrin Pace spoke first. "The vote is Tuesday," the senator said. Sen. Hollis Varn said the bill had enough support.', [
    named(['The vote is Tuesday,'], 'the senator', 'the senator', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the bill had enough support'], 'Sen. Hollis Varn', 'Hollis Varn', 'said', 'reported/cue-clause'),
  ]],
  ['two titled people who fit keep the description as it is', '"The budget is empty," the mayor said. Mayor Ilse Korda and Mayor Dov Pratt said the towns would share a depot.', [
    named(['The budget is empty,'], 'the mayor', 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the towns would share a depot'], 'Mayor Ilse Korda and Mayor Dov Pratt', 'Ilse Korda and Dov Pratt', 'said', 'reported/cue-clause'),
  ]],
  ['a title the description does not fit', '"The budget is empty," the senator said. Mayor Ilse Korda said the town would sell the old depot.', [
    named(['The budget is empty,'], 'the senator', 'the senator', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the town would sell the old depot'], 'Mayor Ilse Korda', 'Ilse Korda', 'said', 'reported/cue-clause'),
  ]],
];

const teams: [string, string, NamedRow[]][] = [
  ['"the club" after a team named in the sentence before', 'The Harbor Gulls lost again on Sunday. "We are disappointed," the club said.', [
    named(['We are disappointed,'], 'the club', 'Harbor Gulls', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the team" after a one-word team name', 'The Gulls lost again on Sunday. "We will fix the defense," the team said in a statement.', [
    named(['We will fix the defense,'], 'the team', 'Gulls', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const teamNegatives: [string, string, NamedRow[]][] = [
  ['two teams named keep "the club" as it is', 'The Gulls beat the Comets on Sunday. "We are disappointed," the club said.', [
    named(['We are disappointed,'], 'the club', 'the club', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a party\'s members are no team', 'The Democrats lost the vote on Sunday. "We are disappointed," the team said.', [
    named(['We are disappointed,'], 'the team', 'the team', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('a description before the titled name it stands for', () => {
  test.each(ahead)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(aheadNegatives)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('"the team" and "the club" after a team name', () => {
  test.each(teams)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(teamNegatives)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('a direct quote named by the sentence after it', () => {
  test.each(nextSentence)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(nextSentenceNegatives)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
