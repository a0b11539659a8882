/**
 * recall52: a relative clause right after a named speaker joins the
 * speaker's span ("said Tom Reyes, who runs the
 * harbor cafe."), as annotated news marks it; the name stays the person.
 * Before the cue only at the name's first mention ("Tom Reyes, who runs the
 * cafe, said ..."; not a later "Reyes, who ..."). Not after a description
 * ("said the night manager, who ..."), and not when the clause holds an
 * attribution of its own ("who added that ..."). Exact
 * kind, parts, speaker mention, cue and rule, plus the speaker's name.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const names = (input: string): (string | null)[] => extract(input).quotes.map((q) => q.speaker?.name ?? null);

const cases: [string, string, Row[], (string | null)[]][] = [
  ['a direct quote, the clause to the sentence end', '"We will fix the pier," said Tom Reyes, who runs the harbor cafe.', [
    row(['We will fix the pier,'], 'Tom Reyes, who runs the harbor cafe', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ], ['Tom Reyes']],
  ['reported speech before an inverted speaker', 'The ferry will sail again in May, said Ada Moss, who chairs the harbor board.', [
    row(['The ferry will sail again in May'], 'Ada Moss, who chairs the harbor board', 'said', 'reported/content-cue-speaker'),
  ], ['Ada Moss']],
  ['after a party tag', '"The nets are empty," said Sen. Ada Moss (D-Maine), who grew up in a fishing town.', [
    row(['The nets are empty,'], 'Sen. Ada Moss (D-Maine), who grew up in a fishing town', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ], ['Ada Moss']],
  ['the clause ends at the next comma', '"We will fix the pier," said Tom Reyes, who runs the harbor cafe, as the boats came in.', [
    row(['We will fix the pier,'], 'Tom Reyes, who runs the harbor cafe', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ], ['Tom Reyes']],
  ['not after a description with "the"', '"We will fix the pier," said the night manager, who asked not to be named.', [
    row(['We will fix the pier,'], 'the night manager', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ], ['the night manager']],
  ['not after a description with "a"', '"We will fix the pier," said a longtime dock worker, who declined to give his name.', [
    row(['We will fix the pier,'], 'a longtime dock worker', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ], ['a longtime dock worker']],
  ['before the cue, at the name\'s first mention', 'Tom Reyes, who runs the harbor cafe, said the pier would be fixed.', [
    row(['the pier would be fixed'], 'Tom Reyes, who runs the harbor cafe', 'said', 'reported/cue-clause'),
  ], ['Tom Reyes']],
  ['before the cue, with a party tag, at the first mention', 'Sen. Ada Moss (D-Maine), who grew up in a fishing town, told reporters that the nets were empty.', [
    row(['the nets were empty'], 'Sen. Ada Moss (D-Maine), who grew up in a fishing town', 'told', 'reported/cue-that'),
  ], ['Ada Moss']],
  ['not before the cue at a later mention of the name', 'Tom Reyes opened the meeting. Later Reyes, who runs the harbor cafe, said the pier would be fixed.', [
    row(['the pier would be fixed'], 'Reyes', 'said', 'reported/cue-clause'),
  ], ['Tom Reyes']],
  ['not before the cue after a description', 'The harbor master, who runs the night shift, said the pier would be fixed.', [
    row(['the pier would be fixed'], 'The harbor master', 'said', 'reported/cue-clause'),
  ], ['The harbor master']],
  ['not when the clause holds an attribution of its own', '"We will fix the pier," said Tom Reyes, who added that the work would take a year.', [
    row(['We will fix the pier,'], 'Tom Reyes', 'said', 'direct/trailing-cue-speaker', 'direct'),
    row(['the work would take a year'], 'who', 'added', 'reported/cue-that'),
  ], ['Tom Reyes', 'Tom Reyes']],
];

describe('a relative clause after an inverted named speaker joins its span', () => {
  test.each(cases)('%s', (_name, input, expected, expectedNames) => {
    expect(rows(extract(input))).toEqual(expected);
    expect(names(input)).toEqual(expectedNames);
  });
});
