/**
 * Helper names33 (issue 11, names, second pass): a plural description's two
 * names in a source phrase (`according to its lawyers, Ada Brook and Tom
 * Pell, ...`), a description and the name set off after it before a cue
 * (`..., its lawyer, Ada Brook, said.`), heading labels before a colon that
 * name no one (`FIX IS IN:`, `Big Win For Lee:`), and "college" as an
 * organisation's word. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker name, speaker mention, cue text] of each quote. */
const rows = (text: string): [string, string | null, string | null, string | null][] =>
  extract(text, {}).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.cue?.span.text ?? null]);

describe('names33: the names set off after a plural description in a source phrase', () => {
  const CASES: [string, [string, string | null, string | null, string | null][]][] = [
    ['According to its lawyers, Ada Brook and Tom Pell, the firm did nothing wrong.', [
      ['the firm did nothing wrong', 'Ada Brook and Tom Pell', 'its lawyers, Ada Brook and Tom Pell', 'According to'],
    ]],
    ['The firm did nothing wrong, according to its lawyers, Ada Brook and Tom Pell.', [
      ['The firm did nothing wrong', 'Ada Brook and Tom Pell', 'its lawyers, Ada Brook and Tom Pell', 'according to'],
    ]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  const UNCHANGED: [string, [string, string | null, string | null, string | null][]][] = [
    // one name after a plural description opens the clause
    ['According to its lawyers, Ada Brook had done nothing wrong.', [
      ['Ada Brook had done nothing wrong', 'its lawyers', 'its lawyers', 'According to'],
    ]],
  ];
  test.each(UNCHANGED)('no appositive names: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('names33: a description and the name set off after it before the cue', () => {
  const CASES: [string, [string, string | null, string | null, string | null][]][] = [
    ['The firm did nothing wrong, its lawyer, Ada Brook, said.', [
      ['The firm did nothing wrong', 'Ada Brook', 'its lawyer, Ada Brook', 'said'],
    ]],
    ["The harbor deal is dead, the mayor's spokesman, Ned Olsen, said on Monday.", [
      ['The harbor deal is dead', 'Ned Olsen', "the mayor's spokesman, Ned Olsen", 'said'],
    ]],
    ['The firm did nothing wrong, its lawyers, Ada Brook and Tom Pell, said.', [
      ['The firm did nothing wrong', 'Ada Brook and Tom Pell', 'its lawyers, Ada Brook and Tom Pell', 'said'],
    ]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  const UNCHANGED: [string, [string, string | null, string | null, string | null][]][] = [
    ['The firm did nothing wrong, Ada Brook said.', [['The firm did nothing wrong', 'Ada Brook', 'Ada Brook', 'said']]],
  ];
  test.each(UNCHANGED)('no description: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('names33: heading labels before a colon', () => {
  test('a preposition with an object ends the speaker\'s words', () => {
    expect(rows('Network Chief On The Vote: It Was Close and We Won It.')).toEqual([
      ['It Was Close and We Won It', 'Network Chief', 'Network Chief', ':'],
    ]);
  });
  test('a particle ending the label keeps it', () => {
    expect(rows('Mary Brook Weighs In: Council Must Rebuild the Harbor Now.').map((r) => r[0])).toEqual([
      'Council Must Rebuild the Harbor Now',
    ]);
  });
  const NONE = [
    'FIX IS IN: Moderators Ignore the Rules. The debate went on.',
    'Big Win For Lee: Union Holds Off On An Endorsement Today.',
    'Stealth Over Health: Mary Brook Was Headed to the Clinic.',
  ];
  test.each(NONE)('no speaker: %s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('names33: "college" names an organisation', () => {
  test.each([
    ['Lakeport College said the fees would rise.', 'organization'],
    ['Dunmore Seminary said the chapel would close.', 'organization'],
  ])('%s', (text, kind) => {
    expect(extract(text, {}).speakers.map((s) => s.kind)).toEqual([kind]);
  });
});
