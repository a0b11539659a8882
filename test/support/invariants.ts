/**
 * Extraction with its invariants checked on every call: each span's text is the
 * slice of the input, spans are in bounds, quotes are sorted, speaker ids point
 * into `speakers`, and the result survives a JSON round trip unchanged.
 */
import { expect } from 'vitest';
import { createExtractor, type Extraction, type ExtractQuotesOptions, type Span } from '../../src/index.js';

const shared = createExtractor();

function checkSpan(input: string, s: Span | null | undefined, where: string): void {
  if (s === null || s === undefined) return;
  expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${where}: integer offsets`).toBe(true);
  expect(s.start >= 0 && s.start <= s.end && s.end <= input.length, `${where}: ${s.start}..${s.end} within ${input.length}`).toBe(true);
  expect(input.slice(s.start, s.end), `${where}: text equals the input slice`).toBe(s.text);
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
