/**
 * Content starts of direct quotations that no rule attributed and that open
 * inside a "that" clause: `Lee worried that the safety net was becoming "a
 * hammock for the idle."` has the content "that the safety net was becoming
 * "a hammock for the idle."", as annotated news marks it (a mixed quote), not
 * the quoted words alone. So does a quote that goes on the object of a verb
 * shortly before it: `Lee wants the board "to publish every contract."` has
 * the content "the board "to publish every contract."". Only for the quotes whose speaker the last guess
 * found in their sentence (`direct/fallback-subject`) or that have none
 * (`direct/unattributed`): a quote with a cue of its own was cut by the rule
 * that found it. Run after that guess, on the kept candidates.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { CUE_VERBS, DEGREE_WORDS, FACTIVE_CUE_VERBS, PRONOUN_THAT_LEADS, QUOTE_EXAMPLE_LEADS } from '../../data/cues.js';
import { CLAUSE_OPENING_PRONOUNS } from '../../data/clauses.js';

/** Rules of the quotes whose start may move back to "that". */
const THAT_FRAGMENT_RULES: ReadonlySet<string> = new Set(['direct/fallback-subject', 'direct/unattributed']);

/** Most tokens between "that" and the opening mark. */
const MAX_LEAD = 25;

/** Punctuation that ends the clause before a quotation: the words before it are not the clause's. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([':', ';', '(', ')']);

/**
 * The "that" that opens the clause a quote's single stretch opens inside, or
 * -1: "that" stands in the quote's sentence, with no quotation mark, colon,
 * semicolon or parenthesis and at least one word between it and the opening
 * mark, and opens a clause: it is no determiner (`later that month for
 * "..."`), the word after it is no verb (`a website that runs stories
 * such as "..."` is a relative clause about the website), and the word before it is no preposition, "all" or "of" (`because of that,
 * the motto became "..."` is a pronoun).
 */
function thatBefore(doc: Doc, c: Candidate): number {
  if (c.stretches.length !== 1) return -1;
  const open = tokenAtOrAfter(doc, c.stretches[0]!.open);
  if (open <= 0 || !isMarkToken(tokenAt(doc, open).value)) return -1;
  const sentence = doc.sentences[tokenAt(doc, open).sent]!;
  let that = -1;
  for (let k = open - 1; k >= sentence.first && open - k <= MAX_LEAD; k--) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || CLAUSE_BREAKS.has(t.value)) break;
    if (t.lower === 'that') {
      that = k;
      break;
    }
  }
  if (that < 0 || that + 1 >= open || tokenAt(doc, that).pos === 'DET') return -1;
  const next = tokenAt(doc, that + 1);
  if (that > sentence.first) {
    const prev = tokenAt(doc, that - 1);
    if (prev.pos === 'ADP' || PRONOUN_THAT_LEADS.has(prev.lower)) return -1;
  }
  return next.pos === 'VERB' || next.pos === 'AUX' ? -1 : that;
}

/**
 * True when the quotation whose opening mark is token `open` starts with a
 * capital (not "I"): set inside the narrator's sentence it is a title, a sign
 * or a sentence of its own (`painted the words "Welcome home ..."`), no part
 * of the clause around it.
 */
export function opensWithCapital(doc: Doc, open: number): boolean {
  return open + 1 < tokenCount(doc) && /^\p{Lu}/u.test(tokenAt(doc, open + 1).value) && tokenAt(doc, open + 1).value !== 'I';
}

/** Most tokens between a verb and the opening mark of the quote its object runs into. */
const MAX_OBJECT = 8;

/**
 * The first token of the object of a verb that a quote's single stretch
 * opens inside, or -1: a verb stands shortly before the opening mark, in the
 * quote's sentence, with at least one word and no quotation mark, comma,
 * colon, semicolon, parenthesis, dash or other verb between them (`Lee wants
 * the board "to publish every contract."`, `Lee blamed the council "for
 * every delay."`; not a headline in capitals, nor a quotation given as an
 * example: `stories such as "..."`).
 */
function objectAfterVerb(doc: Doc, c: Candidate): number {
  if (c.stretches.length !== 1) return -1;
  const open = tokenAtOrAfter(doc, c.stretches[0]!.open);
  if (open <= 0 || !isMarkToken(tokenAt(doc, open).value)) return -1;
  const sentence = doc.sentences[tokenAt(doc, open).sent]!;
  // (a quotation given as an example or a name is no part of a clause: `stories such as "..."`, `known as "..."`)
  if (open - 1 <= sentence.first || QUOTE_EXAMPLE_LEADS.has(tokenAt(doc, open - 1).lower)) return -1;
  // (a quotation opening with a capital is set beside the words before it, no part of their clause: a title, a sign or a sentence of its own: `painted the words "Welcome home ..."`)
  if (opensWithCapital(doc, open)) return -1;
  for (let k = open - 1; k >= sentence.first && open - k <= MAX_OBJECT + 1; k--) {
    const t = tokenAt(doc, k);
    // (a headline in capitals is no clause: `HARBOR TAX "..."`)
    if (/[A-Z]{2}/.test(t.value)) return -1;
    // (an infinitive belongs to the object: `argued for a plan to widen the pier from "..."`)
    if (t.pos === 'VERB' && tokenAt(doc, k - 1).lower === 'to' && k - 1 > sentence.first) {
      k--;
      continue;
    }
    if (t.pos === 'VERB') return k + 1 < open ? k + 1 : -1;
    if (t.pos === 'PUNCT' || t.pos === 'AUX' || t.pos === 'SCONJ' || CLAUSE_OPENING_PRONOUNS.has(t.lower)) return -1;
  }
  return -1;
}

