/**
 * The HTML view's markup, without a browser: whatever the input, the
 * article's text content is the input, tags are balanced, the input never
 * becomes markup, and each quotation is one highlight. The browser test
 * checks the page as a reader sees it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderPage, renderView } from '../src/cli/view.js';
import { createExtractor, type Quote } from '../src/index.js';

const extractor = createExtractor();

/** The article element's inner HTML. */
function article(html: string): string {
  const m = /<article class="article" aria-label="Article">([\s\S]*)<\/article>/.exec(html);
  if (!m) throw new Error('no article element');
  return m[1] as string;
}

/** Text content of a fragment made of the view's own tags. */
function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Whether the view's tags in a fragment open and close in order. */
function balanced(fragment: string): boolean {
  const stack: string[] = [];
  for (const m of fragment.matchAll(/<(\/?)(\w+)[^>]*>/g)) {
    if (m[1] === '') stack.push(m[2] as string);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

const newsy = fc
  .array(
    fc.constantFrom(
      '"We will win," ',
      'Ann Lee said. ',
      'She added that the plan was "a farce." ',
      'According to officials, ',
      'the vote is close',
      '<b>&amp;</b> ',
      '“Yes,” he said, “no.” ',
      '\n\n',
      "'Tis ",
      '😀 ',
      'The senator told reporters that ',
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

describe('renderView', () => {
  test('the article keeps the input as text, with balanced tags and one highlight per quotation', () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string()), (text) => {
        const extraction = extractor.extract(text);
        const inner = article(renderView(text, extraction));
        expect(textOf(inner)).toBe(text);
        expect(balanced(inner)).toBe(true);
        expect(inner.match(/<mark /g)?.length ?? 0).toBe(extraction.quotes.length);
      }),
      { numRuns: 150 },
    );
  });

  test('a quotation inside another, or with the same span, nests in it', () => {
    const text = '“Yes,” he said, “no.” According to officials, ';
    const extraction = extractor.extract(text);
    const inner = article(renderView(text, extraction));
    expect(inner.match(/<mark /g)?.length).toBe(extraction.quotes.length);
    expect(textOf(inner)).toBe(text);
    expect(balanced(inner)).toBe(true);
  });

  test('quotations that overlap partly each keep a highlight, the later one starting where the earlier ends', () => {
    const text = 'abcdefghij';
    const quote = (start: number, end: number): Quote => ({
      kind: 'direct',
      span: { start, end, text: text.slice(start, end) },
      parts: [{ start, end, text: text.slice(start, end) }],
      text: text.slice(start, end),
      cue: null,
      speaker: null,
      confidence: 0.4,
      rule: 'test',
    });
    const inner = article(renderView(text, { quotes: [quote(0, 6), quote(2, 4), quote(4, 9)], speakers: [] }));
    expect(inner.replace(/ tabindex[^>]*/g, '')).toBe(
      '<mark class="q k-direct cx">ab<mark class="q k-direct cx">cd</mark>ef</mark><mark class="q k-direct cx">ghi</mark>j',
    );
  });

  test('input never becomes markup, in the article, the panel or the title', () => {
    const text = '"<script>alert(1)</script>," said Ann <img src=x onerror=alert(2)> Lee.';
    const page = renderPage(text, extractor.extract(text), '</title><script>');
    expect(page).not.toMatch(/<script>alert|<img|<\/title><script>/);
    expect(page.match(/<script>/g)?.length).toBe(1);
  });

  test('marks the cue and the speaker mention inside the highlight of an interrupted quote', () => {
    const text = '"We will win," Ann Lee said, "and soon."';
    const inner = article(renderView(text, extractor.extract(text)));
    expect(inner).toMatch(/^<mark class="q k-direct c0"[^>]*data-speaker="0" data-tag="1"[^>]*>&quot;We will win,&quot; /);
    expect(inner).toContain('<span class="mention c0" data-speaker="0">Ann Lee</span> <span class="cue">said</span>');
    expect(inner.endsWith('&quot;and soon.&quot;</mark>')).toBe(true);
  });

  test('lists speakers with their titles and counts, and the unknown speaker last', () => {
    const text = 'Mayor Ann Lee said the bridge was safe. The so-called "experts" were wrong again. "Nobody in this town was ever asked about the bridge."';
    const html = renderView(text, extractor.extract(text));
    expect(html).toContain('<span class="name">Ann Lee</span></button><span class="about">Mayor · 1 quote</span>');
    expect(html).toContain('<span class="badge cx" aria-hidden="true">?</span> <span class="name">Unknown speaker</span>');
  });
});
