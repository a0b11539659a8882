/**
 * Quotations and their speaker entities as strings, for the speaker-name
 * tables (test/names-29.test.ts, test/names-30.test.ts, test/span50.test.ts,
 * test/pron10.test.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import { extract } from './invariants.js';

/** Each quote as `quote | cue | name | kind | via | mention text` (speaker parts null when there is none). */
export function nameRows(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.span.text} | ${q.cue?.span.text ?? ''} | ${q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via} | ${q.speaker.mention?.text ?? ''}` : null}`);
}

/** Each quote's speaker entity with all its mentions: `name | kind | mention, mention` (`-` for none). */
export function entityRows(r: Extraction): string[] {
  return r.quotes.map((q) => {
    const e = q.speaker ? r.speakers[q.speaker.id] : undefined;
    return e ? `${e.name} | ${e.kind} | ${e.mentions.map((m) => m.text).join(', ')}` : '-';
  });
}

/** One quotation as the speaker-span tables compare it (test/span50, test/pron10): the speaker's mention and the name a reader sees. */
export interface NamedRow {
  kind: string;
  parts: string[];
  mention: string | null;
  name: string | null;
  cue: string | null;
  rule: string;
}

/** Each quotation of `r` as a {@link NamedRow}. */
export function namedRows(r: Extraction): NamedRow[] {
  return r.quotes.map((q) => ({
    kind: q.kind,
    parts: q.parts.map((p) => p.text),
    mention: q.speaker?.mention?.text ?? null,
    name: q.speaker?.name ?? null,
    cue: q.cue?.span.text ?? null,
    rule: q.rule,
  }));
}

/** An expected {@link NamedRow} (kind indirect unless given). */
export const named = (parts: string[], mention: string | null, name: string | null, cue: string | null, rule: string, kind = 'indirect'): NamedRow => ({ kind, parts, mention, name, cue, rule });

/** A named table row: its title, the input, and the rows {@link namedRows} must give. */
export type NamedCase = [string, string, NamedRow[]];

/**
 * Runs the tables of a speaker-name file under one `describe`: each fix and each negative must give exactly its
 * rows (with the invariants checked), each input of `nothing` no quote at all.
 */
export function describeNamedTables(title: string, tables: { fixes: NamedCase[]; nothing?: [string, string][]; negatives?: NamedCase[] }): void {
  describe(title, () => {
    test.each(tables.fixes)('%s', (_name, input, expected) => {
      expect(namedRows(extract(input))).toEqual(expected);
    });
    if (tables.nothing?.length) {
      test.each(tables.nothing)('nothing: %s', (_name, input) => {
        expect(namedRows(extract(input))).toEqual([]);
      });
    }
    if (tables.negatives?.length) {
      test.each(tables.negatives)('negative: %s', (_name, input, expected) => {
        expect(namedRows(extract(input))).toEqual(expected);
      });
    }
  });
}
