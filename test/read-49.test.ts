/**
 * Helper read49: a time phrase after a cue ("on Monday", "in May") is no
 * topic preposition's noun phrase, so the clause after it starts at its own
 * subject (`reported/topic-phrase.ts`). Invented sentences and names; each
 * row: input, and the expected `content | speaker | cue lemma | rule`.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `content | speaker name | cue lemma | rule`. */
function rows(text: string): string[] {
  return extract(text).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.lemma ?? '-'} | ${q.rule}`);
}

describe('read49: a time phrase before a named subject is no topic', () => {
  test.each([
    ['Tom Hale said in May Ada Moss would run for the harbor board.', ['Ada Moss would run for the harbor board | Tom Hale | say | reported/cue-clause']],
    ['Ada Moss joked on Friday Tom Hale would never learn to row.', ['Tom Hale would never learn to row | Ada Moss | joke | reported/cue-clause']],
    // a topic's noun phrase still opens what was said
    ['Ms. Varga bragged about her uncle teaching her to row when the pier was new.', ['her uncle teaching her to row when the pier was new | Varga | brag | reported/cue-clause']],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
