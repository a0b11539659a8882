/**
 * Adjectives of a thought after a linking verb ("Aides are confident that
 * ...", "remain deeply skeptical that ...", "are sure they are right"), and
 * the clause with no "that" that may follow them or "heard".
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { THOUGHT_ADJECTIVES, THOUGHT_LINKING_VERBS } from '../data/cues.js';
import { SUBJECT_PRONOUNS } from '../data/function-words.js';
import { NOUN_MODIFIER_TAGS } from '../data/tags.js';

/** Most tokens of a noun subject before its finite verb in a clause with no "that". */
const MAX_BARE_SUBJECT = 4;

/**
 * True when a clause with no "that" opens at token `k`: a subject pronoun, or
 * a short noun phrase opened by a determiner, then a modal or a finite form of
 * "be" or "have" ("confident the reforms will pass", "sure they are right").
 */
export function bareClauseAt(doc: Doc, k: number): boolean {
  const first = maybeToken(doc, k);
  if (first === undefined) return false;
  let j = k + 1;
  if (!SUBJECT_PRONOUNS.has(first.lower)) {
    if (first.pos !== 'DET' || first.lower === 'that') return false;
    while (j < k + 1 + MAX_BARE_SUBJECT && NOUN_MODIFIER_TAGS.has(maybeToken(doc, j)?.pos ?? '')) j++;
    if (j === k + 1) return false;
  }
  const verb = maybeToken(doc, j);
  return verb !== undefined && verb.sent === first.sent && verb.pos === 'AUX';
}

/**
 * The linking verb ({@link THOUGHT_LINKING_VERBS}) of the adjective `t` of
 * {@link THOUGHT_ADJECTIVES} when it reports a thought ("remain" in "remain
 * hopeful that"), or -1: the verb stands before it (adverbs and "not"
 * between) and "that" right after it ("Aides are confident that ...", "remain
 * deeply skeptical that ...") or a clause with no "that" ({@link bareClauseAt}:
 * "are confident the reforms will pass"); not "make sure that", nor "leaving them
 * fearful that", nor after an empty "it" ("It is certain that ...").
 */
export function linkingVerbOf(t: Token, doc: Doc): number {
  if (!THOUGHT_ADJECTIVES.has(t.lower) || (maybeToken(doc, t.i + 1)?.lower !== 'that' && !bareClauseAt(doc, t.i + 1))) return -1;
  let k = t.i - 1;
  while (k >= 0 && t.i - k <= 3 && tokenAt(doc, k).sent === t.sent && /^(ADV|PART)$/.test(tokenAt(doc, k).pos)) k--;
  const verb = maybeToken(doc, k);
  if (verb === undefined || verb.sent !== t.sent || !/^(AUX|VERB)$/.test(verb.pos) || !THOUGHT_LINKING_VERBS.has(verb.lemma)) return -1;
  // "It is certain that ...", "it seems sure that ...": an empty "it" before the verb group holds no one's thought
  let s = k - 1;
  while (s >= 0 && k - s <= 3 && tokenAt(doc, s).sent === t.sent && /^(AUX|ADV|PART)$/.test(tokenAt(doc, s).pos)) s--;
  return maybeToken(doc, s)?.lower === 'it' && tokenAt(doc, s).sent === t.sent ? -1 : k;
}
