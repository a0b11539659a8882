/**
 * Speaker spans as annotated news marks them, for every cue category: over a
 * party or state tag (`speaker-tag.ts`), then over the speaker's age before
 * the cue (`speaker-age.ts`), then over the speaker's appositive before or after
 * the cue (`speaker-appositive.ts`), then over a description before the
 * name (`speaker-description.ts`). Only the span of a
 * mention the attribution found itself widens (not one taken from another
 * quote, nor a relative pronoun's); the speaker's name stays the same.
 * A widened span never takes a word that a cue, a speaker or a content part
 * of any attribution holds ("Ada Moss, a former mayor who said the plan
 * would fail" stays "Ada Moss": "said" is the cue of "the plan would fail"). Attributions that
 * share one speaker mention share its widened span ("Tom Reyes, a former
 * mayor, said ... and warned ...").
 * @internal
 */
import type { Candidate, Mention } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { overPartyTag } from './speaker-tag.js';
import { overAppositive, overTrailingAppositive } from './speaker-appositive.js';
import { ageReachesCue, overAge } from './speaker-age.js';
import { overPossessive } from './speaker-possessive.js';
import { overOfPhrase } from './speaker-of.js';
import { overRestrictiveRelative } from './speaker-restrictive-relative.js';
import { overLeadingDescription } from './speaker-description.js';
import { mentionWith } from '../../speakers/shape.js';

/**
 * Character ranges that no widened speaker span may take (the cues of the
 * direct quotations, and every attribution's cue, speaker and parts), as the
 * starts and the ends of the ranges in two lists of numbers, not an object per
 * range (in a long text those lived through the whole stage).
 */
function heldRanges(ctx: ReportedContext, list: readonly Candidate[]): { starts: number[]; ends: number[] } {
  const { doc } = ctx;
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (start: number, end: number): void => {
    starts.push(start);
    ends.push(end);
  };
  for (const cue of ctx.used) if (cue.last > cue.first) add(tokenAt(doc, cue.first).start, tokenAt(doc, cue.last - 1).end);
  for (const c of list) {
    if (c.cue && c.cue.last > c.cue.first) add(tokenAt(doc, c.cue.first).start, tokenAt(doc, c.cue.last - 1).end);
    if (c.speaker) add(c.speaker.start, c.speaker.end);
    for (const p of c.parts) add(p.start, p.end);
  }
  return { starts, ends };
}

/**
 * The held ranges sorted by start, with the furthest end among each range
 * and those before it: whether a stretch overlaps any of them is then one
 * binary search (a scan of every range for each speaker was quadratic in a
 * long text).
 */
interface HeldIndex {
  readonly starts: Float64Array;
  readonly maxEnds: Float64Array;
}

/** The {@link HeldIndex} of the ranges `held`. */
function indexHeld(held: { readonly starts: readonly number[]; readonly ends: readonly number[] }): HeldIndex {
  const n = held.starts.length;
  // the ranges' numbers in the order of their starts (ranges with equal starts are all before a stretch's end or
  // all not, so their order among themselves changes no answer of `overlapsHeld`)
  // (as one number each, the start times 2^20 plus the range's number, sorted without a compare function, which
  // is several times as quick; the same order as a stable sort by start)
  const packed = n < PACKED_RANGES ? new Float64Array(n) : undefined;
  const order = packed === undefined ? new Uint32Array(n) : undefined;
  if (packed !== undefined) {
    for (let k = 0; k < n; k++) packed[k] = held.starts[k]! * PACKED_RANGES + k;
    packed.sort();
  } else {
    for (let k = 0; k < n; k++) order![k] = k;
    order!.sort((a, b) => held.starts[a]! - held.starts[b]!);
  }
  const starts = new Float64Array(n);
  const maxEnds = new Float64Array(n);
  let furthest = -Infinity;
  for (let k = 0; k < n; k++) {
    const h = packed !== undefined ? packed[k]! % PACKED_RANGES : order![k]!;
    starts[k] = held.starts[h]!;
    furthest = Math.max(furthest, held.ends[h]!);
    maxEnds[k] = furthest;
  }
  return { starts, maxEnds };
}

/**
 * Fewer ranges than this are sorted as packed numbers in {@link indexHeld}: a
 * start (a character offset, below 2^32) times this plus a range's number stays
 * an exact integer below 2^53.
 */
const PACKED_RANGES = 0x10_0000;

/** True when a held range overlaps `start` to `end` (some range starts before `end` and ends after `start`). */
function overlapsHeld(held: HeldIndex, start: number, end: number): boolean {
  // the ranges that start before `end`
  let lo = 0;
  let hi = held.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (held.starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && held.maxEnds[lo - 1]! > start;
}

/** True when the stretch `m` widened to `wide` adds characters that one of the held ranges holds. */
function takesHeld(m: Mention, wide: Mention, held: HeldIndex): boolean {
  // the added stretches: before the mention and after it
  return (m.start > wide.start && overlapsHeld(held, wide.start, m.start)) || (wide.end > m.end && overlapsHeld(held, m.end, wide.end));
}

/** Widens the speaker spans of the attributions in `list` over a party tag and an appositive. */
export function widenSpeakerSpans(ctx: ReportedContext, list: readonly Candidate[]): void {
  // (the ranges as the attributions hold them now, before any speaker below is widened; sorted only when a
  // widening is first checked against them: most documents never ask)
  const ranges = heldRanges(ctx, list);
  let index: HeldIndex | undefined;
  const held = (): HeldIndex => (index ??= indexHeld(ranges));
  const key = (m: Mention): string => `${m.first}:${m.last}`;
  // the widened span of each speaker mention, shared by every attribution that credits it
  const widened = new Map<string, Mention>();
  const open: Candidate[] = [];
  for (const c of list) {
    const m = c.speaker;
    if (!m || c.via || !c.cue || m.antecedent) continue;
    const tagged = overPartyTag(ctx, overPossessive(ctx, m, c.cue));
    // "Ada Moss, 53, a retired nurse, said": the age, then the appositive after it
    const aged = overAge(ctx, tagged, c.cue);
    const apposed = overAppositive(ctx, aged, c.cue);
    const before = aged !== tagged && !ageReachesCue(ctx, aged, apposed, c.cue) ? overAppositive(ctx, tagged, c.cue) : apposed;
    const ofPhrase = overOfPhrase(ctx, before, c.cue);
    // ", said a clerk who works at the county office.": a restricting relative clause (speaker-restrictive-relative.ts)
    const restricted = overRestrictiveRelative(ctx, ofPhrase, c.cue);
    let wide = overLeadingDescription(ctx, overTrailingAppositive(ctx, restricted, c.cue), c.cue);
    // ", a pollster, who noted that ...": without the relative clause when it holds another attribution's words
    if (wide !== m && takesHeld(m, wide, held())) wide = overLeadingDescription(ctx, overTrailingAppositive(ctx, ofPhrase, c.cue, false), c.cue);
    if (wide !== m && !takesHeld(m, wide, held())) {
      c.speaker = wide;
      if (!widened.has(key(m))) widened.set(key(m), wide);
    } else open.push(c);
  }
  for (const c of open) {
    const m = c.speaker!;
    const wide = widened.get(key(m));
    if (wide && !takesHeld(m, wide, held())) c.speaker = mentionWith(m, { first: wide.first, last: wide.last, start: wide.start, end: wide.end });
  }
}
