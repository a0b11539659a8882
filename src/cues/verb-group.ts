/**
 * The verb group of a cue: the auxiliaries and adverbs before its verb ("had
 * not told", "has in a written reply said"), whether it is negated, and the
 * verb that heads it ("went on to say", "kept asking", "was heard telling",
 * "was quoted by the magazine as saying").
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../prepare/lookup.js';
import { isSurnameVerb } from './surname.js';
import { earlierClauseNegation, nameNegation, relativeNegation, subjectNegation } from './negation.js';
import { CATENATIVE_VERBS, GERUND_CATENATIVE_VERBS, PERCEIVED_SPEAKING_VERBS, CUE_ADVERBS, CUE_ADVERBS_NOT_JOINED, SAYING_IRREGULAR_PARTICIPLES } from '../data/cues.js';
import { DANGLING_CONJUNCTIONS, MODALS } from '../data/clauses.js';
import { BARE_QUANTIFIERS, FINITE_HAVE, NEGATION_WORDS, QUANTIFIED_THINKERS } from '../data/function-words.js';
import { NOUN_HEADED_PHRASE_TAGS } from '../data/tags.js';

/** True when a lower-case verb of the same sentence stands right before token `k`: "to speak publicly said". */
function verbBefore(doc: Doc, k: number): boolean {
  const v = tokenAt(doc, k - 1);
  return k > 0 && v.pos === 'VERB' && /^\p{Ll}/u.test(v.value) && v.sent === tokenAt(doc, k).sent;
}

/**
 * True when token `k` (a modal the tagger read as a noun) comes right after a
 * bare quantifier in its sentence ("Some will say", "Few might argue"), one
 * that no determiner or adjective stands before ("The most will ..." no).
 */
function afterBareQuantifier(doc: Doc, k: number): boolean {
  const q = maybeToken(doc, k - 1);
  if (q === undefined || q.sent !== tokenAt(doc, k).sent || (!BARE_QUANTIFIERS.has(q.lower) && !QUANTIFIED_THINKERS.has(q.lower))) return false;
  const before = maybeToken(doc, k - 2);
  return before === undefined || before.sent !== q.sent || !/^(DET|ADJ|PRON)$/.test(before.pos);
}

