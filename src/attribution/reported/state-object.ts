/**
 * Rule `reported/state-object` (opt-in; category `thought`, or `stance` for
 * "critical" and "supportive"): a state of mind with its object after a
 * copula, `Ms. Varga is skeptical of the harbor plan.`, `The growers have
 * grown wary of the new levy.`, `Tom Reyes is eager to sell the ferry.` The
 * adjective is one of `STATE_OBJECT_ADJECTIVES`, followed by one of its
 * prepositions. The cue runs from the copula (with a perfect "have") to the
 * preposition, as annotated news marks it ("are deeply skeptical of"); "to"
 * stays out of the cue and opens the content ("is eager" + "to sell the
 * ferry"). The content is the noun phrase (or the infinitive) after it, up to
 * a comma, a stop, a quotation mark or a clause of its own; the speaker is the
 * copula's subject. A negation ("is not wary of"), a modal or an infinitive
 * before the copula ("would be eager to", "to be wary of"), a first- or
 * second-person subject and a phrase inside quotation marks give nothing.
 * Like `reported/stance-role` it runs after the other reported-speech rules
 * and takes no span they hold ("Lee said voters are wary of the plan" stays
 * the speech of Lee).
 * @internal
 */
import type { Candidate } from '../candidate.js';
import { isMarkToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { STATE_OBJECT_ADJECTIVES, STATE_OBJECT_COPULAS } from '../../data/cues.js';
import { MODALS, STANCE_CONTENT_ENDERS, STATE_OBJECT_PARTICIPLES } from '../../data/clauses.js';
import { STANCE_NEGATIONS, PERFECT_HAVE } from '../../data/function-words.js';
import { END, sentenceOf, type ReportedContext } from './shared.js';
import { sideEmitter, stanceObjectEnd } from './stance-role.js';
import { CLAUSE_BREAK } from '../../data/marks.js';

/** The rule's name. */
const RULE = 'reported/state-object';
/** Most adverbs between the copula and the adjective: "less and less" is not one, "surprisingly deeply" is two. */
const MAX_ADVERBS = 2;
/** Most tokens of the content. */
const MAX_CONTENT = 25;

/**
 * The first token of the cue whose adjective is at `k`, or -1: back over at
 * most {@link MAX_ADVERBS} adverbs to a copula of `STATE_OBJECT_COPULAS`, and
 * over the perfect "have" before "been" or "grown" ("have long been"); -1
 * after a negation, a modal or "to".
 */
function cueFirst(ctx: ReportedContext, k: number, first: number): number {
  const { doc } = ctx;
  let c = k - 1;
  while (c > first && k - 1 - c < MAX_ADVERBS && tokenAt(doc, c).pos === 'ADV' && !STANCE_NEGATIONS.has(tokenAt(doc, c).lower)) c--;
  if (c <= first || !STATE_OBJECT_COPULAS.has(tokenAt(doc, c).lower)) return -1;
  // "are as concerned about X as about Y": a comparison, not a state reported
  for (let a = c + 1; a < k; a++) if (tokenAt(doc, a).lower === 'as') return -1;
  let from = c;
  if (STATE_OBJECT_PARTICIPLES.has(tokenAt(doc, c).lower)) {
    let q = c - 1;
    // ("has long been": the tagger reads "long" as an adjective)
    if (q > first && (tokenAt(doc, q).pos === 'ADV' || tokenAt(doc, q).lower === 'long') && !STANCE_NEGATIONS.has(tokenAt(doc, q).lower)) q--;
    if (q <= first || !PERFECT_HAVE.has(tokenAt(doc, q).lower)) return -1;
    from = q;
  }
  const before = tokenAt(doc, from - 1).lower;
  if (MODALS.has(before) || before === 'to' || STANCE_NEGATIONS.has(before)) return -1;
  return from;
}

/**
 * One past the content that opens at `p`, or -1: the noun phrase after the
 * preposition, or the infinitive with its "to" ("to sell the ferry"), up to a
 * comma, a stop, a quotation mark or a clause opened by a conjunction; a
 * relative clause stays in ("the clerk who runs the ferry office", as annotated news
 * marks it). A pronoun alone ("critical of it") is no content.
 */
function stateContentEnd(ctx: ReportedContext, p: number, last: number, infinitive: boolean): number {
  const { doc } = ctx;
  if (infinitive ? p + 1 >= last || tokenAt(doc, p + 1).pos !== 'VERB' || ctx.quoted[p + 1] : stanceObjectEnd(ctx, p, last) < 0) return -1;
  let k = p + 1;
  while (k < last && k - p < MAX_CONTENT) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value) || END.has(t.value) || CLAUSE_BREAK.test(t.value)) break;
    if (STANCE_CONTENT_ENDERS.has(t.lower)) break;
    k++;
  }
  if (k - p >= MAX_CONTENT || (k === p + 1 && tokenAt(doc, p).pos === 'PRON')) return -1;
  return k;
}

/** Finds the states of mind with their object ("is skeptical of", "is eager to"), when their category is reported. */
export function findStateObjects(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  if (!ctx.categories.has('thought') && !ctx.categories.has('stance')) return [];
  const { out, emit } = sideEmitter(ctx, taken, RULE);
  const n = tokenCount(doc);
  for (let k = 2; k + 2 < n; k++) {
    const adjective = STATE_OBJECT_ADJECTIVES.get(tokenAt(doc, k).lower);
    const preposition = tokenAt(doc, k + 1).lower;
    if (adjective === undefined || !adjective.prepositions.has(preposition) || !ctx.categories.has(adjective.category) || ctx.quoted[k]) continue;
    const sentence = sentenceOf(doc, k);
    if (k + 2 >= sentence.last) continue;
    const first = cueFirst(ctx, k, sentence.first);
    if (first < 0) continue;
    const infinitive = preposition === 'to';
    const from = infinitive ? k + 1 : k + 2;
    const end = stateContentEnd(ctx, from, sentence.last, infinitive);
    if (end < 0) continue;
    const cue = { first, last: from, head: k, lemma: tokenAt(doc, k).lower, category: adjective.category, negated: false, form: 'verb' } as const;
    emit(cue, sentence, from, end);
  }
  return out;
}
