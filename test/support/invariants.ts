/**
 * Extraction with its invariants checked on every call: each span's text is the
 * slice of the input, spans are in bounds, quotes are sorted, speaker ids point
 * into `speakers`, and the result survives a JSON round trip unchanged. Also
 * (issue 14): no two quotes share a span, direct quotes never overlap each
 * other, a direct quote's parts never hold its own opening mark, and no span or
 * part starts or ends inside an HTML character reference.
 */
import { expect } from 'vitest';
import { createExtractor, type Extraction, type Extractor, type ExtractQuotesOptions, type Span } from '../../src/index.js';

const shared = createExtractor();

/** An HTML character reference: a numeric one (`&#8220;`, `&#x201C;`) or a common named one (`&quot;`, `&mdash;`, `&eacute;`). */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|(?:quot|[lr]dquo|[lr]squo|bdquo|sbquo|[lr]aquo|apos|nbsp|[mn]dash|amp|lt|gt|hellip|eacute|copy|shy|zwj|zwnj|lrm|rlm));/g;

/** Offsets strictly inside an HTML character reference of `input` (cached per input). */
let referenceCache: { input: string; inside: Set<number> } | null = null;
function insideReference(input: string, offset: number): boolean {
  if (referenceCache?.input !== input) {
    const inside = new Set<number>();
    if (input.includes('&')) for (const m of input.matchAll(REFERENCE)) for (let k = m.index + 1; k < m.index + m[0].length; k++) inside.add(k);
    referenceCache = { input, inside };
  }
  return referenceCache.inside.has(offset);
}

/** Characters a direct quote's span may start with: a quotation mark, or the `&` of a reference or the first of two. */
const OPENING = /^(?:["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033'\u2018\u2019\u201A\u201B\u2039\u203A`]|&)/;

function checkSpan(input: string, s: Span | null | undefined, where: string): void {
  if (s === null || s === undefined) return;
  expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${where}: integer offsets`).toBe(true);
  expect(s.start >= 0 && s.start <= s.end && s.end <= input.length, `${where}: ${s.start}..${s.end} within ${input.length}`).toBe(true);
  expect(input.slice(s.start, s.end), `${where}: text equals the input slice`).toBe(s.text);
  expect(insideReference(input, s.start) || insideReference(input, s.end), `${where}: ${JSON.stringify(s.text)} starts or ends inside an HTML reference`).toBe(false);
}

/** No two quotes share a span; direct quotes never overlap; a direct quote's parts start after its opening mark. */
function checkOverlaps(r: Extraction): void {
  const seen = new Set<string>();
  let directEnd = -1;
  r.quotes.forEach((q, i) => {
    const key = `${q.span.start}:${q.span.end}`;
    expect(seen.has(key), `quote ${i}: span ${JSON.stringify(q.span.text)} is another quote's span too`).toBe(false);
    seen.add(key);
    if (q.kind !== 'direct') return;
    expect(q.span.start >= directEnd, `direct quote ${i} overlaps the direct quote before it`).toBe(true);
    directEnd = Math.max(directEnd, q.span.end);
    expect(OPENING.test(q.span.text), `direct quote ${i} opens with a mark: ${JSON.stringify(q.span.text.slice(0, 20))}`).toBe(true);
    q.parts.forEach((p, k) => expect(p.start > q.span.start, `direct quote ${i} part ${k} holds the opening mark: ${JSON.stringify(p.text.slice(0, 20))}`).toBe(true));
  });
}

