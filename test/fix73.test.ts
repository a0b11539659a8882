/**
 * fix73: bugs found on invented news in house styles PolNeAR lacks (live
 * blog, press release, tech story, review roundup and vox pops, interview
 * transcript, a quote over several paragraphs, opinion), on invented
 * sentences. Exact parts, speaker mention and name, cue and rule; plus
 * negatives.
 *
 * - `reported/cue-that`: a "that" with a preposition other than "of" after it
 *   and no verb to the sentence's end is a pronoun object before an adjunct
 *   ("I have said that from the first day"), no clause; the content it gave
 *   ("from the first day") was the adjunct.
 * - A clock time opening its line ("14:32", "9.05"), a live blog's time
 *   stamp, is no part of a speaker mention ("14:32 Tomas Brandt said"), and
 *   no bar to a name before a colon ("15:02 Brandt: ..."); "More from" opening
 *   a clause before a colon is no part of its subject ("More from Brandt, who
 *   has now finished speaking: ..." was spoken by "More").
 * - `direct/roundup`: a vox pop's name may be followed by an age alone or a
 *   bare role in lower case ("Jo Hartley, 22, student: ..."), as it was by
 *   "a" and a role ("Ann Lee, 34, a nurse: ...").
 * - A modal in lower case that the tagger reads as a noun after a bare
 *   quantifier ("Some will say", "Some might argue") is the cue's auxiliary
 *   when the cue verb is in its base form, not the speaker's last word.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // 1. "said that" + adjunct: a pronoun object, no clause; a clause after "that" still reports
  ['a clause after "that" and an adjunct still reports', 'The warden said that in 2019 the gate had been left open twice.', [
    named(['in 2019 the gate had been left open twice'], 'The warden', 'The warden', 'said', 'reported/cue-that'),
  ]],
  ['"that of ..." is a pronoun with its phrase, still content', 'The aide said that of the harbor board.', [
    named(['of the harbor board'], 'The aide', 'The aide', 'said', 'reported/cue-that'),
  ]],
  // 2. a live blog's time stamp opening the line, and "More from X, who ...:", are no part of the speaker
  ['a time stamp before a name', 'Live: the budget vote\n\n14:32 Tomas Brandt said the levy would hurt drivers in the north.', [
    named(['the levy would hurt drivers in the north'], 'Tomas Brandt', 'Tomas Brandt', 'said', 'reported/cue-clause'),
  ]],
  ['a time stamp with a full stop before a name and a colon', 'Ada Pell spoke first.\n\n9.05 Pell: "We will not give way on the levy."', [
    named(['We will not give way on the levy.'], 'Pell', 'Ada Pell', ':', 'direct/name-colon', 'direct'),
  ]],
  ['"More from X, who ...:" after a time stamp', 'Ada Pell spoke first.\n\n15:02 More from Pell, who has now finished speaking: "This is a tax on people with no bus."', [
    named(['This is a tax on people with no bus.'], 'Pell', 'Ada Pell', 'speaking', 'direct/clause-colon', 'direct'),
  ]],
  ['"More from X, who ...:" opening the text', 'More from Ada Pell, who has now finished speaking: "This is a tax on people with no bus."', [
    named(['This is a tax on people with no bus.'], 'Ada Pell', 'Ada Pell', 'speaking', 'direct/clause-colon', 'direct'),
  ]],
  // 3. vox pops: a name, an age and a bare role before a colon
  ['"Name, age, role:"', 'We asked people leaving the hall.\n\nJo Hartley, 22, student: "The music was the best part for me."', [
    named(['The music was the best part for me.'], 'Jo Hartley', 'Jo Hartley', null, 'direct/roundup', 'direct'),
  ]],
  ['"Name, two-word role:"', 'Sam Ortiz, retired nurse: "Honestly, I fell asleep in the middle."', [
    named(['Honestly, I fell asleep in the middle.'], 'Sam Ortiz', 'Sam Ortiz', null, 'direct/roundup', 'direct'),
  ]],
  ['"Name, age:"', 'Mia Cole, 41: "It was far too long for me."', [
    named(['It was far too long for me.'], 'Mia Cole', 'Mia Cole', null, 'direct/roundup', 'direct'),
  ]],
  ['a place and a year before a colon name no one', 'Paris, 1944: "The city will be free by the end of the week."', [
    named(['The city will be free by the end of the week.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
  ['"Name, age, a role:" still works', 'Tom Reyes, 58, a farmer: "It was far too long for me."', [
    named(['It was far too long for me.'], 'Tom Reyes', 'Tom Reyes', null, 'direct/roundup', 'direct'),
  ]],
  // 4. a modal read as a noun after a bare quantifier is the cue's auxiliary, not the speaker's last word
  ['"Some will say"', 'Some will say the new bridge is a waste of money.', [
    named(['the new bridge is a waste of money'], 'Some', 'Some', 'will say', 'reported/cue-clause'),
  ]],
  ['"Some might argue"', 'Some might argue the new bridge is a waste of money.', [
    named(['the new bridge is a waste of money'], 'Some', 'Some', 'might argue', 'reported/cue-clause'),
  ]],
  ['"The will says": a noun before a finite verb stays the speaker', 'The will says the farm goes to her nephew.', [
    named(['the farm goes to her nephew'], 'The will', 'The will', 'says', 'reported/cue-clause'),
  ]],
];

describe('fix73: speaker and boundary bugs in other house styles', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

const negatives: [string, string][] = [
  ['"said that from ..." with no verb after it', 'I have said that from the first day.'],
  ['"said that on Monday"', 'The coach said that on Monday, and again at the weekend.'],
  ['"wrote that in ..." with no verb after it', 'Ann Lee wrote that in her diary.'],
  ['a time stamp alone before a quote gives no speaker', 'Live: the budget vote\n\n15:10 "We will see," came the shout from the gallery.'],
];

describe('fix73: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(namedRows(extract(input))).toEqual([]);
  });
});
