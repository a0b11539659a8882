/**
 * Which gold and predicted items of one document share characters: a sweep
 * over their content hulls sorted by start, so that the pairing and the error
 * listing test only items that overlap instead of every gold quote against
 * every prediction (which made a document of thousands of quotes quadratic).
 * @internal
 */
import type { Range } from './normalise.js';

/** An item with merged, sorted content ranges and a position in its list. @internal */
export interface HasContent {
  readonly index: number;
  readonly content: readonly Range[];
}

interface Entry<T> {
  readonly item: T;
  readonly start: number;
  readonly end: number;
  readonly gold: boolean;
}

function entries<T extends HasContent>(items: readonly T[], gold: boolean): Entry<T>[] {
  const out: Entry<T>[] = [];
  for (const item of items) {
    const first = item.content[0];
    const last = item.content[item.content.length - 1];
    if (first === undefined || last === undefined || last[1] <= first[0]) continue;
    out.push({ item, start: first[0], end: last[1], gold });
  }
  return out;
}

/** Drops the entries of `active` that end at or before `at`, in place. */
function prune<T>(active: Entry<T>[], at: number): void {
  let kept = 0;
  for (const e of active) if (e.end > at) active[kept++] = e;
  active.length = kept;
}

/**
 * Every pair of a gold item and a predicted item whose content hulls (first
 * start to last end) overlap, each pair once, in no promised order: a superset
 * of the pairs that share a character, which the caller measures. Items with
 * no content are left out. Time: sorting, plus the pairs returned.
 * @internal
 */
export function overlappingPairs<G extends HasContent, P extends HasContent>(golds: readonly G[], predictions: readonly P[]): [G, P][] {
  const all: Entry<G | P>[] = [...entries<G | P>(golds, true), ...entries<G | P>(predictions, false)];
  all.sort((a, b) => a.start - b.start);
  const activeGold: Entry<G | P>[] = [];
  const activePredicted: Entry<G | P>[] = [];
  const out: [G, P][] = [];
  for (const e of all) {
    const others = e.gold ? activePredicted : activeGold;
    prune(others, e.start);
    for (const o of others) out.push(e.gold ? [e.item as G, o.item as P] : [o.item as G, e.item as P]);
    (e.gold ? activeGold : activePredicted).push(e);
  }
  return out;
}

/**
 * For each gold item (by index) the predicted items whose hulls overlap it,
 * and for each predicted item the gold items, each list in index order.
 * @internal
 */
export function overlapLists<G extends HasContent, P extends HasContent>(
  golds: readonly G[],
  predictions: readonly P[],
): { readonly byGold: ReadonlyMap<number, readonly P[]>; readonly byPredicted: ReadonlyMap<number, readonly G[]> } {
  const byGold = new Map<number, P[]>();
  const byPredicted = new Map<number, G[]>();
  for (const [g, p] of overlappingPairs(golds, predictions)) {
    const ps = byGold.get(g.index);
    if (ps === undefined) byGold.set(g.index, [p]);
    else ps.push(p);
    const gs = byPredicted.get(p.index);
    if (gs === undefined) byPredicted.set(p.index, [g]);
    else gs.push(g);
  }
  for (const list of byGold.values()) list.sort((a, b) => a.index - b.index);
  for (const list of byPredicted.values()) list.sort((a, b) => a.index - b.index);
  return { byGold, byPredicted };
}

/** A set of ranges that answers, in logarithmic time, whether any of them shares a character with a range. @internal */
export interface RangeSet {
  /** Whether a range of the set shares at least one character with `r` (as `rangesOverlap`). */
  overlaps(r: Range): boolean;
}

/**
 * A {@link RangeSet} over `ranges`: their starts sorted, with the greatest end
 * up to each, so that a speaker known by thousands of mentions is checked
 * against a gold speaker without reading every mention.
 * @internal
 */
export function rangeSet(ranges: readonly Range[]): RangeSet {
  const sorted = ranges.filter((r) => r[1] > r[0]).sort((a, b) => a[0] - b[0]);
  const starts = sorted.map((r) => r[0]);
  const maxEnd: number[] = [];
  for (const [i, r] of sorted.entries()) maxEnd.push(Math.max(r[1], maxEnd[i - 1] ?? -Infinity));
  return {
    overlaps([s, e]: Range): boolean {
      if (e <= s) return false;
      // (the ranges starting before `e` form a prefix; one of them reaches past `s` when the greatest end does)
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) < e) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && (maxEnd[lo - 1] as number) > s;
    },
  };
}
