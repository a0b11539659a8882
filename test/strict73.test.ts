/**
 * Helper strict73 (issue 11, reported-speech boundaries): wink ends a sentence
 * inside a state's or a degree's initials written close ("(D-N.Y.)",
 * "Ph.D."), between the first initial's full stop and the next initial glued
 * to it. No sentence starts without a space, so the sentence goes on: a
 * report around such initials keeps its whole clause, and a speaker phrase
 * keeps its appositive after the bracket. Initials followed by a space and a
 * capitalised word still end a sentence. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { EVERY } from './support/fix-rows.js';

/** [kind, parts, speaker name, speaker mention, cue] of each quote. */
type Shape = [string, string[], string | null, string | null, string | null];

const shapesOf = (text: string, options = {}): Shape[] =>
  extract(text, options).quotes.map((q) => [
    q.kind,
    q.parts.map((p) => p.text),
    q.speaker?.name ?? null,
    q.speaker?.mention?.text ?? null,
    q.cue?.span.text ?? null,
  ]);

const both = (text: string, expected: Shape[]): void => {
  expect(shapesOf(text)).toEqual(expected);
  expect(shapesOf(text, EVERY)).toEqual(expected);
};

describe('strict73: initials written close do not end a sentence', () => {
  test('a trailing "according to" keeps the clause before a party and state in brackets', () => {
    both('Delegates laughed as Rep. Dana Morrow (D-N.Y.) teased Rep. Felix Ortega of Oregon for carrying a folder of charts, according to a committee aide.', [
      ['indirect', ['Delegates laughed as Rep. Dana Morrow (D-N.Y.) teased Rep. Felix Ortega of Oregon for carrying a folder of charts'], 'a committee aide', 'a committee aide', 'according to'],
    ]);
  });

  test('a report before a speaker with a party and state in brackets and a trailing cue', () => {
    both('The harbour plan was reckless, Rep. Ada Vance (D-N.J.) said on Monday.', [
      ['indirect', ['The harbour plan was reckless'], 'Ada Vance', 'Rep. Ada Vance (D-N.J.)', 'said'],
    ]);
  });

  test('the speaker phrase after the bracket keeps its appositive', () => {
    both('"We will not fund it," said Rep. Omar Tull (D-R.I.), a member of the budget panel.', [
      ['direct', ['We will not fund it,'], 'Omar Tull', 'Rep. Omar Tull (D-R.I.), a member of the budget panel', 'said'],
    ]);
  });

  test('a quotation goes on after a speaker with a party and state in brackets', () => {
    both('"The pier is unsafe," said Rep. Omar Tull (D-S.C.). "We will close it."', [
      ['direct', ['The pier is unsafe,', 'We will close it.'], 'Omar Tull', 'Rep. Omar Tull (D-S.C.)', 'said'],
    ]);
  });

  test('a degree written close stays inside the reported clause', () => {
    both('The council hired Mara Quint, who earned a Ph.D. from Keller College, the mayor said.', [
      ['indirect', ['The council hired Mara Quint, who earned a Ph.D. from Keller College'], 'the mayor', 'the mayor', 'said'],
    ]);
  });

  test('initials followed by a space and a capitalised word still end the sentence', () => {
    both('Mara Quint earned a degree in Washington, D.C. Then she joined the port board, the mayor said.', [
      ['indirect', ['Then she joined the port board'], 'the mayor', 'the mayor', 'said'],
    ]);
  });

  test('a bracketed state with no attribution yields nothing', () => {
    both('Rep. Dana Morrow (D-N.Y.) teased Rep. Felix Ortega of Oregon for carrying a folder of charts.', []);
  });
});

describe('strict73: a source phrase inside brackets backs the bracketed aside alone', () => {
  test('"according to" inside brackets: the content starts after the opening bracket', () => {
    both('Small farm states like Norland (93 percent of its voters there were rural, according to census figures), vote first in the season.', [
      ['indirect', ['93 percent of its voters there were rural'], 'census figures', 'census figures', 'according to'],
    ]);
  });

  test('a bracketed aside closing the sentence', () => {
    both('The delay came from the pier repairs (the real cost was closer to $4 million, according to the port audit).', [
      ['indirect', ['the real cost was closer to $4 million'], 'the port audit', 'the port audit', 'according to'],
    ]);
  });

  test('brackets closed before the source leave the clause whole', () => {
    both('Ticket sales (mostly for the summer shows) rose by a third, according to the theatre.', [
      ['indirect', ['Ticket sales (mostly for the summer shows) rose by a third'], 'the theatre', 'the theatre', 'according to'],
    ]);
  });
});
