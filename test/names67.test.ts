/**
 * Speaker names of stop 63 (names67): a name inside the appositive of the
 * person named right before it modifies that person's role ("Tom Hale,
 * executive director of the Tanner's Relief Campaign,", "Lena Ortiz, a
 * Lakeport Democrat who ...", "Rashad Merritt, Voices of Reform's executive
 * director,"), so a later "he" or "she" that fits the person is the person,
 * not the organisation or place in the role. The Dutch particles "ten" and
 * "ter" are inside a name after a given name ("Erik ten Hoven"), not after a
 * day or a place ("On Tuesday ten Republicans"). Invented sentences; exact
 * parts, mention, name, cue and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

const fixes: NamedCase[] = [
  ['a group opening the appositive, cut at "of"', 'Rashad Merritt, Voices of Reform\'s executive director, said his group will keep pressing. "We will not stop," he said.', [
    named(['his group will keep pressing'], 'Rashad Merritt, Voices of Reform\'s executive director', 'Rashad Merritt', 'said', 'reported/cue-clause'),
    named(['We will not stop,'], 'he', 'Rashad Merritt', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a possessive group name after "of the"', 'Tom Hale, executive director of the Tanner\'s Relief Campaign, spoke on Monday. "The harbor fund is running dry," he said.', [
    named(['The harbor fund is running dry,'], 'he', 'Tom Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a firm before the role noun, in a relative clause', 'Carla Fenwick, the former Kestrel chief who dropped her bid, spoke in Dover. "We need a real conservative," she said.', [
    named(['We need a real conservative,'], 'she', 'Carla Fenwick', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a place and party as the role', 'Lena Ortiz, a Lakeport Democrat who won in 2014, criticised the plan. "It will cost jobs," she said.', [
    named(['the plan'], 'Lena Ortiz, a Lakeport Democrat who won in 2014', 'Lena Ortiz', 'criticised', 'reported/cue-object'),
    named(['It will cost jobs,'], 'she', 'Lena Ortiz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const negatives: NamedCase[] = [
  // a person of the pronoun's gender inside the appositive stays the pronoun's when the one before does not fit
  ['a woman named in a man\'s appositive takes "she"', 'Tom Hale, a friend of Ann Lee, spoke in Dover. "The mill will close," she said.', [
    named(['The mill will close,'], 'she', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a list of names is no appositive', 'Tom Hale, Ann Lee and Ed Marsh met in Dover. "The mill will close," he said.', [
    named(['The mill will close,'], 'he', 'Tom Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the person of an appositive after an object', 'Tom Hale spoke to Ann Lee, the Kestrel chief, in Dover. "The mill will close," she said.', [
    named(['The mill will close,'], 'she', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describeNamedTables('names67: a name in the role of an appositive is no "he" or "she"', { fixes, negatives });

const particles: NamedCase[] = [
  ['"ten" after a given name', 'Erik ten Hoven said the club would win. Later ten Hoven said the team was tired.', [
    named(['the club would win'], 'Erik ten Hoven', 'Erik ten Hoven', 'said', 'reported/cue-clause'),
    named(['the team was tired'], 'ten Hoven', 'Erik ten Hoven', 'said', 'reported/cue-clause'),
  ]],
  ['"ter" after a title and a hyphenated given name', 'Coach Marc-Andre ter Brugge said the club would win.', [
    named(['the club would win'], 'Coach Marc-Andre ter Brugge', 'Marc-Andre ter Brugge', 'said', 'reported/cue-clause'),
  ]],
];

// (only the names: the mention of the first two, "Tuesday ten Republicans", is another matter)
const notParticles: [string, string, string[]][] = [
  ['"ten" after a day is a number', 'On Tuesday ten Republicans said the bill would fail.', ['Republicans']],
  ['"ten" after a place is a number', 'In Iowa ten Democrats said the bill would fail.', ['Democrats']],
  ['"ten" after a cue is a number', 'Ann Lee said ten Democrats would vote no.', ['Ann Lee']],
];

describeNamedTables('names67: Dutch particles after a given name', { fixes: particles });

describe('names67: "ten" that is a number', () => {
  test.each(notParticles)('%s', (_title, input, names) => {
    expect(extract(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
});

// a headline that ends in a period is still a headline: its title-case run ("Lakeport Elects", "Harbor Mayor Quits")
// is no person a "he" or "she" of the body stands for, unless the body names that person
const headlines: NamedCase[] = [
  ['a headline run before "she"', 'Lakeport Elects A Judge Who Once Mocked Critics.\n\nVoters in the city chose a new judge on Tuesday. In college columns, the judge mocked critics of the mill. She also argued that the mill was safe.', [
    named(['critics of the mill'], 'the judge', 'the judge', 'mocked', 'reported/cue-object'),
    named(['the mill was safe'], 'She', 'the judge', 'also argued', 'reported/cue-that'),
  ]],
  ['a headline run before "he"', 'Harbor Mayor Quits Over Deal.\n\nThe mayor resigned on Monday. He said the harbor deal had failed.', [
    named(['the harbor deal had failed'], 'He', 'He', 'said', 'reported/cue-clause'),
  ]],
];

const headlineNames: NamedCase[] = [
  ['a person of the headline named in the body', 'Hale Quits Harbor Board.\n\nTom Hale resigned on Monday. He said the harbor deal had failed.', [
    named(['the harbor deal had failed'], 'He', 'Tom Hale', 'said', 'reported/cue-clause'),
  ]],
];

describeNamedTables('names67: a headline ending in a period', { fixes: headlines, negatives: headlineNames });
