import { describe, expect, it } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { findNames } from '../src/speakers/names.js';
import { NO_TITLES } from '../src/speakers/find/titles.js';

const tokenizer = new Tokenizer();

/** Each name found in `text`, with its titles. */
function names(text: string): { name: string; titles: readonly string[] }[] {
  return findNames(prepare(text, tokenizer)).map((m) => ({ name: m.name, titles: m.titles }));
}

describe('titles of the names in a text', () => {
  const rows: [string, string, [string, string[]][]][] = [
    ['no title', 'Ann Lee spoke to Tom Reyes.', [['Ann Lee', []], ['Tom Reyes', []]]],
    ['one title', 'Sen. Ann Lee spoke.', [['Ann Lee', ['Sen.']]]],
    ['two titles', 'Sen. Majority Leader Ann Lee spoke.', [['Ann Lee', ['Sen.', 'Majority Leader']]]],
    ['a title and a bare name', 'Mayor Tom Reyes met Ann Lee.', [['Tom Reyes', ['Mayor']], ['Ann Lee', []]]],
  ];
  for (const [name, text, expected] of rows) {
    it(name, () => expect(names(text).map((n) => [n.name, [...n.titles]])).toEqual(expected));
  }

  it('names without a title share one empty list; a name with titles has its own', () => {
    const found = names('Ann Lee met Mayor Tom Reyes and Dana Cole.');
    expect(found.map((n) => n.name)).toEqual(['Ann Lee', 'Tom Reyes', 'Dana Cole']);
    expect(found[0]!.titles).toBe(NO_TITLES);
    expect(found[2]!.titles).toBe(NO_TITLES);
    expect(found[1]!.titles).not.toBe(NO_TITLES);
    expect(NO_TITLES).toEqual([]);
  });
});
