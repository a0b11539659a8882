/**
 * The helpers that stop 57 made the one owner of a lookup: the chain of
 * "whose" clauses joined by "and"/"or" (speakers/find/whose-clause.ts) and a
 * document's commas (attribution/reported/unquoted-commas.ts). Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare, type Doc } from '../src/prepare/document.js';
import { tokenAt, tokenCount } from '../src/prepare/lookup.js';
import { joinedWhoseBefore, whoseChain } from '../src/speakers/find/whose-clause.js';
import { commaAtOrAfter } from '../src/attribution/reported/unquoted-commas.js';

const tokenizer = new Tokenizer();

/** The indexes of the tokens of `doc` whose lower-case text is `word`. */
function at(doc: Doc, word: string): number[] {
  const found: number[] = [];
  for (let k = 0; k < tokenCount(doc); k++) if (tokenAt(doc, k).lower === word) found.push(k);
  return found;
}

describe('a chain of "whose" clauses (dedup57)', () => {
  const doc = prepare('The skipper whose boat sank and whose mate swam or whose dog barked was fined.', tokenizer);
  const [w1, w2, w3] = at(doc, 'whose') as [number, number, number];

  it('each "whose" after "and" or "or" is joined to the one before it', () => {
    expect([joinedWhoseBefore(doc, w1, 0), joinedWhoseBefore(doc, w2, 0), joinedWhoseBefore(doc, w3, 0)]).toEqual([-1, w1, w2]);
    // (not before the floor)
    expect(joinedWhoseBefore(doc, w2, w1 + 1)).toBe(-1);
  });

  it('the walk goes back to the first link, or stops at the link it is told to', () => {
    expect(whoseChain(doc, w3, 0, () => false)).toEqual([w3, w2, w1]);
    expect(whoseChain(doc, w3, 0, (link) => link === w2)).toEqual([w3, w2]);
    expect(whoseChain(doc, w3, 0, () => true)).toEqual([w3]);
  });

  it('a comma or no conjunction breaks the chain (negative)', () => {
    const comma = prepare('The skipper whose boat sank, and whose mate swam, was fined.', tokenizer);
    expect(joinedWhoseBefore(comma, at(comma, 'whose')[1]!, 0)).toBe(-1);
    const bare = prepare('The skipper whose boat sank whose mate swam was fined.', tokenizer);
    expect(whoseChain(bare, at(bare, 'whose')[1]!, 0, () => false)).toHaveLength(1);
  });
});

describe("a document's commas (dedup57)", () => {
  it('the first comma at or after a token, quoted or not; -1 past the last', () => {
    const doc = prepare('Lee said, "Yes, soon," and left, tired.', tokenizer);
    const commas = at(doc, ',');
    expect(commas).toHaveLength(4);
    expect(commaAtOrAfter(doc, 0)).toBe(commas[0]);
    expect(commaAtOrAfter(doc, commas[0]! + 1)).toBe(commas[1]);
    expect(commaAtOrAfter(doc, commas[3]!)).toBe(commas[3]);
    expect(commaAtOrAfter(doc, commas[3]! + 1)).toBe(-1);
    expect(commaAtOrAfter(prepare('No comma here.', tokenizer), 0)).toBe(-1);
  });
});
