/**
 * The near-miss and side-by-side checks of a robustness round (robust20 on):
 * the near misses of each rule, texts that look like a rule's shape but must
 * not take it, stay as they are under every mark style, name, tense and
 * sentence break; a batch of the round's cases gives each text what one call
 * gives it, with no two quotes of a kind overlapping once the texts are
 * joined; and a case gives the same spans whatever ran before it. The checks
 * a near miss may make ({@link noRule}, {@link noName}, {@link nothing},
 * {@link noSpeaker}) and the slots the near misses are written with
 * ({@link nearSlots}) are shared by every round.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction, QuoteKind } from '../../src/index.js';
import { settleWith } from '../../src/parallel/results.js';
import { rows, type Case, type Slots } from './case-properties.js';
import { checkInvariants } from './invariants.js';
import { RealWorker } from './real-worker.js';

/** A near miss of a rule: its text from the slots, and what must hold of its extraction (in default mode and with every category). */
export interface NearMiss {
  readonly rule: string;
  readonly make: (s: Slots) => string;
  readonly check: (r: Extraction, s: Slots) => void;
}

/** A check that there is no quote of `rule`. */
export const noRule = (rule: string) => (r: Extraction): void => {
  expect(r.quotes.filter((q) => q.rule === rule).map((q) => q.text)).toEqual([]);
};

/** A check that there is no quote whose speaker is named `name` (of the slots). */
export const noName = (name: (s: Slots) => string) => (r: Extraction, s: Slots): void => {
  expect(r.quotes.filter((q) => q.speaker?.name === name(s)).map((q) => q.text)).toEqual([]);
};

/** A check that there is no quote at all. */
export const nothing = (r: Extraction): void => {
  expect(r.quotes.map((q) => `${q.rule} | ${q.text}`)).toEqual([]);
};

/** A check that there is no quote with a speaker. */
export const noSpeaker = (r: Extraction): void => {
  expect(r.quotes.filter((q) => q.speaker !== null).map((q) => `${q.rule} | ${q.speaker?.name}`)).toEqual([]);
};

/** Pairs of opening and closing marks (straight, curly, guillemets both ways, low-high, single). */
export const MARKS: readonly (readonly [string, string])[] = [['"', '"'], ['\u201C', '\u201D'], ['\u00AB', '\u00BB'], ['\u00BB', '\u00AB'], ['\u201E', '\u201C'], ['\u2018', '\u2019'], ["'", "'"]];

/** The slots a round's near misses (and its side-by-side cases) are written with: names, tense, a mark pair, a sentence break. */
export const nearSlots: fc.Arbitrary<Slots> = fc
  .record({
    first: fc.constantFrom('Tom', 'Ivo', 'Ann', 'Zoë', 'Nell'),
    last: fc.constantFrom('Varga', 'Kasza-Lind', "O'Hare", 'Marsh', 'Lund'),
    business: fc.constantFrom('Gulls', 'Otters', 'Rovers'),
    said: fc.constantFrom('said', 'says'),
    between: fc.constantFrom(' ', '   ', '\n\n', '\r\n\r\n', '\u2028', '\v', ' \uFEFF', '\u00A0'),
    marks: fc.constantFrom(...MARKS),
  })
  .map(({ marks: [open, close], ...s }) => ({ ...s, open, close }));

/** What {@link describeNearMisses} needs. */
export interface NearMissProperties {
  /** Name of the round, in the describe title ("robust21"). */
  readonly round: string;
  readonly nearMisses: readonly NearMiss[];
  /** Extracts a text with the round's extractor `k` (0 default options, 1 every category), checked. */
  readonly run: (t: string, k?: number) => Extraction;
  /** Seed of the property. */
  readonly seed: number;
  /** How many runs (120 unless given). */
  readonly numRuns?: number;
}

/**
 * Registers the property that each near miss of the round, written with
 * {@link nearSlots}, passes its check in default mode and with every category;
 * a failure names the near miss and its text.
 */
