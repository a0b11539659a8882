/**
 * Reported-speech recall, round 15 (recall15): an inverted speaker whose noun
 * has a relative clause ("..., said two engineers who studied the plans.") is
 * the speaker of the clause before the comma, not the content of a clause
 * after the cue; more verbs of saying invert after a comma ("..., predicted
 * Ann Lee."); and a quoted headline followed by its byline ('"Museum to
 * reopen," by the Ledger's Ann Cole') is a title, no quotation; an object
 * cut before a time phrase leaves no "next" or "last" behind. Invented
 * sentences with the exact parts, speaker, cue and rule expected, and the
 * negatives that must keep their own reading.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // an inverted speaker with a relative clause on its noun (which joins the speaker's span: span67)
  ['CLAUSE, said N who V-ed ...', 'The bridge will reopen next spring, said a group of engineers who studied the plans.', [
    row(['The bridge will reopen next spring'], 'a group of engineers who studied the plans', 'said', 'reported/content-cue-speaker'),
  ]],
  ['CLAUSE, said NUM N who V-ed ...', 'The vote was a mistake, said several thousand residents who signed the petition.', [
    row(['The vote was a mistake'], 'several thousand residents who signed the petition', 'said', 'reported/content-cue-speaker'),
  ]],
  // (a name and its relative clause, which joins the speaker's span: recall52)
  ['CLAUSE, said NAME, who V-ed ...', 'The bridge will reopen next spring, said Tom Reyes, who studied the plans.', [
    row(['The bridge will reopen next spring'], 'Tom Reyes, who studied the plans', 'said', 'reported/content-cue-speaker'),
  ]],
  // more verbs of saying that invert after a comma
  ['CLAUSE, predicted NAME, a N who ...', 'The levy will pass easily, predicted Ann Lee, a former mayor who opposed the project.', [
    row(['The levy will pass easily'], 'Ann Lee, a former mayor who opposed the project', 'predicted', 'reported/content-cue-speaker'),
  ]],
  ['CLAUSE, cautioned N at N', 'Prices will fall by the summer, cautioned two analysts at the bank.', [
    row(['Prices will fall by the summer'], 'two analysts at the bank', 'cautioned', 'reported/content-cue-speaker'),
  ]],
  ['CLAUSE, acknowledged the N', 'The audit found no fraud, acknowledged the county treasurer.', [
    row(['The audit found no fraud'], 'the county treasurer', 'acknowledged', 'reported/content-cue-speaker'),
  ]],
  // negatives: the cue's own clause after it stays the content
  ['X said CLAUSE with a relative clause', 'The inspectors said the workers who built the pier had cut corners.', [
    row(['the workers who built the pier had cut corners'], 'The inspectors', 'said', 'reported/cue-clause'),
  ]],
  ['X predicted CLAUSE', 'The coach predicted his team would win the cup.', [
    row(['his team would win the cup'], 'The coach', 'predicted', 'reported/cue-clause'),
  ]],
  // a time phrase after an object leaves no determiner behind
  ['X predict N next year', 'Economists predict two more rate cuts next year.', [
    row(['two more rate cuts'], 'Economists', 'predict', 'reported/cue-object'),
  ]],
  ['X denied N last week', 'The firm denied the reports last week.', [
    row(['the reports'], 'The firm', 'denied', 'reported/cue-object'),
  ]],
  // a source phrase right after a subordinator backs the subordinate clause after it (round 15, second pass)
  ['CLAUSE after, according to X, CLAUSE', 'He quit the club in the spring after, according to him, the local paper censured his first story.', [
    row(['the local paper censured his first story'], 'him', 'according to', 'reported/according-to-subordinate'),
  ]],
  ['CLAUSE, because, according to X, CLAUSE', 'She will go, because, according to Moss, the board would call her a coward if she stayed home.', [
    row(['the board would call her a coward if she stayed home'], 'Moss', 'according to', 'reported/according-to-subordinate'),
  ]],
  ['CLAUSE while - according to X - V-ing', 'He blamed the storm while — according to emails seen by the paper — knowing the dam had failed.', [
    row(['knowing the dam had failed'], 'emails seen by the paper', 'according to', 'reported/according-to-subordinate'),
  ]],
  // negatives: no subordinator before the phrase keeps the trailing and inside readings
  ['CLAUSE, according to X, V (inside)', 'Ticket sales, according to the theatre, have doubled since April.', [
    row(['Ticket sales', 'have doubled since April'], 'the theatre', 'according to', 'reported/according-to-inside'),
  ]],
  ['CLAUSE, according to X. (trailing)', 'The ferry left late, according to the harbour office.', [
    row(['The ferry left late'], 'the harbour office', 'according to', 'reported/according-to-trail'),
  ]],
  // a quotation before "by the way" is no byline: it stays, unattributed
  ['"quote," by the way, ...', '"I was stunned by the size of the crowd that night," by the way, is how the letter began.', [
    row(['I was stunned by the size of the crowd that night,'], null, null, 'direct/unattributed', 'direct'),
  ]],
];

const none: [string, string][] = [
  // a quoted headline credited to its writer
  ['— "headline," by the N\'s NAME.', 'The week in the arts. — "Museum of boats will reopen in May after a long repair," by the Harbor Ledger\'s Ann Cole. The museum has been shut for two years.'],
  ['"headline," by NAME\'s NAME:', 'More reading for the weekend. — "An old ferry finds a new life as a floating library," by Dockside Weekly\'s Paul Grant: the boat left the yard on Monday.'],
];

describe('reported-speech recall, round 15', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
  test('the inverted speaker with a relative clause is named by its phrase', () => {
    const [q] = extract('Taxes will rise again, said three economists who advise the council.').quotes;
    expect(q?.speaker?.name).toBe('three economists');
    expect(q?.cue?.span.text).toBe('said');
    expect(q?.text).toBe('Taxes will rise again');
  });
  test('the speaker of an inversion with an appositive is the name', () => {
    const [q] = extract('The levy will pass easily, predicted Ann Lee, a former mayor who opposed the project.').quotes;
    expect(q?.speaker?.name).toBe('Ann Lee');
  });
});
