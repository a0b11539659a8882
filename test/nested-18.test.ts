/**
 * Helper nested18: which attribution a reported clause belongs to. A cue inside
 * the sentence's introductory adjunct ("After the hearing ended, ...", "In a
 * video posted on Monday, ...") reports nothing of the main clause after the
 * adjunct's comma; a cue of saying in that main clause takes it instead.
 * "As Lee noted, ..." still reports the clause. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { rowsOf as rows } from './support/fix-rows.js';

describe('nested18: a cue inside an introductory adjunct', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['After the interview concluded, Dara Venn stated that the audit was flawed.', [['the audit was flawed', 'Dara Venn', 'stated']]],
    ['Later in the evening, after the debate concluded, Omar Kessel said that the levy would pass.', [['the levy would pass', 'Omar Kessel', 'said']]],
    ['By the time the hearings concluded, as many as 30 percent of members said they would oppose the deal.', [['they would oppose the deal', '30 percent of members', 'said']]],
    ['In a message posted on Friday, Lina Marsh said the bridge would reopen in May.', [['the bridge would reopen in May', 'Lina Marsh', 'said']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  const NONE = [
    'After Mayor Hollis testified, the committee seemed to shift its focus to the budget.',
    'In a video posted on Monday, the driver appears to be arguing with a guard.',
  ];
  test.each(NONE)('nothing: %s', (text) => {
    expect(rows(text)).toEqual([]);
  });
  test('"as" keeps the clause after the comma', () => {
    expect(rows('As this reporter revealed, Halvard Brun is not a member of the board.')).toEqual([
      ['Halvard Brun is not a member of the board', 'this reporter', 'revealed'],
    ]);
  });
});
