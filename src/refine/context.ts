/**
 * Carries a speaker to a quoted paragraph with no attribution of its own that
 * directly follows a paragraph with an attributed quote.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { candidateStart } from '../attribution/candidate.js';

/** Gives context speakers to unattributed direct quotes that open a paragraph. */
export function carryContext(doc: Doc, candidates: readonly Candidate[]): void {
  let lastAttributed: Candidate | null = null;
  // reported speech was found after the direct quotes: walk all of them in text order
  const ordered = candidates.filter((c) => c.keep).sort((a, b) => candidateStart(a) - candidateStart(b));
  for (const c of ordered) {
    if (c.speaker !== null || c.cue !== null) {
      lastAttributed = c;
      continue;
    }
    const opensParagraph = c.stretches.length > 0 && c.stretches[0]!.open === doc.paragraphs[c.para]!.start;
    const source = lastAttributed?.from ?? lastAttributed;
    const lastPara = lastAttributed ? lastAttributed.stretches[lastAttributed.stretches.length - 1]?.para ?? lastAttributed.para : -2;
    if (opensParagraph && source && source.speaker && lastPara === c.para - 1) {
      c.from = source;
      c.via = 'context';
      c.rule = 'direct/context';
      c.confidence = 0.7;
      lastAttributed = c;
    }
  }
}
