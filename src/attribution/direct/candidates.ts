/**
 * Direct-quote candidates: one per outermost quoted stretch, a quote left open
 * at its paragraph's end joined with the quoted paragraph after it. In the
 * invented `"The pier will close in May.` / `"Then we rebuild," Lee said.`
 * (two paragraphs, the first left open) the two stretches are one candidate
 * of two parts.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { QuotedStretch } from '../../marks/scan.js';
import type { Candidate } from '../candidate.js';
import { viewSlice } from '../../prepare/view.js';

/**
 * Builds one candidate per outermost quoted stretch, joining quotes that run
 * over paragraphs (a stretch left open at its paragraph's end goes on with the
 * quoted paragraph after it), except a quoted paragraph with an attribution of
 * its own after the open second stretch of an interrupted quote.
 */
export function directCandidates(doc: Doc, stretches: readonly QuotedStretch[]): Candidate[] {
  const out: Candidate[] = [];
  let previous: Candidate | null = null;
  for (const s of stretches) {
    if (s.depth !== 0) continue;
    if (s.contentEnd <= s.contentStart || viewSlice(doc.view, s.contentStart, s.contentEnd).trim().length === 0) continue;
    const prevStretch = previous?.stretches[previous.stretches.length - 1];
    const continues =
      previous !== null &&
      prevStretch !== undefined &&
      prevStretch.close < 0 &&
      prevStretch.para === s.para - 1 &&
      s.open === doc.paragraphs[s.para]!.start &&
      // the open stretch that resumes an interrupted quote ('"A," he said. "B ...') took its attribution in its own
      // paragraph; a quoted paragraph after it with an attribution of its own ('"C," he said.') is a new quote
      !(prevStretch.open > doc.paragraphs[prevStretch.para]!.start && ownAttribution(doc, s));
    if (continues && previous) {
      previous.stretches.push(s);
      previous.parts.push({ start: s.contentStart, end: s.contentEnd });
      continue;
    }
    previous = {
      kind: 'direct',
      parts: [{ start: s.contentStart, end: s.contentEnd }],
      cue: null,
      speaker: null,
      via: null,
      from: null,
      confidence: 0,
      rule: '',
      para: s.para,
      stretches: [s],
      keep: true,
      relayed: null,
      signed: false,
      relayedWords: null,
    };
    out.push(previous);
  }
  return out;
}

/**
 * True when the quoted words of `s` end with a comma inside the closing mark and
 * words follow it in its paragraph: `"B," he said.`, a quote with an attribution of its own.
 */
export function ownAttribution(doc: Doc, s: QuotedStretch): boolean {
  if (s.close < 0 || !/,\s*$/.test(viewSlice(doc.view, s.contentStart, s.contentEnd))) return false;
  return /^\s*\p{L}/u.test(viewSlice(doc.view, s.end, doc.paragraphs[s.para]!.end));
}
