/**
 * A set of token indexes kept as one bit per token, with the count of set
 * bits before every 32 tokens: what the rule stages' per-document tables
 * (prefix counts, "the next verb after each token", "the last comma before
 * each token") answer, in a sixteenth of the memory of a 32-bit integer per
 * token. In one 10 MB call (about two million tokens) each such table took
 * 8 MB outside the JavaScript heap, and the rule stages made about seven of
 * them (docs/scale.md, memory round 68).
 * @internal
 */

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** The lowest set bit of a non-zero 32-bit word. */
function lowestBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/** The highest set bit of a non-zero 32-bit word. */
function highestBit(x: number): number {
  return 31 - Math.clz32(x);
}

/**
 * A set of the indexes 0 to `size - 1`: filled with {@link TokenSet.add},
 * then {@link TokenSet.seal}ed once, then read. Every read is constant time,
 * or a binary search over the blocks of 32 when the answer lies past the
 * block of the index asked about.
 */
export class TokenSet {
  /** One bit per index, 32 to a word; one word more than needed, so that `size` itself has a word. */
  private readonly bits: Uint32Array;
  /** Entry `w`: the set bits in words before `w` (filled by {@link TokenSet.seal}). */
  private readonly ranks: Int32Array;

  /** An empty set over the indexes 0 to `size - 1`. */
  constructor(readonly size: number) {
    const words = (size >>> 5) + 1;
    this.bits = new Uint32Array(words);
    this.ranks = new Int32Array(words + 1);
  }

  /** Adds index `k` (0 <= k < size). Only before {@link TokenSet.seal}. */
  add(k: number): void {
    this.bits[k >>> 5]! |= 1 << (k & 31);
  }

  /** Counts the set bits of each block: call once, after the last {@link TokenSet.add}. */
  seal(): this {
    const { bits, ranks } = this;
    let total = 0;
    for (let w = 0; w < bits.length; w++) {
      ranks[w] = total;
      total += popcount(bits[w]!);
    }
    ranks[bits.length] = total;
    return this;
  }

  /** True when index `k` is in the set (false outside 0 to `size - 1`). */
  has(k: number): boolean {
    return k >= 0 && k < this.size && (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }

  /** The members below `k` (0 <= k <= size). */
  countBelow(k: number): number {
    const b = k & 31;
    return this.ranks[k >>> 5]! + (b === 0 ? 0 : popcount(this.bits[k >>> 5]! & ((1 << b) - 1)));
  }

  /** The members in [from, end) (0 <= from, end <= size). */
  countBetween(from: number, end: number): number {
    return end <= from ? 0 : this.countBelow(end) - this.countBelow(from);
  }

  /** The first member at or after `k`, or -1 when none. */
  nextAtOrAfter(k: number): number {
    if (k < 0) k = 0;
    if (k >= this.size) return -1;
    const { bits, ranks } = this;
    const w = k >>> 5;
    const here = bits[w]! & (-1 << (k & 31));
    if (here !== 0) return (w << 5) + lowestBit(here);
    // the first word after w that holds a member: the first j with ranks[j + 1] > ranks[w + 1]
    const seen = ranks[w + 1]!;
    if (seen === ranks[bits.length]) return -1;
    let lo = w + 1;
    let hi = bits.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ranks[mid + 1]! > seen) hi = mid;
      else lo = mid + 1;
    }
    return (lo << 5) + lowestBit(bits[lo]!);
  }

  /** The last member at or before `k`, or -1 when none. */
  lastAtOrBefore(k: number): number {
    if (k < 0 || this.size === 0) return -1;
    if (k >= this.size) k = this.size - 1;
    const { bits, ranks } = this;
    const w = k >>> 5;
    const b = k & 31;
    const here = b === 31 ? bits[w]! : bits[w]! & ((1 << (b + 1)) - 1);
    if (here !== 0) return (w << 5) + highestBit(here);
    // the word that holds the last member before word w: the first j with ranks[j + 1] >= ranks[w]
    const before = ranks[w]!;
    if (before === 0) return -1;
    let lo = 0;
    let hi = w - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ranks[mid + 1]! >= before) hi = mid;
      else lo = mid + 1;
    }
    return (lo << 5) + highestBit(bits[lo]!);
  }
}
