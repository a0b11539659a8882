/**
 * Rule `reported/stance-role` (category `stance`, opt-in): a side taken as a
 * role after a copula, `Ms. Varga is an outspoken supporter of the levy.`,
 * `Tom Reyes has long been a critic of the harbor plan.` The cue runs from
 * the copula (with its auxiliaries) to "of", as annotated news marks it ("is
 * an outspoken supporter of"); the content is the noun phrase after "of", up
 * to a comma, a stop, a quotation mark or a clause of its own; the speaker is
 * the copula's subject. The role noun is one of `STANCE_ROLE_NOUNS`, after
 * "a" or "an" and at most two modifiers. A negation ("is not a supporter
 * of"), a modal or an infinitive ("would be", "to be", not a finite copula
 * of `STANCE_ROLE_COPULAS`), a first- or second-person subject ("I have been
 * a supporter of ...", mostly inside a quotation) and a role inside quotation
 * marks give nothing. Like `reported/stance-name` it runs after the other
 * reported-speech rules and takes no span they hold (a role inside what
 * someone said, "Lee said she is a supporter of the plan", stays theirs).
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isMarkToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { STANCE_ROLE_COPULAS, STANCE_ROLE_NOUNS } from '../../data/cues.js';
import { MODALS, POSSESSIVES, RELATIVE_PRONOUNS, STANCE_CONTENT_ENDERS } from '../../data/clauses.js';
import { ASIDE_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { STANCE_NEGATIONS, INDEFINITE_ARTICLES, BEEN_AUXILIARIES } from '../../data/function-words.js';
import { END, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject } from './cue-subject.js';
import { addParts, addedParts, overlapsAdded, overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';
import { ownClauseAfter } from './object-clause.js';
import { CONTENT_OPENING_TAGS } from '../../data/tags.js';
import { CLAUSE_BREAK } from '../../data/marks.js';

/** How sure the stance-side rules (role and phrase) are. */
const CONFIDENCE = 0.6;
/** Most modifiers between the article and the role noun: "a longtime and vocal" is three. */
const MAX_MODIFIERS = 2;
/** Most tokens of the content. */
const MAX_CONTENT = 25;
/** Parts of speech that may open the content: "the levy", "Ada Moss", "his plan", "legalizing ...". */
const CONTENT_START: ReadonlySet<string> = CONTENT_OPENING_TAGS;

/** The first token of the cue whose copula is at `c`, or -1: "has long been" for "been", "is" alone; -1 after a modal or "to". */
function cueFirst(ctx: ReportedContext, c: number, first: number): number {
  const { doc } = ctx;
  let k = c;
  if (tokenAt(doc, c).lower === 'been') {
    // "has been", "has long been", "had also been"
    let q = c - 1;
    if (q >= first && (tokenAt(doc, q).pos === 'ADV' || tokenAt(doc, q).lower === 'long') && !STANCE_NEGATIONS.has(tokenAt(doc, q).lower)) q--;
    if (q < first || !BEEN_AUXILIARIES.has(tokenAt(doc, q).lower)) return -1;
    k = q;
  }
  const before = k > first ? tokenAt(doc, k - 1).lower : '';
  if (MODALS.has(before) || before === 'to' || STANCE_NEGATIONS.has(before)) return -1;
  return k;
}

/**
 * One past the content that opens at `p`, or -1: the noun phrase after the
 * cue, up to a comma, a stop, a quotation mark or a clause of its own (also
 * rule `reported/stance-phrase`'s).
 */
