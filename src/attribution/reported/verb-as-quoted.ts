/**
 * Rule `reported/verb-as-quoted`: a verb outside the cue lexicon (one of
 * `AS_QUOTED_VERBS`) whose object is characterised "as" quoted words,
 * `Mayor Ann Reyes defended her deputy as "a very decent man."`, `The coach
 * summed up the season as "a total disaster."` The quoted words after "as"
 * are what the subject said of the object, and annotated news marks the object
 * with them as a mixed quote. A verb of praise or blame takes its reason
 * after "for" the same way: `Reyes chided the board for its "lazy" budget.`
 * A verb of crediting takes it after "for" or "with" when its object is a
 * person: `credited Mayor Reyes with keeping "the whole harbor afloat"`.
 * It runs after the other reported-speech rules,
 * on the verbs they left, and takes no span that an attributed quote holds.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import { outsideVerbCue } from '../candidate.js';
import { isMarkToken, lowerBound, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { AS_QUOTED_VERBS, AS_QUOTED_VERB_STARTS, CUE_VERBS, FOR_QUOTED_VERBS, VERB_PARTICLES, CREDIT_QUOTED_VERBS } from '../../data/cues.js';
import { CUE_AUXILIARIES, PASSIVE_FORMS } from '../../data/clauses.js';
import { cueWithQuotedObject } from './quoted-object.js';
import { openOf, type ReportedContext } from './shared.js';
import { overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';
import { NOUN_PHRASE_TAGS } from '../../data/tags.js';
import { LISTENER_PRONOUNS } from '../../data/function-words.js';
import { candidateWith } from '../candidate.js';

/** Parts of speech of the object before "as". */
const OBJECT_POS: ReadonlySet<string> = NOUN_PHRASE_TAGS;
/** Most tokens of the object before "as". */
const MAX_OBJECT = 10;
/** Most tokens between "as" and the opening quotation mark: `as a man who would "..."`. */
const MAX_LEAD = 6;
/** Most tokens between "for" and the opening quotation mark: `for defying the board and "..."`. */
const MAX_FOR_LEAD = 12;
/** How sure the rule is: below a cue of the lexicon with its quoted object. */
const CONFIDENCE = 0.6;

/**
 * One past the object of the verb at `k` when `link` ("as", or "for" after a
 * verb of praise or blame) follows it (`her deputy as`, `up the season as`),
 * at the index of the link; -1 otherwise.
 */
function linkAfterObject(ctx: ReportedContext, k: number, last: number, link: string): number {
  const { doc } = ctx;
  let p = k + 1;
  // "summed up the season as", "shrugged off the report as"
  if (VERB_PARTICLES.has(tokenAt(doc, p).lower) || tokenAt(doc, p).lower === 'down') p++;
  const first = p;
  while (p < last && p - first < MAX_OBJECT && tokenAt(doc, p).lower !== link) {
    const t = tokenAt(doc, p);
    // "the plan of Tom Reyes as ...": a preposition inside the object
    if (ctx.quoted[p] || !(OBJECT_POS.has(t.pos) || (t.pos === 'ADP' && p > first))) return -1;
    p++;
  }
  return p > first && p < last && tokenAt(doc, p).lower === link ? p : -1;
}

/**
 * The index of "for" or "with" after the object of the verb of crediting at
 * `k` when that object is a person, a name (its title and all) or a pronoun
 * (`credited Mayor Reyes with`, `credited her for`); -1 otherwise ("credited
 * the account for").
 */
function creditLink(ctx: ReportedContext, k: number, last: number): number {
  const { doc } = ctx;
  for (const link of ['for', 'with']) {
    const p = linkAfterObject(ctx, k, last, link);
    if (p < 0) continue;
    let person = true;
    for (let q = k + 1; q < p; q++) {
      const t = tokenAt(doc, q);
      if (!(t.pos === 'PROPN' || LISTENER_PRONOUNS.has(t.lower) || (t.pos === 'PUNCT' && t.value === '.'))) person = false;
    }
    return person ? p : -1;
  }
  return -1;
}

/**
 * True when a quotation opens within `lead` words after the link at `as`, in
 * the sentence and with no punctuation before it: `as "a disgrace"`, `as a man
 * who would "wreck the budget"`.
 */
function quoteAfterLink(ctx: ReportedContext, as: number, last: number, lead: number): boolean {
  const { doc } = ctx;
  const at = tokenAt(doc, as).end;
  const quote = ctx.stretches[lowerBound(ctx.stretches, at, openOf)];
  if (!quote || quote.close < 0) return false;
  for (let p = as + 1; p < last && p - as <= lead + 1; p++) {
    const t = tokenAt(doc, p);
    if (t.start === quote.open) return isMarkToken(t.value);
    if (t.pos === 'PUNCT' || ctx.quoted[p]) return false;
  }
  return false;
}

