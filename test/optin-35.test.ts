/**
 * Attribution beyond speech (issue 15), helper optin35: the object of an
 * opt-in stance, thought or finding takes in a "while", "until", "because",
 * "if", "after" or "unless" clause that follows it with no comma, to the
 * clause's punctuation; a later attribution inside that clause gives the
 * whole clause back. Speech objects still end before the subordinator, and
 * default output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('an opt-in object takes in its subordinate clause (optin35)', () => {
  test.each([
    [
      'an accusation with "while"',
      'Councilor Ada Varga accused the mayor of hiding the audit while he was treasurer.',
      [['the mayor of hiding the audit while he was treasurer', 'Ada Varga', 'accused', 'stance']],
    ],
    [
      'a blame with "until"',
      'Councilor Ada Varga blamed the harbor board for the delays until the audit came out.',
      [['the harbor board for the delays until the audit came out', 'Ada Varga', 'blamed', 'stance']],
    ],
    [
      'a conditional support with "if"',
      'Senator Tom Reyes would support the levy if the council cut the fare.',
      [['the levy if the council cut the fare', 'Tom Reyes', 'would support', 'stance']],
    ],
    [
      'a backing with "after"',
      'The union backed Dana Hollis after the strike ended.',
      [['Dana Hollis after the strike ended', 'The union', 'backed', 'stance']],
    ],
  ])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('what the subordinate clause rule leaves alone (optin35)', () => {
  test.each([
    [
      'a comma before the subordinator',
      'Councilor Ada Varga accused the mayor of hiding the audit, while the treasurer resigned.',
      [['the mayor of hiding the audit', 'Ada Varga', 'accused', 'stance']],
    ],
    [
      'an attribution of its own inside the clause',
      'Councilor Ada Varga accused the mayor of stalling the vote while aides warned of delays.',
      [['the mayor of stalling the vote', 'Ada Varga', 'accused', 'stance']],
    ],
    [
      'a "when" clause',
      'Councilor Ada Varga accused the mayor of hiding the audit when he was treasurer.',
      [['the mayor of hiding the audit', 'Ada Varga', 'accused', 'stance']],
    ],
    [
      'a speech object',
      'Councilor Ada Varga criticized the ferry plan while she was treasurer.',
      [['the ferry plan', 'Ada Varga', 'criticized', 'speech']],
    ],
  ])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  test.each([
    'Councilor Ada Varga accused the mayor of hiding the audit while he was treasurer.',
    'Senator Tom Reyes would support the levy if the council cut the fare.',
  ])('default output finds nothing: %s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
  test('default output of a speech object is the same', () => {
    const text = 'Councilor Ada Varga criticized the ferry plan while she was treasurer.';
    expect(rows(text, {})).toEqual(rows(text));
  });
});
