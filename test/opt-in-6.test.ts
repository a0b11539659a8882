/**
 * Attribution beyond speech, sixth round (issue 15): a stance whose cue has
 * no helping sense is reported with a noun phrase of four words ("opposed the
 * new transit levy"), where other opt-in phrases need six; "support", which
 * also means helping or paying for something, keeps the six-word bar, and so
 * do stances of two or three words. Default output never changes.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}

describe('opt-in stance: a noun phrase of four or five words', () => {
  test.each([
    ['oppose', 'The union opposed the new transit levy.', [['the new transit levy', 'The union', 'opposed', 'reported/cue-object']]],
    ['defend', 'Ms. Varga defended her vote on the budget.', [['her vote on the budget', 'Varga', 'defended', 'reported/cue-object']]],
    ['blame with its "for"', 'Tom Reyes blamed the board for delays.', [['the board for delays', 'Tom Reyes', 'blamed', 'reported/cue-object']]],
    ['a trailing time is no part of the stance', 'The union opposed the new transit levy on Monday night.', [['the new transit levy', 'The union', 'opposed', 'reported/cue-object']]],
  ] as [string, string, [string, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('opt-in stance: phrases still too short or of a helping sense', () => {
  test.each([
    ['three words', 'The union opposed the levy.'],
    ['two words', 'Ms. Varga defended Tom.'],
    ['"support" of four words', 'Ms. Varga supported the new transit levy.'],
    ['"support" as helping', 'The fund supports schools that serve rural towns.'],
  ])('%s', (_label, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('opt-in stance: default output unchanged', () => {
  test.each([
    'The union opposed the new transit levy.',
    'Ms. Varga defended her vote on the budget.',
    'Tom Reyes blamed the board for delays.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
