/**
 * Helper read41: an interview written on one line breaks into its turns after
 * a question that closes on a guillemet (« » and ‹ ›) as it does after one
 * that closes on a curly or straight quotation mark. Sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker name, rule] of each quote. */
const turns = (text: string): [string, string | null, string][] => extract(text, {}).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.rule]);

describe('read41: one-line interview turns after a closing guillemet', () => {
  const LINES: [string, string][] = [
    ['Q: Did the board call the plan \u201Ca gamble?\u201D A: It did, twice.', 'curly'],
    ['Q: Did the board call the plan \u00ABa gamble?\u00BB A: It did, twice.', 'double guillemet'],
    ['Q: Did the board call the plan \u2039a gamble?\u203A A: It did, twice.', 'single guillemet'],
  ];
  for (const [line, label] of LINES) {
    test(`the same as on two lines (${label})`, () => {
      const twoLines = line.replace(' A: ', '\nA: ');
      expect(turns(twoLines).length).toBeGreaterThan(0);
      expect(turns(line)).toEqual(turns(twoLines));
    });
  }
});
