/**
 * Content boundaries that decide exact spans (issue 11, boundaries round):
 * where a reported or quoted content begins and ends. Invented sentences with
 * the exact parts, speaker, cue and rule expected, and the negatives each rule
 * must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a listener before an infinitive is part of the content
  ['urged a listener to', 'Ms. Okafor urged the council to delay the vote.', [
    row(['the council to delay the vote'], 'Ms. Okafor', 'urged', 'reported/cue-infinitive'),
  ]],
  ['a pronoun listener', 'The mayor asked him to resign.', [row(['him to resign'], 'The mayor', 'asked', 'reported/cue-infinitive')]],
  // a short listener or object before a comma or a colon that opens the quotation is left out
  ['told a pronoun, then a quotation', 'Mayor Lund told them, "We will rebuild the pier by June."', [
    row(['We will rebuild the pier by June.'], 'Mayor Lund', 'told', 'reported/cue-quoted-object', 'direct'),
  ]],
  ['a name before a colon', 'Ms. Adair wrote to Carl Benning: "Thanks for the kind words."', [
    row(['Thanks for the kind words.'], 'Ms. Adair', 'wrote', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['told a group, then a quotation', 'Mr. Varga told his backers, "We will win this fight."', [
    row(['We will win this fight.'], 'Mr. Varga', 'told', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // a topic or a connective before a parenthetical speaker and cue opens what was said
  ['a connective before the speaker', 'Of course, Ms. Dalby said, "We never saw the letter."', [
    row(['Of course', 'We never saw the letter.'], 'Ms. Dalby', 'said', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  ['a topic before the speaker', 'Of the new ferry, he said, "It will run by June."', [
    row(['Of the new ferry', 'It will run by June.'], 'he', 'said', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  // a noun of saying before "that" keeps its noun phrase and clause
  ['dismissed concerns that', 'Mr. Lund dismissed concerns that he was ignoring the voters of his state.', [
    row(['concerns that he was ignoring the voters of his state'], 'Mr. Lund', 'dismissed', 'reported/cue-that'),
  ]],
  ['a possessive before the noun', 'Ms. Hale reiterated her belief that the vote would be close.', [
    row(['her belief that the vote would be close'], 'Ms. Hale', 'reiterated', 'reported/cue-that'),
  ]],
  // a relative clause after an inverted speaker describes the speaker
  ['said X, who ...', 'The ferry will be late again this winter, said Dessen, who runs the harbor board.', [
    row(['The ferry will be late again this winter'], 'Dessen, who runs the harbor board', 'said', 'reported/content-cue-speaker'),
  ]],
  // where or when a noun-phrase object was said is no part of it
  ['at a press conference', 'Ms. Dalby criticized the mayor at a press conference in Tulsa.', [
    row(['the mayor'], 'Ms. Dalby', 'criticized', 'reported/cue-object'),
  ]],
  ['on a page', 'Ms. Dalby denied the report on her Facebook page.', [row(['the report'], 'Ms. Dalby', 'denied', 'reported/cue-object')]],
  ['one noun left', 'The governor talked about taxes at the debate on Monday.', [row(['taxes'], 'The governor', 'talked about', 'reported/cue-topic')]],
  // whom "the same" is said of goes with it
  ['the same of X', 'Most voters said the same of Mayor Ann Lee.', [row(['the same of Mayor Ann Lee'], 'Most voters', 'said', 'reported/cue-answer')]],
  // "as" before a noun phrase or an adjective goes on with the object
  ['described X as ADJ', 'Ms. Dalby described the plan as too vague to work.', [
    row(['the plan as too vague to work'], 'Ms. Dalby', 'described', 'reported/cue-object'),
  ]],
  ['praised X as NP', 'Reed praised the mayor as a hero.', [row(['the mayor as a hero'], 'Reed', 'praised', 'reported/cue-object')]],
  // a preposition before a reported clause belongs to the cue
  ['warned against', 'Ms. Dalby warned against the forces of hate brewing in the city.', [
    row(['the forces of hate brewing in the city'], 'Ms. Dalby', 'warned against', 'reported/cue-clause'),
  ]],
  // the relative word of a naming clause before a quotation opens what was said
  ['which X called "..."', 'The council passed the levy, which Mayor Ann Lee called "a fair deal for everyone."', [
    row(['which', 'a fair deal for everyone.'], 'Mayor Ann Lee', 'called', 'direct/leading-speaker-cue', 'mixed'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // no listener: the content starts at "to"
  ['vowed to', 'The governor vowed to veto the bill.', [row(['to veto the bill'], 'The governor', 'vowed', 'reported/cue-infinitive')]],
  // a quoted object without a comma or a colon before the quotation keeps its object
  ['called X "Y"', 'Ms. Ortiz called the deal "a disaster."', [row(['the deal "a disaster."'], 'Ms. Ortiz', 'called', 'reported/cue-quoted-object', 'mixed')]],
  // the narrator's framing of time or place is no part of it
  ['a fronted medium', 'In a statement, Ms. Dalby said, "We never saw the letter."', [
    row(['We never saw the letter.'], 'Ms. Dalby', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a fronted adverb of time', 'Now, he said, "It will run by June."', [row(['It will run by June.'], 'he', 'said', 'direct/leading-speaker-cue', 'direct')]],
  // a time word or a listener before "that" is no part of the content
  ['said on Monday that', 'Reed said on Monday that the vote was close.', [row(['the vote was close'], 'Reed', 'said', 'reported/cue-that')]],
  ['told reporters that', 'Reed told reporters that the vote was close.', [row(['the vote was close'], 'Reed', 'told', 'reported/cue-that')]],
  // a content that is no clause keeps what resumes after the attribution
  ['X, said Y, a ..., VERB', 'The new ferry, said Sunny Vale, will run by June.', [
    row(['The new ferry', 'will run by June'], 'Sunny Vale', 'said', 'reported/content-cue-speaker'),
  ]],
  // a prepositional phrase that names no medium or time stays in the object
  ['a plain prepositional phrase', 'Reed criticized the ban on imports.', [row(['the ban on imports'], 'Reed', 'criticized', 'reported/cue-object')]],
  ['the same alone', 'Reed said the same.', [row(['the same'], 'Reed', 'said', 'reported/cue-answer')]],
  // "as" before a clause is the narrator's
  ['as before a clause', 'Reed criticized the plan as he left the hall.', [row(['the plan'], 'Reed', 'criticized', 'reported/cue-object')]],
  // "what" is left out
  ['what X called "..."', 'The council passed what Mayor Ann Lee called "a fair deal for everyone."', [
    row(['a fair deal for everyone.'], 'Mayor Ann Lee', 'called', 'direct/leading-speaker-cue', 'direct'),
  ]],
];

for (const [title, table] of [['exact boundaries', cases], ['exact boundaries that must not move', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
