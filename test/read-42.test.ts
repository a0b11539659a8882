/**
 * read42: quote marks other than English ones in two regexes that mean any
 * quotation mark. An interview line cut into turns after a question closed by
 * a German “ or a guillemet « reads as one closed by », and a quotation that
 * opens with „ or « in lower case after "he said," goes on from the words
 * before, as one opened by a plain double mark does. Sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

const rows = (input: string): string[][] => extract(input).quotes.map((q) => [q.kind, q.text, q.speaker?.mention?.text ?? '', q.cue?.span.text ?? '']);

describe('read42: quote marks of every family', () => {
  const turns = (close: string): string => `Q: Will the ferry run in June?${close} A: Only if the dock is rebuilt. Q: And the fares? A: They stay the same.`;
  test.each(['\u201C', '\u00AB', '\u2039'])('an inline interview turn after a question closed by %s', (close) => {
    expect(rows(turns(close)).map((r) => r[1])).toEqual(rows(turns('\u00BB')).map((r) => r[1]!.replace('\u00BB', close)));
    expect(rows(turns(close)).length).toBe(4);
  });

  const lowerOpening = (open: string, close: string): string => `The new dock, she said, ${open}will open in the spring and serve three islands.${close}`;
  test.each([['\u201E', '\u201C'], ['\u00AB', '\u00BB'], ['\u00BB', '\u00AB'], ['\u2039', '\u203A']])('a lower-case quotation opened by %s goes on from the words before', (open, close) => {
    expect(rows(lowerOpening(open!, close!))).toEqual([['mixed', 'The new dock will open in the spring and serve three islands.', 'she', 'said']]);
  });

  test('the plain double mark, as before', () => {
    expect(rows(lowerOpening('"', '"'))).toEqual([['mixed', 'The new dock will open in the spring and serve three islands.', 'she', 'said']]);
  });

  test('no turn without an answer letter after the mark', () => {
    expect(rows('Q: Will the ferry run in June?\u00AB The mayor would not say.').length).toBeLessThanOrEqual(1);
  });
});
