/**
 * Rule `reported/noun-infinitive`: a noun of promising or threatening owned by
 * its speaker, with an infinitive as what was promised, `the mayor's promise to
 * fix every pothole`, `his pledge to visit every county`, `Her vow to go after
 * lenders ...`. The owner before the noun is the speaker; the content is the
 * infinitive with its "to", up to clause punctuation or the sentence's own verb
 * (`Ms. Ortiz's vow to cut fees | has angered ...`). A noun with no owner
 * ("a promise to", "pledges from countries to") yields nothing. Lower confidence
 * than a clause, so `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { maybeToken, plainTokens, tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { Doc, Token } from '../../prepare/document.js';
import { INFINITIVE_NOUNS, GIVING_VERBS, LINKING_VERBS } from '../../data/cues.js';
import { SPLITTING_ADVERBS, NOUN_INFINITIVE_JOINERS, TOPIC_ENDERS, NONFINITE_AUXILIARY_WORDS } from '../../data/clauses.js';
import type { Mention } from '../candidate.js';
import type { Segment } from '../../prepare/document.js';
import { sharedSubject, speakerBefore } from '../../speakers/phrase.js';
import { isSpeakingHead } from '../../speakers/kinds.js';
import { owner } from '../noun-owner.js';
import { candidate, range, sentenceOf, spacedDash, verbGroupStart, type ReportedContext } from './shared.js';
import { contentEnd } from './content-end.js';
import { heldByExisting, spanIndex } from './span-index.js';
import { DETERMINER_OR_ADJECTIVE_TAGS } from '../../data/tags.js';
import { CLAUSE_BREAK } from '../../data/marks.js';

/** The rule's name. */
const RULE = 'reported/noun-infinitive';
/** How sure the rule is (a noun cue, as `reported/noun-cue`, a little below it). */
const CONFIDENCE = 0.5;
/** How far the infinitive's end is looked for, in tokens (keeps a long sentence linear). */
const MAX_CLAUSE = 60;

/** How many words may stand between such a verb and its noun ("made other public promises to"). */
const MAX_BETWEEN = 3;

/**
 * The subject of a verb of giving whose object is the noun at `noun`: "Ann
 * Lee" in "Ann Lee made other public promises to ...", or the subject it
 * shares with an earlier verb ("Reed arrived and made promises to ...").
 * Only determiners and adjectives stand between them; null otherwise.
 */
export function giverOf(doc: Doc, noun: number, sentence: Segment): Mention | null {
  const verb = giverVerb(doc, noun, sentence);
  if (verb < 0) return null;
  const first = verbGroupStart(doc, verb, sentence.first + 1);
  // (a verb joined to an earlier one shares its subject: "Reed talked about tolls and made comments about ...")
  return speakerBefore(doc, first, sentence.first) ?? sharedSubject(doc, first, verb);
}

/**
 * The verb of giving whose object is the noun at `noun` ("made" in "made other
 * public promises"), after determiners and adjectives only; -1 when none.
 */
export function giverVerb(doc: Doc, noun: number, sentence: Segment): number {
  let k = noun - 1;
  while (k > sentence.first && noun - k <= MAX_BETWEEN && DETERMINER_OR_ADJECTIVE_TAGS.has(tokenAt(doc, k).pos)) k--;
  const verb = tokenAt(doc, k);
  if (k <= sentence.first || verb.pos !== 'VERB' || !GIVING_VERBS.has(verb.lemma)) return -1;
  return k;
}

/** True for an adverb between "to" and its verb: "to quickly end", "to also consider", "to never utter". */
function splitsInfinitive(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return (t.pos === 'ADV' && /ly$/.test(t.lower)) || ((t.pos === 'ADV' || t.pos === 'PART') && SPLITTING_ADVERBS.has(t.lower));
}

/** True for an inflected verb that may be finite: "angered", "raised", "walked" (not "raising", not the base form). */
function inflectedVerb(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  return t.pos === 'VERB' && !ctx.quoted[k] && !/ing$/.test(t.lower) && t.lemma !== t.lower;
}

/**
 * One past the infinitive from `verb` (its verb) to `end`: before a comma (not
 * one inside a list of infinitives), a semicolon or a dash (a spaced hyphen too), or before the sentence's own finite verb after a word of
 * the phrase (`vow to cut fees | has angered`, `promises to build a wall | were`),
 * after an adverb (`pledge to step down quickly | was welcomed`, `to return home soon | angered`)
 * or after the infinitive's own verb (`vow to never return | angered`); before
 * "and" or "or" (and an adverb: "and then") that joins an inflected verb
 * (`promise to cut taxes | and then raised them`). For a topic of talk
 * (`topic`, see `reported/noun-topic.ts`) also before a subordinator
 * (`comments about the budget | before she signed it`).
 */
