/**
 * split45: the shared low helpers the code-shape round added. `hasVerbBetween`
 * (prepare/lookup) is the plain "a verb or an auxiliary among these tokens"
 * test; `surnameUses` and `namedInFullBefore` (prepare/surnames) index where
 * each capitalised word ends a longer name, for the lone-surname test of
 * cues/noun-tagged; `namesInText` is that index's words. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { prepare, type Doc } from '../src/prepare/document.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { hasVerbBetween, tokenAt, tokenCount } from '../src/prepare/lookup.js';
import { namedInFullBefore, surnameUses } from '../src/prepare/surnames.js';
import { namesInText } from '../src/speakers/find/name-uses.js';

const tokenizer = new Tokenizer();

/** The document of `text`, read the short way and the long way (tokens in a table). */
function docs(text: string): Doc[] {
  return [prepare(text, tokenizer), prepare(text, tokenizer, 0)];
}

/** The index of the first token whose text is `value` at or after `from`. */
function indexOf(doc: Doc, value: string, from = 0): number {
  for (let k = from; k < tokenCount(doc); k++) if (tokenAt(doc, k).value === value) return k;
  throw new Error(`no token ${value}`);
}

describe('hasVerbBetween', () => {
  test.each([
    ['a spokesman for the harbor board', false],
    ['the harbor board said', true],
    ['the board has', true],
  ] as const)('%s', (text, expected) => {
    for (const doc of docs(text)) {
      const last = doc.sentences[0]!.last;
      expect(hasVerbBetween(doc, 0, last)).toBe(expected);
      // an empty stretch holds no verb
      expect(hasVerbBetween(doc, 2, 2)).toBe(false);
    }
  });
});

describe('surnameUses and namedInFullBefore', () => {
  const text = 'Mayor Ada Quill spoke on Friday. Quill fears that the dam will fail. Bram Holt agreed.';

  test('a word after a capitalised proper noun of its sentence is indexed at each place it stands', () => {
    for (const doc of docs(text)) {
      const uses = surnameUses(doc);
      const first = indexOf(doc, 'Quill');
      expect(uses.get('Quill')).toEqual([first]);
      expect(uses.get('Holt')).toEqual([indexOf(doc, 'Holt')]);
      // a word opening its sentence follows no proper noun of that sentence
      expect(uses.get('Bram')).toBeUndefined();
      // the keys are the words of namesInText, in the order of first use
      expect([...namesInText(doc)].sort()).toEqual([...uses.keys()].sort());
    }
  });

  test('named in full before, within the window only', () => {
    for (const doc of docs(text)) {
      const full = indexOf(doc, 'Quill');
      const lone = indexOf(doc, 'Quill', full + 1);
      expect(namedInFullBefore(doc, 'Quill', lone, 3000)).toBe(true);
      expect(namedInFullBefore(doc, 'Quill', lone, lone - full)).toBe(true);
      expect(namedInFullBefore(doc, 'Quill', lone, lone - full - 1)).toBe(false);
      // not before its own first use, and never for a word the text names in full only later
      expect(namedInFullBefore(doc, 'Quill', full, 3000)).toBe(false);
      expect(namedInFullBefore(doc, 'Holt', indexOf(doc, 'Holt'), 3000)).toBe(false);
    }
  });

  test('no entry for a word in capitals or a lower-case word; a capitalised title before the name counts', () => {
    for (const doc of docs('Ada QUILL spoke. Ada stayed home. The Mayor Quill said nothing.')) {
      const uses = surnameUses(doc);
      expect(uses.has('QUILL')).toBe(false);
      expect(uses.has('stayed')).toBe(false);
      expect(uses.get('Quill')).toEqual([indexOf(doc, 'Quill')]);
    }
  });
});