/** Most tokens looked back from "that" for a degree word (`such a mess that`). */
const MAX_DEGREE_GAP = 4;

/** Most tokens looked back from a joining "and" for the "that" it joins to. */
const MAX_JOINED_GAP = 30;

/** Most joined "that"s followed back to the first ("that A and that B and that C"): past them the head is not read. */
const MAX_JOINED_THATS = 8;

/**
 * The "that" before token `k` and after token `first` that opens a clause
 * (no determiner, shortly before), or -1: `said that the fee was "a bargain"
 * and that ...`.
 */
function earlierThat(doc: Doc, k: number, first: number): number {
  for (let j = k - 1; j > first && k - j <= MAX_JOINED_GAP; j--) {
    const t = tokenAt(doc, j);
    if (CLAUSE_BREAKS.has(t.value)) return -1;
    if (t.lower === 'that' && t.pos !== 'DET') return j;
  }
  return -1;
}

/**
 * True when the "that" at token `that` may open a reported clause: the word
 * right before it is no copula (`The problem is that`), no adjective (`clear
 * that`) and no verb outside the speech, writing and thought cues of the
 * lexicon (`means that`) or one that tells what someone came to know
 * (`learned that`), and no degree word stands shortly before it (`so bright
 * that`, `such a mess that`); a "that" joined by "and" or "or" to an earlier
 * "that" answers as that one does (followed back over at most
 * {@link MAX_JOINED_THATS} joins). Nouns (`his suggestion that`), objects
 * (`confided to her that`) and names before "that" pass: on train such
 * fragments are mostly mixed quotes.
 */
function saysThat(doc: Doc, that: number): boolean {
  const first = doc.sentences[tokenAt(doc, that).sent]!.first;
  // (a loop, not a call for each joined "that", and a bounded one: a sentence of many "and that" joins neither
  // overflows the stack nor walks back to its start for every quote)
  for (let joins = 0; ; joins++) {
    for (let k = that - 1; k >= first && that - k <= MAX_DEGREE_GAP; k--) {
      const t = tokenAt(doc, k);
      if (DEGREE_WORDS.has(t.lower)) return false;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') break;
    }
    const head = tokenAt(doc, that - 1);
    // ("found that the fee was "a bargain" and that ...": a "that" joined by "and" or "or" to an earlier one says what
    // that one's head says)
    if (head.pos === 'CCONJ' && joins < MAX_JOINED_THATS) {
      const earlier = earlierThat(doc, that - 1, first);
      if (earlier >= 0) {
        that = earlier;
        continue;
      }
    }
    if (head.pos === 'AUX' || head.pos === 'ADJ') return false;
    if (head.pos !== 'VERB') return true;
    const category = CUE_VERBS.get(head.lemma);
    return (category === 'speech' || category === 'writing' || category === 'thought') && !FACTIVE_CUE_VERBS.has(head.lemma);
  }
}

/**
 * True when the quote `c` (one closed stretch) opens inside a "that" clause
 * (see {@link widenThatFragments}) that does not open its sentence (`That
 * wording ...` is a determiner the tagger may miss), whose "that" follows no
 * copula, adjective, degree word or verb other than one of speech or thought
 * (see `saysThat`), and closes the sentence:
 * nothing but end punctuation follows the closing mark. The scare-quote
 * filter keeps such a fragment, however short (`worried that the fund was "a
 * piggy bank."`), for the clause to take it.
 */
export function closesThatClause(doc: Doc, c: Candidate): boolean {
  if (c.stretches.length !== 1 || c.stretches[0]!.close < 0) return false;
  const that = thatBefore(doc, c);
  if (that < 0) return false;
  const sent = tokenAt(doc, that).sent;
  if (that === doc.sentences[sent]!.first || !saysThat(doc, that)) return false;
  const after = tokenAtOrAfter(doc, c.stretches[0]!.end);
  if (after >= tokenCount(doc) || tokenAt(doc, after).sent !== sent) return true;
  return /^[.!?]$/.test(tokenAt(doc, after).value) && (after + 1 >= tokenCount(doc) || tokenAt(doc, after + 1).sent !== sent);
}

/**
 * Moves the start of the kept quotes in `list` that open inside a "that"
 * clause back to "that", or else inside the object of a verb back to the
 * object's first word, and makes them mixed quotes (see `thatBefore` and
 * `objectAfterVerb`).
 */
export function widenThatFragments(doc: Doc, list: readonly Candidate[]): void {
  for (const c of list) {
    if (!c.keep || c.kind !== 'direct' || !THAT_FRAGMENT_RULES.has(c.rule) || c.stretches.length !== 1 || c.parts.length !== 1) continue;
    let that = thatBefore(doc, c);
    if (that < 0) that = objectAfterVerb(doc, c);
    if (that < 0) continue;
    const open = tokenAtOrAfter(doc, c.stretches[0]!.open);
    c.parts = [{ start: tokenAt(doc, that).start, end: tokenAt(doc, open - 1).end }, ...c.parts];
    c.kind = 'mixed';
  }
}
