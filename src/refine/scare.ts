/**
 * Drops quoted stretches that nobody is reported as saying: scare quotes,
 * titles and nicknames (the so-called "experts", the film "Heat", the song
 * "A Change Is Gonna Come"), and fragments that start mid-sentence.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';

/** Fewest words an unattributed quotation needs to be kept. */
const MIN_WORDS = 5;
/** Short words that stay lower-case in a title. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is']);

function words(doc: Doc, c: Candidate): string[] {
  const out: string[] = [];
  for (const p of c.parts) for (const w of doc.view.slice(p.start, p.end).split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) out.push(w.replace(/^[^\p{L}\p{N}]+/u, ''));
  return out;
}

/** "Make Your Kid a Millionaire": every word but the small ones capitalised. */
function isTitle(ws: readonly string[]): boolean {
  const significant = ws.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Drops unattributed quotes that are short, titles or mid-sentence fragments; others stay with no speaker. */
export function dropScareQuotes(doc: Doc, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (!c.keep || c.kind !== 'direct') continue;
    if (c.cue !== null || c.speaker !== null) continue;
    const ws = words(doc, c);
    if (isTitle(ws)) {
      c.keep = false;
      continue;
    }
    if (c.via === 'context') continue;
    const fragment = ws.length > 0 && /^\p{Ll}/u.test(ws[0]!);
    if (ws.length < MIN_WORDS || (fragment && ws.length < 10)) {
      c.keep = false;
      continue;
    }
    c.rule = 'direct/unattributed';
    c.confidence = 0.4;
  }
}
