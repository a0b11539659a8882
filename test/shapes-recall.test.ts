/**
 * More shapes of reported speech (issue 11, recall): questions put to someone
 * with no asker named, with the exact parts, speaker, cue and rule expected;
 * and the near misses that must stay silent.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const shapes: [string, string, Row[]][] = [
  // a question put to someone: the one asked is no speaker, what was asked is the content
  ['was asked about a topic', 'The council was asked about the budget deficit.', [row(['the budget deficit'], null, 'was asked about', 'reported/asked')]],
  ['were asked a question', 'Voters were asked who would bring change to the city.', [row(['who would bring change to the city'], null, 'were asked', 'reported/asked')]],
  ['was asked to do something', 'Hale was asked to name one achievement of his term.', [row(['to name one achievement of his term'], null, 'was asked', 'reported/asked')]],
  ['was asked a noun phrase', 'Hale was asked a blunt question about the port.', [row(['a blunt question about the port'], null, 'was asked', 'reported/asked')]],
  ['has been asked, with an adverb', 'The mayor has repeatedly been asked to release the letters.', [row(['to release the letters'], null, 'has repeatedly been asked', 'reported/asked')]],
  // (with its agent after "by", the one who asked speaks)
  ['when asked for, after an adjunct', 'Whenever asked by reporters for his position, Hale smiled.', [row(['his position'], 'reporters', 'asked by reporters for', 'reported/asked-by')]],
  ['a sentence-initial Asked with an adjunct before the question', 'Asked on Sunday who leads the party, he said Hale.', [
    row(['who leads the party'], null, 'Asked', 'reported/asked'),
  ]],
  ['a sentence-initial Asked with a time word before the topic', 'Asked Tuesday about the port, Lind said she knew nothing.', [
    row(['the port'], null, 'Asked Tuesday about', 'reported/asked'),
    row(['she knew nothing'], 'Lind', 'said', 'reported/cue-clause'),
  ]],
  ['a sentence-initial Asked right before the question stays asked-question', 'Asked whether the pier would reopen, Lind said she hoped so.', [
    row(['whether the pier would reopen'], null, 'Asked', 'reported/asked-question'),
    row(['she hoped so'], 'Lind', 'said', 'reported/cue-clause'),
  ]],
  ['when asked after a comma', 'The mayor smiled, when asked about the bridge.', [row(['the bridge'], null, 'asked about', 'reported/asked')]],
  // the one asked between the cue and the question; the asker speaks
  ['X asked Y about a topic', 'Todd asked the mayor about the budget deficit.', [row(['about the budget deficit'], 'Todd', 'asked', 'reported/asked-listener')]],
  ['X asked Y a wh-question', 'We asked our readers which plan won the debate.', [row(['which plan won the debate'], 'We', 'asked', 'reported/asked-listener')]],
  ['X asked a name which ...', 'Mercer then asked Talbot which counties she could carry.', [row(['which counties she could carry'], 'Mercer', 'then asked', 'reported/asked-listener')]],
  ['X asked Y to do something stays an infinitive', 'She asked the court to act quickly.', [row(['the court to act quickly'], 'She', 'asked', 'reported/cue-infinitive')]],
  // a request is reported speech, as PolNeAR annotates it (reported/asked-for): what was asked for is the content
  ['an active ask with a listener and an object', 'The mayor asked the council for more money.', [row(['more money'], 'The mayor', 'asked', 'reported/asked-for')]],
  ['a fronted phrase before an active ask for is no content', 'In court documents, the counsel asked for a delay.', [row(['a delay'], 'the counsel', 'asked for', 'reported/asked-for')]],
  // topics: a question, a participle adjective, the particle "out"
  ['talks about how ...', 'She frequently talks about how she pushed the mayor to act.', [
    row(['how she pushed the mayor to act'], 'She', 'frequently talks about', 'reported/cue-topic'),
  ]],
  ['a question as topic runs to its punctuation', 'She talked about how her years as a judge shaped her life and how her roots enrich her rulings.', [
    row(['how her years as a judge shaped her life and how her roots enrich her rulings'], 'She', 'talked about', 'reported/cue-topic'),
  ]],
  ['talked about a participle adjective and its noun', 'Grimm talked about renewed fears of flooding.', [row(['renewed fears of flooding'], 'Grimm', 'talked about', 'reported/cue-topic')]],
  ['spoken out about', 'Neither man has spoken out about the handling of the case.', [
    row(['the handling of the case'], 'Neither man', 'has spoken out about', 'reported/cue-topic'),
  ]],
  // verb forms of cues that the tagger reads as adjectives or nouns
  ['is promising to', 'Hale is promising to cut taxes.', [row(['to cut taxes'], 'Hale', 'is promising', 'reported/cue-infinitive')]],
  ['X alleged that', 'The complaint alleged that the council failed to act.', [row(['the council failed to act'], 'The complaint', 'alleged', 'reported/cue-that')]],
  ['a share saying a clause', 'In the poll, most voters said they liked the plan, with three in 10 saying they are undecided.', [
    // (a share of respondents answers the poll; the fronted poll is credited)
    row(['most voters said they liked the plan'], 'the poll', 'said', 'reported/cue-clause'),
    row(['they are undecided'], 'three in 10', 'saying', 'reported/cue-clause'),
  ]],
  // a told narrative is what was said
  ['told a joke', 'Gary Lind told a joke.', [row(['a joke'], 'Gary Lind', 'told', 'reported/cue-object')]],
  ['tells a different story', 'The harbor report tells a slightly different tale.', [row(['a slightly different tale'], 'The harbor report', 'tells', 'reported/cue-object')]],
  // the attribution after the content ends at a semicolon, and the report goes on after it
  ['content, X noted; a second clause', 'These were no slips of the pen, Garber noted; the agency had slanted its summaries.', [
    row(['These were no slips of the pen', 'the agency had slanted its summaries'], 'Garber', 'noted', 'reported/content-speaker-cue'),
  ]],
  ['content, X said; a fragment after the semicolon is no content', 'The team will win, the coach said on Monday; no doubt.', [
    row(['The team will win'], 'the coach', 'said', 'reported/content-speaker-cue'),
  ]],
  // the narrator's clause about when it was said follows the attribution
  ['content, X said as ...', 'The plan is dead, the mayor said as he left the hall.', [row(['The plan is dead'], 'the mayor', 'said', 'reported/content-speaker-cue')]],
  ['content, X told a listener while ...', 'The plan is dead, the mayor told reporters while touring the port.', [row(['The plan is dead'], 'the mayor', 'told', 'reported/content-speaker-cue')]],
  ['content, X told a listener, the rest', 'The talks, Smith told reporters, would resume.', [row(['The talks', 'would resume'], 'Smith', 'told', 'reported/content-speaker-cue')]],
  // a participle adjunct of the attribution: "said in posing the question"
  ['content, X said in doing something', "Many fans did not recognize the team in the owner's account, reporter Ana Lutz said in posing the question to Hale.", [
    row(["Many fans did not recognize the team in the owner's account"], 'reporter Ana Lutz', 'said', 'reported/content-speaker-cue'),
  ]],
  // a progressive is active: its subject speaks
  ['are saying a clause', 'They are saying her support for the levy is proof she wants to run for mayor.', [
    row(['her support for the levy is proof she wants to run for mayor'], 'They', 'are saying', 'reported/cue-clause'),
  ]],
  ['is saying a clause', 'The mayor is saying the bridge will open.', [row(['the bridge will open'], 'The mayor', 'is saying', 'reported/cue-clause')]],
  // "that" read as a determiner before a determiner opens the clause
  ['complained soon after that', 'Many parents complained soon after that the new bus routes hurt the school.', [
    row(['the new bus routes hurt the school'], 'Many parents', 'complained', 'reported/cue-that'),
  ]],
  // a cue inside a relative clause with no relative word: the noun phrase and its clause
  ['a noun, a pronoun speaker, a cue and the clause verb', 'It was a decision they say allowed the debt to grow.', [
    row(['a decision', 'allowed the debt to grow'], 'they', 'say', 'reported/reduced-relative-cue'),
  ]],
  ['a noun, a named speaker, a cue and the clause verb', 'The agency opened a probe the city council said was still open in May.', [
    row(['a probe', 'was still open in May'], 'the city council', 'said', 'reported/reduced-relative-cue'),
  ]],
  ['something X argue is', 'That is something aides argue is possible after the win.', [
    row(['something', 'is possible after the win'], 'aides', 'argue', 'reported/reduced-relative-cue'),
  ]],
  // an inverted attribution needs no clause after its speaker
  ['a clause after the cue is no inverted speaker', 'Gov. Tom Reyes of Ohio, a Republican, said the family was treated badly.', [
    row(['the family was treated badly'], 'Gov. Tom Reyes of Ohio, a Republican', 'said', 'reported/cue-clause'),
  ]],
];

describe('more shapes of reported speech', () => {
  test.each(shapes)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

const silent: [string, string][] = [
  ['asked with nothing after it', 'He was asked.'],
  ['told a listener', 'She told the council.'],
  ['alleged as an adjective', 'The alleged shooter is in court.'],
  ['a warning as a noun', 'It was a warning to the city.'],
  ['a promising start', 'The team made a promising start.'],
  ['spoke out with nothing after it', 'The mayor spoke out.'],
  ['asked a listener with nothing after it', 'Todd asked the mayor.'],
  ['a negated request reports nothing', 'The mayor did not ask the council for more money.'],
  ['was not asked', 'The coach was not asked to attend the ceremony.'],
  ['asked inside a relative clause', 'The clinic ran surveys in which patients are asked standard questions.'],
  ['the object of a progressive, when no outcome is claimed, is no report ("claiming a victory" is: reported/claimed-outcome)', 'The league is already claiming the title.'],
  ['a day name before the cue is no antecedent', 'On Tuesday the mayor said was a good day.'],
];

describe('near misses that report nothing', () => {
  test.each(silent)('%s', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
