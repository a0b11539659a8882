/**
 * Quotations as table rows (parts, speaker name, cue span, cue category, rule)
 * for the tests of the opt-in categories.
 */
import type { Extraction } from '../../src/index.js';
import { extract } from './invariants.js';

/** Options that report every cue category. */
export const ALL = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

/** One quotation as the category tests compare it. */
export interface Row {
  parts: string[];
  speaker: string | null;
  cue: string;
  category: string;
  rule: string;
}

/** The quotations of an extraction as rows. */
export function rows(r: Extraction): Row[] {
  return r.quotes.map((q) => ({
    parts: q.parts.map((p) => p.text),
    speaker: q.speaker?.name ?? null,
    cue: q.cue?.span.text ?? '',
    category: q.cue?.category ?? '',
    rule: q.rule,
  }));
}

/** A row. */
export const row = (parts: string[], speaker: string | null, cue: string, category: string, rule: string): Row => ({ parts, speaker, cue, category, rule });

/** A quote as a tuple: [content, speaker name, entity kind, via, cue, cue category]. */
export type QuoteTuple = [string, string | null, string | null, string | null, string | null, string | null];

/** The quotes of `text` extracted with `options` (invariants checked), as tuples. */
export function quoteTuples(text: string, options: object): QuoteTuple[] {
  return tuplesOf(extract(text, options));
}

/** The quotes of an extraction as tuples. */
export function tuplesOf(r: Extraction): QuoteTuple[] {
  return r.quotes.map((q) => [
    q.text,
    q.speaker?.name ?? null,
    q.speaker ? r.speakers[q.speaker.id]!.kind : null,
    q.speaker?.via ?? null,
    q.cue?.span.text ?? null,
    q.cue?.category ?? null,
  ]);
}

/** The categories a caller must ask for. */
export const OPT_IN: ReadonlySet<string> = new Set(['thought', 'evidence', 'stance']);

/**
 * The opt-in attributions (thought, evidence, stance) of `text` extracted with
 * `options` (every category unless given), as [content, speaker name, cue
 * span, rule].
 */
export function optInRows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options)
    .quotes.filter((q) => q.cue !== null && OPT_IN.has(q.cue.category))
    .map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}
