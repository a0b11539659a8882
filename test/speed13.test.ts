/**
 * Speed round 13 (issue 12): the binary searches over tokens and stretches
 * make no closure per call, and rule `reported/verb-as-quoted` passes over a
 * verb in neither of its lists before any other test, building the two-word
 * key only for a verb that starts an entry. What they find must come out as
 * before. Invented sentences and names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { lowerBound, tokenAt, tokenAtOrAfter, tokenCount } from '../src/prepare/lookup.js';
import { AS_QUOTED_VERBS, AS_QUOTED_VERB_STARTS } from '../src/data/cues.js';

/** Each quote as `text <- speaker name | cue | kind`. */
function quotes(text: string): string[] {
  return extract(text).quotes.map((q) => `${q.text} <- ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.kind}`);
}

describe('reported/verb-as-quoted finds what it found before', () => {
  test.each([
    // a one-word verb of the "as" list
    ['Mayor Ines Marr painted her rival as "a man with no plan" at the rally.', ['her rival as "a man with no plan" <- Ines Marr | painted | mixed']],
    // a two-word entry: "sum up" (the only verbs whose two-word key is built)
    ['The coach summed up the season as "a long slide into the cellar."', ['the season as "a long slide into the cellar." <- The coach | summed up | mixed']],
    // a verb of the "for" list
    ['Tovan Brell chided the board for its "lazy and late" budget.', ['the board for its "lazy and late" budget <- Tovan Brell | chided | mixed']],
    // a verb in neither list reports nothing
    ['The studio released the film as "a summer treat" in June.', []],
    // the start of a two-word entry without its particle reports nothing
    ['Tovan Brell played the remarks as "a bad joke."', []],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  test('the entry starts are the words before a space in the list', () => {
    expect([...AS_QUOTED_VERB_STARTS].sort()).toEqual(['brush', 'play', 'shrug', 'sum', 'wave']);
    for (const entry of AS_QUOTED_VERBS) if (entry.includes(' ')) expect(AS_QUOTED_VERB_STARTS.has(entry.split(' ')[0]!)).toBe(true);
  });
});

describe('the searches without closures', () => {
  test('lowerBound gives the first index whose key is at least the value', () => {
    const items = [1, 3, 3, 7, 10, 10, 10, 15].map((n) => ({ n }));
    for (let v = -1; v <= 17; v++) {
      const expected = items.findIndex((x) => x.n >= v);
      expect(lowerBound(items, v, (x) => x.n)).toBe(expected < 0 ? items.length : expected);
    }
    expect(lowerBound([], 4, (x: number) => x)).toBe(0);
  });

  test('tokenAtOrAfter agrees with a scan, with plain tokens and with a token table', () => {
    const text = 'Ines Marr said the pier would reopen.\n\n"It will," said Tovan Brell, a clerk.';
    const tokenizer = new Tokenizer();
    for (const compactFrom of [Infinity, 0]) {
      const doc = prepare(text, tokenizer, compactFrom);
      expect(doc.table === undefined).toBe(compactFrom === Infinity);
      for (let offset = -1; offset <= text.length + 1; offset++) {
        let expected = 0;
        while (expected < tokenCount(doc) && tokenAt(doc, expected).end <= offset) expected++;
        expect(tokenAtOrAfter(doc, offset)).toBe(expected);
      }
    }
  });
});
