/**
 * An aside set off by commas between a speaker's span and its cue ("for
 * example", "in turn", "however"), which the speaker-span rules step over.
 * @internal
 */
import { tokenAt } from '../../prepare/lookup.js';
import { SPEAKER_ASIDES } from '../../data/clauses.js';
import type { ReportedContext } from './shared.js';

/** Most words of an aside in {@link SPEAKER_ASIDES}. */
const MAX_ASIDE_WORDS = 2;

/**
 * The token after the comma that closes an aside opening at token `k`
 * (", for example, said": from "for" to past the second comma), when that
 * comma stands before `limit`; else `k`.
 */
export function afterCommaAside(ctx: ReportedContext, k: number, limit: number): number {
  const { doc } = ctx;
  let words = '';
  for (let j = k; j < limit && j - k < MAX_ASIDE_WORDS; j++) {
    const t = tokenAt(doc, j);
    if (ctx.quoted[j] || !/^\p{L}+$/u.test(t.value)) return k;
    words = words ? `${words} ${t.lower}` : t.lower;
    if (SPEAKER_ASIDES.has(words) && j + 1 < limit && tokenAt(doc, j + 1).value === ',' && !ctx.quoted[j + 1]) return j + 2;
  }
  return k;
}
