/**
 * Quotations as table rows (kind, parts, speaker mention, cue span, rule) for
 * the tests of reported-speech shapes and boundaries.
 */
import type { Extraction } from '../../src/index.js';

/** One quotation as the shape tests compare it. */
export interface Row {
  kind: string;
  parts: string[];
  speaker: string | null;
  cue: string | null;
  rule: string;
}

/** The quotations of an extraction as rows. */
export function rows(r: Extraction): Row[] {
  return r.quotes.map((q) => ({
    kind: q.kind,
    parts: q.parts.map((p) => p.text),
    speaker: q.speaker?.mention?.text ?? null,
    cue: q.cue?.span.text ?? null,
    rule: q.rule,
  }));
}

/** A row; the kind defaults to indirect. */
export const row = (parts: string[], speaker: string | null, cue: string | null, rule: string, kind = 'indirect'): Row => ({ kind, parts, speaker, cue, rule });

/** Each quote of an extraction as one line, `kind | text | speaker name | cue | rule` ("-" for no speaker or cue). */
export function quoteLines(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.kind} | ${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);
}
