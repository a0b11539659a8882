/**
 * Where reported content and quotations end and begin (issue 11, third round):
 * a topic cue's preposition, a quoted object's end, a later attribution with a
 * short subject, a quotation that ends its sentence, and the clause before a
 * parenthetical cue that introduces a quotation. Exact parts, speaker, cue and
 * rule for each rule, and the negatives each must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a topic cue's span takes its preposition
  ['talked about', 'The mayor talked about the new bridge.', [row(['the new bridge'], 'The mayor', 'talked about', 'reported/cue-topic')]],
  ['called for', 'Ms. Ortiz called for a recount of the ballots.', [row(['a recount of the ballots'], 'Ms. Ortiz', 'called for', 'reported/cue-topic')]],
  ['spoke proudly of: the adverb stays in the cue', 'Lopez spoke proudly of her record.', [row(['her record'], 'Lopez', 'spoke proudly of', 'reported/cue-topic')]],
  ['a quoted object after a preposition: the preposition is in the cue', 'Reed referred to the mayor as "a clown."', [
    row(['the mayor as "a clown."'], 'Reed', 'referred to', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a verb group with "to": the cue runs from its first verb
  ['went on to say', 'The email went on to say that the plan was dead.', [row(['the plan was dead'], 'The email', 'went on to say', 'reported/cue-that')]],
  ['appeared to imply', 'Lopez appeared to imply that the vote was rigged.', [row(['the vote was rigged'], 'Lopez', 'appeared to imply', 'reported/cue-that')]],
  ['has begun to argue, with its auxiliary', 'Reed has begun to argue that the plan is dead.', [row(['the plan is dead'], 'Reed', 'has begun to argue', 'reported/cue-that')]],
  // a quoted object ends at the closing mark before the narrator's words
  ['"and" with a pronoun after the quoted object', 'Ms. Ortiz called the deal "a disaster" and she vowed to undo it.', [
    row(['the deal "a disaster"'], 'Ms. Ortiz', 'called', 'reported/cue-quoted-object', 'mixed'),
    row(['to undo it'], 'she', 'vowed', 'reported/cue-infinitive'),
  ]],
  ['a comma inside the closing mark', 'Ms. Ortiz called the deal "a disaster," adding that it would fail.', [
    row(['the deal "a disaster,"'], 'Ms. Ortiz', 'called', 'reported/cue-quoted-object', 'mixed'),
    row(['it would fail'], 'Ms. Ortiz', 'adding', 'reported/cue-that'),
  ]],
  ['a dash after the closing mark', 'Ms. Ortiz called the deal "a disaster" \u2014 a charge the firm denies.', [
    row(['the deal "a disaster"'], 'Ms. Ortiz', 'called', 'reported/cue-quoted-object', 'mixed'),
    // (what the firm denies is the charge)
    row(['a charge'], 'the firm', 'denies', 'reported/relative-object'),
  ]],
  ['where it was said: in a tweet', 'Ms. Ortiz called the deal "abhorrent" in a tweet on Sunday.', [
    row(['the deal "abhorrent"'], 'Ms. Ortiz', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a subordinate clause of the narrator', 'Reed called the plan "reckless" while touring the pier.', [
    row(['the plan "reckless"'], 'Reed', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a later cue whose short subject the speaker finder does not read ends the content before it
  [', and more than 4 in 10 said', 'Most farmers said they were anxious about the drought, and more than 3 in 5 said Dale Kerr would handle water best.', [
    row(['they were anxious about the drought'], 'Most farmers', 'said', 'reported/cue-clause'),
    row(['Dale Kerr would handle water best'], 'more than 3 in 5', 'said', 'reported/cue-clause'),
  ]],
  [', though X said', 'Ms. Dole said the record is a fair target, though Mrs. Ortiz said she doubted voters would care.', [
    row(['the record is a fair target'], 'Ms. Dole', 'said', 'reported/cue-clause'),
    row(['she doubted voters would care'], 'Mrs. Ortiz', 'said', 'reported/cue-clause'),
  ]],
  ['- others say', 'Some say the coach would win more if he rested more - others say he has never looked sharper.', [
    row(['the coach would win more if he rested more'], 'Some', 'say', 'reported/cue-clause'),
    row(['he has never looked sharper'], 'others', 'say', 'reported/cue-clause'),
  ]],
  // a dash before the narrator's aside, a coordinated verb after a closing mark
  ['a dash before "though"', 'Reed said the tax would rise \u2014 though economists disagree.', [row(['the tax would rise'], 'Reed', 'said', 'reported/cue-clause')]],
  ['a dash before an appositive', 'Reed said the dam was safe \u2014 an old claim.', [row(['the dam was safe'], 'Reed', 'said', 'reported/cue-clause')]],
  ['a spaced hyphen before a later attribution is trimmed', 'Reed said the dam was safe - and the council agreed.', [row(['the dam was safe'], 'Reed', 'said', 'reported/cue-clause')]],
  ['a closing mark after a comma, then "and" and a verb', 'Reed said the plan was "a disgrace," and welcomed the vote.', [
    row(['the plan was "a disgrace,"'], 'Reed', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  // a quotation that ends its sentence ends the content
  ['a new sentence after the closing mark', 'Ms. Ortiz said the budget was "a disaster from the start." It was the third time she had said so.', [
    row(['the budget was "a disaster from the start."'], 'Ms. Ortiz', 'said', 'reported/cue-clause', 'mixed'),
    row(['so'], 'she', 'had said', 'reported/cue-answer'),
  ]],
  // the clause before a parenthetical cue opens the quotation after it
  ['a clause, X added, then a quotation', 'The streets were empty, he added, "but people need to meet somehow."', [
    row(['The streets were empty', 'but people need to meet somehow.'], 'he', 'added', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  // a "that" that belongs to the content: the clause's subject, or a complementizer before a comma
  ['"that" as the subject', 'Reed said that was a mistake.', [row(['that was a mistake'], 'Reed', 'said', 'reported/cue-that')]],
  ['"that\'s" as the subject', 'Reed said that\'s the end of the plan.', [row(["that's the end of the plan"], 'Reed', 'said', 'reported/cue-that')]],
  ['"that" before a fronted clause', 'Reed said that, if elected, she would cut taxes.', [
    row(['that, if elected, she would cut taxes'], 'Reed', 'said', 'reported/cue-that'),
  ]],
  ['"that" as the subject of a past verb', 'Reed said that helped him a lot.', [row(['that helped him a lot'], 'Reed', 'said', 'reported/cue-that')]],
  ['"that" as the subject of a past verb with a noun object', 'Reed said that worried investors.', [row(['that worried investors'], 'Reed', 'said', 'reported/cue-that')]],
  // "that" only joins the clause when an -ing form or a participle before its noun follows
  ['"that" before an -ing participle and its noun', 'Reed said that rising costs would hurt families.', [
    row(['rising costs would hurt families'], 'Reed', 'said', 'reported/cue-that'),
  ]],
  ['"that" before an -ed participle and its noun', 'Reed said that proposed cuts would hurt families.', [
    row(['proposed cuts would hurt families'], 'Reed', 'said', 'reported/cue-that'),
  ]],
  ['"that" before "existing laws"', 'Ms. Adair argued that existing laws were enough.', [row(['existing laws were enough'], 'Ms. Adair', 'argued', 'reported/cue-that')]],
  ['"that" before "falling prices" and a past verb', 'Reed said that falling prices helped the town.', [
    row(['falling prices helped the town'], 'Reed', 'said', 'reported/cue-that'),
  ]],
  ['"that" before a gerund subject', 'Reed said that cutting the tax would help families.', [
    row(['cutting the tax would help families'], 'Reed', 'said', 'reported/cue-that'),
  ]],
  ['"that" before "being"', 'Reed said that being late was a mistake.', [row(['being late was a mistake'], 'Reed', 'said', 'reported/cue-that')]],
  // a quoted paragraph with no attribution of its own continues the quote of the paragraph before
  ['a follow-on quotation paragraph', '"The pier is safe," Mayor Lena Park said.\n\n"We checked every beam. Nothing is loose."', [
    row(['The pier is safe,', 'We checked every beam. Nothing is loose.'], 'Mayor Lena Park', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a quotation paragraph after reported speech that ends its paragraph', 'Mayor Lena Park said the pier was "safe for now."\n\n"We checked every beam."', [
    row(['the pier was "safe for now."', 'We checked every beam.'], 'Mayor Lena Park', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['a dash and a new clause after the quoted words', 'Reed said the plan was "a disgrace" \u2014 and the crowd cheered.', [
    row(['the plan was "a disgrace"'], 'Reed', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  // a title in the sentence that attributes a direct quote is no part of it, and no quote
  ['a title after a possessive', '"We will win," Lee said on WXRT\'s "Morning Hour."', [row(['We will win,'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct')]],
  ['a title after a noun', '"We will win," Lee told the "Morning Hour" program.', [row(['We will win,'], 'Lee', 'told', 'direct/trailing-speaker-cue', 'direct')]],
  ['a title, then the quote goes on', '"We will win," Lee said on WXRT\'s "Morning Hour." "We have the votes."', [
    row(['We will win,', 'We have the votes.'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // content never runs over a line break
  ['a headline on the next line', 'Mayor Reed said the pier was safe\nHarbor reopens on Friday', [row(['the pier was safe'], 'Mayor Reed', 'said', 'reported/cue-clause')]],
  // a linking word that opens the sentence is the narrator's
  ['"But" before a trailing source', 'But the vote was close, according to the county clerk.', [
    row(['the vote was close'], 'the county clerk', 'according to', 'reported/according-to-trail'),
  ]],
  ['"Still," before a trailing source', 'Still, the plan will pass, according to two aides.', [
    row(['the plan will pass'], 'two aides', 'according to', 'reported/according-to-trail'),
  ]],
  ['"In fact," before a trailing source', 'In fact, turnout rose by a third, according to the county clerk.', [
    row(['turnout rose by a third'], 'the county clerk', 'according to', 'reported/according-to-trail'),
  ]],
  ['"But" before a parenthetical cue', 'But back in Oregon, Mr. Ashby said, he learned to sail.', [
    row(['back in Oregon', 'he learned to sail'], 'Mr. Ashby', 'said', 'reported/parenthetical-cue'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // quoted objects that go on
  ['a list of quotations', 'Reed called the rivals "weak," "low energy" and "losers."', [
    row(['the rivals "weak," "low energy" and "losers."'], 'Reed', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a "because" clause stays', 'Reed called the plan "a mess" because it costs too much.', [
    row(['the plan "a mess" because it costs too much'], 'Reed', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a prepositional phrase that is no medium stays', 'Reed described the plan as "a historic step" in the fight against floods.', [
    row(['the plan as "a historic step" in the fight against floods'], 'Reed', 'described', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // later cues that are no attribution of their own
  ['a relative clause', 'Reed said the plan, which most said they liked, would pass.', [
    row(['the plan, which most said they liked, would pass'], 'Reed', 'said', 'reported/cue-clause'),
  ]],
  // a quotation that does not end a sentence
  ['an abbreviation before the closing mark', 'Ms. Ortiz said the plan was "ready for the U.S." officials hoped.', [
    row(['the plan was "ready for the U.S." officials hoped'], 'Ms. Ortiz', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  // "declined to say" reports no speech of the subject: the cue stays the verb of saying
  ['declined to say', 'Reed declined to say whether the plan was dead.', [row(['whether the plan was dead'], 'Reed', 'say', 'reported/cue-clause')]],
  ['a verb after a comma inside the closing mark stays', 'Reed said the judge was "biased," given his record.', [
    row(['the judge was "biased," given his record'], 'Reed', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['a hyphen inside a name is no boundary', 'Reed said the vote was fair, Jean-Pierre Roux said.', [
    row(['Reed said the vote was fair'], 'Jean-Pierre Roux', 'said', 'reported/content-speaker-cue'),
  ]],
  // framing before a parenthetical cue is no part of the quotation
  ['a fronted place', 'At the rally, she said, "We will win."', [row(['We will win.'], 'she', 'said', 'direct/leading-speaker-cue', 'direct')]],
  ['a time phrase without a verb', 'Minutes later, she said, "We will win."', [row(['We will win.'], 'she', 'said', 'direct/leading-speaker-cue', 'direct')]],
  ['a cue at the sentence start', 'Lopez said, "We will win."', [row(['We will win.'], 'Lopez', 'said', 'direct/leading-speaker-cue', 'direct')]],
  // before a trailing cue, "But" stays, as annotated news mostly keeps it
  ['"But" before a trailing cue', 'But the bridge is safe, Lopez said.', [row(['But the bridge is safe'], 'Lopez', 'said', 'reported/content-speaker-cue')]],
  ['a dash pair before the quoted words', 'Reed said the plan \u2014 and the budget \u2014 was "a disgrace."', [
    row(['the plan \u2014 and the budget \u2014 was "a disgrace."'], 'Reed', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['the quote goes on after its attribution', '"We will win," Lee said, "and soon."', [row(['We will win,', 'and soon.'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct')]],
  ['a quoted object of a second cue stays', '"We will win," Lee said, calling the plan "a mess."', [
    row(['We will win,'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['the plan "a mess."'], 'Lee', 'calling', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // "that" as a complementizer is no content
  ['a plain "that"', 'Reed said that the vote was close.', [row(['the vote was close'], 'Reed', 'said', 'reported/cue-that')]],
  // a quoted paragraph that does not continue the quote before it
  ['the attribution goes on with a sentence of its own', '"The pier is safe," Mayor Lena Park said. She then left the hall.\n\n"Who pays for it?"', [
    row(['The pier is safe,'], 'Mayor Lena Park', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['Who pays for it?'], null, null, 'direct/context', 'direct'),
  ]],
  ['the next paragraph only opens with a quoted title', '"The pier is safe," Mayor Lena Park said.\n\n"Harbor Lights" opens on Friday at the old theatre.', [
    row(['The pier is safe,'], 'Mayor Lena Park', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

for (const [title, table] of [['speech boundaries', cases], ['speech boundaries that must not cut', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}

test('a topic cue with a listener is no report', () => {
  expect(extract('The mayor talked to reporters.').quotes).toEqual([]);
});
