/**
 * Compact sentence and paragraph storage for long texts: five numbers per
 * segment in typed arrays, and a segment object made only when one is read.
 * @internal
 */
import type { Segment } from './token.js';
import { lazyList } from './lazy-list.js';

/**
 * The segments of a long text. Typed arrays live outside the JavaScript heap,
 * whose size the engine lets grow to several times what it held after its
 * last full collection: an object per sentence (about 70 bytes with its slot
 * in the list) counts there, 20 bytes here do not.
 */
export class SegmentTable {
  /** Number of segments. */
  length = 0;
  private start: Int32Array;
  private end: Int32Array;
  private first: Int32Array;
  private last: Int32Array;
  private para: Int32Array;

  /** A table for about `expected` segments (it grows as needed). */
  constructor(expected: number) {
    const size = Math.max(16, expected);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.first = new Int32Array(size);
    this.last = new Int32Array(size);
    this.para = new Int32Array(size);
  }

  /** Appends a segment. */
  push(s: Segment): void {
    if (this.length === this.start.length) this.grow(this.length * 2);
    const k = this.length++;
    this.start[k] = s.start;
    this.end[k] = s.end;
    this.first[k] = s.first;
    this.last[k] = s.last;
    this.para[k] = s.para;
  }

  /** Segment `k` as a new object, or undefined past the end. */
  at(k: number): Segment | undefined {
    if (k >>> 0 !== k || k >= this.length) return undefined;
    return { start: this.start[k]!, end: this.end[k]!, first: this.first[k]!, last: this.last[k]!, para: this.para[k]! };
  }

  /** Drops the spare room once every segment is in. */
  finish(): void {
    if (this.start.length > this.length) this.grow(this.length);
  }

  /**
   * A read-only array over the table that makes each segment when it is read
   * (indexes, `length`, and every array method and iteration through them):
   * read the same index twice, get two equal objects.
   */
  list(): readonly Segment[] {
    return lazyList(this);
  }

  private grow(size: number): void {
    const copy = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a.subarray(0, Math.min(a.length, size)));
      return b;
    };
    this.start = copy(this.start);
    this.end = copy(this.end);
    this.first = copy(this.first);
    this.last = copy(this.last);
    this.para = copy(this.para);
  }
}
