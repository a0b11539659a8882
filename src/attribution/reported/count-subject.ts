/**
 * Rule `reported/count-subject` (opt-in categories): a poll finding whose
 * source is a count of people, `About 6 in 10 older voters supported Ramirez.`,
 * `Just 30 percent of farmers consider the levy fair.`, `A majority of
 * Democrats want a new leader.` The count phrase is the source, the verb of
 * thought or stance the cue, and its object, infinitive or clause the content,
 * however short: a count of respondents reports a finding, so "supported
 * Ramirez" is annotated as often as a long clause. It runs after the other
 * reported-speech rules, on the verbs they left, and takes no span they hold.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { Token } from '../../prepare/document.js';
import { CUE_VERBS, COUNT_SUBJECT_VERBS } from '../../data/cues.js';
import { PEOPLE_NOUNS, PLURAL_PEOPLE_WORDS, RESPONDENT_NOUNS, RESPONDENT_PARTICIPLES } from '../../data/people.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { END, candidate, descriptionMention, range, sentenceOf, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { contentEnd } from './content-end.js';
import { addParts, addedParts, overlapsAdded, overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';
import { COUNT_OBJECT_STOP, RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { COUNT_AFTER_NAME, COUNT_APPROXIMATORS, COUNT_PHRASE_LINKS, COUNT_WORDS, COUNT_NUMBER_FOLLOWERS, COUNT_NUMBER } from '../../data/function-words.js';
import { CLAUSE_BREAK } from '../../data/marks.js';
import { TIME_LEADS, TIME_PHRASE_WORDS } from '../../data/time.js';

/** Parts of speech inside the count phrase after the count: "of likely Republican voters in Iowa". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PRON', 'PART', 'CCONJ']);
/** Most tokens a count phrase may have. */
const MAX_PHRASE = 14;
/** Most tokens of content. */
const MAX_CONTENT = 30;
/** How sure the rule is: 0.7 (measured on PolNeAR train, see docs/attribution.md). */
const CONFIDENCE = 0.7;

/** The lemma of a past form the tagger read as an adjective: "preferred" -> "prefer", "favored" -> "favor"; null when none of the list. */
function pastFormLemma(t: Token): string | null {
  if (t.pos !== 'ADJ' || !/ed$/.test(t.lower)) return null;
  for (const stem of [t.lower.slice(0, -3), t.lower.slice(0, -2), t.lower.slice(0, -1)]) if (COUNT_SUBJECT_VERBS.has(stem)) return stem;
  return null;
}

/** The lemma when token `k` is a verb of the list, or one of them read as a noun after a plural ("voters polled support Okafor") or as an adjective ("preferred"); else null. */
function countVerbLemma(t: Token, sentenceFirst: boolean): string | null {
  const lemma = COUNT_SUBJECT_VERBS.has(t.lemma) ? t.lemma : pastFormLemma(t);
  if (lemma === null) return null;
  // "Planned Parenthood": a capitalised verb inside a sentence is a name
  if (!sentenceFirst && /^[A-Z]/.test(t.value) && t.value !== t.value.toUpperCase()) return null;
  return t.pos === 'VERB' || t.pos === 'ADJ' || (t.pos === 'NOUN' && !/s$/.test(t.lower) && t.lower === t.lemma) ? lemma : null;
}

/** True when the cue from `first` to its verb at `head` is passive: a form of "be" before a verb not in "-ing" ("were expected", "was thought"). */
function passiveCue(ctx: ReportedContext, first: number, head: number): boolean {
  if (/ing$/.test(tokenAt(ctx.doc, head).lower)) return false;
  for (let q = first; q < head; q++) if (tokenAt(ctx.doc, q).lemma === 'be') return true;
  return false;
}

/** True when token `k` is a hyphen inside a word ("two-thirds"), not a dash between clauses ("closer - 57 percent"). */
function joinedHyphen(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  return t.value === '-' && tokenAt(ctx.doc, k - 1).end === t.start && t.end === tokenAt(ctx.doc, k + 1).start;
}

/** True when `t` is a word of a time phrase before a count: "Last year", "In 2015", "On Monday". */
function isTimeWord(t: Token): boolean {
  return TIME_LEADS.has(t.lower) || TIME_PHRASE_WORDS.has(t.lower) || /^(1[89]|20)\d\d$/.test(t.value);
}

