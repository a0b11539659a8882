/**
 * One row per quote for the issue-example tables (check50, check51, check53):
 * its parts, speaker name and mention, cue and category, rule and kind, so a
 * table states the whole expected output of a sentence in one line per quote.
 */
import type { Extraction } from '../../src/index.js';

/** What a table expects of one quote. */
export interface CheckRow {
  parts: string[];
  name: string | null;
  mention: string | null;
  cue: string | null;
  category: string | null;
  rule: string;
  kind: string;
}

/** A row, written positionally in the tables. */
export const r = (parts: string[], name: string | null, mention: string | null, cue: string | null, category: string | null, rule: string, kind: string): CheckRow => ({ parts, name, mention, cue, category, rule, kind });

/** The rows of every quote of `x`, in order. */
export function checkRows(x: Extraction): CheckRow[] {
  return x.quotes.map((q) => r(q.parts.map((p) => p.text), q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.cue?.span.text ?? null, q.cue?.category ?? null, q.rule, q.kind));
}
