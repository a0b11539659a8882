/**
 * Speaker spans over a party or state tag right after the speaker, as
 * annotated news marks them: `Sen. Ada Moss (D-Ohio) said ...` credits
 * "Sen. Ada Moss (D-Ohio)", for every cue category. The mention's `name`
 * does not change. The tag must read as a party letter with an optional
 * state (`PARTY_TAG`): "Ada Moss (Reuters) said" keeps "Ada Moss".
 * @internal
 */
import type { Mention } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { mentionWith } from '../../speakers/shape.js';

/** Most tokens inside a party or state tag: "(R-N.H.)". */
const MAX_TAG = 8;

/**
 * A party tag, with a state after a hyphen: "D", "R-Tex.", "I-Vt.", "D-N.H.",
 * "Ind-New York", "D-Zürich".
 */
const PARTY_TAG = /^(D|R|I|Ind)(-\p{Lu}[\p{L}.]*( \p{Lu}[\p{L}.]*)*)?$/u;
/** A state alone, abbreviated: "Tex.", "N.H.", "Mich." (not "Reuters", "AP"). */
const STATE_TAG = /^\p{Lu}[\p{L}.]*\.$/u;

/** True when `text` reads as a party or state tag. */
const isTag = (text: string): boolean => PARTY_TAG.test(text) || STATE_TAG.test(text);

/** The mention `m` widened over a party or state tag right after it: "Sen. Ada Moss (D-Ohio)", "Gov. Tom Reyes (R)"; else `m`. */
export function overPartyTag(ctx: ReportedContext, m: Mention): Mention {
  const { doc } = ctx;
  if (m.last >= tokenCount(doc)) return m;
  const open = tokenAt(doc, m.last);
  if (open.value !== '(' || ctx.quoted[m.last]) return m;
  for (let k = m.last + 1; k < tokenCount(doc) && k - m.last <= MAX_TAG; k++) {
    const t = tokenAt(doc, k);
    if (t.value !== ')') continue;
    if (k === m.last + 1 || !isTag(doc.text.slice(open.end, t.start).trim())) return m;
    return mentionWith(m, { last: k + 1, end: t.end });
  }
  return m;
}
