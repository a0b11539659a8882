/**
 * Checks a robustness round runs over the shapes of its rules besides the
 * property tests of `shape-properties.ts` (robust18 on): one call on 200 KB of
 * the shapes must be no quadratic, and a batch of the shapes mixed with values
 * that are no string must give one error record per bad value and keep every
 * other text's extraction; {@link growth} measures how the cost of a block
 * repeated grows (robust20 on).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { createExtractor, Extraction } from '../../src/index.js';
import { settleWith } from '../../src/parallel/results.js';
import { extractMany, extractManySettled } from '../../src/parallel/index.js';
import { checkInvariants } from './invariants.js';
import { RealWorker } from './real-worker.js';
import { fastestCpuMs } from './timing.js';

type Extractor = ReturnType<typeof createExtractor>;

/** The shapes with their slots filled: `N` by `name`, `F` by nothing. */
function filled(shapes: readonly string[], name: string): string[] {
  return shapes.map((s) => s.replace(/\bN\b/g, name).replace(/\bF /g, ''));
}

/**
 * Registers a test that one call on 200 KB of `shapes` (repeated) costs less
 * than 1.7 times per character what one call on 100 KB does (a linear pass
 * gives about 1, a quadratic one about 2), keeps the invariants, and finds
 * every block's quotes.
 */
export function itIsLinearOnShapes(shapes: readonly string[], extractor: Extractor): void {
  it('200 KB of the shapes in one call is no quadratic: the time per character at 200 KB is less than 1.7 times that at 100 KB', () => {
    const block = `${filled(shapes, 'Tom Reyes').join('\n\n')}\n\n`;
    const { ratio, r } = growthOf(extractor, (size) => block.repeat(Math.ceil(size / block.length)));
    expect(ratio).toBeLessThan(1.7);
    const one = extractor.extract(block).quotes.length;
    expect(r.quotes.length).toBe(one * Math.ceil(200_000 / block.length));
  });
}

/**
 * The time per character at 200 KB over that at 100 KB of `text(size)` (a text of about `size` characters), extracted
 * by `extractor`, after a warm-up at 20 KB; the 200 KB text and its extraction, checked, are returned with it.
 */
function growthOf(extractor: Extractor, text: (size: number) => string): { ratio: number; text: string; r: Extraction } {
  const perChar = (size: number): number => {
    const t = text(size);
    return fastestCpuMs(() => extractor.extract(t)) / t.length;
  };
  perChar(20_000);
  const small = perChar(100_000);
  const large = perChar(200_000);
  const t = text(200_000);
  const r = extractor.extract(t);
  checkInvariants(t, r);
  return { ratio: large / small, text: t, r };
}

/**
 * The time per character at 200 KB over that at 100 KB of `block` repeated with `join`, extracted by `extractor`
 * (about 1 for a linear pass, 2 for a quadratic one), after a warm-up; the 200 KB text and its extraction, checked
 * (support/invariants.ts `checkInvariants`), are returned with it.
 */
export function growth(extractor: Extractor, block: string, join: string): { ratio: number; text: string; r: Extraction } {
  return growthOf(extractor, (size) => Array.from({ length: Math.ceil(size / (block.length + join.length)) }, () => block).join(join));
}

/** What {@link describeBadInputBatch} needs. */
export interface BadInputBatch {
  /** Name of the round, in the describe title ("robust19"). */
  readonly round: string;
  /** Shapes of the round's rules, with slots `N` and `F`. */
  readonly shapes: readonly string[];
  /** The extractor whose output each good text of the batch must give (default options). */
  readonly extractor: Extractor;
  /** Seed of the property. */
  readonly seed: number;
  /** Two good texts put before a bad value for the synchronous refusals. */
  readonly refuseAfter: readonly [string, string];
}

/** Values that are no string. */
const BAD: readonly unknown[] = [42, null, undefined, {}, ['a'], true, 3n];

/**
 * A batch of the shapes with bad inputs: through the pool behind
 * `extractManySettled` (with workers that read in this thread) every bad
 * value gives one TypeError record at its index and every text its own
 * extraction; the public entries refuse a bad value synchronously, naming its
 * index.
 */
export function describeBadInputBatch(o: BadInputBatch): void {
  describe(`a batch of the shapes with bad inputs (${o.round})`, () => {
    it('gives one error record per bad input and every other text its own extraction', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...filled(o.shapes, 'Ann Lund')), fc.constantFrom(...BAD)), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 3 }), async (texts, concurrency) => {
          const results = await settleWith(texts as string[], concurrency, () => new RealWorker());
          expect(results).toHaveLength(texts.length);
          results.forEach((r, i) => {
            expect(r.index).toBe(i);
            if (typeof texts[i] === 'string') {
              expect(r).toEqual({ ok: true, index: i, extraction: o.extractor.extract(texts[i] as string) });
            } else {
              expect(r.ok, String(texts[i])).toBe(false);
              if (!r.ok) expect(r.error.name).toBe('TypeError');
            }
          });
        }),
        { seed: o.seed, numRuns: 15 },
      );
    });

    it.each(BAD.map((b) => [String(b), b]))('the public entries refuse %s synchronously, naming its index', (_name, bad) => {
      const texts = [...o.refuseAfter, bad];
      expect(() => extractManySettled(texts as string[])).toThrow(TypeError);
      expect(() => extractManySettled(texts as string[])).toThrow('`texts[2]`');
      expect(() => extractMany(texts as string[])).toThrow('`texts[2]`');
    });
  });
}
