/**
 * Speaker spans as annotated news marks them, for every cue category: over a
 * party or state tag (`speaker-tag.ts`), then over the speaker's appositive
 * before or after the cue (`speaker-appositive.ts`). Only the span of a
 * mention the attribution found itself widens (not one taken from another
 * quote, nor a relative pronoun's); the speaker's name stays the same.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { ReportedContext } from './shared.js';
import { overPartyTag } from './speaker-tag.js';
import { overAppositive, overTrailingAppositive } from './speaker-appositive.js';

/** Widens the speaker spans of the attributions in `list` over a party tag and an appositive. */
export function widenSpeakerSpans(ctx: ReportedContext, list: readonly Candidate[]): void {
  for (const c of list) {
    const m = c.speaker;
    if (!m || c.via || !c.cue || m.antecedent) continue;
    const wide = overTrailingAppositive(ctx, overAppositive(ctx, overPartyTag(ctx, m), c.cue), c.cue);
    if (wide !== m) c.speaker = wide;
  }
}
