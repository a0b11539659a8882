/**
 * Attribution beyond speech, ninth round (issue 15): a verb of belief or
 * knowledge (believe, think, doubt, suspect, learn, ...) followed by "that"
 * and its clause is a reported thought even when the clause is short (four
 * words, as for speech), where any other thought needs eight. A wish, a
 * perception or a memory ("hope that", "saw that", "remember that") keeps
 * the eight-word bar, and so does knowledge without "that". Default output
 * never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('a short clause after a verb of belief and "that"', () => {
  test.each([
    ['believe', 'Harbor aides believe that Mrs. Varga can handle them.', 'Mrs. Varga can handle them', 'Harbor aides', 'believe'],
    ['doubt', 'The ferry captains doubt that the toll will last.', 'the toll will last', 'The ferry captains', 'doubt'],
    ['suspect', 'Lena Orlov suspects that the pier was sabotaged.', 'the pier was sabotaged', 'Lena Orlov', 'suspects'],
    ['learned', 'Dock workers learned that Mayor Tibor Kassai would visit the island.', 'Mayor Tibor Kassai would visit the island', 'Dock workers', 'learned'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'thought', 'reported/cue-that']]);
  });
});

describe('the eight-word bar stays', () => {
  test.each([
    ['a first-person wish', 'I hope that the toll will last.'],
  ])('%s', (_label, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('a first-person belief with its clause (since opt59)', () => {
  test('is a thought', () => {
    expect(rows('I believe that the pier was sabotaged.')).toEqual([['the pier was sabotaged', 'I', 'believe', 'thought', 'reported/cue-that']]);
  });
});

describe('default output unchanged', () => {
  test.each([
    'Harbor aides believe that Mrs. Varga can handle them.',
    'Lena Orlov suspects that the pier was sabotaged.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
