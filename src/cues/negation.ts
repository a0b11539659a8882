/**
 * Negations before a cue that are not the cue's: the tagger's negation runs on
 * to the end of its clause, so a "not" inside a relative clause ("An aide who
 * was not cleared to speak said"), inside the subject ("People not involved
 * in the talks said") or in an earlier clause ("He did not run but said")
 * reaches the cue. `auxiliaryStart` in `verb-group.ts` asks these.
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import { tokenAt } from '../prepare/lookup.js';
import { RELATIVE_PRONOUNS } from '../data/clauses.js';
import { NEGATING_WORDS, NEGATION_WORDS, VERB_NEGATION_COMPARATIVES, LINKING_CONJUNCTIONS } from '../data/function-words.js';

/** How far back a negation before a cue is looked for, in tokens. */
const MAX_NEGATION_REACH = 12;

/** A contracted "not" as the tokenizer splits it off: the "n't" of "didn't". */
const CONTRACTED_NOT = /^n['\u2019]t$/;

/**
 * True when the nearest negation before the cue at `head` stands inside a
 * relative clause (`An aide who was not cleared to speak said`, `A clerk
 * who asked not to be named by the paper said`): a relative pronoun opens
 * its clause before the negation, with no comma or other clause boundary
 * between. Not `Lee didn't dare say`.
 */
export function relativeNegation(doc: Doc, head: number): boolean {
  const sent = tokenAt(doc, head).sent;
  let k = head - 1;
  for (; k >= Math.max(0, head - MAX_NEGATION_REACH); k--) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent) return false;
    if (NEGATION_WORDS.has(t.lower)) break;
  }
  if (k < 0 || !NEGATION_WORDS.has(tokenAt(doc, k).lower)) return false;
  for (let j = k - 1; j >= Math.max(0, k - MAX_NEGATION_REACH); j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== sent || /^[,;:.!?]$/.test(t.value)) return false;
    if (RELATIVE_PRONOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * True when the nearest negation before the cue at `head` belongs to an
 * earlier clause or verb: "and", "but" or "yet", or a subordinator, stands
 * between it and the cue (`Pell pleaded not guilty and his lawyer said`,
 * `He did not run but said`). "or" and "nor" carry the negation on (`did
 * not confirm or deny`), and so does an "and" right before a cue in the form
 * of the first verb after the negation, which shares its auxiliary: two -ing
 * forms (`I'm not going in and saying ...`) or two base forms (`did not call
 * and ask`); a finite cue starts its own predicate (`He did not attend and
 * said ...`), and so does an -ing cue after a negated base form (`saying he
 * would not support the plan and suggesting ...`).
 */
export function earlierClauseNegation(doc: Doc, head: number): boolean {
  const sent = tokenAt(doc, head).sent;
  let boundary = -1;
  // (the verb nearest the negation, between it and the boundary)
  let verb: Token | null = null;
  for (let k = head - 1; k >= Math.max(0, head - MAX_NEGATION_REACH); k--) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent) break;
    if (NEGATION_WORDS.has(t.lower) || NEGATING_WORDS.has(t.lower) || CONTRACTED_NOT.test(t.lower)) {
      return boundary >= 0 && !(boundary === head - 1 && tokenAt(doc, boundary).lower === 'and' && verb !== null && sameVerbForm(tokenAt(doc, head), verb));
    }
    if (boundary < 0) {
      if (LINKING_CONJUNCTIONS.has(t.lower) || t.pos === 'SCONJ') boundary = k;
    } else if (t.pos === 'VERB') verb = t;
  }
  return boundary >= 0;
}

/**
 * True when the nearest negation before the cue at `head` is a capitalised
 * "Without" inside a name, between two capitalised words: `Doctors Without
 * Borders said` negates nothing.
 */
export function nameNegation(doc: Doc, head: number): boolean {
  const sent = tokenAt(doc, head).sent;
  for (let k = head - 1; k >= 1 && head - k <= MAX_NEGATION_REACH; k--) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent) return false;
    if (NEGATION_WORDS.has(t.lower) || NEGATING_WORDS.has(t.lower) || CONTRACTED_NOT.test(t.lower)) {
      const capital = (j: number): boolean => tokenAt(doc, j).sent === sent && /^\p{Lu}\p{Ll}/u.test(tokenAt(doc, j).value);
      return t.value === 'Without' && capital(k - 1) && k + 1 < head && capital(k + 1);
    }
  }
  return false;
}

/** True when verbs `a` and `b` are both -ing forms or both base forms. */
function sameVerbForm(a: Token, b: Token): boolean {
  const ing = (t: Token): boolean => t.lower.endsWith('ing');
  const base = (t: Token): boolean => t.lower === t.lemma && !ing(t);
  return (ing(a) && ing(b)) || (base(a) && base(b));
}

/**
 * True when the nearest negation before the cue at `head` sits inside the
 * subject's noun phrase: "no" after a noun and its preposition (`Officers
 * with no direct role in the case said`), "not" right after a noun or after
 * a noun and a comma (`People not involved in the talks said`, `Lee, not the
 * mayor, said`). A negation of the verb stands in its verb group ("did not
 * say", "never said", "no longer says"), and a subject opened by "no" stays
 * negated (`No official said`, `So far, no group has claimed`).
 */
export function subjectNegation(doc: Doc, head: number): boolean {
  const sent = tokenAt(doc, head).sent;
  let k = head - 1;
  for (; k > 0 && head - k <= MAX_NEGATION_REACH; k--) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent) return false;
    if (NEGATION_WORDS.has(t.lower)) break;
  }
  const t = tokenAt(doc, k);
  if (k <= 0 || !(t.lower === 'no' || t.lower === 'not') || t.sent !== sent) return false;
  if (VERB_NEGATION_COMPARATIVES.has(tokenAt(doc, k + 1).lower)) return false;
  const nominal = (j: number): boolean => j >= 0 && tokenAt(doc, j).sent === sent && /^(NOUN|PROPN)$/.test(tokenAt(doc, j).pos) && /^\p{L}[\p{L}.-]*$/u.test(tokenAt(doc, j).value);
  const before = tokenAt(doc, k - 1);
  if (t.lower === 'not' && copulaNegation(doc, k, head)) return true;
  if (t.lower === 'no') return before.pos === 'ADP' && nominal(k - 2);
  return nominal(k - 1) || (before.value === ',' && nominal(k - 2));
}

/**
 * True when the "not" at `k` is a form of "be"'s, with the cue's own subject
 * between it and the cue at `head`: `The plan was not everyone said it would
 * be`, `The deal was not what Lee said it would be` (a pronoun, determiner
 * or noun right after the "not", and only nominal words up to the cue; no
 * relative word: `It was not Lee who said` stays negated).
 */
function copulaNegation(doc: Doc, k: number, head: number): boolean {
  const be = tokenAt(doc, k - 1);
  if (be.lemma !== 'be' || be.sent !== tokenAt(doc, head).sent || k + 1 >= head) return false;
  if (!/^(PRON|DET|NOUN|PROPN)$/.test(tokenAt(doc, k + 1).pos)) return false;
  for (let j = k + 1; j < head; j++) {
    const w = tokenAt(doc, j);
    if (!/^(PRON|DET|NOUN|PROPN|ADJ)$/.test(w.pos) || RELATIVE_PRONOUNS.has(w.lower)) return false;
  }
  return true;
}
