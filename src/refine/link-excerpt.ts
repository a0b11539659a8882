/**
 * Drops the excerpt a list of links quotes from a linked article:
 * `"Museum to reopen in May," by the Ledger's Ann Cole: "The museum will
 * open its doors again ..." http://...`. The writer in the byline wrote the
 * article; the quotation is the article's opening, not something anyone is
 * reported as saying.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { viewSlice } from '../prepare/view.js';
import { LINK_BYLINE, LINK_BYLINE_LOOK } from '../data/notes.js';

/** True when the byline of a linked article (see {@link LINK_BYLINE}) stands right before the opening mark of `c`, in its paragraph. */
function afterLinkByline(doc: Doc, c: Candidate): boolean {
  const first = c.stretches[0];
  const para = first ? doc.paragraphs[first.para] : undefined;
  if (!first || !para) return false;
  const from = Math.max(para.start, first.open - LINK_BYLINE_LOOK);
  return LINK_BYLINE.test(viewSlice(doc.view, from, first.open));
}

/** Drops every direct quotation that follows the byline of a linked article (see {@link afterLinkByline}). */
export function dropLinkExcerpts(doc: Doc, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.keep && c.kind === 'direct' && afterLinkByline(doc, c)) c.keep = false;
  }
}
