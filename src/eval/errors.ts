/**
 * Error listings: missed gold quotes, spurious predictions and wrong speakers,
 * each with its surroundings and the nearest quotation on the other side.
 * @internal
 */
import { sharedLength } from './normalise.js';
import { overlapLists } from './overlap.js';
import { pairDocument, type Mode, type Pair, type PreparedDocument, type PreparedGold, type PreparedPrediction } from './match.js';
import type { ErrorEntry, ErrorListing, ErrorQuote } from './types.js';

/** Characters of context shown on each side. */
const CONTEXT = 80;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function goldQuote(g: PreparedGold, coverage: number | null): ErrorQuote {
  const q = g.source;
  return { kind: q.type, span: { start: q.quote.start, end: q.quote.end, text: q.quote.text }, speaker: q.speaker?.text ?? null, cue: q.cue?.text ?? null, coverage };
}

function predictedQuote(p: PreparedPrediction, coverage: number | null): ErrorQuote {
  const q = p.source;
  const s = q.speaker;
  const speaker = s === null ? null : s.mention === null ? `${s.name} (from context)` : s.mention.text === s.name ? s.name : `${s.name} ("${s.mention.text}")`;
  return { kind: q.kind, span: q.span, speaker, cue: q.cue?.span.text ?? null, coverage };
}

function entry(doc: PreparedDocument, quote: ErrorQuote, instead: ErrorQuote | null): ErrorEntry {
  const text = doc.gold.text;
  const before = collapse(text.slice(Math.max(0, quote.span.start - CONTEXT), quote.span.start)).trimStart();
  const after = collapse(text.slice(quote.span.end, quote.span.end + CONTEXT)).trimEnd();
  return { document: doc.gold.id, quote, before, after, instead };
}

/**
 * The item of `others` sharing most characters with `content` (the first in
 * order on a tie), with its coverage of `length`; `others` need only hold the
 * items whose contents overlap it, in index order.
 */
function nearest<T extends { content: PreparedGold['content'] }>(
  content: PreparedGold['content'],
  length: number,
  others: readonly T[],
): { item: T; coverage: number } | null {
  let best: { item: T; coverage: number } | null = null;
  let bestShared = 0;
  for (const item of others) {
    const shared = sharedLength(content, item.content);
    if (shared > bestShared) {
      bestShared = shared;
      best = { item, coverage: length === 0 ? 0 : shared / length };
    }
  }
  return best;
}

function roundRobin(lists: readonly (readonly ErrorEntry[])[], limit: number): ErrorEntry[] {
  const out: ErrorEntry[] = [];
  for (let round = 0; out.length < limit; round++) {
    let any = false;
    for (const list of lists) {
      const e = list[round];
      if (e === undefined) continue;
      any = true;
      out.push(e);
      if (out.length >= limit) break;
    }
    if (!any) break;
  }
  return out;
}

/** Entries for matched pairs judged wrong, in prediction order, each with the gold quote it matched. */
function wrongPairs(doc: PreparedDocument, pairs: readonly Pair[]): ErrorEntry[] {
  return [...pairs]
    .sort((a, b) => a.predicted.index - b.predicted.index)
    .map((p) => {
      const shared = sharedLength(p.predicted.content, p.gold.content);
      const coverage = p.predicted.length === 0 ? 0 : shared / p.predicted.length;
      return entry(doc, predictedQuote(p.predicted, null), goldQuote(p.gold, coverage));
    });
}

/**
 * Lists up to `limit` missed gold quotes, spurious predictions and matched
 * predictions with a wrong speaker (by overlap, and by name), taken round-robin across documents (the
 * first error of each document, then the second, ...) so that one bad
 * document does not fill the listing.
 * @internal
 */
export function listErrors(docs: readonly PreparedDocument[], limit: number, mode: Mode): ErrorListing {
  const missed: ErrorEntry[][] = [];
  const spurious: ErrorEntry[][] = [];
  const wrongSpeaker: ErrorEntry[][] = [];
  const wrongName: ErrorEntry[][] = [];
  for (const doc of docs) {
    const pairs = pairDocument(doc, mode);
    const pairedGold = new Set(pairs.map((p) => p.gold.index));
    const pairedPredicted = new Set(pairs.map((p) => p.predicted.index));
    const overlaps = overlapLists(doc.goldQuotes, doc.predictions);
    missed.push(
      doc.goldQuotes
        .filter((g) => !pairedGold.has(g.index))
        .map((g) => {
          const n = nearest(g.content, g.length, overlaps.byGold.get(g.index) ?? []);
          return entry(doc, goldQuote(g, null), n === null ? null : predictedQuote(n.item, n.coverage));
        }),
    );
    spurious.push(
      doc.predictions
        .filter((p) => !pairedPredicted.has(p.index))
        .map((p) => {
          const n = nearest(p.content, p.length, overlaps.byPredicted.get(p.index) ?? []);
          return entry(doc, predictedQuote(p, null), n === null ? null : goldQuote(n.item, n.coverage));
        }),
    );
    wrongSpeaker.push(wrongPairs(doc, pairs.filter((p) => !p.speakerCorrect)));
    wrongName.push(wrongPairs(doc, pairs.filter((p) => !p.nameCorrect)));
  }
  return {
    missed: roundRobin(missed, limit),
    spurious: roundRobin(spurious, limit),
    wrongSpeaker: roundRobin(wrongSpeaker, limit),
    wrongName: roundRobin(wrongName, limit),
  };
}
