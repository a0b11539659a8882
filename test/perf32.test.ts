/**
 * Memory round 32 (issue 12): the speaker searches the rules remember are
 * dropped before speakers are resolved, and only the kept candidates reach
 * the result. An ask after the drop works the answer out again and gets the
 * same mention; the output does not change. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { forgetSpeakerSearches, sharedSubject, speakerBefore } from '../src/speakers/phrase.js';
import { extract } from './support/invariants.js';

const tokenizer = new Tokenizer();

/** Index of the first token whose text is `word`. */
function tokenOf(text: string, word: string): { doc: ReturnType<typeof prepare>; k: number } {
  const doc = prepare(text, tokenizer);
  const k = doc.tokens.findIndex((t) => t.value === word);
  expect(k).toBeGreaterThan(0);
  return { doc, k };
}

describe('forgetSpeakerSearches', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['a name before the cue', 'Mayor Tilda Brennock said the bridge would reopen in May.', 'said'],
    ['a long subject', 'Several growers in the lower valley said the frost came late.', 'said'],
    ['a pronoun', 'She said the budget was short by a million dollars.', 'said'],
  ];
  test.each(cases)('%s: the same mention before and after the drop', (_label, text, cue) => {
    const { doc, k } = tokenOf(text, cue);
    const first = speakerBefore(doc, k, 0);
    expect(first).not.toBeNull();
    const again = speakerBefore(doc, k, 0);
    forgetSpeakerSearches(doc);
    const afresh = speakerBefore(doc, k, 0);
    expect(afresh).toEqual(first);
    expect(again).toEqual(first);
    // a fresh object each time: resolution tells mentions apart by identity
    expect(afresh).not.toBe(first);
  });

  test('a shared subject is worked out again the same', () => {
    const { doc, k } = tokenOf('Orla Vantree waved at the crowd, saying the fight was not over.', 'saying');
    const first = sharedSubject(doc, k, k);
    expect(first?.name).toBe('Orla Vantree');
    forgetSpeakerSearches(doc);
    expect(sharedSubject(doc, k, k)).toEqual(first);
  });
});

describe('only kept candidates reach the result', () => {
  const table: readonly (readonly [string, string, readonly string[]])[] = [
    ['a direct quote and a reported one', '"We will rebuild," said Hanne Ostrova. Later, Ostrova said the plan was ready.',
      ['We will rebuild, | said | Hanne Ostrova', 'the plan was ready | said | Hanne Ostrova']],
    ['a scare quote is dropped', 'The so-called "reform" passed on Tuesday.', []],
  ];
  test.each(table)('%s', (_label, text, expected) => {
    const rows = extract(text).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
    expect(rows).toEqual(expected);
  });
});
