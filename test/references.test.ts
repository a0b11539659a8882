/**
 * No span or part starts or ends inside an HTML character reference (issue 14,
 * item 5). `extract` asserts this on every call (test/support/invariants.ts);
 * here the reproducers and a property test over text full of references.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../src/index.js';
import { extract } from './support/invariants.js';

function shape(r: Extraction): unknown[] {
  return r.quotes.map((q) => ({ kind: q.kind, span: q.span.text, parts: q.parts.map((p) => p.text), cue: q.cue?.span.text ?? null, mention: q.speaker?.mention?.text ?? null }));
}

describe('reproducers', () => {
  it('a mixed quote ending in an escaped mark keeps the whole reference', () => {
    expect(shape(extract('Smith said the plan was &quot;a failure&quot;'))).toEqual([
      { kind: 'mixed', span: 'the plan was &quot;a failure&quot;', parts: ['the plan was &quot;a failure&quot;'], cue: 'said', mention: 'Smith' },
    ]);
  });

  it('a trailing escaped dash is not part of the content, and is not cut in two', () => {
    expect(shape(extract('Smith said the plan would fail &mdash;'))).toEqual([
      { kind: 'indirect', span: 'the plan would fail', parts: ['the plan would fail'], cue: 'said', mention: 'Smith' },
    ]);
    expect(shape(extract('Smith said the plan would fail \u2014'))).toEqual([
      { kind: 'indirect', span: 'the plan would fail', parts: ['the plan would fail'], cue: 'said', mention: 'Smith' },
    ]);
  });

  it('references that stand for letters and other characters are read whole', () => {
    expect(shape(extract('Smith said the caf&eacute; was &#8220;closed for good&#8221; and would not reopen&hellip;'))).toEqual([
      {
        kind: 'mixed',
        span: 'the caf&eacute; was &#8220;closed for good&#8221; and would not reopen',
        parts: ['the caf&eacute; was &#8220;closed for good&#8221; and would not reopen'],
        cue: 'said',
        mention: 'Smith',
      },
    ]);
  });

  it('an escaped direct quote keeps its marks outside its part', () => {
    expect(shape(extract('Ann Lee said: &ldquo;We will win.&rdquo;'))).toEqual([
      { kind: 'direct', span: '&ldquo;We will win.&rdquo;', parts: ['We will win.'], cue: 'said', mention: 'Ann Lee' },
    ]);
  });
});

const REFERENCES = ['&quot;', '&ldquo;', '&rdquo;', '&lsquo;', '&rsquo;', '&#8220;', '&#8221;', '&#x201C;', '&#39;', '&#34;', '&mdash;', '&ndash;', '&amp;', '&nbsp;', '&#160;', '&hellip;', '&eacute;', '&#233;', '&lt;', '&gt;', '&laquo;', '&raquo;', '&#128512;', '&#8232;'];
const WORDS = ['Smith said', 'the plan was', 'a failure', 'he said', 'according to Smith', 'told reporters', 'that', 'We will win', 'Caf', ',', '.', ':', '"', '\n\n', '\n'];

describe('properties', () => {
  it('text full of references: no span, part, cue or mention starts or ends inside one', () => {
    const text = fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...REFERENCES), fc.constantFrom(...WORDS)), fc.constantFrom(' ', '')), { maxLength: 30 })
      .map((xs) => xs.map(([w, gap]) => w + gap).join(''));
    fc.assert(
      fc.property(text, (input) => {
        extract(input);
      }),
      { numRuns: 2000 },
    );
  });
});