export function infinitiveEnd(ctx: ReportedContext, verb: number, end: number, topic = false): number {
  const { doc } = ctx;
  for (let k = verb + 1; k < Math.min(end, verb + MAX_CLAUSE); k++) {
    if (ctx.quoted[k]) continue;
    const t = tokenAt(doc, k);
    // a list of infinitives runs on over its commas: "to strengthen unions, close loopholes and raise wages"
    const next = maybeToken(doc, k + 1);
    if (t.value === ',' && next !== undefined && next.sent === t.sent && next.pos === 'VERB' && next.lemma === next.lower && !ctx.quoted[k + 1]) continue;
    if (CLAUSE_BREAK.test(t.value) || spacedDash(ctx, k)) return k;
    if (topic && TOPIC_ENDERS.has(t.lower)) return k;
    // "and then raised them", "and walked out": a new verb of the sentence's subject
    if ((t.lower === 'and' || t.lower === 'or') && k > verb + 1) {
      let v = k + 1;
      if (v < end && tokenAt(doc, v).pos === 'ADV') v++;
      if (v < end && inflectedVerb(ctx, v)) return k;
    }
    const prev = tokenAt(doc, k - 1);
    if (NOUN_INFINITIVE_JOINERS.has(prev.lower)) continue;
    const finite = (t.pos === 'AUX' && !NONFINITE_AUXILIARY_WORDS.has(t.lower)) || inflectedVerb(ctx, k);
    // after an adverb ("quickly was", "soon angered") or the infinitive's own verb ("never return angered")
    if (prev.pos === 'ADV' && k - 1 > verb && finite && (t.pos === 'AUX' || !/ly$/.test(prev.lower))) return k;
    if (!topic && k - 1 === verb && finite && t.pos === 'VERB' && !LINKING_VERBS.has(prev.lemma)) return k;
    if (!/^(NOUN|PROPN|ADJ|NUM|PRON)$/.test(prev.pos)) continue;
    // a finite verb: an auxiliary ("has", "were", "will"), or an inflected verb ("drew", "angered") right after the phrase
    if (finite) return k;
  }
  return end;
}

/**
 * True when the owner `m` of a promise or threat can speak: a name, a
 * personal pronoun ("his", "their"; not "its"), or a description whose head
 * is a word for people or an organisation ("the union's threat"). Things
 * make no promises: `The drug's promise to cure ...`, `The storm's threat to
 * flood ...`.
 */
function canPromise(doc: Doc, m: Mention): boolean {
  if (m.kind === 'name') return true;
  if (m.kind === 'pronoun') return m.name.toLowerCase() !== 'its';
  return isSpeakingHead(tokenAt(doc, m.head ?? m.last - 1));
}

/** The owned noun-infinitive attributions of the document, except where another candidate already holds the noun or its words. */
export function nounInfinitives(ctx: ReportedContext, existing: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  if (!ctx.categories.has('speech')) return [];
  const found: Candidate[] = [];
  const held: HeldIndex = { existing, index: null };
  const plain = plainTokens(doc);
  const table = doc.table;
  for (let k = 0, count = tokenCount(doc); k + 2 < count; k++) {
    // (a long text's word that is no noun of the list is passed over without a token object)
    if (table !== undefined && !INFINITIVE_NOUNS.has(table.lowerOf(k))) continue;
    const t = plain !== undefined ? plain[k]! : tokenAt(doc, k);
    // (after a possessive the tagger may read the noun as a verb: "Reyes's promises/VERB to")
    // (the tag first: most tokens are neither, and then need no look-up)
    if (t.pos !== 'NOUN' && t.pos !== 'VERB') continue;
    const lemma = INFINITIVE_NOUNS.get(t.lower);
    // (a noun whose verb the caller removed is off too: `removeCues: ['pledge']` drops "her pledge to ...")
    if (lemma === undefined || ctx.quoted[k] || ctx.removedNouns.has(t.lower)) continue;
    const c = infinitiveAt(ctx, k, t, lemma, held);
    if (c !== null) found.push(c);
  }
  return found;
}

/** What {@link infinitiveAt} needs of the candidates found before: built on its first use, once per document. */
interface HeldIndex {
  readonly existing: readonly Candidate[];
  index: ReturnType<typeof spanIndex> | null;
}

/**
 * The attribution of the noun of promising or threatening `t` at token `k`
 * (its cue lemma `lemma`), or null. A function of its own, called from the
 * token loop of {@link nounInfinitives} only for such a noun: a branch met
 * for the first time here (in a text's first such noun) recompiles this
 * function alone, not the loop over every token.
 */
function infinitiveAt(ctx: ReportedContext, k: number, t: Token, lemma: string, held: HeldIndex): Candidate | null {
  const { doc } = ctx;
  const to = tokenAt(doc, k + 1);
  if (to.lower !== 'to' || to.sent !== t.sent) return null;
  let verb = k + 2;
  while (verb < tokenCount(doc) && verb < k + 4 && splitsInfinitive(doc, verb)) verb++;
  const v = maybeToken(doc, verb);
  if (!v || v.sent !== t.sent || !(v.pos === 'VERB' || v.lower === 'be') || v.lemma !== v.lower || ctx.quoted[verb]) return null;
  const sentence = sentenceOf(doc, k);
  const owned = owner(doc, k);
  if (owned !== null && !canPromise(doc, owned)) return null;
  const speaker = owned ?? (t.pos === 'NOUN' ? giverOf(doc, k, sentence) : null);
  if (!speaker) return null;
  const end = infinitiveEnd(ctx, verb, contentEnd(ctx, k + 1, sentence));
  if (end <= verb) return null;
  held.index ??= spanIndex([held.existing]);
  const parts = [range(doc, k + 1, end)];
  if (heldByExisting(held.index, t, parts[0]!)) return null;
  const cue: CueMatch = { first: k, last: k + 1, head: k, lemma, category: 'speech', negated: false, form: 'verb' };
  return candidate(ctx, parts, cue, speaker, RULE, CONFIDENCE);
}
