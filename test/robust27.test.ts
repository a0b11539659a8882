/**
 * Quality-bar probe robust27: the eval's pairing of gold and predicted quotes
 * in one document of thousands of quotes (a long transcript, a whole book of
 * quotes). What it found: `pairDocument` measured every gold quote against
 * every prediction, and the error listing looked for each missed or spurious
 * item's nearest counterpart among all of the other side's items; both were
 * quadratic. A sweep over the contents sorted by start now yields only the
 * items that overlap. Also: a prediction naming its speaker by id only
 * (`mention: null`) copied all that speaker's mentions and the speaker check
 * read them all, quadratic in time and memory; one sorted set per speaker now.
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { scoreDocuments } from '../src/eval/index.js';
import type { GoldDocument, ScoredDocument } from '../src/eval/index.js';
import { overlappingPairs, rangeSet } from '../src/eval/overlap.js';
import { fastestCpuMs, lowerOfTwoWhenHigh } from './support/timing.js';

const SENTENCE = 'Ann Lee said it was late. ';

/** One gold document of `n` copies of SENTENCE, a gold quote in each over `gold` (offsets in the sentence), with the extractor's output. */
function document(n: number, gold: readonly [number, number]): ScoredDocument {
  const text = SENTENCE.repeat(n);
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  const quotes: GoldDocument['quotes'][number][] = [];
  for (let i = 0; i < n; i++) {
    const o = i * SENTENCE.length;
    quotes.push({ quote: span(o + gold[0], o + gold[1]), type: 'indirect', speaker: span(o, o + 7), cue: span(o + 8, o + 12) });
  }
  return { gold: { id: `lee-${n}`, text, quotes }, predicted: createExtractor().extract(text) };
}

/** How much dearer each quote gets from 1,000 to 8,000 quotes in one document: about 1 when linear, 8 when quadratic. */
function growth(gold: readonly [number, number], errors: number): number {
  const small = [document(1000, gold)];
  const large = [document(8000, gold)];
  const perQuote = (docs: ScoredDocument[], n: number): number => fastestCpuMs(() => scoreDocuments(docs, { errors }), 3) / n;
  perQuote(small, 1000);
  return lowerOfTwoWhenHigh(() => perQuote(large, 8000) / Math.max(perQuote(small, 1000), 0.0001), 2.5);
}

describe('robust27: the eval pairs the quotes of one long document in linear time', { timeout: 300_000 }, () => {
  // (quadratic before: scoreDocuments took 172/330/1,357 ms CPU for one document of 2,000/4,000/8,000 such quotes,
  // 2,000 ms with an error listing; after: 38/46/90 ms)
  it('every gold quote matched: pairing, name check and exact spans', () => {
    expect(growth([13, 24], 0)).toBeLessThan(4);
    const r = scoreDocuments([document(50, [13, 24])]);
    expect([r.lenient.all.recall, r.lenient.all.precision, r.strict.all.f1]).toEqual([1, 1, 1]);
    expect(r.lenient.all.speakerName).toEqual({ correct: 50, total: 50, accuracy: 1 });
  });

  it('every gold quote missed and every prediction spurious: the error listing finds each one\'s neighbour', () => {
    // (gold "Lee said it" shares only "it" with the prediction "it was late": too little to match)
    expect(growth([4, 15], 10)).toBeLessThan(4);
    const r = scoreDocuments([document(30, [4, 15])], { errors: 100 });
    expect([r.lenient.all.matchedGold, r.lenient.all.gold, r.lenient.all.predicted]).toEqual([0, 30, 30]);
    const missed = r.errors?.missed ?? [];
    expect(missed).toHaveLength(30);
    // (each missed quote's nearest prediction is the one of its own sentence)
    expect(missed.every((e) => e.instead !== null && e.instead.span.start === e.quote.span.start + 9)).toBe(true);
    expect(missed[7]?.instead?.coverage).toBeCloseTo(2 / 11);
    expect(r.errors?.spurious.every((e) => e.instead !== null && e.instead.span.start === e.quote.span.start - 9)).toBe(true);
  });

  // (quadratic in time and memory before: every quote given by its speaker's id alone copied all the speaker's
  // mentions, and the speaker check read them all; 8,000 such quotes ran out of memory, now 100 ms)
  it('predictions that name their speaker by id only, a speaker of thousands of mentions', () => {
    const byIdOnly = (n: number): ScoredDocument => {
      const { gold, predicted } = document(n, [13, 24]);
      const quotes = predicted.quotes.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker, mention: null } }));
      return { gold, predicted: { ...predicted, quotes } };
    };
    const small = [byIdOnly(300)];
    const large = [byIdOnly(2400)];
    const perQuote = (docs: ScoredDocument[], n: number): number => fastestCpuMs(() => scoreDocuments(docs), 3) / n;
    perQuote(small, 300);
    expect(lowerOfTwoWhenHigh(() => perQuote(large, 2400) / Math.max(perQuote(small, 300), 0.0001), 2.5)).toBeLessThan(4);
    const r = scoreDocuments(small);
    expect(r.lenient.all.speaker).toEqual({ correct: 300, total: 300, accuracy: 1 });
    // (a speaker whose mentions lie elsewhere is wrong)
    const elsewhere = byIdOnly(3);
    const speakers = elsewhere.predicted.speakers.map((s) => ({ ...s, mentions: s.mentions.slice(0, 1) }));
    expect(scoreDocuments([{ gold: elsewhere.gold, predicted: { ...elsewhere.predicted, speakers } }]).lenient.all.speaker.correct).toBe(1);
  });

  it('the sweep yields each overlapping pair once, including nested, touching and split contents', () => {
    const item = (index: number, ...content: [number, number][]) => ({ index, content });
    const golds = [item(0, [0, 10]), item(1, [20, 30], [50, 60]), item(2, [5, 5]), item(3, [70, 80])];
    const predictions = [item(0, [2, 4]), item(1, [10, 20]), item(2, [0, 100]), item(3, [35, 40]), item(4), item(5, [80, 90])];
    const pairs = overlappingPairs(golds, predictions).map(([g, p]) => `${g.index}-${p.index}`).sort();
    // (gold 1's hull 20-60 holds prediction 3, which shares no character: the caller measures; [10, 20) only touches)
    expect(pairs).toEqual(['0-0', '0-2', '1-2', '1-3', '3-2']);
    // (the speaker check's set: an overlap needs a shared character; empty ranges share none)
    const set = rangeSet([[30, 40], [0, 5], [12, 12], [8, 20]]);
    expect([[5, 8], [4, 6], [20, 30], [19, 21], [12, 13], [11, 11], [39, 50], [40, 45], [50, 60]].map((r) => set.overlaps(r as [number, number]))).toEqual([
      false, true, false, true, true, false, true, false, false,
    ]);
  });
});
