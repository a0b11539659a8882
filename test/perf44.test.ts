/**
 * perf44 (issue 12): allocation cuts that must not change what they compute.
 * `splitWords` drops the empty strings of a split on white space without a
 * filtered copy; `tokenAtOrAfter` and `lowerBound` search without a closure
 * per call; the paragraph split reads an unpatched view's characters
 * directly; the quote-mark scan skips a paragraph without a mark's character.
 * Each is checked against the plain way of computing the same thing.
 * Sentences and names are invented.
 */
import { describe, expect, it } from 'vitest';
import { splitWords, words } from '../src/speakers/name-words.js';
import { lowerBound, tokenAtOrAfter } from '../src/prepare/lookup.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { buildView } from '../src/prepare/view.js';
import { splitParagraphs } from '../src/prepare/paragraphs.js';
import { scanQuotes } from '../src/marks/scan.js';

const tokenizer = new Tokenizer();

describe('splitWords is split on white space less its empty strings', () => {
  const rows = ['', ' ', '\t\n', 'Ann', ' Ann', 'Ann ', '  Ann  Lee  ', 'Ann\u00a0Lee', 'Ann\nLee\tVale', '\u2003Ann\u2003', 'a  b   c'];
  for (const s of rows) {
    it(JSON.stringify(s), () => {
      const plain = s.split(/\s+/).filter((w) => w.length > 0);
      expect(splitWords(s)).toEqual(plain);
      expect(words(s)).toEqual(plain);
    });
  }
});

describe('searches without a closure find what a linear search finds', () => {
  it('lowerBound over sorted keys', () => {
    const items = [1, 3, 3, 7, 9].map((end) => ({ end }));
    for (let v = -1; v <= 11; v++) {
      const linear = items.findIndex((x) => x.end >= v);
      expect(lowerBound(items, v, (x) => x.end)).toBe(linear < 0 ? items.length : linear);
    }
  });
  it('tokenAtOrAfter at every offset of a text', () => {
    const text = 'Ada Moss said the ferry was late.\n\n"We will sail," Tom Reyes told the crew.';
    const doc = prepare(text, tokenizer);
    for (let offset = -2; offset <= text.length + 2; offset++) {
      const linear = doc.tokens.findIndex((t) => t.end > offset);
      expect(tokenAtOrAfter(doc, offset)).toBe(linear < 0 ? doc.tokens.length : linear);
    }
  });
});

describe('paragraphs and quoted stretches read alike with and without odd spaces', () => {
  // (a no-break space and an em space read as plain spaces: the view then has no patch in either text)
  const texts = [
    'Ada Moss said the pier would open.\n\n\n"We are ready," she said.',
    'No mark here at all\n \nand none here either',
    '\u00a0\u2003\n\nTom Reyes said: "Soon."\u00a0\n\u2003\n"Later," he added.',
    'HALE: We will win.\nQ: Will you run?',
  ];
  for (const text of texts) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      const spaced = text.replace(/[\u00a0\u2003]/g, ' ');
      const ranges = splitParagraphs(buildView(text), text);
      expect(ranges).toEqual(splitParagraphs(buildView(spaced), spaced));
      expect(ranges.every((r) => r.end > r.start && text.slice(r.start, r.end).trim() !== '')).toBe(true);
      const stretches = scanQuotes(prepare(text, tokenizer));
      expect(stretches).toEqual(scanQuotes(prepare(spaced, tokenizer)));
      expect(stretches.length).toBe((text.match(/"/g) ?? []).length / 2);
    });
  }
});

describe('the paragraph split of a patched view', () => {
  it('an HTML reference reads as the same number of letters would', () => {
    const text = 'Ada Moss &amp; Tom Reyes said so.\n\n  &quot;Fine,&quot; the crew said. &amp;\n\nEnd.';
    const letters = text.replace(/&(amp|quot);/g, (m) => 'x'.repeat(m.length));
    const view = buildView(text);
    expect(view.starts.length).toBeGreaterThan(0);
    expect(splitParagraphs(view, text)).toEqual(splitParagraphs(buildView(letters), letters));
  });
});
