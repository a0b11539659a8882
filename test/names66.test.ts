/**
 * Speaker names of stop 62 (names66): a preposition, adverb or adjective
 * opening a sentence ("Outside", "Top", "Within" ...) is no part of the name
 * after it when the document uses that name without it ("Outside Halvorsen's
 * mill" names Halvorsen); a capitalised possessive inside a sentence opens a
 * name ("a group, Our Harbor, ..."), which names no person, so a later "he"
 * skips it. Invented sentences; exact parts, mention, name, cue and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

const fixes: NamedCase[] = [
  ['"Outside" opening a sentence before a name', 'Outside Halvorsen\'s mill on River Road, the mood was grim. Workers at Halvorsen lost their jobs in May. Halvorsen said the mill would close.', [
    named(['the mill would close'], 'Halvorsen', 'Halvorsen', 'said', 'reported/cue-clause'),
  ]],
  ['"Top" opening a sentence before a surname', 'Top Lindqvist strategists conceded as much on Friday. In Dover, Lindqvist said the budget would pass.', [
    named(['the budget would pass'], 'Lindqvist', 'Lindqvist', 'said', 'reported/cue-clause'),
  ]],
  ['a group named with "Our" is no "he"', 'Tom Hale spoke on Monday. The group he will soon launch, Our Harbor, will help train candidates. "We must keep it going," he said.', [
    named(['We must keep it going,'], 'he', 'Tom Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a group named with "Our" keeps it', 'A new group, Our Harbor Future, said the fees would rise.', [
    named(['the fees would rise'], 'A new group, Our Harbor Future', 'Our Harbor Future', 'said', 'reported/cue-clause'),
  ]],
];

const negatives: NamedCase[] = [
  ['a name only ever written with "Top" stays whole', 'Top Harbor Partners said the fees would rise.', [
    named(['the fees would rise'], 'Top Harbor Partners', 'Top Harbor Partners', 'said', 'reported/cue-clause'),
  ]],
  ['"Our" opening a sentence opens a description', 'Our staff said the plan was dead.', [
    named(['the plan was dead'], 'Our staff', 'Our staff', 'said', 'reported/cue-clause'),
  ]],
];

describeNamedTables('names66: sentence openers and possessives at the edge of a name', { fixes, negatives });

describe('names66: the kind of a name opened by a possessive', () => {
  const kinds = (text: string): string[] => extract(text).speakers.map((s) => `${s.name}:${s.kind}`);
  test('"Our Harbor Future" is an organisation', () => {
    expect(kinds('A new group, Our Harbor Future, said the fees would rise.')).toEqual(['Our Harbor Future:organization']);
  });
  test('"Outside" goes, the person stays', () => {
    expect(kinds('Outside Halvorsen\'s mill on River Road, the mood was grim. Workers at Halvorsen lost their jobs in May. Halvorsen said the mill would close.')).toEqual(['Halvorsen:person']);
  });
});
