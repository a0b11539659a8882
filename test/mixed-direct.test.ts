/**
 * Mixed and direct quotation boundaries (issue 11, mixed round): naming
 * relatives before a quoted object, the narrator's words after it, the words
 * that open or finish a direct quote's sentence. Invented sentences with the
 * exact parts, speaker, cue and rule expected, and the negatives each rule
 * must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a relative word before the speaker of a naming verb opens what was said
  ['which X called "..."', 'The board backed the levy, which Mayor Ann Lee called "a fair deal."', [
    row(['which', 'a fair deal.'], 'Mayor Ann Lee', 'called', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  ['what X described as "..." after its object', 'Critics mocked what Ms. Dalby described as a "plan for the ages."', [
    row(['what', 'a "plan for the ages."'], 'Ms. Dalby', 'described as', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['whom X called a "..."', 'He met Tom Reyes, whom the mayor called a "true friend" of the harbor.', [
    row(['whom', 'a "true friend" of the harbor'], 'the mayor', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // the narrator's words after the last quotation of a quoted object end at a comma, a dash or "and" before a verb
  ['and before a verb', 'Ms. Dalby called the ferry plan "a costly mistake" and left the hall.', [
    row(['the ferry plan "a costly mistake"'], 'Ms. Dalby', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a comma after the object', 'Reed called the new pier "a real step up" from the old one, because the town paid for it.', [
    row(['the new pier "a real step up" from the old one'], 'Reed', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a dash after the object', 'Reed praised the harbor board for its "quiet courage" - a rare word of thanks from him.', [
    row(['the harbor board for its "quiet courage"'], 'Reed', 'praised', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // capitalised words after a naming verb and its object are a name given, not a title
  ['a name given in capitals', 'Ms. Dalby called Tom Reyes "The Iron Mayor of the Coast."', [
    row(['Tom Reyes "The Iron Mayor of the Coast."'], 'Ms. Dalby', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a participle after "with" and its subject
  ['with X calling it', 'The pier plan drew scorn on all sides, with Ann Lee calling it "a mess."', [
    row(['it "a mess."'], 'Ann Lee', 'calling', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a quotation of several sentences that opens inside one takes its trailing attribution and the sentence's first words
  ['a quote of sentences opening mid-sentence', 'Instead, Ada Moss "is cutting corners on the pier. It will not last," Hale wrote.', [
    row(['Instead, Ada Moss', 'is cutting corners on the pier. It will not last,'], 'Hale', 'wrote', 'direct/mid-sentence-trailing-cue', 'mixed'),
  ]],
  // the words that finish the sentence after the closing mark belong to the quote
  ['words after the closing mark', 'Ms. Dalby said, "We need two more weeks" before the vote.', [
    row(['We need two more weeks', 'before the vote'], 'Ms. Dalby', 'said', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  // words before a speaker and cue open a quote that starts in lower case
  ['a lower-case quote after a fronted noun phrase', 'No new ferry, he said, "will fix the harbor."', [
    row(['No new ferry', 'will fix the harbor.'], 'he', 'said', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  ['a short listener after the cue', 'In the end, the mayor told the crowd, "it will work out."', [
    row(['In the end', 'it will work out.'], 'the mayor', 'told', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  // a closing mark of two apostrophes ('') counts as one mark
  ["'' marks: words after the closing mark", "Ms. Dalby said, ''We need two more weeks'' before the vote.", [
    row(["We need two more weeks", 'before the vote'], 'Ms. Dalby', 'said', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  ["'' marks: a comma inside the closing mark ends a quoted object", "The speech, which Mr. Hale called ''a disgrace,'' drew boos from the crowd.", [
    row(['which', "''a disgrace,''"], 'Mr. Hale', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ["'' marks: two quotes in a that-clause", "Ms. Ortiz said on Saturday that ''this is not our fight'' and that the town should not bear ''the whole cost.''", [
    row(["''this is not our fight'' and that the town should not bear ''the whole cost.''"], 'Ms. Ortiz', 'said', 'reported/cue-that', 'mixed'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // "that" is a conjunction, not a relative
  ['said that X called', 'Reed said that Tom Hale called the plan "a mess."', [
    row(['Tom Hale called the plan "a mess."'], 'Reed', 'said', 'reported/cue-that', 'mixed'),
  ]],
  // a list of quotations after commas stays whole
  ['a list of quoted words', 'Reed called the plan "weak," "slow" and "a loser."', [
    row(['the plan "weak," "slow" and "a loser."'], 'Reed', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a hyphen inside a word is no dash
  ['a hyphenated word after the quote', 'Reed called her plan a "road map" for well-paid harbor jobs.', [
    row(['her plan a "road map" for well-paid harbor jobs'], 'Reed', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a title after the cue alone is no one's words
  ['a quoted title right after the cue', 'Reed quoted from "The Drowning Coast" at the meeting.', []],
  // a quote that ends with its own punctuation is complete
  ['a comma inside the closing mark', 'Reed said, "Time will tell," when asked about the vote.', [
    row(['Time will tell,'], 'Reed', 'said', 'direct/leading-speaker-cue', 'direct'),
    row(['the vote'], null, 'asked about', 'reported/cue-topic-no-speaker'),
  ]],
  // the narrator's time after the quote
  ['a time after the quote', 'Reed tweeted, "Great night in Harborville" on Sunday evening.', [
    row(['Great night in Harborville'], 'Reed', 'tweeted', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // "and" before a verb ends the words after the quote
  ['and before a verb after a direct quote', 'Reed said, "The fight is not over" and vowed to run again.', [
    row(['The fight is not over'], 'Reed', 'said', 'direct/leading-speaker-cue', 'direct'),
    row(['to run again'], 'Reed', 'vowed', 'reported/cue-infinitive'),
  ]],
  // a quote in one sentence that opens mid-sentence stays the reported stage's
  ['one sentence opening mid-sentence', 'The plan is "pure fantasy," Smith said.', [
    row(['The plan is "pure fantasy,"'], 'Smith', 'said', 'reported/content-speaker-cue', 'mixed'),
  ]],
  // an upper-case quote after a time phrase keeps the narrator's framing out
  ['a time phrase before the speaker', 'Minutes later, she said, "It is done."', [row(['It is done.'], 'she', 'said', 'direct/leading-speaker-cue', 'direct')]],
  // a clause before "speaker cue:" stays out (as often the narrator's as the speaker's)
  ['a clause before a colon', 'The ferry is the town\'s lifeline, she said: "Without it we would starve."', [
    row(['Without it we would starve.'], 'she', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // the speaker must stand right before the cue for a lower-case quote to take the words before
  ['a participle cue far from its subject', 'Minutes later, she sent a note saying, "agreed."', [
    row(['agreed.'], 'she', 'saying', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // a fronted phrase and its comma before a quote of sentences frame it: they are no part of what was said
  ['a fronted phrase before a quote of sentences', 'After the vote, "We won. It is over," Hale said.', [
    row(['We won. It is over,'], 'Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a fronted time before a quote of sentences', 'On Monday, "The pier plan is dead. We will try again," the mayor said.', [
    row(['The pier plan is dead. We will try again,'], 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // the narrator's subordinate clause after the closing mark is no part of the quote
  ['a clause with "as" after the quote', 'He said, "We will win" as the crowd cheered.', [
    row(['We will win'], 'He', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a participle clause with "while" after the quote', 'The mayor said, "We are done" while leaving the hall.', [
    row(['We are done'], 'The mayor', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a clause with "before" after the quote', 'Ms. Dalby said, "We need two more weeks" before the vote began.', [
    row(['We need two more weeks'], 'Ms. Dalby', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
];

for (const [title, table] of [['mixed and direct boundaries', cases], ['mixed and direct boundaries that must not move', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
