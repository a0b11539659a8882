/**
 * Helper content68: a quotation that goes on in lower case after a speaker
 * and cue set between commas takes the words before them as its first part
 * even when those words hold commas: a lone adverb after "and" or "but", a
 * relative clause from its pronoun, else the words from the sentence start.
 * Words that end open (a preposition, a participle such as "including") leave
 * the quotation as their object and stay out. Sentences and names are
 * invented.
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

describe('content68: the opening words of a quotation that goes on in lower case', () => {
  test.each<[string, Shape[]]>([
    // words from the sentence start, a list with commas inside
    ['The harbor board met on Monday. Whether the issue is the pier, the ferry or the seawall, Ms. Reyes added, "it becomes harder to raise the money for any of them."',
      [['mixed', ['Whether the issue is the pier, the ferry or the seawall', 'it becomes harder to raise the money for any of them.'], 'Reyes', 'added']]],
    // a lone adverb after "and": the adverb alone
    ['The board met at noon, and frankly, he said, "none of the plans were ready for a vote."',
      [['mixed', ['frankly', 'none of the plans were ready for a vote.'], 'he', 'said']]],
    ['There was no vote at the meeting, in keeping with the rules and also, Tom Reyes said, "to make clear that nothing was decided."',
      [['mixed', ['also', 'to make clear that nothing was decided.'], 'Tom Reyes', 'said']]],
    // a relative clause after a comma: from its pronoun
    ['Ann Lee, the port director, noted that the board had split the first two votes, which is an outcome, she said, "we had long expected."',
      [['indirect', ['the board had split the first two votes'], 'Ann Lee', 'noted'], ['mixed', ['which is an outcome', 'we had long expected.'], 'Ann Lee', 'said']]],
    // no comma in the words: as before, from the sentence start
    ['The harbor board met on Monday. Particularly in the older parts of the port, he said, "we have no idea what the repairs will cost."',
      [['mixed', ['Particularly in the older parts of the port', 'we have no idea what the repairs will cost.'], 'he', 'said']]],
    // a lone conjunction: as before, the conjunction opens what was said
    ['But, Tom Reyes added, "the ferry will run again in June."',
      [['mixed', ['But', 'the ferry will run again in June.'], 'Tom Reyes', 'added']]],
  ])('%s', (text, expected) => both(text, expected));

  test.each<[string, Shape[]]>([
    // words ending in a participle that takes the quotation as its object: no opening part
    ['His remarks were aimed at the council, including, Tom Reyes said, "members who never read the plans."',
      [['direct', ['members who never read the plans.'], 'Tom Reyes', 'said']]],
    // a quotation that opens in upper case: the framing words with commas stay out
    ['After the vote, which ran late, Tom Reyes said, "We will appeal."',
      [['direct', ['We will appeal.'], 'Tom Reyes', 'said']]],
  ])('%s', (text, expected) => both(text, expected));
});
