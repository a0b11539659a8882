/**
 * Property tests over the shapes of a round's rules (robust8, robust9): random
 * texts built from the shapes with their slots filled (`N` a name, `F` a
 * filler), a space turned into an odd character, upper or lower case, quotation
 * marks, and one shape repeated as one long sentence; each text must keep the
 * invariants, and the opt-in rules must never fire in default mode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, type Extraction } from '../../src/index.js';
import { checkInvariants, checkOwnSpans } from './invariants.js';

type Extractor = ReturnType<typeof createExtractor>;

/** Every cue category. */
const EVERY_CATEGORY = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;

/**
 * The extractors a round checks (default options, every category, every category with a low confidence floor and
 * no direct quotes) and one with the default categories named, whose output must equal the default one.
 */
export function roundExtractors(): { extractors: Extractor[]; namedDefault: Extractor } {
  return {
    extractors: [undefined, { categories: EVERY_CATEGORY }, { categories: EVERY_CATEGORY, minConfidence: 0.3, kinds: ['indirect', 'mixed'] as const }].map((o) => createExtractor(o)),
    namedDefault: createExtractor({ categories: ['speech', 'writing', 'source'] }),
  };
}

/** What a round's property tests are built from. */
export interface ShapeProperties {
  /** Name of the round, in the describe title ("robust9"). */
  readonly round: string;
  /** Shapes of the round's rules, with slots `N` (a name) and `F` (a filler). */
  readonly shapes: readonly string[];
  /** Invented names a slot `N` takes. */
  readonly names: readonly string[];
  /** Fillers a slot `F` takes. */
  readonly fillers: readonly string[];
  /** Marks and odd characters a space of a shape may become. */
  readonly odd: readonly string[];
  /** What joins a repeated shape into one long sentence. */
  readonly joins: readonly string[];
  /** Whether texts also hold shapes in upper or lower case. */
  readonly cased: boolean;
  /** Extractors to check; the first has the default options. */
  readonly extractors: readonly Extractor[];
  /** An extractor with the default categories named: its output must equal the default one. */
  readonly namedDefault: Extractor;
  /** Rules that must never appear in default output. */
  readonly optInRules: ReadonlySet<string>;
  /** Seeds of the two random properties. */
  readonly seeds: readonly [number, number];
}

