/**
 * Quotations and their speaker entities as strings, for the speaker-name
 * tables (test/names-29.test.ts, test/names-30.test.ts).
 */
import type { Extraction } from '../../src/index.js';

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
