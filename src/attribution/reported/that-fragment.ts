/**
 * Content starts of direct quotations that no rule attributed and that open
 * inside a "that" clause: `Lee worried that the safety net was becoming "a
 * hammock for the idle."` has the content "that the safety net was becoming
 * "a hammock for the idle."", as annotated news marks it (a mixed quote), not
 * the quoted words alone. Only for the quotes whose speaker the last guess
 * found in their sentence (`direct/fallback-subject`) or that have none
 * (`direct/unattributed`): a quote with a cue of its own was cut by the rule
 * that found it. Run after that guess, on the kept candidates.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { CUE_VERBS, DEGREE_WORDS, FACTIVE_CUE_VERBS, PRONOUN_THAT_LEADS } from '../../data/cues.js';

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

/** Most tokens looked back from "that" for a degree word (`such a mess that`). */
const MAX_DEGREE_GAP = 4;

/**
 * True when the "that" at token `that` may open a reported clause: the word
 * right before it is no copula (`The problem is that`), no adjective (`clear
 * that`) and no verb outside the speech, writing and thought cues of the
 * lexicon (`means that`) or one that tells what someone came to know
 * (`learned that`), and no degree word stands shortly before it (`so bright
 * that`, `such a mess that`). Nouns (`his suggestion that`), objects
 * (`confided to her that`) and names before "that" pass: on train such
 * fragments are mostly mixed quotes.
 */
function saysThat(doc: Doc, that: number): boolean {
  const first = doc.sentences[tokenAt(doc, that).sent]!.first;
  for (let k = that - 1; k >= first && that - k <= MAX_DEGREE_GAP; k--) {
    const t = tokenAt(doc, k);
    if (DEGREE_WORDS.has(t.lower)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') break;
  }
  const head = tokenAt(doc, that - 1);
  if (head.pos === 'AUX' || head.pos === 'ADJ') return false;
  if (head.pos !== 'VERB') return true;
  const category = CUE_VERBS.get(head.lemma);
  return (category === 'speech' || category === 'writing' || category === 'thought') && !FACTIVE_CUE_VERBS.has(head.lemma);
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
 * clause back to "that", and makes them mixed quotes (for the clause, see
 * `thatBefore`).
 */
export function widenThatFragments(doc: Doc, list: readonly Candidate[]): void {
  for (const c of list) {
    if (!c.keep || c.kind !== 'direct' || !THAT_FRAGMENT_RULES.has(c.rule) || c.stretches.length !== 1 || c.parts.length !== 1) continue;
    const that = thatBefore(doc, c);
    if (that < 0) continue;
    const open = tokenAtOrAfter(doc, c.stretches[0]!.open);
    c.parts = [{ start: tokenAt(doc, that).start, end: tokenAt(doc, open - 1).end }, ...c.parts];
    c.kind = 'mixed';
  }
}
