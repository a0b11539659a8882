/**
 * Per-document preparation and greedy one-to-one pairing.
 * @internal
 */
import type { Extraction, Quote, QuoteKind, Span } from '../types.js';
import { contentRanges, rangesLength, rangesOverlap, roleRange, sharedLength, type Range } from './normalise.js';
import { nameVerdict } from './name.js';
import { overlappingPairs, rangeSet, type RangeSet } from './overlap.js';
import { isSpeechScope } from './speech.js';
import type { GoldDocument, GoldQuote } from './types.js';

/** Matching mode. @internal */
export type Mode = 'lenient' | 'strict';

/** A gold quote ready for scoring. @internal */
export interface PreparedGold {
  readonly index: number;
  readonly source: GoldQuote;
  readonly kind: QuoteKind;
  readonly speech: boolean;
  readonly content: readonly Range[];
  readonly length: number;
  readonly speaker: Range | null;
  readonly cue: Range | null;
}

/** A predicted quote ready for scoring. @internal */
export interface PreparedPrediction {
  readonly index: number;
  readonly source: Quote;
  readonly kind: QuoteKind;
  readonly content: readonly Range[];
  readonly length: number;
  /**
   * Normalised speaker mentions: this quote's mention, or every mention of its
   * speaker when it has none (one set per speaker, shared by its quotes).
   */
  readonly speakers: RangeSet | null;
  readonly cue: Range | null;
}

/** One matched pair. @internal */
export interface Pair {
  readonly gold: PreparedGold;
  readonly predicted: PreparedPrediction;
  readonly speakerCorrect: boolean;
  /** The speaker name check (see `name.ts`). */
  readonly nameCorrect: boolean;
  readonly cueCorrect: boolean;
}

/** A document ready for scoring. @internal */
export interface PreparedDocument {
  readonly gold: GoldDocument;
  readonly predicted: Extraction;
  readonly goldQuotes: readonly PreparedGold[];
  readonly predictions: readonly PreparedPrediction[];
}

/** Prepares one gold document and its extraction. @internal */
export function prepareDocument(gold: GoldDocument, predicted: Extraction): PreparedDocument {
  const text = gold.text;
  const goldQuotes = gold.quotes.map((q, index): PreparedGold => {
    const content = contentRanges(text, q.quote.fragments !== undefined && q.quote.fragments.length > 0 ? q.quote.fragments : [q.quote]);
    return {
      index,
      source: q,
      kind: q.type,
      speech: isSpeechScope(q),
      content,
      length: rangesLength(content),
      speaker: q.speaker === null ? null : roleRange(text, q.speaker),
      cue: q.cue === null ? null : roleRange(text, q.cue),
    };
  });
  // (a speaker's mentions are normalised once, not once per quote that names it only by id)
  const bySpeaker = new Map<number, RangeSet>();
  const mentionsOf = (id: number): RangeSet => {
    let set = bySpeaker.get(id);
    if (set === undefined) {
      const mentions: readonly Span[] = predicted.speakers[id]?.mentions ?? [];
      bySpeaker.set(id, (set = rangeSet(mentions.map((m) => roleRange(text, m)))));
    }
    return set;
  };
  const predictions = predicted.quotes.map((q, index): PreparedPrediction => {
    const content = contentRanges(text, q.parts.length > 0 ? q.parts : [q.span]);
    let speakers: RangeSet | null = null;
    if (q.speaker !== null) speakers = q.speaker.mention !== null ? rangeSet([roleRange(text, q.speaker.mention)]) : mentionsOf(q.speaker.id);
    return {
      index,
      source: q,
      kind: q.kind,
      content,
      length: rangesLength(content),
      speakers,
      cue: q.cue === null ? null : roleRange(text, q.cue.span),
    };
  });
  return { gold, predicted, goldQuotes, predictions };
}

function speakerCorrect(gold: PreparedGold, predicted: PreparedPrediction): boolean {
  if (gold.speaker === null || predicted.speakers === null) return gold.speaker === null && predicted.speakers === null;
  return predicted.speakers.overlaps(gold.speaker);
}

/** The name check: rules 1 and 2 when the gold decides, else the overlap check. */
function nameCorrect(text: string, gold: PreparedGold, predicted: PreparedPrediction, overlap: boolean): boolean {
  const q = gold.source;
  const s = predicted.source.speaker;
  if (s === null) return q.speaker === null && q.speaker_reference === undefined;
  if (q.speaker === null && q.speaker_reference === undefined) return false;
  const content = q.quote.fragments !== undefined && q.quote.fragments.length > 0 ? q.quote.fragments : [q.quote];
  return nameVerdict(text, s.name, content, q.speaker?.text ?? null, q.speaker_reference) ?? overlap;
}

function cueCorrect(gold: PreparedGold, predicted: PreparedPrediction): boolean {
  if (gold.cue === null || predicted.cue === null) return gold.cue === null && predicted.cue === null;
  return rangesOverlap(gold.cue, predicted.cue);
}

/**
 * Whether a prediction matches a gold quote: lenient when the shared
 * characters are more than 30% of the gold content, strict when they are at
 * least 80% of both. Integer arithmetic, so 80% is exact.
 * @internal
 */
export function matches(mode: Mode, shared: number, goldLength: number, predictedLength: number): boolean {
  if (shared <= 0 || goldLength <= 0) return false;
  if (mode === 'lenient') return shared * 10 > goldLength * 3;
  return shared * 10 >= goldLength * 8 && shared * 10 >= predictedLength * 8;
}

/**
 * Pairs predictions with gold quotes greedily, best first, one to one. A
 * candidate pair must match under `mode`; candidates are taken in order of
 * their character Dice score (2 x shared / (gold + predicted length)), ties
 * broken by gold then prediction position.
 * @internal
 */
export function pairDocument(doc: PreparedDocument, mode: Mode): Pair[] {
  const candidates: { g: PreparedGold; p: PreparedPrediction; score: number }[] = [];
  // (only items whose contents overlap can match: a sweep finds them, not a test of every gold x prediction)
  for (const [g, p] of overlappingPairs(doc.goldQuotes, doc.predictions)) {
    const shared = sharedLength(g.content, p.content);
    if (!matches(mode, shared, g.length, p.length)) continue;
    candidates.push({ g, p, score: (2 * shared) / (g.length + p.length) });
  }
  candidates.sort((a, b) => b.score - a.score || a.g.index - b.g.index || a.p.index - b.p.index);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Pair[] = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g.index) || usedPredicted.has(p.index)) continue;
    usedGold.add(g.index);
    usedPredicted.add(p.index);
    const overlap = speakerCorrect(g, p);
    pairs.push({ gold: g, predicted: p, speakerCorrect: overlap, nameCorrect: nameCorrect(doc.gold.text, g, p, overlap), cueCorrect: cueCorrect(g, p) });
  }
  return pairs.sort((a, b) => a.gold.index - b.gold.index);
}
