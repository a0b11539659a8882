/**
 * Rule `reported/reportedly` (category `evidence`, opt-in): a clause reported
 * by an unnamed source through an adverb after its auxiliary, `The club is
 * reportedly spending $2.4 million on ads.`, `Ada Moss has reportedly hired a
 * new manager, leaving her staff uneasy.` The content is the clause, its
 * subject and the adverb included (as annotated news marks it); the adverb
 * alone is the cue; there is no speaker. The clause opens after a fronted
 * phrase's comma or a bracket ("In total, the hackers have reportedly ..."),
 * or at the sentence start when its verb is the second of a conjoined subject's
 * ("He won acclaim and was reportedly targeted ..."); it closes before a
 * semicolon, a bracket, or a comma that opens a new clause or a gerund
 * ("..., leaving ...", "..., but ..."), and before a conjunction that opens a
 * clause with a pronoun ("... as it nears the end"). It takes what the other
 * rules left: a clause none of their attributions overlaps. On PolNeAR train,
 * 12 of the 12 such clauses outside quotations were annotated.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { REPORTING_ADVERB_AUXILIARIES, REPORTING_ADVERBS } from '../../data/cues.js';
import { LISTING_PARTICIPLES, RELATIVE_PRONOUNS, REPORTEDLY_CLAUSE_OPENERS, REPORTEDLY_PRONOUN_SUBORDINATORS } from '../../data/clauses.js';
import { candidate, range, type ReportedContext } from './shared.js';
import { overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';

/** How sure the rule is (12 of 12 on train). */
const CONFIDENCE = 0.8;
/** Most tokens of the subject and of the predicate: the walks stay bounded in a sentence of any length. */
const MAX_SIDE = 60;
/** Fewest tokens after the adverb: "has reportedly resigned" is too little to be a clause of its own. */
const MIN_PREDICATE = 2;
/** Tokens that end the clause on either side. */
const CLAUSE_BREAKS = /^([;:()\[\]\u2014\u2013]|--)$/;

/** Finds the clauses reported through "is reportedly", "has reportedly", when `evidence` cues are reported. */
export function findReportedlyClauses(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  if (!ctx.categories.has('evidence')) return out;
  let index: SpanIndex | null = null;
  for (const sentence of doc.sentences) {
    // the sentence's first quoted token after its first, found once (see clauseAt)
    const quoted = { after: -1 };
    for (let k = sentence.first + 2; k < sentence.last - 1; k++) {
      const c = clauseAt(ctx, sentence.first, sentence.last, k, quoted);
      if (c === null) continue;
      const start = c.parts[0]!.start;
      const end = c.parts[0]!.end;
      const previous = out[out.length - 1]?.parts[0];
      if ((previous !== undefined && previous.end > start) || overlapsIndex((index ??= spanIndex([taken])), start, end)) continue;
      out.push(c);
    }
  }
  return out;
}

/**
 * The reported clause around the adverb at token `k` of the sentence `[first, last)`, or null. `quoted.after` holds
 * the sentence's first quoted token after `first` (`last` when none) once a conjoined verb has needed it, -1 before:
 * a scan from the sentence start for every conjoined verb is quadratic in a long sentence of them.
 */
function clauseAt(ctx: ReportedContext, first: number, last: number, k: number, quoted: { after: number }): Candidate | null {
  const { doc } = ctx;
  const adverb = tokenAt(doc, k);
  if (!REPORTING_ADVERBS.has(adverb.lower) || ctx.quoted[k]) return null;
  const aux = k - 1;
  if (!REPORTING_ADVERB_AUXILIARIES.has(tokenAt(doc, aux).lower)) return null;
  // the subject: back to the sentence start, a bracket or a comma; a conjoined verb ("..., but has reportedly",
  // "... and was reportedly") takes the sentence's subject
  let from = aux - 1;
  // (a relative pronoun makes the clause a relative one: "who has reportedly ...")
  if (RELATIVE_PRONOUNS.has(tokenAt(doc, from).lower)) return null;
  let conjoined = tokenAt(doc, from).pos === 'CCONJ';
  while (!conjoined && from >= first) {
    if (aux - from > MAX_SIDE) return null;
    const t = tokenAt(doc, from);
    if (ctx.quoted[from] || CLAUSE_BREAKS.test(t.value)) break;
    if (t.value === ',') {
      conjoined = tokenAt(doc, from + 1).pos === 'CCONJ';
      break;
    }
    from--;
  }
  if (conjoined) {
    from = first;
    if (tokenAt(doc, from).pos === 'CCONJ') from++;
    if (quoted.after < 0) {
      quoted.after = first + 1;
      while (quoted.after < last && !ctx.quoted[quoted.after]) quoted.after++;
    }
    if ((from === first && ctx.quoted[first]) || quoted.after < aux) return null;
  } else {
    from++;
    for (let j = from; j < aux; j++) if (ctx.quoted[j]) return null;
  }
  if (from >= aux) return null;
  // the predicate: on to the sentence end or a break
  let to = k + 1;
  while (to < last && to - k <= MAX_SIDE) {
    const t = tokenAt(doc, to);
    if (ctx.quoted[to] || CLAUSE_BREAKS.test(t.value) || (t.pos === 'PUNCT' && /^[.!?]$/.test(t.value))) break;
    if (t.value === ',' && to + 1 < last) {
      const next = tokenAt(doc, to + 1).lower;
      if (REPORTEDLY_CLAUSE_OPENERS.has(next) || (next.endsWith('ing') && !LISTING_PARTICIPLES.has(next))) break;
    }
    if (REPORTEDLY_PRONOUN_SUBORDINATORS.has(t.lower) && to + 1 < last && tokenAt(doc, to + 1).pos === 'PRON') break;
    to++;
  }
  while (to > k + 1 && tokenAt(doc, to - 1).pos === 'PUNCT') to--;
  if (to - (k + 1) < MIN_PREDICATE) return null;
  const cue: CueMatch = { first: k, last: k + 1, head: k, lemma: adverb.lower, category: 'evidence', negated: false, form: 'phrase' };
  return candidate(ctx, [range(doc, from, to)], cue, null, 'reported/reportedly', CONFIDENCE);
}