/** Random texts built from the shapes. */
function shapeText(o: ShapeProperties): fc.Arbitrary<string> {
  const filled = fc.tuple(fc.constantFrom(...o.shapes), fc.array(fc.constantFrom(...o.names), { minLength: 3, maxLength: 3 }), fc.constantFrom(...o.fillers)).map(([s, names, filler]) => {
    let i = 0;
    return s.replace(/\bN\b/g, () => names[i++ % names.length]!).replace(/\bF /g, filler);
  });
  const mutated = fc.tuple(filled, fc.nat(), fc.constantFrom(...o.odd)).map(([s, k, odd]) => {
    const spaces = [...s.matchAll(/ /g)];
    if (spaces.length === 0) return s;
    const at = spaces[k % spaces.length]!.index;
    return s.slice(0, at) + odd + s.slice(at + 1);
  });
  const cased = fc.tuple(filled, fc.boolean()).map(([s, up]) => (up ? s.toUpperCase() : s.toLowerCase()));
  const quoted = fc.tuple(filled, fc.constantFrom(['"', '"'], ['\u201C', '\u201D'], ["'", "'"], ['\u201C', ''])).map(([s, [open, close]]) => `${open}${s}${close}`);
  const run = fc.tuple(filled, fc.constantFrom(...o.joins), fc.integer({ min: 2, max: 40 })).map(([s, join, n]) => (s.replace(/[.]$/, '') + join).repeat(n));
  const piece = fc.oneof(
    { weight: 4, arbitrary: filled },
    { weight: 3, arbitrary: mutated },
    ...(o.cased ? [{ weight: 1, arbitrary: cased }] : []),
    { weight: 1, arbitrary: quoted },
    { weight: 1, arbitrary: run },
    { weight: 2, arbitrary: fc.constantFrom(...o.odd, ' ', '\n\n') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  );
  return fc.array(piece, { maxLength: 14 }).map((a) => a.join(' '));
}

/** The three property tests of a round: invariants on random texts, opt-in rules off by default, each shape alone. */
export function describeShapeProperties(o: ShapeProperties): void {
  const text = shapeText(o);
  describe(`round one's rules under random shapes (${o.round})`, { timeout: 300_000 }, () => {
    it('never throws, spans are slices, no shared spans, and no content over its own cue or speaker', () => {
      fc.assert(
        fc.property(text, fc.integer({ min: 0, max: o.extractors.length - 1 }), (t, k) => {
          const r = o.extractors[k]!.extract(t);
          checkInvariants(t, r);
          checkOwnSpans(r);
        }),
        { seed: o.seeds[0], numRuns: 60 },
      );
    });
    it('the opt-in rules never fire in default mode, and default output is that of the default categories named', () => {
      fc.assert(
        fc.property(text, (t) => {
          const r = o.extractors[0]!.extract(t);
          for (const q of r.quotes) {
            expect(o.optInRules.has(q.rule), `${q.rule} in default output`).toBe(false);
            if (q.cue) expect(['speech', 'writing', 'source']).toContain(q.cue.category);
          }
          expect(JSON.stringify(o.namedDefault.extract(t))).toBe(JSON.stringify(r));
        }),
        { seed: o.seeds[1], numRuns: 40 },
      );
    });
    it('each shape alone, filled with every name, keeps its invariants under every option set', () => {
      for (const s of o.shapes) {
        for (const [i, name] of o.names.entries()) {
          const t = s.replace(/\bN\b/g, name).replace(/\bF /g, o.fillers[i % o.fillers.length]!);
          for (const e of o.extractors) {
            const r = e.extract(t);
            checkInvariants(t, r);
            checkOwnSpans(r);
          }
        }
      }
    });
  });
}

/** Invented full names for a generated text's speaker slots: hyphens, an apostrophe and a particle among them. */
export const INVENTED_FULL_NAMES = fc.constantFrom('Ada Brook', 'Tom Reyes', 'Ned Olsen', 'Ivo Kasza-Lind', "Bea O'Hare", 'Kai Lund', 'Mia Sorel', 'Ana de la Cruz');

/** A pair of opening and closing double quotation marks, straight or curly. */
export const DOUBLE_QUOTE_PAIRS = fc.constantFrom(['"', '"'], ['\u201C', '\u201D']);

/** Invented names the robustness rounds' shapes put in a slot `N` (titles, initials, hyphens, apostrophes, capitals, a body, a short name). */
export const ROUND_NAMES = ['Ada Brook', 'Ms. Varga', 'Tom Reyes', 'Sen. Ola Dunne', 'Jane', 'Ned Olsen', 'Dr. Ivo Kasza-Lind', "Bea O'Hare", 'ZOË ÅBERG', 'Harbor Union', 'Li'];

/** Fillers the robustness rounds' shapes put in a slot `F`: nothing, an adverb, a time, an aside. */
export const ROUND_FILLERS = ['', 'also ', 'often ', 'last week ', 'on Tuesday ', 'not ', 'quietly ', '(again) ', '\u2014 twice \u2014 ', 'in 2009 '];

/** Marks and odd characters a space of a robustness round's shape may become. */
export const ROUND_ODD = ['\r\n', '\u2028', '\u00A0', '\u2009', '\u200B', '\uFEFF', '\t', '\n\n', '\n', '"', '\u201C', '\u201D', "'", '\u2018', '\u2019', '\u2014', ' - ', '--', '(', ')', ',', '.', ';', ':', '?', '-', '\u{1F30A}', '\uD800'];

/** What the robustness rounds join repeated shapes with. */
export const ROUND_JOINS = [', ', ' and ', ' \u2014 ', '; ', ' ', '\n', '\n\n'];

/**
 * The cache and join checks of a round (robust14, robust15): one extractor reused on many documents of the round's
 * shapes gives what a fresh extractor gives each one; a paragraph gives the same quotes alone and after paragraphs
 * that quote no one; a document of many such paragraphs keeps every invariant. `run(text, k)` extracts with the
 * round's extractor `k` (0 default, 1 every category) and checks the invariants; `seeds` are the three properties'.
 */
export function describeCacheAndJoinProperties(o: {
  round: string;
  shapes: readonly string[];
  extractorCount: number;
  run: (t: string, k: number) => Extraction;
  seeds: readonly [number, number, number];
}): fc.Arbitrary<string> {
  const document = fc
    .array(fc.tuple(fc.constantFrom(...o.shapes), fc.constantFrom(...ROUND_NAMES), fc.constantFrom(...ROUND_FILLERS), fc.constantFrom('\n\n', '\n', ' ')), { minLength: 2, maxLength: 10 })
    .map((a) => a.map(([s, n, f, sep]) => s.replace(/\bN\b/g, n).replace(/\bF /g, f) + sep).join(''));
  describe(`caches and joins across paragraphs (${o.round})`, { timeout: 120_000 }, () => {
    it('one extractor reused on many texts gives what a fresh extractor gives each one', () => {
      const reused = [createExtractor(), createExtractor({ categories: [...EVERY_CATEGORY] })];
      fc.assert(
        fc.property(fc.array(document, { minLength: 2, maxLength: 4 }), fc.integer({ min: 0, max: 1 }), (texts, k) => {
          for (const t of [...texts, ...[...texts].reverse()]) {
            const fresh = createExtractor(k === 0 ? undefined : { categories: [...EVERY_CATEGORY] });
            expect(JSON.stringify(reused[k]!.extract(t)), t).toBe(JSON.stringify(fresh.extract(t)));
          }
        }),
        { seed: o.seeds[0], numRuns: 12 },
      );
    });

    it('a paragraph read alone and after paragraphs that quote no one give the same quotes in it', () => {
      fc.assert(
        fc.property(fc.constantFrom(...o.shapes), fc.constantFrom(...ROUND_NAMES), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 1 }), (s, n, times, k) => {
          const p = s.replace(/\bN\b/g, n).replace(/\bF /g, '');
          const prefix = 'The weather was mild.\n\n'.repeat(times);
          const rows = (r: Extraction, shift: number): string[] => r.quotes.map((q) => `${q.kind} | ${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule} | ${q.span.start - shift}`);
          expect(rows(o.run(prefix + p, k), prefix.length), p).toEqual(rows(o.run(p, k), 0));
        }),
        { seed: o.seeds[1], numRuns: 30 },
      );
    });

    it('a document of many paragraphs of the round shapes keeps every invariant under every option set', () => {
      fc.assert(
        fc.property(document, fc.integer({ min: 0, max: o.extractorCount - 1 }), (t, k) => {
          o.run(t, k);
        }),
        { seed: o.seeds[2], numRuns: 30 },
      );
    });
  });
  return document;
}
