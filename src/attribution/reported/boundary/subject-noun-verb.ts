/**
 * The sentence's own verb after the that-clause of a noun of saying that
 * opens the sentence's subject ("His claim that the plant would close |
 * angered residents"): a past form right after a noun and before an object.
 * The irregular past forms count as the regular ones do ("Her assertion that
 * more troops are needed to stop the raids | drew rebukes"), and an infinitive
 * or a "to" phrase inside the clause does not hide the verb after it, nor does
 * an "and" or "or" between two nouns ("troops are needed in Dover and Kelton
 * | drew ..."), while a relative or a conjoined clause still does ("that
 * officials who met the governor sent ..." stays one clause).
 * @internal
 */
import type { Token } from '../../../prepare/document.js';
import { IRREGULAR_OBJECT_PASTS } from '../../../data/clauses.js';

/** Parts of speech of the word before the sentence's verb: the clause's last noun. */
const NOUN_BEFORE = /^(NOUN|PROPN|NUM|PRON)$/;
/** Parts of speech of the word after it: the start of the verb's object. */
const OBJECT_AFTER = /^(DET|PRON|NOUN|PROPN|NUM)$/;

/** Parts of speech on both sides of an "and" or "or" that joins two nouns, not two clauses. */
const JOINED_NOUN = /^(NOUN|PROPN)$/;

/**
 * True when the clause opener `t` (a word of `NOUN_CUE_CLAUSE_OPENERS`, with
 * the tokens `prev` before and `next` after it) opens a clause of its own
 * inside a noun of saying's that-clause: "who", "which", "if", "because", "and"
 * before a verb or a new subject. An infinitive's or a preposition's "to" opens
 * none, and neither does an "and" or "or" between two nouns ("in Dover and
 * Kelton", "ferries or buses").
 */
export function opensClause(t: Token, prev: Token, next: Token | undefined): boolean {
  if (t.lower === 'to') return false;
  if ((t.lower === 'and' || t.lower === 'or') && JOINED_NOUN.test(prev.pos) && next !== undefined && next.sent === t.sent && JOINED_NOUN.test(next.pos)) return false;
  return true;
}

/**
 * True when `t` is a past form of a verb that takes an object: tagged as a
 * verb and either a regular "-ed" form (not "-eed": "agreed" takes no object
 * here, "need" is no past) or one of {@link IRREGULAR_OBJECT_PASTS} ("drew",
 * "kept", "won").
 */
export function isObjectPast(t: Token): boolean {
  return t.pos === 'VERB' && (/[^e]ed$/.test(t.lower) || IRREGULAR_OBJECT_PASTS.has(t.lower));
}

/**
 * True when token `t`, after the verb of a noun of saying's that-clause
 * (`sawVerb`), is the sentence's own verb: a past form ({@link isObjectPast})
 * right after a noun (`prev`) and before an object (`next`, same sentence),
 * unless a relative or conjoined clause opened inside the that-clause
 * (`openedClause`, see {@link opensClause}).
 */
export function subjectNounVerb(t: Token, prev: Token, next: Token | undefined, sawVerb: boolean, openedClause: boolean): boolean {
  return (
    sawVerb &&
    !openedClause &&
    isObjectPast(t) &&
    NOUN_BEFORE.test(prev.pos) &&
    next !== undefined &&
    next.sent === t.sent &&
    OBJECT_AFTER.test(next.pos)
  );
}