/** True when token `k` is a participle inside the count phrase after its noun: "voters looking for a new mayor", "a poll released Monday". */
function isPhraseParticiple(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  return t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && /^(NOUN|PROPN)$/.test(tokenAt(ctx.doc, k - 1).pos);
}

/** True when the noun phrase `from`..`end` after a count names people: "voters", "growers", "Democrats in Ohio". */
function namesPeople(ctx: ReportedContext, from: number, end: number): boolean {
  for (let q = from; q < end; q++) {
    const t = tokenAt(ctx.doc, q);
    if (t.pos === 'ADP' || t.pos === 'VERB') break;
    if (RESPONDENT_NOUNS.has(t.lower) || PLURAL_PEOPLE_WORDS.has(t.lower) || (t.pos === 'NOUN' && /s$/.test(t.lower) && PEOPLE_NOUNS.has(t.lower))) return true;
  }
  return false;
}

/** True when a count opens the phrase at `q` (after its approximators from `start`) and runs to `end`. */
function countOpens(ctx: ReportedContext, start: number, q: number, end: number): boolean {
  const { doc } = ctx;
  const head = tokenAt(doc, q);
  const next = tokenAt(doc, q + 1);
  // "two-thirds" read as three tokens
  if (COUNT_NUMBER.test(head.lower) && next.value === '-' && q + 2 < end && COUNT_WORDS.has(tokenAt(doc, q + 2).lower)) return true;
  if (COUNT_NUMBER.test(head.lower) && q + 1 < end && (COUNT_NUMBER_FOLLOWERS.has(next.lower) || next.value === '%')) return true;
  if (!COUNT_WORDS.has(head.lower)) return false;
  // "a majority of Democrats", "most in both towns", "half the growers surveyed"
  if (next.lower === 'of' || (q + 1 < end && COUNT_PHRASE_LINKS.has(next.lower) && head.lower !== 'most')) return true;
  if (head.lower === 'most' && next.lower === 'in' && q + 2 < end) return true;
  // "most voters", "most growers"; not "most referenda"
  if (q + 1 < end) return namesPeople(ctx, q + 1, end);
  // "a majority support"; "Most oppose ..." only as the clause's subject, not "the most"
  if (head.lower !== 'most') return true;
  const before = tokenAt(doc, start - 1);
  return q === start && (sentenceOf(doc, q).first === q || before.pos === 'CCONJ' || before.value === ',' || before.value === ';');
}

/** The count phrase ending before `verb` ("about 6 in 10 older voters"): its first token and one past its last, or null. */
function countPhrase(ctx: ReportedContext, verb: number, from: number): { start: number; end: number } | null {
  const { doc } = ctx;
  // the phrase: words of a noun phrase back to the clause boundary
  let k = verb - 1;
  while (k >= from && tokenAt(doc, k).pos === 'ADV' && !COUNT_WORDS.has(tokenAt(doc, k).lower) && verb - k <= 2) k--;
  const end = k + 1;
  let start = end;
  for (; k >= from && end - k <= MAX_PHRASE; k--) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) return null;
    if (t.lower === 'to') return null;
    if (PHRASE_POS.has(t.pos) || RESPONDENT_PARTICIPLES.has(t.lower) || t.value === '%' || joinedHyphen(ctx, k) || (t.pos === 'ADV' && (COUNT_APPROXIMATORS.has(t.lower) || COUNT_WORDS.has(t.lower))) || isPhraseParticiple(ctx, k)) {
      start = k;
      continue;
    }
    break;
  }
  if (start >= end) return null;
  // no clause boundary inside: "and" joining two counts, "who", "that" are not a count phrase
  for (let q = start; q < end; q++) {
    const t = tokenAt(doc, q);
    if (t.pos === 'CCONJ' || RELATIVE_PRONOUNS.has(t.lower)) start = q + 1;
  }
  // the count opens the phrase after its approximators: "about 6 in 10", "a majority of";
  // words of time before it are not the source's: "Last year only 32 percent of growers"
  for (let s = start; s < end; s++) {
    if (s > start && !isTimeWord(tokenAt(doc, s - 1))) return null;
    let q = s;
    while (q < end && COUNT_APPROXIMATORS.has(tokenAt(doc, q).lower)) q++;
    if (q >= end) return null;
    if (countOpens(ctx, s, q, end)) return { start: s, end };
  }
  return null;
}