/** Extends a cue to the left over the auxiliaries (and adverbs between them) of its verb. */
export function auxiliaryStart(doc: Doc, head: number): { first: number; negated: boolean } {
  let first = head;
  // (the tagger's negation runs on to the end of the clause: in "A clerk who asked not to be named said" it
  // reaches "said"; a negation inside a relative clause before the cue is not the cue's)
  let negated = tokenAt(doc, head).negated && !relativeNegation(doc, head) && !subjectNegation(doc, head) && !earlierClauseNegation(doc, head) && !nameNegation(doc, head);
  let k = head - 1;
  let gap = 0;
  // (a negation met only after a phrase was stepped over is the phrase's, unless an auxiliary stands before it)
  let phrase = false;
  // (the phrase's first word: "was all" and a subject is no verb group, as in '"...," was all the sign said';
  // "are all quick to point out" is one)
  let phraseFirst = -1;
  while (k >= 0 && gap <= 6) {
    const t = tokenAt(doc, k);
    if (t.para !== tokenAt(doc, head).para) break;
    // "George Will wrote": a capitalised auxiliary right after a name is the name's last word
    if (t.pos === 'AUX' && /^\p{Lu}/u.test(t.value) && k > 0 && tokenAt(doc, k - 1).pos === 'PROPN' && tokenAt(doc, k - 1).sent === t.sent) break;
    // ('"...," Will wrote': a capitalised auxiliary alone between a quotation and the verb is a surname)
    if (t.pos === 'AUX' && isSurnameVerb(doc, k)) break;
    // "George Will has said": the tagger may read the auxiliary "has" as a verb right before the participle
    // ("Some will say", "Some might argue": after a bare quantifier the tagger may read a modal in lower case as a
    // noun; right before the verb group, the verb in its base form, it is the group's auxiliary)
    if (t.pos === 'AUX' || (k === first - 1 && t.pos !== 'AUX' && MODALS.has(t.value) && tokenAt(doc, head).lower === tokenAt(doc, head).lemma && afterBareQuantifier(doc, k)) || (k === head - 1 && t.pos === 'VERB' && FINITE_HAVE.has(t.lower) && (/ed$/.test(tokenAt(doc, head).lower) || SAYING_IRREGULAR_PARTICIPLES.has(tokenAt(doc, head).lower)))) {
      if (first === head && phraseFirst >= 0 && t.lemma === 'be' && tokenAt(doc, phraseFirst).lower === 'all' && /^(DET|NOUN|PROPN)$/.test(tokenAt(doc, phraseFirst + 1).pos)) break;
      first = k;
      gap = 0;
    } else if (NEGATION_WORDS.has(t.lower)) {
      if (!phrase) negated = true;
      gap++;
    } else if (t.pos === 'ADV' || t.pos === 'PART' || (t.lower === 'since' && k > 0 && tokenAt(doc, k - 1).pos === 'AUX' && tokenAt(doc, k - 1).sent === t.sent)) {
      // ("has since admitted": "since" read as a subordinator right after an auxiliary is an adverb)
      gap++;
    } else if (first === head && (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN') && gap < 5) {
      // "has in a written reply said": a short phrase between auxiliary and verb
      phrase = true;
      phraseFirst = k;
      gap++;
    } else break;
    k--;
  }
  if (first !== head) {
    for (let j = first; j < head; j++) if (NEGATION_WORDS.has(tokenAt(doc, j).lower)) negated = true;
  }
  // "also said", "later told", "has also said": an adverb of time or focus right before the verb group belongs to the cue
  // (not one after another verb: "who was not cleared to speak publicly said")
  const before = tokenAt(doc, first - 1);
  // ("never mentioned", "further alleged", "finally confirmed", but not after a coordinator: "... and never asked for a copy")
  const joined = CUE_ADVERBS_NOT_JOINED.has(before.lower) && first >= 2 && DANGLING_CONJUNCTIONS.has(tokenAt(doc, first - 2).lower);
  if (CUE_ADVERBS.has(before.lower) && !joined && before.sent === tokenAt(doc, head).sent && !verbBefore(doc, first - 1)) first--;
  return { first, negated };
}

/**
 * True when token `k` is the participle of a verb of perceiving after a form
 * of "be" or "get", before a gerund: "was heard | telling", "were seen |
 * saying" ({@link PERCEIVED_SPEAKING_VERBS}).
 */
export function perceivedSpeaking(doc: Doc, k: number): boolean {
  const verb = maybeToken(doc, k);
  const gerund = maybeToken(doc, k + 1);
  const aux = maybeToken(doc, k - 1);
  if (verb === undefined || gerund === undefined || aux === undefined || verb.sent !== gerund.sent || aux.sent !== verb.sent) return false;
  if (!/ing$/.test(gerund.lower) || !PERCEIVED_SPEAKING_VERBS.has(verb.lemma) || verb.lower === verb.lemma || /ing$/.test(verb.lower)) return false;
  // ("got caught saying": the tagger may read "got" as a verb)
  return (aux.pos === 'AUX' && aux.lemma === 'be') || ((aux.pos === 'AUX' || aux.pos === 'VERB') && aux.lemma === 'get');
}

/**
 * The verb that heads the verb group of a cue at `i`: the catenative verb in
 * `went on to say`, `appeared to imply`, `is continuing to insist`, `kept asking`; else `i`.
 */
export function catenativeHead(doc: Doc, i: number): number {
  // "kept asking", "keeps saying"
  const before = tokenAt(doc, i - 1);
  if (/ing$/.test(tokenAt(doc, i).lower) && before.sent === tokenAt(doc, i).sent && before.pos === 'VERB' && GERUND_CATENATIVE_VERBS.has(before.lemma)) return i - 1;
  // "was heard telling", "was seen saying": the passive of a verb of perceiving, its subject the speaker
  // (and "got caught saying" with "got" read as a verb: the cue holds it, its subject before it)
  if (perceivedSpeaking(doc, i - 1)) return tokenAt(doc, i - 2).pos === 'VERB' ? i - 2 : i - 1;
  if (before.lower !== 'to') return i;
  let v = i - 2;
  if (tokenAt(doc, v).lower === 'on') v--; // "went on to say"
  const verb = tokenAt(doc, v);
  if (verb.sent !== tokenAt(doc, i).sent || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || !CATENATIVE_VERBS.has(verb.lemma)) return i;
  // "used to say" is a habit only as a bare past: "was used to say", "has used to describe", "using ... to" are a tool's use
  if (verb.lemma === 'use' && (verb.lower !== 'used' || (v > 0 && tokenAt(doc, v - 1).pos === 'AUX' && tokenAt(doc, v - 1).sent === verb.sent))) return i;
  return v;
}

/** Most tokens of the agent between "quoted by" and "as": "quoted by the local paper as saying". */
export const MAX_QUOTED_AGENT = 5;

/**
 * The token of "quoted" whose "as" stands at `as`: right before it ("was
 * quoted as saying"), or before "by" and a short noun phrase of the one who
 * quotes ("was quoted by the magazine as saying"). -1 when there is none.
 */
export function quotedBeforeAs(doc: Doc, as: number): number {
  if (as >= 1 && tokenAt(doc, as - 1).lower === 'quoted') return as - 1;
  for (let k = as - 1; k >= 2 && k >= as - MAX_QUOTED_AGENT; k--) {
    const w = tokenAt(doc, k);
    if (w.lower === 'by') return k < as - 1 && tokenAt(doc, k - 1).lower === 'quoted' && tokenAt(doc, k - 1).sent === w.sent ? k - 1 : -1;
    if (!NOUN_HEADED_PHRASE_TAGS.has(w.pos) || isMarkToken(w.value)) return -1;
  }
  return -1;
}
