/**
 * Helper content70: a reported clause that runs on through a colon or a dash
 * into a quotation attributed on its own ends before the colon or dash; the
 * quotation stays a direct quote of its trailing attribution. A clause left
 * with no quoted words is indirect. A quotation with no cue of its own, or
 * whose cue stands inside the clause, stays the clause's. Sentences and
 * names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { EVERY } from './support/fix-rows.js';

/** [kind, parts, speaker name, cue] of each quote. */
type Shape = [string, string[], string | null, string | null];

const shapesOf = (text: string, options = {}): Shape[] =>
  extract(text, options).quotes.map((q) => [q.kind, q.parts.map((p) => p.text), q.speaker?.name ?? null, q.cue?.span.text ?? null]);

const both = (text: string, expected: Shape[]): void => {
  expect(shapesOf(text)).toEqual(expected);
  expect(shapesOf(text, EVERY)).toEqual(expected);
};

describe('content70: a reported clause ends before a quotation attributed on its own', () => {
  test.each<[string, Shape[]]>([
    // a colon, then a quotation with a trailing "she told"
    ['Ann Vidal said the levy had lost its purpose: "It no longer funds the schools," she told the board.',
      [
        ['indirect', ['the levy had lost its purpose'], 'Ann Vidal', 'said'],
        ['direct', ['It no longer funds the schools,'], 'Ann Vidal', 'told'],
      ]],
    // curly marks, a "that" clause, and the trailing "he wrote"
    ['Councillor Tom Reyes argued that the depot was too small: “We cannot park another bus there,” he wrote in a letter.',
      [
        ['indirect', ['the depot was too small'], 'Tom Reyes', 'argued'],
        ['direct', ['We cannot park another bus there,'], 'Tom Reyes', 'wrote'],
      ]],
    // a spaced dash; the clause keeps its own quoted words, so it stays mixed
    ['The mayor praised his deputy\'s "steady hand" - "a hand that never shook," he said.',
      [
        ['mixed', ['his deputy\'s "steady hand"'], 'The mayor', 'praised'],
        ['direct', ['a hand that never shook,'], 'The mayor', 'said'],
      ]],
  ])('%s', (text, expected) => both(text, expected));

  test.each<[string, Shape[]]>([
    // the quotation has no cue of its own: it stays the clause's
    ['Ann Vidal said the levy had lost its purpose: "It no longer funds the schools."',
      [['mixed', ['the levy had lost its purpose: "It no longer funds the schools."'], 'Ann Vidal', 'said']]],
    // the quotation's cue stands inside the clause: it stays the clause's
    ['Ross said he heard them shout: "Go home," and left.',
      [['mixed', ['he heard them shout: "Go home,"'], 'Ross', 'said']]],
  ])('left alone: %s', (text, expected) => both(text, expected));
});
