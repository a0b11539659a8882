/**
 * Content boundaries of reported speech (issue 11, content round): where an
 * indirect content ends before a second clause, where a source phrase's
 * content stops, and the linking words and datelines left out before a
 * content that comes first. Invented sentences with the exact parts, speaker,
 * cue and rule expected, and the negatives each rule must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a comma, a conjunction and a clause with a pronoun subject end the content
  ['said X, but he ...', 'Mr. Vance said the ferry was late, but he hoped it would run by June.', [
    row(['the ferry was late'], 'Mr. Vance', 'said', 'reported/cue-clause'),
  ]],
  ['said that X, and she ...', 'Ms. Oduya said that the levy would pass, and she expected no recount.', [
    row(['the levy would pass'], 'Ms. Oduya', 'said', 'reported/cue-that'),
  ]],
  // an infinitive's content ends before a conjunction and a clause with a subject of its own
  ['urged X to, but the board ...', 'Ms. Tamsin urged the council to delay the vote, but the board went ahead anyway.', [
    row(['the council to delay the vote'], 'Ms. Tamsin', 'urged', 'reported/cue-infinitive'),
  ]],
  // a whole clause before "according to" does not go on after the source with a new clause
  ['X, according to Y, but ...', 'Ridership fell by a third, according to the port agency, but fares kept rising.', [
    row(['Ridership fell by a third'], 'the port agency', 'according to', 'reported/according-to-trail'),
  ]],
  // linking adverbs and datelines before a content that comes first are the narrator's
  ['Still, X, Y said', 'Still, the ferry will run by June, Ms. Oduya said.', [
    row(['the ferry will run by June'], 'Ms. Oduya', 'said', 'reported/content-speaker-cue'),
  ]],
  ['Even so, X, Y said', 'Even so, the ferry will run by June, Ms. Oduya said.', [
    row(['the ferry will run by June'], 'Ms. Oduya', 'said', 'reported/content-speaker-cue'),
  ]],
  // an adverb that links no sentences is the speaker's own and stays
  ['an adverb and its comma', 'Oddly, the ferry will run by June, Ms. Oduya said.', [
    row(['Oddly, the ferry will run by June'], 'Ms. Oduya', 'said', 'reported/content-speaker-cue'),
  ]],
  // a bare time word after the cue is no part of the clause that follows it
  ['said Tuesday his ...', 'The mayor said Tuesday his plan would pass.', [row(['his plan would pass'], 'The mayor', 'said', 'reported/cue-clause')]],
  // a name of several words in the adjunct after the cue stays whole
  ['told X in Port Alden she ...', 'Ms. Vale told reporters in Port Alden she would run.', [row(['she would run'], 'Ms. Vale', 'told', 'reported/cue-clause')]],
  // a possessive "her" before its noun is the clause's subject, not a listener
  ['warned her old ...', 'Ms. Oduya warned her old ferry would fail by June.', [
    row(['her old ferry would fail by June'], 'Ms. Oduya', 'warned', 'reported/cue-clause'),
  ]],
  // a relative clause on the noun of an adjunct after the cue is no reported clause: the noun and its clause are the topic
  ['spoke about parks that ...', 'The mayor spoke on Friday about parks that were closed to children.', [
    row(['parks that were closed to children'], 'The mayor', 'spoke', 'reported/cue-topic-adjunct'),
  ]],
  // "maintain" and "boast" with a noun phrase keep or show something; they report nothing
  ['maintains a margin', 'Ms. Vale maintains a comfortable projected margin against Mr. Orr.', []],
  ['boasts a dock', 'The port boasts a dock built in 1920.', []],
  ['added a ferry', 'The club added a second ferry built in 1990.', []],
  ['a dateline with its agency', 'DENVER (Wire) - The ferry will run by June, Ms. Oduya said.', [
    row(['The ferry will run by June'], 'Ms. Oduya', 'said', 'reported/content-speaker-cue'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a clause whose subject is a noun phrase after ", but" stays: annotated news keeps it more often than not
  ['said X, but the board ...', 'Mr. Vance said the ferry was late, but the harbor board kept the old schedule.', [
    row(['the ferry was late, but the harbor board kept the old schedule'], 'Mr. Vance', 'said', 'reported/cue-clause'),
  ]],
  // a coordinated infinitive without a comma goes on
  ['urged X to ... and Y to ...', 'Ms. Tamsin urged the council to delay the vote and the board to wait.', [
    row(['the council to delay the vote and the board to wait'], 'Ms. Tamsin', 'urged', 'reported/cue-infinitive'),
  ]],
  // a subject alone before the source goes on after it; a verb after the source goes on too
  ['X, according to Y, VERB', 'Ridership, according to the port agency, fell by a third.', [
    row(['Ridership', 'fell by a third'], 'the port agency', 'according to', 'reported/according-to-inside'),
  ]],
  ['X, according to Y, VERB-ing', 'The ferry was late, according to Mr. Vance, leaving dozens stranded.', [
    row(['The ferry was late', 'leaving dozens stranded'], 'Mr. Vance', 'according to', 'reported/according-to-trail'),
  ]],
  // "that" as the clause's subject after a time adjunct stays
  ['said on Tuesday that was ...', 'The mayor said on Tuesday that was a mistake.', [row(['that was a mistake'], 'The mayor', 'said', 'reported/cue-that')]],
  // with a subject pronoun or "that", "maintain" reports
  ['maintained he ...', 'Mr. Vance maintained he was innocent.', [row(['he was innocent'], 'Mr. Vance', 'maintained', 'reported/cue-clause')]],
  ['added she ...', 'The mayor added she would run again.', [row(['she would run again'], 'The mayor', 'added', 'reported/cue-clause')]],
  ['maintained that ...', 'Mr. Vance maintained that the deal was fair.', [row(['the deal was fair'], 'Mr. Vance', 'maintained', 'reported/cue-that')]],
  // a name after a day opens the clause
  ['said on Monday Mr. Orr ...', 'Ms. Vale said on Monday Mr. Orr would resign.', [row(['Mr. Orr would resign'], 'Ms. Vale', 'said', 'reported/cue-clause')]],
  // "her" as a listener, alone or with a listener noun before the clause, is no content
  ['told her X', 'Ms. Oduya told her the vote was close.', [row(['the vote was close'], 'Ms. Oduya', 'told', 'reported/cue-clause')]],
  ['told her staff X', 'Ms. Oduya told her staff the vote was close.', [row(['the vote was close'], 'Ms. Oduya', 'told', 'reported/cue-clause')]],
  // a leading conjunction and a fronted phrase of time stay: annotated news keeps them
  ['And X, Y said', 'And the ferry will run by June, Ms. Oduya said.', [
    row(['And the ferry will run by June'], 'Ms. Oduya', 'said', 'reported/content-speaker-cue'),
  ]],
  ['In March, X, Y said', 'In March, the ferry will run by June, Ms. Oduya said.', [
    row(['In March, the ferry will run by June'], 'Ms. Oduya', 'said', 'reported/content-speaker-cue'),
  ]],
];

for (const [title, table] of [['content boundaries', cases], ['content boundaries that must not move', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
