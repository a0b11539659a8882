/**
 * Issue 12 (speed68): the rule stages' per-document token tables are sets of
 * one bit per token (prepare/token-set.ts) instead of a 32-bit integer per
 * token. Every read must answer what the integer tables answered: checked
 * here against a plain walk over sets of many densities and sizes (block
 * edges at 32 included), and on whole texts through the rules that read them.
 */
import { describe, expect, it } from 'vitest';
import { TokenSet } from '../src/prepare/token-set.js';
import { extract } from './support/invariants.js';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function walkNext(members: boolean[], k: number): number {
  for (let j = Math.max(0, k); j < members.length; j++) if (members[j]) return j;
  return -1;
}

function walkLast(members: boolean[], k: number): number {
  for (let j = Math.min(k, members.length - 1); j >= 0; j--) if (members[j]) return j;
  return -1;
}

function walkCount(members: boolean[], from: number, end: number): number {
  let c = 0;
  for (let j = from; j < end; j++) if (members[j]) c++;
  return c;
}

describe('TokenSet answers as a walk over its members would', () => {
  const sizes = [0, 1, 31, 32, 33, 63, 64, 65, 200, 1000];
  const densities = [0, 0.01, 0.1, 0.5, 0.97, 1];
  for (const size of sizes) {
    for (const density of densities) {
      it(`size ${size}, density ${density}`, () => {
        const next = random(size * 1000 + Math.round(density * 100));
        const members = Array.from({ length: size }, () => next() < density);
        const set = new TokenSet(size);
        members.forEach((m, k) => m && set.add(k));
        set.seal();
        for (let k = -2; k <= size + 2; k++) {
          expect(set.has(k)).toBe(k >= 0 && k < size && members[k]!);
          expect(set.nextAtOrAfter(k)).toBe(walkNext(members, k));
          expect(set.lastAtOrBefore(k)).toBe(k < 0 ? -1 : walkLast(members, k));
          if (k >= 0 && k <= size) expect(set.countBelow(k)).toBe(walkCount(members, 0, k));
        }
        for (let t = 0; t < 200 && size > 0; t++) {
          const a = Math.floor(next() * (size + 1));
          const b = Math.floor(next() * (size + 1));
          expect(set.countBetween(a, b)).toBe(walkCount(members, a, b));
        }
      });
    }
  }

  it('finds a lone member far from the index asked about, both ways', () => {
    const set = new TokenSet(100_000);
    set.add(5);
    set.add(99_990);
    set.seal();
    expect(set.nextAtOrAfter(6)).toBe(99_990);
    expect(set.lastAtOrBefore(99_989)).toBe(5);
    expect(set.nextAtOrAfter(99_991)).toBe(-1);
    expect(set.lastAtOrBefore(4)).toBe(-1);
    expect(set.countBetween(0, 100_000)).toBe(2);
  });
});

describe('the rules that read the token sets', () => {
  it('a content before its cue, with an aside between commas, keeps its speaker and cue', () => {
    const [q, ...rest] = extract('The levy will pass in May, the harbor chief, Ada Moss, told reporters on Monday.').quotes;
    expect(rest).toEqual([]);
    expect(q?.parts.map((p) => p.text)).toEqual(['The levy will pass in May']);
    expect(q?.speaker?.name).toBe('Ada Moss');
    expect(q?.speaker?.mention?.text).toBe('the harbor chief, Ada Moss');
    expect(q?.cue?.span.text).toBe('told');
  });

  it('a sentence with no verb before the cue and no quotation yields nothing', () => {
    expect(extract('Tuesday, in the harbor town of Ada, a long quiet morning.').quotes).toEqual([]);
  });
});
