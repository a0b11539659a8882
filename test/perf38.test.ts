/**
 * Helper perf38 (issue 12): two cuts in text preparation that must not change
 * what is read. The sentence step tries its splits and stops ("no.", "in.",
 * "ill.", a clock time's "p.m.", initials) only on a token that ends in a full
 * stop, and a slice of a view without a patch is replaced only when the input
 * holds an odd space. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { buildView, viewSlice } from '../src/prepare/view.js';

const tokenizer = new Tokenizer();

/** The sentences of `text` as text, read with plain tokens (or compact ones, from offset 0). */
function sentences(text: string, compact: boolean): string[] {
  const doc = prepare(text, tokenizer, compact ? 0 : undefined);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe('perf38: the splits and stops of tokens that end in a full stop', () => {
  const SENTENCES: [string, string[]][] = [
    ['The ferry board voted no. Talks resume in May.', ['The ferry board voted no.', 'Talks resume in May.']],
    ['Odo Brandt said he would not step in. The vote went ahead.', ['Odo Brandt said he would not step in.', 'The vote went ahead.']],
    ['The keeper fell ill. Nobody else was hurt.', ['The keeper fell ill.', 'Nobody else was hurt.']],
    ['The hall closes at 9 p.m. Visitors must leave by then.', ['The hall closes at 9 p.m.', 'Visitors must leave by then.']],
    ['The crew left the U.S. Harbor officials said nothing.', ['The crew left the U.S.', 'Harbor officials said nothing.']],
    // (a number after "no.", a unit after a number, initials inside a name: one sentence)
    ['The boat was ranked no. 4 in the race.', ['The boat was ranked no. 4 in the race.']],
    ['The pipe was 6 in. wide at the mouth.', ['The pipe was 6 in. wide at the mouth.']],
    ['The U.S. Coast Guard said the ferry was safe.', ['The U.S. Coast Guard said the ferry was safe.']],
    // (no full stop at all)
    ['Ilse Varga said the ferry was late again', ['Ilse Varga said the ferry was late again']],
  ];
  test.each(SENTENCES)('sentences of %s', (text, want) => {
    expect(sentences(text, false)).toEqual(want);
    expect(sentences(text, true)).toEqual(want);
  });

  test('"no." and "ill." are split into the word and its full stop', () => {
    const doc = prepare('The keeper fell ill. The board voted no.', tokenizer);
    expect(doc.tokens.map((t) => t.value)).toEqual(['The', 'keeper', 'fell', 'ill', '.', 'The', 'board', 'voted', 'no', '.']);
  });
});

describe('perf38: slices of a view without a patch', () => {
  test('an input with no odd space is sliced as it is', () => {
    const view = buildView('The ferry left at noon.');
    expect(view.oddSpaces).toBe(false);
    expect(viewSlice(view, 4, 15)).toBe('ferry left ');
  });

  test('an odd space is still read as a plain space, inside the slice or not', () => {
    const view = buildView('The\u00a0ferry left\u2009at noon.');
    expect(view.starts.length).toBe(0);
    expect(view.oddSpaces).toBe(true);
    expect(viewSlice(view, 0, 15)).toBe('The ferry left ');
    expect(viewSlice(view, 4, 9)).toBe('ferry');
  });

  test('a view with a patch reads its odd spaces as plain spaces too', () => {
    const view = buildView('&ldquo;Soon,&rdquo; said\u00a0Odo Brandt.');
    expect(view.starts.length).toBeGreaterThan(0);
    expect(viewSlice(view, 0, 7)).toBe('\u201C      ');
    expect(viewSlice(view, 20, 29)).toBe('said Odo ');
  });
});
