/**
 * Where reported content ends when the cue's speaker was found after the cue,
 * inside what the content would otherwise take: a participle that opens the
 * sentence (`Noting that the pier is old, Reyes toured the harbor.`) or a cue
 * whose clause runs into the main clause (`When he announced he would run,
 * Judge Lee went on ...`). The speaker's own clause is no part of what was
 * said: the content ends at the last comma before the speaker.
 * @internal
 */
import { tokenAt } from '../../prepare/lookup.js';
import type { Mention } from '../candidate.js';
import type { ReportedContext } from './shared.js';
import { STANDALONE_OBJECT_PRONOUNS } from '../../data/pronouns.js';

/**
 * The end of content `[p, end)` whose speaker (found after the cue) starts
 * inside it: the last unquoted comma before the speaker, or `p` (no content)
 * when there is none, or the speaker opens the content. `end` itself when the
 * speaker is not inside the content.
 */
export function endBeforeSpeaker(ctx: ReportedContext, speaker: Mention | null, p: number, end: number): number {
  if (speaker === null || speaker.first < p || speaker.first >= end) return end;
  for (let k = speaker.first - 1; k > p; k--) if (!ctx.quoted[k] && tokenAt(ctx.doc, k).value === ',') return k;
  return p;
}

/**
 * True when the content `[p, end)` that {@link endBeforeSpeaker} cut is one
 * pronoun object before its comma: `Recognizing this, Reyes joined ...`
 * (a one-word content is otherwise too short to report).
 */
export function pronounBeforeSpeaker(ctx: ReportedContext, p: number, end: number): boolean {
  const t = tokenAt(ctx.doc, p);
  return end === p + 1 && STANDALONE_OBJECT_PRONOUNS.has(t.lower) && tokenAt(ctx.doc, end).value === ',';
}
