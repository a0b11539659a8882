/**
 * Attribution beyond speech (issue 15), helper optin34: an opt-in thought,
 * finding or stance whose cue and content lie inside a headline or a
 * transcript turn gives way to the line (the whole line is the attribution);
 * and a thought's or stance's object goes on over ", including" to the end of
 * its sentence, as a finding's already did. Speech is never touched, and
 * default output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

const TRANSCRIPT = 'HALE: Will the ferry run in winter?\n\nREYES: Well, the harbor board thinks the ferry can run all year.\n\nHALE: And the pier?';

describe('an opt-in attribution inside a headline or a turn gives way to it (optin34)', () => {
  test.each([
    ['a thought in a headline', 'Harbor Gazette: Mayor Thinks The Pier Will Reopen', [['Mayor Thinks The Pier Will Reopen', 'Harbor Gazette', ':', 'speech']]],
    [
      'a finding in a headline',
      'Harbor Daily News: Storm Damage Reports Highlight Risk Posed by Old Seawall',
      [['Storm Damage Reports Highlight Risk Posed by Old Seawall', 'Harbor Daily News', ':', 'speech']],
    ],
    [
      'a thought in a transcript turn',
      TRANSCRIPT,
      [
        ['Will the ferry run in winter', 'HALE', ':', 'speech'],
        ['Well, the harbor board thinks the ferry can run all year', 'REYES', ':', 'speech'],
        ['And the pier', 'HALE', ':', 'speech'],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('what the line rule leaves alone (optin34)', () => {
  test('the same thought outside a line', () => {
    expect(rows('The harbor board thinks the ferry can run all year.')).toEqual([['the ferry can run all year', 'The harbor board', 'thinks', 'thought']]);
  });
  test('speech inside a headline is kept', () => {
    expect(rows('Harbor Gazette: Mayor Reyes Says Board Expects Ferry To Run All Year')).toEqual([
      ['Mayor Reyes Says Board Expects Ferry To Run All Year', 'Harbor Gazette', ':', 'speech'],
      ['Board Expects Ferry To Run All Year', 'Reyes', 'Says', 'speech'],
    ]);
  });
  test('default output of a headline is the same', () => {
    expect(rows('Harbor Gazette: Mayor Thinks The Pier Will Reopen', {})).toEqual([['Mayor Thinks The Pier Will Reopen', 'Harbor Gazette', ':', 'speech']]);
  });
  test('default output of a transcript is the same', () => {
    expect(rows(TRANSCRIPT, {})).toEqual(rows(TRANSCRIPT));
  });
});

describe('a stance object goes on over ", including" (optin34)', () => {
  test.each([
    [
      'endorsed',
      'The ferry union has endorsed the harbor plan, including the new toll on weekend boats.',
      'the harbor plan, including the new toll on weekend boats',
      'The ferry union',
      'has endorsed',
    ],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance']]);
  });
  test('a tail after ", while" stays out', () => {
    expect(rows('The council opposed the plan, while the mayor stayed silent.')).toEqual([['the plan', 'The council', 'opposed', 'stance']]);
  });
  test('default output reports no stance', () => {
    expect(rows('The ferry union has endorsed the harbor plan, including the new toll on weekend boats.', {})).toEqual([]);
  });
});