export function describeNearMisses(o: NearMissProperties): void {
  describe(`near misses of each rule stay as they are (${o.round})`, { timeout: 300_000 }, () => {
    it('under every mark style, name, tense and sentence break, in default mode and with every category', () => {
      fc.assert(
        fc.property(fc.constantFrom(...o.nearMisses), nearSlots, fc.integer({ min: 0, max: 1 }), (m, s, k) => {
          const t = m.make(s);
          const r = o.run(t, k);
          try {
            m.check(r, s);
          } catch (e) {
            throw new Error(`${m.rule}: ${JSON.stringify(t)}\n${(e as Error).message}`);
          }
        }),
        { seed: o.seed, numRuns: o.numRuns ?? 120 },
      );
    });
  });
}

/** The span of each quote, in order. */
export function spans(r: Extraction): [number, number][] {
  return r.quotes.map((q) => [q.span.start, q.span.end]);
}

/** What {@link describeSideBySide} needs. */
export interface SideBySideProperties {
  /** Name of the round, in the describe title ("robust21"). */
  readonly round: string;
  /** What the describe title says is alone, in a batch and side by side ("the shapes"). */
  readonly what: string;
  readonly cases: readonly Case[];
  /** The near misses run before a case in the second property. */
  readonly nearMisses: readonly NearMiss[];
  /** Extracts a text with the round's extractor `k` (0 default options, 1 every category), checked. */
  readonly run: (t: string, k?: number) => Extraction;
  /** The kinds of quote no two of which may overlap in the joined texts (robust20 'direct', robust21 'direct' and 'indirect'). */
  readonly kinds: readonly QuoteKind[];
  /** Seeds of the batch property and of the property of the spans whatever ran before. */
  readonly seeds: readonly [number, number];
  /** How many runs of each (10 and 40 unless given). */
  readonly numRuns?: readonly [number, number];
}

/**
 * Registers two properties over the round's cases written with
 * {@link nearSlots}: a batch of them (through the pool, with workers that read
 * in this thread) gives each text what one call gives it, and the texts
 * joined by paragraph breaks have no two quotes of each of `kinds`
 * overlapping; and a case gives the same spans after a near miss ran.
 */
export function describeSideBySide(o: SideBySideProperties): void {
  const { cases, nearMisses, run, kinds, seeds } = o;
  const overlap = kinds.length === 1 ? `no two ${kinds[0]} quotes overlap` : 'no two quotes of a kind overlap';
  describe(`${o.what} alone, in a batch and side by side (${o.round})`, { timeout: 300_000 }, () => {
    it(`a batch gives each text what one call gives it, and ${overlap}`, () => {
      const texts = fc.array(fc.tuple(fc.constantFrom(...cases), nearSlots), { minLength: 1, maxLength: 6 }).map((a) => a.map(([c, s]) => c.make(s).text));
      return fc.assert(
        fc.asyncProperty(texts, async (ts) => {
          const settled = await settleWith(ts, 2, () => new RealWorker());
          settled.forEach((r, i) => {
            expect(r.ok, ts[i]).toBe(true);
            if (r.ok) {
              checkInvariants(ts[i]!, r.extraction);
              expect(rows(r.extraction), ts[i]).toEqual(rows(run(ts[i]!)));
            }
          });
          const joined = ts.join('\r\n\r\n');
          for (const kind of kinds) {
            const own = run(joined).quotes.filter((q) => q.kind === kind).map((q) => [q.span.start, q.span.end] as const);
            for (let i = 1; i < own.length; i++) expect(own[i]![0], joined).toBeGreaterThanOrEqual(own[i - 1]![1]);
          }
        }),
        { seed: seeds[0], numRuns: o.numRuns?.[0] ?? 10 },
      );
    });

    it('the same spans whatever ran before', () => {
      fc.assert(
        fc.property(fc.constantFrom(...cases), nearSlots, fc.constantFrom(...nearMisses), nearSlots, (c, s, m, ms) => {
          const t = c.make(s).text;
          const alone = spans(run(t));
          run(m.make(ms));
          expect(spans(run(t)), t).toEqual(alone);
        }),
        { seed: seeds[1], numRuns: o.numRuns?.[1] ?? 40 },
      );
    });
  });
}
