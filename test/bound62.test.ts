/**
 * Helper bound62: the speaker's appositive inside an inserted attribution is
 * no content. After `said NAME,` or `according to NAME,` an appositive that
 * names a person (an article or "another" before a people noun, or a bare
 * title) is the speaker's, and the report resumes after its comma when a verb
 * or a clause of its own follows. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { EVERY } from './support/fix-rows.js';

/** [parts, speaker name, speaker mention, cue] of each quote. */
type Shape = [string[], string | null, string | null, string | null];

const shapesOf = (text: string, options = {}): Shape[] =>
  extract(text, options).quotes.map((q) => [q.parts.map((p) => p.text), q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.cue?.span.text ?? null]);

const both = (text: string, expected: Shape[]): void => {
  expect(shapesOf(text)).toEqual(expected);
  expect(shapesOf(text, EVERY)).toEqual(expected);
};

describe('bound62: the speaker appositive of an inserted attribution is left out of the content', () => {
  test.each<[string, Shape[]]>([
    // a bare title, then a clause of its own
    ['Rather than raise the fee, said Maria Lopez, senior vice president for sales, the firm wants the gap narrowed.',
      [[['Rather than raise the fee', 'the firm wants the gap narrowed'], 'Maria Lopez', 'Maria Lopez, senior vice president for sales', 'said']]],
    // an article and a people noun, then a clause of its own
    ['Rather than raise the fee, said Maria Lopez, a senior analyst at the port, the board wants the gap narrowed.',
      [[['Rather than raise the fee', 'the board wants the gap narrowed'], 'Maria Lopez', 'Maria Lopez, a senior analyst at the port', 'said']]],
    // "another" before the person, then the verb of the clause
    ['At the root of the trouble, according to Tom Vale, another former envoy, was a decision by the mayor to wait.',
      [[['At the root of the trouble', 'was a decision by the mayor to wait'], 'Tom Vale', 'Tom Vale', 'according to']]],
    ['At the root of the trouble, according to Tom Vale, a former envoy, was a decision by the mayor to wait.',
      [[['At the root of the trouble', 'was a decision by the mayor to wait'], 'Tom Vale', 'Tom Vale', 'according to']]],
    // a source inside the clause: its appositive is no content either
    ['The fee, according to Ann Lee, the port economist, is far too high.',
      [[['The fee', 'is far too high'], 'Ann Lee', 'Ann Lee', 'according to']]],
    // a bare title before the verb that goes on with the report
    ['The paradox of the plan, says Carl Moss, historian at the county museum, is that nobody asked for it.',
      [[['The paradox of the plan', 'is that nobody asked for it'], 'Carl Moss', 'Carl Moss, historian at the county museum', 'says']]],
    // as before: an article and a verb after the appositive
    ['The irony, says Tom Reyes, a historian at the college, is that nobody noticed.',
      [[['The irony', 'is that nobody noticed'], 'Tom Reyes', 'Tom Reyes, a historian at the college', 'says']]],
  ])('%s', (text, expected) => both(text, expected));

  test.each<[string, Shape[]]>([
    // no appositive: the clause after the attribution is the rest of the report
    ['In the end, said Ann Lee, the city paid for the repairs.',
      [[['In the end', 'the city paid for the repairs'], 'Ann Lee', 'Ann Lee', 'said']]],
    ['The fee, according to Ann Lee, is far too high.',
      [[['The fee', 'is far too high'], 'Ann Lee', 'Ann Lee', 'according to']]],
    // a phrase that names no person is no appositive of the speaker, even before a clause: it stays in the report
    ['After the storm, said Ann Lee, the second in a month, the town rebuilt the pier.',
      [[['After the storm', 'the second in a month, the town rebuilt the pier'], 'Ann Lee', 'Ann Lee', 'said']]],
  ])('%s', (text, expected) => both(text, expected));
});