export function stanceObjectEnd(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  const first = tokenAt(doc, p);
  if (ctx.quoted[p] || !(CONTENT_START.has(first.pos) || POSSESSIVES.has(first.lower))) return -1;
  if (first.pos === 'VERB' && !/ing$/.test(first.lower)) return -1;
  let k = p;
  while (k < last && k - p < MAX_CONTENT) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value) || END.has(t.value) || CLAUSE_BREAK.test(t.value)) break;
    if (k > p && (RELATIVE_PRONOUNS.has(t.lower) || STANCE_CONTENT_ENDERS.has(t.lower))) break;
    // "the levy and voted for it": a coordinated verb ends the content
    if (k > p && t.pos === 'CCONJ' && k + 1 < last && /^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos)) break;
    // "the toll and Tom Reyes supports it": so does a new subject with a verb of its own
    if (k > p && ownClauseAfter(ctx, k, last, false)) break;
    k++;
  }
  return k - p >= MAX_CONTENT || k === p ? -1 : k;
}

/** Finds the sides taken as a role ("is a supporter of"), when `stance` cues are reported. */
export function findStanceRoles(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  if (!ctx.categories.has('stance')) return [];
  const { out, emit } = sideEmitter(ctx, taken, 'reported/stance-role');
  const n = tokenCount(doc);
  for (let k = 2; k + 2 < n; k++) {
    const noun = tokenAt(doc, k);
    if (!STANCE_ROLE_NOUNS.has(noun.lower) || tokenAt(doc, k + 1).lower !== 'of' || ctx.quoted[k]) continue;
    const sentence = sentenceOf(doc, k);
    if (k + 2 >= sentence.last) continue;
    // back over the modifiers to the article: "an outspoken", "a longtime"
    let a = k - 1;
    while (a > sentence.first && k - 1 - a < MAX_MODIFIERS && /^(ADJ|ADV|NOUN)$/.test(tokenAt(doc, a).pos) && !STANCE_NEGATIONS.has(tokenAt(doc, a).lower)) a--;
    if (!INDEFINITE_ARTICLES.has(tokenAt(doc, a).lower)) continue;
    // the copula, with at most one adverb between it and the article: "is also a", "was long a"
    let c = a - 1;
    if (c > sentence.first && tokenAt(doc, c).pos === 'ADV' && !STANCE_NEGATIONS.has(tokenAt(doc, c).lower)) c--;
    if (c <= sentence.first || !STANCE_ROLE_COPULAS.has(tokenAt(doc, c).lower) || STANCE_NEGATIONS.has(tokenAt(doc, c + 1).lower)) continue;
    const first = cueFirst(ctx, c, sentence.first);
    if (first < 0) continue;
    const end = stanceObjectEnd(ctx, k + 2, sentence.last);
    if (end < 0) continue;
    emit({ first, last: k + 2, head: k, lemma: noun.lower.replace(/s$/, ''), category: 'stance', negated: false, form: 'verb' }, sentence, k + 2, end);
  }
  return out;
}

/**
 * What the stance-side rules share once a cue and its content are found: a candidate of rule `rule` is added to `out`
 * when the cue has a subject that is no aside pronoun ("as it were") and the content overlaps neither a span taken
 * by an earlier rule nor a content added here (both looked up by index, so a long text of matches stays linear).
 */
export function sideEmitter(
  ctx: ReportedContext,
  taken: readonly Candidate[],
  rule: string,
): { out: Candidate[]; emit: (cue: CueMatch, sentence: ReturnType<typeof sentenceOf>, from: number, end: number) => void } {
  const out: Candidate[] = [];
  // (the taken spans indexed once, when the first match needs them)
  let index: SpanIndex | null = null;
  const added = addedParts();
  const emit = (cue: CueMatch, sentence: ReturnType<typeof sentenceOf>, from: number, end: number): void => {
    const speaker = cueSubject(ctx.doc, cue, sentence);
    if (!speaker || ASIDE_SUBJECT_PRONOUNS.has(speaker.name.toLowerCase())) return;
    const r = range(ctx.doc, from, end);
    if (overlapsIndex((index ??= spanIndex([taken])), r.start, r.end) || overlapsAdded(added, r.start, r.end)) return;
    out.push(addParts(added, candidate(ctx, [r], cue, speaker, rule, CONFIDENCE)));
  };
  return { out, emit };
}
