/**
 * Content normalisation and pairing as the metric does them (src/eval
 * normalise.ts and match.ts), repeated for the bench scripts that read a
 * snapshot and a gold file (boundaries.mjs, spurious.mjs) so that they need
 * no build of the evaluation code. Not part of the test suite.
 */

const TRIM = /[\s\p{P}`´]/u;

/**
 * Moves `[s, e)` inward past whitespace and punctuation at both ends.
 *
 * @param {string} t - The document text.
 * @param {number} s - Start offset.
 * @param {number} e - End offset.
 * @returns {[number, number]} The trimmed range.
 */
export function trim(t, s, e) {
  while (s < e && TRIM.test(t.charAt(s))) s++;
  while (e > s && TRIM.test(t.charAt(e - 1))) e--;
  return [s, e];
}

/**
 * Normalises one span as the metric does: trimmed, and for content without a
 * leading "that" when `dropThat` is set.
 *
 * @param {string} t - The document text.
 * @param {number} s0 - Start offset.
 * @param {number} e0 - End offset.
 * @param {boolean} dropThat - Whether to drop a leading "that".
 * @returns {[number, number]} The normalised range (empty at `s0` when nothing is left).
 */
export function norm(t, s0, e0, dropThat) {
  let [s, e] = trim(t, s0, e0);
  if (dropThat && /^that\s/i.test(t.slice(s, e))) {
    const [s2, e2] = trim(t, s + 4, e);
    if (e2 > s2) [s, e] = [s2, e2];
  }
  return e > s ? [s, e] : [s0, s0];
}

function merge(ranges) {
  const out = [];
  for (const [s, e] of ranges.filter((r) => r[1] > r[0]).sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * The normalised character ranges of a content made of `pieces` (gold
 * fragments or predicted parts), merged and sorted.
 *
 * @param {string} t - The document text.
 * @param {{ start: number, end: number }[]} pieces - The content's pieces.
 * @returns {[number, number][]} The ranges.
 */
export function content(t, pieces) {
  const out = [];
  let first = true;
  for (const p of [...pieces].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const r = norm(t, p.start, p.end, first);
    if (r[1] <= r[0]) continue;
    first = false;
    out.push(r);
  }
  return merge(out);
}

/**
 * Total length of sorted ranges.
 *
 * @param {[number, number][]} rs - The ranges.
 * @returns {number} Characters covered.
 */
export const length = (rs) => rs.reduce((n, [s, e]) => n + e - s, 0);

/**
 * Characters two sorted range lists share.
 *
 * @param {[number, number][]} a - First ranges.
 * @param {[number, number][]} b - Second ranges.
 * @returns {number} Shared characters.
 */
export function shared(a, b) {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i][0], b[j][0]), hi = Math.min(a[i][1], b[j][1]);
    if (hi > lo) n += hi - lo;
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return n;
}

/**
 * Whether a gold content of `g` characters and a prediction of `p` sharing
 * `sh` characters match: more than 30% of the gold (lenient), or at least
 * 80% of both (strict).
 *
 * @param {boolean} strict - Strict rather than lenient.
 * @param {number} sh - Shared characters.
 * @param {number} g - Gold content length.
 * @param {number} p - Predicted content length.
 * @returns {boolean} Whether they match.
 */
export const matches = (strict, sh, g, p) => sh > 0 && g > 0 && (strict ? sh * 10 >= g * 8 && sh * 10 >= p * 8 : sh * 10 > g * 3);

/**
 * Pairs gold items with predictions one to one, best first, as the metric does.
 *
 * @param {{ i: number, c: [number, number][], n: number }[]} golds - Gold items (index, ranges, length).
 * @param {{ i: number, c: [number, number][], n: number }[]} preds - Predictions, the same way.
 * @param {boolean} strict - Strict rather than lenient matching.
 * @returns {Map<number, object>} Gold index to its paired prediction.
 */
export function pair(golds, preds, strict) {
  const cands = [];
  for (const g of golds) for (const p of preds) {
    const sh = shared(g.c, p.c);
    if (matches(strict, sh, g.n, p.n)) cands.push({ g, p, score: (2 * sh) / (g.n + p.n) });
  }
  cands.sort((a, b) => b.score - a.score || a.g.i - b.g.i || a.p.i - b.p.i);
  const byGold = new Map(), used = new Set();
  for (const { g, p } of cands) {
    if (byGold.has(g.i) || used.has(p.i)) continue;
    byGold.set(g.i, p);
    used.add(p.i);
  }
  return byGold;
}