/** The token after the content that starts at `p`, or -1. */
function contentAfter(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  const stop = Math.min(last, p + MAX_CONTENT);
  const first = tokenAt(doc, p);
  const clause = clauseStartsAt(doc, p, last) || first.lower === 'to';
  let end = p;
  const propn = first.pos === 'PROPN';
  while (end < stop) {
    const t = tokenAt(doc, end);
    if (!ctx.quoted[end] && (CLAUSE_BREAK.test(t.value) || END.has(t.value))) break;
    if (end > p && COUNT_OBJECT_STOP.has(t.lower)) break;
    // "and 40 percent backed Okafor": a second count starts
    if (end > p && t.pos === 'CCONJ' && /^(NUM|DET)$/.test(tokenAt(doc, end + 1).pos)) break;
    // "supported Ramirez in the suburbs": a name object ends at the preposition after it
    if (!clause && propn && end > p && COUNT_AFTER_NAME.has(t.lower) && tokenAt(doc, end - 1).pos === 'PROPN') break;
    end++;
  }
  return end > p ? end : -1;
}

/** Finds the count-subject attributions of a document when an opt-in category is reported. */
export function findCountSubjects(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  // (the taken spans indexed once, when the first match needs them)
  let index: SpanIndex | null = null;
  // (and the contents added here, so that a long text of matches stays linear)
  const added = addedParts();
  if (![...ctx.categories].some((c) => OPT_IN_CATEGORIES.has(c))) return out;
  const heads = new Set<number>();
  for (const c of taken) if (c.cue) heads.add(c.cue.head);
  const cueAt = new Map<number, CueMatch>();
  for (const c of ctx.cues) cueAt.set(c.head, c);
  for (let k = 1; k < tokenCount(doc); k++) {
    const t = maybeToken(doc, k)!;
    const lemma = countVerbLemma(t, sentenceOf(doc, k).first === k);
    if (lemma === null || ctx.quoted[k] || heads.has(k)) continue;
    // "the most favored nation": an adjective before its noun is no verb
    if (t.pos === 'ADJ' && tokenAt(doc, k + 1).pos === 'NOUN') continue;
    // "the Ramirez-supporting delegates", "14 of the delegates supporting Ramirez": no finite verb
    if (tokenAt(doc, k - 1).value === '-' || (/ing$/.test(t.lower) && tokenAt(doc, k - 1).pos !== 'AUX')) continue;
    const category = CUE_VERBS.get(lemma);
    if (category === undefined || !OPT_IN_CATEGORIES.has(category) || !ctx.categories.has(category)) continue;
    const sentence = sentenceOf(doc, k);
    const found = cueAt.get(k);
    if (found && ctx.used.has(found)) continue;
    const cueFirst = found ? found.first : k;
    // "most were expected to be released": a passive's subject is not the one who expects (the impersonal rule's)
    if (passiveCue(ctx, cueFirst, k)) continue;
    const phrase = countPhrase(ctx, cueFirst, sentence.first);
    if (!phrase) continue;
    const { start, end: phraseEnd } = phrase;
    // "Most favored nation status": a bare "most" before a participle and its noun is an adverb
    if (phraseEnd - start === 1 && /ed$/.test(t.lower) && tokenAt(doc, k + 1).pos === 'NOUN') continue;
    let p = k + 1;
    while (p < sentence.last && tokenAt(doc, p).pos === 'ADV' && p - k <= 2) p++;
    // "52 percent support temporarily banning ...": an adverb before a gerund is the gerund's
    if (p > k + 1 && tokenAt(doc, p).pos === 'VERB' && /ing$/.test(tokenAt(doc, p).lower)) p = k + 1;
    if (tokenAt(doc, p).lower === 'that') p++;
    // "45 percent support among Republicans", "support for the plan": a noun of support, no object
    if (p >= sentence.last || /^(ADP|PUNCT|AUX|PART|SCONJ|CCONJ)$/.test(tokenAt(doc, p).pos) && tokenAt(doc, p).lower !== 'to') continue;
    const last = contentEnd(ctx, p, sentence);
    const end = contentAfter(ctx, p, last);
    if (end < 0) continue;
    const r = range(doc, p, end);
    if (overlapsIndex((index ??= spanIndex([taken])), r.start, r.end) || overlapsAdded(added, r.start, r.end)) continue;
    const cue: CueMatch = found ?? { first: k, last: k + 1, head: k, lemma, category, negated: t.negated, form: 'verb' };
    out.push(addParts(added, candidate(ctx, [r], cue, descriptionMention(doc, start, phraseEnd), 'reported/count-subject', CONFIDENCE)));
  }
  return out;
}
