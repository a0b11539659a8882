/**
 * Quality-bar probe robust5: this stop's new rules (a.m./p.m. sentence ends,
 * one-line "Q: ... ? A: ..." interviews, an aside after a cue, company-name
 * suffixes, day words before a mention, "be" groups closed by an adverb, a
 * quoted object before a time clause, participle phrases in the subject,
 * hyphen particles) under fragments with odd characters (surrogate pairs,
 * CRLF, U+2028, U+FEFF, \v, long space runs): never a throw, every span the
 * input's slice, and the same output read the long-text way (token table) as
 * the plain way. Also: a long sentence of parenthetical cues stays linear (the
 * list check of each cue read to the sentence's end).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// every text read the long-text way (tokens in a TokenTable) while `compact` is on
const state = vi.hoisted(() => ({ compact: false }));
vi.mock('../src/prepare/document.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/prepare/document.js')>();
  return {
    ...original,
    prepare: (text: string, tokenizer: Parameters<typeof original.prepare>[1], compactFrom?: number) => original.prepare(text, tokenizer, state.compact ? 0 : compactFrom),
  };
});

import { createExtractor, type ExtractQuotesOptions } from '../src/index.js';
import { checkInvariants } from './support/invariants.js';
import { fastestCpuMs } from './support/timing.js';

const ALL = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;
const OPTIONS: (ExtractQuotesOptions | undefined)[] = [undefined, { categories: ALL }, { categories: ALL, minConfidence: 0.3, kinds: ['indirect', 'mixed'] }];
const EXTRACTORS = OPTIONS.map((o) => createExtractor(o));

const SHAPES = [
  'The ferry left at 7 a.m. Dock workers said the ramp was icy.',
  'Polls close at 8 p.m. EST, the clerk said.',
  'Q: Will the bakery reopen? A: We hope so. Q: When? A: In spring!',
  'Q: Is the road clear?A: Mostly.',
  'The warden said, speaking on condition of anonymity, that two cells were flooded.',
  'The warden said (in a short note) that the cells were dry.',
  'Brightwater Corp said its sales fell.', 'Lakeside Savings Corp. said it would close branches.', 'Rival Northgate Holdings Inc said the bid was dead.',
  'Yesterday Engineer Pia Lund said the dam was sound.', 'On Friday Mayor Teo Brand told reporters the count was close.',
  'Clerks who said the office would be late were thanked.',
  'Marchers chanted "not again" as the convoy passed.',
  'Owners of boats moored at the marina met on Sunday and said the fees had doubled.',
  'The runner-up said the hill was brutal.', 'The stand-in told the audience the show would go on.',
];
const ODD = ['\r\n', '\u2028', '\u2029', '\uFEFF', '\v', '\f', '\u00A0', '\u{1F30A}', '\uD800', '\uDC00', '\u200B', '\u00AD', '   ', '\t', '\n\n', '"', '\u201C', '\u201D', "'", '(', ')', ',', '.', '?', ':', 'A:', 'Q:', 'a.m.', 'p.m.', 'Corp', 'Inc.', 'said,'];
/** A shape with one of its spaces replaced by an odd character or run. */
const mutated = fc.tuple(fc.constantFrom(...SHAPES), fc.nat(), fc.constantFrom(...ODD)).map(([s, k, odd]) => {
  const spaces = [...s.matchAll(/ /g)];
  const at = spaces[k % spaces.length]!.index;
  return s.slice(0, at) + odd + s.slice(at + 1);
});
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SHAPES) },
  { weight: 3, arbitrary: mutated },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(' ', '\u00A0', '\v', '\uFEFF', '\u2028', 'Q: ', 'A: ', 'a.m. '), fc.integer({ min: 2, max: 120 })).map(([s, n]) => s.repeat(n)) },
);
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('the new rules under odd characters (robust5)', { timeout: 300_000 }, () => {
  it('never throws, spans are slices, and the token table gives the plain output', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: OPTIONS.length - 1 }), (input, k) => {
        state.compact = false;
        const plain = EXTRACTORS[k]!.extract(input);
        state.compact = true;
        try {
          const compact = EXTRACTORS[k]!.extract(input);
          checkInvariants(input, compact);
          expect(JSON.stringify(compact)).toBe(JSON.stringify(plain));
        } finally {
          state.compact = false;
        }
        checkInvariants(input, plain);
      }),
      { seed: 5055, numRuns: 200 },
    );
  });
});

describe('a list after a parenthetical cue (robust5)', () => {
  const rows = (t: string): string[] => EXTRACTORS[0]!.extract(t).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'}`);
  it('the narrator tail is cut when no colon or semicolon stands after the cue', () => {
    expect(rows('The problem, she said, is that rents are high, a point the council disputes.')).toEqual(['The problem is that rents are high | she | said']);
  });
  it('inside a list set off by a colon and semicolons it is kept (negative)', () => {
    expect(rows('The problem, she said, is twofold: rents are high; and most of all, a sense that nobody listens.')).toEqual([
      'The problem is twofold: rents are high; and most of all, a sense that nobody listens | she | said',
    ]);
  });

  it('a long sentence of parenthetical cues stays linear', { timeout: 120_000 }, () => {
    const extractor = EXTRACTORS[1]!;
    const time = (shape: string, size: number): number => {
      const input = shape.repeat(Math.ceil(size / shape.length));
      return fastestCpuMs(() => extractor.extract(input));
    };
    const shape = 'Rents rose, she said, a cost of living, ';
    time(shape, 10_000);
    const small = time(shape, 50_000);
    const large = time(shape, 200_000);
    // four times the text: about 2.5x the time now, 9x before (each cue's list check read to the sentence's end);
    // a loose bound, as the machine may be loaded, that still catches the quadratic pass
    expect(large / Math.max(small, 1)).toBeLessThan(6);
  });
});
