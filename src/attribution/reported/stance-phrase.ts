/**
 * Rule `reported/stance-phrase` (category `stance`, opt-in): a side taken
 * with a phrase of its own, `The union came out against the bridge toll.`,
 * `Ms. Varga has come out in support of Tom Reyes.`, `The mayor threw her
 * support behind Tom Reyes.` The cue runs from the auxiliaries to the
 * preposition ("has come out in support of", "threw her support behind"), as
 * annotated news marks it; the content is the noun phrase after it (see
 * `stanceObjectEnd`); the speaker is the subject. After "come out" the side is
 * one of `COME_OUT_SIDES` (an adverb in -ly may stand between: "came out
 * strongly against"); "throw" takes a possessive, at most "full", "support"
 * and "behind". A negation ("haven't come out in support of"), a modal or an
 * infinitive ("will throw", "called on them to throw"), a preposition before a
 * participle ("kept them from coming out against it"), a first- or
 * second-person subject and a phrase inside quotation marks give nothing.
 * Like `reported/stance-role` it takes no span another rule holds.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { COME_OUT_FORMS, COME_OUT_SIDES, THROW_FORMS } from '../../data/cues.js';
import { MODALS, THIRD_POSSESSIVES } from '../../data/clauses.js';
import { STANCE_NEGATIONS } from '../../data/function-words.js';
import { sentenceOf, type ReportedContext } from './shared.js';
import { sideEmitter, stanceObjectEnd } from './stance-role.js';

/** Most auxiliaries and adverbs read back from the verb: "might not have quickly" is four. */
const MAX_AUXILIARIES = 5;

/** One past the side that follows "come out" at `p`, or -1: "against", "strongly against", "in support of". */
function comeOutSide(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  let k = p;
  if (k < last && /ly$/.test(tokenAt(doc, k).lower) && tokenAt(doc, k).pos === 'ADV') k++;
  for (const side of COME_OUT_SIDES) {
    if (k + side.length < last && side.every((w, i) => tokenAt(doc, k + i).lower === w)) return k + side.length;
  }
  return -1;
}

/** One past "behind" in "her (full) support behind" at `p`, or -1. */
function supportBehind(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  if (p >= last || !THIRD_POSSESSIVES.has(tokenAt(doc, p).lower)) return -1;
  let k = p + 1;
  if (k < last && tokenAt(doc, k).lower === 'full') k++;
  return k + 1 < last && tokenAt(doc, k).lower === 'support' && tokenAt(doc, k + 1).lower === 'behind' ? k + 2 : -1;
}

/**
 * The first token of the cue whose verb is at `v`: back over its auxiliaries
 * and adverbs ("has come", "had quickly thrown"); -1 after a negation, a
 * modal, "to" or a preposition ("from coming out").
 */
function cueFirst(ctx: ReportedContext, v: number, first: number): number {
  const { doc } = ctx;
  let k = v;
  while (k > first && v - k < MAX_AUXILIARIES && /^(AUX|ADV|PART)$/.test(tokenAt(doc, k - 1).pos)) {
    const lower = tokenAt(doc, k - 1).lower;
    if (STANCE_NEGATIONS.has(lower) || MODALS.has(lower) || lower === 'to') return -1;
    k--;
  }
  const before = k > first ? tokenAt(doc, k - 1) : null;
  if (before !== null && (before.pos === 'ADP' || before.lower === 'to' || MODALS.has(before.lower))) return -1;
  // "has quickly come": an adverb before the auxiliaries stays out of the cue
  while (k < v && tokenAt(doc, k).pos === 'ADV') k++;
  return k;
}

/** Finds the sides taken with a phrase ("came out against", "threw her support behind"), when `stance` cues are reported. */
export function findStancePhrases(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  if (!ctx.categories.has('stance')) return [];
  const { out, emit } = sideEmitter(ctx, taken, 'reported/stance-phrase');
  const n = tokenCount(doc);
  for (let v = 1; v + 2 < n; v++) {
    const verb = tokenAt(doc, v);
    const come = COME_OUT_FORMS.has(verb.lower);
    if ((!come && !THROW_FORMS.has(verb.lower)) || ctx.quoted[v]) continue;
    const sentence = sentenceOf(doc, v);
    const last = come ? (tokenAt(doc, v + 1).lower === 'out' ? comeOutSide(ctx, v + 2, sentence.last) : -1) : supportBehind(ctx, v + 1, sentence.last);
    if (last < 0 || last >= sentence.last) continue;
    const first = cueFirst(ctx, v, sentence.first);
    if (first < 0) continue;
    const end = stanceObjectEnd(ctx, last, sentence.last);
    if (end < 0) continue;
    emit({ first, last, head: v, lemma: come ? 'come out' : 'throw support behind', category: 'stance', negated: false, form: 'verb' }, sentence, last, end);
  }
  return out;
}
