/**
 * Rule `reported/noun-dashed`: a quotation set off by dashes right after an
 * owned noun of saying, `The minister's remarks — "we will not bend" — drew
 * cheers.`, `Her pledge -- "no new taxes" -- was soon broken.` The owner
 * ("the minister's", "her") speaks; the noun is the cue; the content is the
 * quotation. Only with a dash on both sides of the quotation and a speech noun
 * of {@link NOUN_CUES}; no owner, no attribution. (Commas there, `her words,
 * "..."`, mostly open a quotation said elsewhere, and are left out.)
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { maybeToken, tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { NOUN_CUES } from '../../data/cues.js';
import { DASHES } from '../../data/marks.js';
import { owner } from '../noun-owner.js';
import { candidate, type ReportedContext } from './shared.js';
import { overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';

/** How sure the rule is. */
const CONFIDENCE = 0.5;

/** One candidate per quotation set off by dashes after an owned noun of saying; none over a span an attribution of `taken` holds. */
export function findDashedNounQuotes(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  if (!ctx.categories.has('speech')) return out;
  let index: SpanIndex | null = null;
  for (const s of ctx.stretches) {
    if (s.close < 0 || s.contentEnd <= s.contentStart) continue;
    const mark = tokenAtOrAfter(doc, s.open);
    const dash = maybeToken(doc, mark - 1);
    const noun = maybeToken(doc, mark - 2);
    if (dash === undefined || noun === undefined || !DASHES.has(dash.value) || dash.value === '-' || noun.sent !== dash.sent) continue;
    if (NOUN_CUES.get(noun.lower) !== 'speech' || noun.pos !== 'NOUN' || ctx.removedNouns.has(noun.lower)) continue;
    // the dash that closes the aside, right after the closing mark (and a comma or full stop inside it)
    const after = tokenAtOrAfter(doc, s.end);
    if (after >= tokenCount(doc) || !DASHES.has(tokenAt(doc, after).value) || tokenAt(doc, after).value === '-') continue;
    const speaker = owner(doc, noun.i);
    if (speaker === null) continue;
    const part = { start: s.contentStart, end: s.contentEnd };
    // (a direct quote no rule attributed yet is the quotation itself, not a span taken)
    index ??= spanIndex([taken.filter((c) => c.kind !== 'direct' || c.cue !== null || c.speaker !== null)]);
    if (overlapsIndex(index, part.start, part.end)) continue;
    const cue: CueMatch = { first: noun.i, last: noun.i + 1, head: noun.i, lemma: noun.lemma, category: 'speech', negated: false, form: 'verb' };
    out.push(candidate(ctx, [part], cue, speaker, 'reported/noun-dashed', CONFIDENCE));
  }
  return out;
}
