/**
 * Speaker names of stop 62 (names65): a "he" or "she" does not stand for a
 * name that its last word makes a building's, a garden's or a sea's ("Marlow
 * Prison", "Harbor Tower", "the Aral Sea"), a publication's or campaigners'
 * ("Harbor Illustrated", "The Dayton Informer", "Lenton Watch"), a day's or a
 * programme's ("Election Day", "Social Security"), a religion or the
 * constitution ("Islam"), or a region ("Greenland"): the person named before
 * it is meant. A first name before the word keeps the name a person's ("Ann
 * Tower", "Sandra Day"). Invented sentences; exact parts, mention, name, cue
 * and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

const trailing = 'direct/trailing-speaker-cue';

const fixes: NamedCase[] = [
  ['a building after "the lobby of"', 'As Nadia Brill spoke in the lobby of Harbor Tower, the crowd was quiet. She called the plan "a disgrace" and left.', [
    named(['the plan "a disgrace"'], 'She', 'Nadia Brill', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a prison after a place\'s possessive', 'Tom Reyes feared for his son. The boy is held in Dunmore\'s notorious Marlow Prison. "I want him home," he said.', [
    named(['I want him home,'], 'he', 'Tom Reyes', 'said', trailing, 'direct'),
  ]],
  ['a sea', 'Ann Lee flew north last year. The trip took her to the shrinking Aral Sea. "It is gone," she said.', [
    named(['It is gone,'], 'she', 'Ann Lee', 'said', trailing, 'direct'),
  ]],
  ['a garden', 'Coach Dan Moretti watched from the sideline. Rain had soaked Lenton Gardens. "We earned it," he said.', [
    named(['We earned it,'], 'he', 'Dan Moretti', 'said', trailing, 'direct'),
  ]],
  ['a magazine', 'Ann Lee spoke at length. The talk was printed by Harbor Illustrated. "It is gone," she said.', [
    named(['It is gone,'], 'she', 'Ann Lee', 'said', trailing, 'direct'),
  ]],
  ['a watchdog', 'Ann Cole faces a lawsuit. The suit was filed by Lenton Watch in May. She said her lawyers had returned every file.', [
    named(['her lawyers had returned every file'], 'She', 'Ann Cole', 'said', 'reported/cue-clause'),
  ]],
  ['a day', 'Ann Cole spoke at length. Many voters stayed home on Election Day. "I was sick," she said.', [
    named(['I was sick,'], 'she', 'Ann Cole', 'said', trailing, 'direct'),
  ]],
  ['a programme', 'Tom Hale spoke at length. His answer touched on Social Security. "It will not run dry," he said.', [
    named(['It will not run dry,'], 'he', 'Tom Hale', 'said', trailing, 'direct'),
  ]],
  ['a religion', 'Tom Hale spoke at length. His answer touched on Islam. "It is a faith of peace," he said.', [
    named(['It is a faith of peace,'], 'he', 'Tom Hale', 'said', trailing, 'direct'),
  ]],
];

const negatives: NamedCase[] = [
  ['a first name before "Tower"', 'Tom Hale met Ann Tower on Monday. "It is gone," she said.', [
    named(['It is gone,'], 'she', 'Ann Tower', 'said', trailing, 'direct'),
  ]],
  ['a first name before "Day"', 'Tom Hale met Sandra Day on Monday. "It is gone," she said.', [
    named(['It is gone,'], 'she', 'Sandra Day', 'said', trailing, 'direct'),
  ]],
  ['"Park" stays a surname', 'Ann Lee met Jiwoo Park on Monday. "It is gone," he said.', [
    named(['It is gone,'], 'he', 'Jiwoo Park', 'said', trailing, 'direct'),
  ]],
  ['"Day" after a word that names no day', 'Chad Day spoke after Tom Hale left. "It is gone," he said.', [
    named(['It is gone,'], 'he', 'Chad Day', 'said', trailing, 'direct'),
  ]],
];

describeNamedTables('names65: a pronoun skips a name of a place, a publication or a thing', { fixes, negatives });

describe('names65: the kind of such a name when it speaks', () => {
  const kinds = (text: string): string[] => extract(text).speakers.map((s) => `${s.name}:${s.kind}`);
  test('a watchdog is an organisation', () => {
    expect(kinds('Lenton Watch said the rent had doubled.')).toEqual(['Lenton Watch:organization']);
  });
  test('a magazine is an organisation', () => {
    expect(kinds('Harbor Illustrated reported that the coach would resign.')).toEqual(['Harbor Illustrated:organization']);
  });
  test('a first name keeps a person', () => {
    expect(kinds('Sandra Day said the bridge would open in May.')).toEqual(['Sandra Day:person']);
  });
});