/** Asserts every invariant of an extraction of `input`. */
export function checkInvariants(input: string, r: Extraction): void {
  let last = -1;
  const quotesOf = r.speakers.map((s) => new Set(s.quotes));
  r.quotes.forEach((q, i) => {
    checkSpan(input, q.span, `quote ${i} span`);
    q.parts.forEach((p, k) => {
      checkSpan(input, p, `quote ${i} part ${k}`);
      expect(p.start >= q.span.start && p.end <= q.span.end, `quote ${i} part ${k} inside its span`).toBe(true);
    });
    expect(q.text).toBe(q.parts.map((p) => p.text).join(' '));
    checkSpan(input, q.cue?.span, `quote ${i} cue`);
    checkSpan(input, q.speaker?.mention, `quote ${i} speaker mention`);
    expect(q.span.start >= last, `quotes sorted at ${i}`).toBe(true);
    last = q.span.start;
    expect(q.confidence >= 0 && q.confidence <= 1).toBe(true);
    if (q.speaker) {
      const s = r.speakers[q.speaker.id];
      expect(s, `speaker id ${q.speaker.id} exists`).toBeDefined();
      expect(quotesOf[q.speaker.id]!.has(i), `speaker ${q.speaker.id} lists quote ${i}`).toBe(true);
      expect(q.speaker.name).toBe(s!.name);
    }
  });
  checkOverlaps(r);
  r.speakers.forEach((s, id) => {
    expect(s.id).toBe(id);
    s.mentions.forEach((m, k) => checkSpan(input, m, `speaker ${id} mention ${k}`));
  });
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

/** Extracts with the shared extractor (or one made for `options`) and checks the invariants. */
export function extract(input: string, options?: ExtractQuotesOptions): Extraction {
  const r = options ? createExtractor(options).extract(input) : shared.extract(input);
  checkInvariants(input, r);
  return r;
}

/** A quote reduced to the fields that table tests compare. */
export interface Brief {
  kind: string;
  text: string;
  cue: string | null;
  lemma: string | null;
  mention: string | null;
  name: string | null;
  via: string | null;
}

/** Reduces each quote of an extraction to its {@link Brief}. */
export function brief(r: Extraction): Brief[] {
  return r.quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    cue: q.cue?.span.text ?? null,
    lemma: q.cue?.lemma ?? null,
    mention: q.speaker?.mention?.text ?? null,
    name: q.speaker?.name ?? null,
    via: q.speaker?.via ?? null,
  }));
}

/** True when the spans [a, b) and [c, d) share a character. */
const overlaps = (a: number, b: number, c: number, d: number): boolean => a < d && c < b;

/** Rules whose content holds its cue by design: "The club is reportedly spending ..." (the adverb as annotated). */
const CUE_INSIDE = new Set(['reported/reportedly']);

/** Asserts that no reported content (an indirect quote's part) holds its own cue or speaker mention. */
export function checkOwnSpans(r: Extraction): void {
  r.quotes.forEach((q, i) => {
    if (q.kind !== 'indirect') return;
    for (const p of q.parts) {
      if (q.cue && !CUE_INSIDE.has(q.rule)) expect(overlaps(p.start, p.end, q.cue.span.start, q.cue.span.end), `quote ${i} (${q.rule}): content ${JSON.stringify(p.text)} over its cue ${JSON.stringify(q.cue.span.text)}`).toBe(false);
      const m = q.speaker?.mention;
      if (m) expect(overlaps(p.start, p.end, m.start, m.end), `quote ${i} (${q.rule}): content ${JSON.stringify(p.text)} over its speaker ${JSON.stringify(m.text)}`).toBe(false);
    }
  });
}

/** Asserts that no quote of any kind (direct and mixed too) has a part over its own cue or speaker mention. */
export function checkAllOwnSpans(r: Extraction): void {
  r.quotes.forEach((q, i) => {
    for (const p of q.parts) {
      if (q.cue && !CUE_INSIDE.has(q.rule)) expect(overlaps(p.start, p.end, q.cue.span.start, q.cue.span.end), `quote ${i} (${q.rule}, ${q.kind}): ${JSON.stringify(p.text)} over its cue ${JSON.stringify(q.cue.span.text)}`).toBe(false);
      const m = q.speaker?.mention;
      if (m) expect(overlaps(p.start, p.end, m.start, m.end), `quote ${i} (${q.rule}, ${q.kind}): ${JSON.stringify(p.text)} over its speaker ${JSON.stringify(m.text)}`).toBe(false);
    }
  });
}

/** Extracts `t` with `extractor`, checking every invariant and that no quote's part holds its own cue or speaker. */
export function extractChecked(extractor: Extractor, t: string): Extraction {
  const r = extractor.extract(t);
  checkInvariants(t, r);
  checkAllOwnSpans(r);
  return r;
}
