/**
 * mem56 (issue 12): a long text's paragraph bounds are kept as numbers in a
 * typed array (`paragraphBounds`) instead of an object per paragraph. The
 * bounds must be exactly the paragraphs `splitParagraphs` finds, and the
 * prepared document (long-text table included) must not change. Sentences
 * and names are invented.
 */
import { describe, expect, it } from 'vitest';
import { buildView } from '../src/prepare/view.js';
import { paragraphBounds, splitParagraphs } from '../src/prepare/paragraphs.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';

const tokenizer = new Tokenizer();

/** The bounds as [start, end] pairs. */
function pairs(bounds: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push([bounds[k]!, bounds[k + 1]!]);
  return out;
}

describe('paragraphBounds holds the paragraphs of splitParagraphs', () => {
  const rows: [string, [number, number][]][] = [
    ['', []],
    ['   \n\n  ', []],
    ['Mayor Ilse Varro spoke.', [[0, 23]]],
    ['  First one.  \n\n Second one. ', [[2, 12], [17, 28]]],
    ['One line\nstill one.\r\n\r\nTwo.', [[0, 19], [23, 27]]],
    ['Before\u2029After', [[0, 6], [7, 12]]],
    ['VARRO: We will win.\nQ: Will you run?', [[0, 19], [20, 36]]],
    ['Reporter: What now?\nVarro: We wait.', [[0, 19], [20, 35]]],
    ['Q: Will you run? A: Not yet.', [[0, 16], [17, 28]]],
  ];
  for (const [text, expected] of rows) {
    it(JSON.stringify(text), () => {
      const view = buildView(text);
      expect(pairs(paragraphBounds(view, text))).toEqual(expected);
      expect(splitParagraphs(view, text).map((r) => [r.start, r.end])).toEqual(expected);
    });
  }

  it('grows past its first size (200 paragraphs)', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Councillor Brisk Ondine said item ${i} passed.`).join('\n\n');
    const view = buildView(text);
    const bounds = paragraphBounds(view, text);
    expect(bounds.length).toBe(400);
    expect(pairs(bounds)).toEqual(splitParagraphs(view, text).map((r) => [r.start, r.end]));
    expect(text.slice(bounds[398]!, bounds[399]!)).toBe('Councillor Brisk Ondine said item 199 passed.');
  });

  it('a view with an odd space and a reference gives the same paragraphs', () => {
    const text = 'Ann\u00a0Vale &quot;left&quot;.\n\n\u2003Tam Rill stayed.';
    const view = buildView(text);
    expect(pairs(paragraphBounds(view, text))).toEqual([[0, 26], [29, 45]]);
    expect(splitParagraphs(view, text).map((r) => [r.start, r.end])).toEqual([[0, 26], [29, 45]]);
  });
});

describe('the prepared document is the same with plain tokens and the long-text table', () => {
  it('paragraphs, sentences and tokens match', () => {
    const text = Array.from({ length: 60 }, (_, i) => `"We are ready," said Mayor Ilse Varro of Quillby on day ${i}.\nShe left.`).join('\n\n');
    const plain = prepare(text, tokenizer);
    const compact = prepare(text, tokenizer, 1);
    expect(compact.table).toBeDefined();
    expect(plain.paragraphs.length).toBe(60);
    expect([...compact.paragraphs]).toEqual([...plain.paragraphs]);
    expect([...compact.sentences]).toEqual([...plain.sentences]);
    expect([...compact.tokens].map((t) => [t.start, t.end, t.value, t.sent, t.para])).toEqual(plain.tokens.map((t) => [t.start, t.end, t.value, t.sent, t.para]));
    expect(plain.paragraphs[59]!.start).toBe(text.lastIndexOf('"We are ready'));
  });
});