/**
 * Finds the quoted characterisations `X VERB Y as "..."` whose verb no rule
 * took: the subject is the speaker, the object with "as" and the quoted words
 * the content, cut as a quoted object is.
 */
export function findVerbAsQuoted(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  if (ctx.stretches.length === 0) return out;
  // one byte per token, 1 at the head of a cue (the lexicon's, or an attribution's): a set and a map of those heads
  // were garbage the old generation kept until its next full collection in a long text
  const cueHead = new Uint8Array(tokenCount(doc));
  for (const c of taken) if (c.cue) cueHead[c.cue.head] = 1;
  for (const c of ctx.cues) cueHead[c.head] = 1;
  // (the parts of the attributed quotes and reported clauses taken, indexed at the first hit: a scan of every taken
  // candidate per hit was quadratic in a long text of such quotes)
  let held: SpanIndex | undefined;
  const table = doc.table;
  // only a sentence in which a quotation opens can hold one after the link (quoteAfterLink looks for its
  // opening mark between the link and the sentence's end): the tokens of the others are never read
  for (const sentence of doc.sentences) {
    const begin = Math.max(1, sentence.first);
    if (begin >= sentence.last) continue;
    const quote = ctx.stretches[lowerBound(ctx.stretches, tokenAt(doc, begin).start, openOf)];
    if (quote === undefined || quote.open >= tokenAt(doc, sentence.last - 1).end) continue;
    for (let k = begin; k < sentence.last; k++) {
      // (a long text's token that is no verb is passed over on its tag, without a token object)
      if (table !== undefined && table.posOf(k) !== 'VERB') continue;
      const t = tokenAt(doc, k);
      // a verb the lexicon knows (in any category, reported or not, removed or not) is never relabelled here:
      // "Many voters see the levy as ..." is a thought, and a removed or unreported cue stays out
      if (t.pos !== 'VERB' || ctx.quoted[k] || cueHead[k] === 1 || CUE_VERBS.has(t.lemma)) continue;
      // (most verbs are in neither list: nothing below can take them)
      if (!AS_QUOTED_VERBS.has(t.lemma) && !AS_QUOTED_VERB_STARTS.has(t.lemma) && !FOR_QUOTED_VERBS.has(t.lemma) && !CREDIT_QUOTED_VERBS.has(t.lemma)) continue;
      // "was known as", "is seen as": a passive participle has no object ("is defending" has)
      if (!/ing$/.test(t.lower) && PASSIVE_FORMS.has(tokenAt(doc, k - 1).lower)) continue;
      // only verbs that characterise ("painted her rival as"), not "released the film as", "arrested the man as"
      const as = AS_QUOTED_VERBS.has(t.lemma) || (AS_QUOTED_VERB_STARTS.has(t.lemma) && AS_QUOTED_VERBS.has(`${t.lemma} ${tokenAt(doc, k + 1).lower}`)) ? linkAfterObject(ctx, k, sentence.last, 'as') : -1;
      const forLink = as >= 0 ? -1 : FOR_QUOTED_VERBS.has(t.lemma) ? linkAfterObject(ctx, k, sentence.last, 'for') : CREDIT_QUOTED_VERBS.has(t.lemma) ? creditLink(ctx, k, sentence.last) : -1;
      if (as >= 0 ? !quoteAfterLink(ctx, as, sentence.last, MAX_LEAD) : forLink < 0 || !quoteAfterLink(ctx, forLink, sentence.last, MAX_FOR_LEAD)) continue;
      // the auxiliaries before the verb are part of the cue, as in the lexicon's: "has styled", "did not defend"
      let first = k;
      while (first > sentence.first && CUE_AUXILIARIES.has(tokenAt(doc, first - 1).lower)) first--;
      const cue = outsideVerbCue(doc, first, k);
      const c = cueWithQuotedObject(ctx, cue);
      if (!c || c.speaker === null) continue;
      const from = c.parts[0]!.start;
      const to = c.parts[c.parts.length - 1]!.end;
      // no attributed quote or reported clause already holds these words
      held ??= spanIndex([taken.filter((o) => o.cue !== null || o.kind !== 'direct')]);
      if (overlapsIndex(held, from, to)) continue;
      out.push(candidateWith(c, { rule: 'reported/verb-as-quoted', confidence: CONFIDENCE }));
    }
  }
  return out;
}
