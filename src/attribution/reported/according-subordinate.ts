/**
 * Rule `reported/according-to-subordinate`: a source phrase right after a
 * subordinator that opens a clause of its own, `He left town after, according
 * to him, the paper censured his story.`, `She will go because, according to
 * Moss, the board would call her a coward.`, `... while - according to the
 * records - knowing the plan had failed.` The source backs the subordinate
 * clause after it, not the clause before the subordinator (which ends in a
 * bare "after" or "because" and says nothing without it). The phrase sits
 * between commas or dashes; the content is what follows the closing one, a
 * clause or an -ing verb, to the end of the sentence's content.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { FRONTED_SUBORDINATORS } from '../../data/clauses.js';
import { candidate, range, sentenceOf, spacedDash, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { contentEnd } from './content-end.js';

/** The rule's name. */
const RULE = 'reported/according-to-subordinate';
/** How sure the rule is (as sure as a trailing source phrase). */
const CONFIDENCE = 0.8;
/** Fewest tokens of the subordinate clause. */
const MIN_CLAUSE = 3;

/** True for a comma or a dash set off the phrase (spacedDash: a dash mark, or a hyphen with a space before it). */
function separatorAt(ctx: ReportedContext, k: number): boolean {
  const t = maybeToken(ctx.doc, k);
  return t !== undefined && (t.value === ',' || spacedDash(ctx, k));
}

/**
 * The subordinate clause a source phrase backs when a subordinator stands
 * right before it (`after, according to X, CLAUSE`), or null. `srcLast` is the
 * token after the source (its closing comma or dash); `speaker` the source.
 *
 * @param ctx - The reported-speech context.
 * @param cue - The source phrase's cue ("according to").
 * @param srcLast - The token right after the source.
 * @param speaker - The source, as a mention.
 * @returns The candidate, or null when the shape does not hold.
 */
export function sourceAfterSubordinator(ctx: ReportedContext, cue: CueMatch, srcLast: number, speaker: Mention): Candidate | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  const open = cue.first - 1;
  if (open - 1 <= sentence.first || !separatorAt(ctx, open) || ctx.quoted[open]) return null;
  const sub = tokenAt(doc, open - 1);
  // "because, according to ...": the subordinator ends the words before the phrase (not "Because, ..." opening it)
  if (!FRONTED_SUBORDINATORS.has(sub.lower) || sub.value !== sub.lower) return null;
  if (!separatorAt(ctx, srcLast) || srcLast + 1 >= sentence.last) return null;
  const from = srcLast + 1;
  const first = tokenAt(doc, from);
  const gerund = first.pos === 'VERB' && /ing$/.test(first.lower);
  if (!gerund && !clauseStartsAt(doc, from, sentence.last)) return null;
  const end = contentEnd(ctx, from, sentence);
  if (end - from < MIN_CLAUSE) return null;
  return candidate(ctx, [range(doc, from, end)], cue, speaker, RULE, CONFIDENCE);
}
