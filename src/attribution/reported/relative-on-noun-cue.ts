/**
 * A relative "that" on a cue read as a noun: `The tax claims that were filed
 * last year rose`, `an anthology of her writing that featured a portrait`.
 * The "that" opens no reported clause when a verb follows it at once (the
 * clause has no subject of its own) and the cue heads a noun phrase that a
 * determiner or a possessive opens; `Nine in ten say that won't last`
 * (no determiner: a verb the tagger read as a noun) and `The company claims
 * that was a mistake` (a singular verb after a plural-looking noun) keep
 * their clause.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { POSSESSIVES, SINGULAR_AUXILIARIES } from '../../data/clauses.js';
import { ARTICLES } from '../../data/function-words.js';
import { PLURAL_DEMONSTRATIVES } from '../../data/pronouns.js';

/** Most nouns and adjectives between the determiner and the cue: "the [new tax] claims". */
const MAX_MODIFIERS = 3;

/**
 * True when the "that" at `that`, right after the cue, is a relative pronoun
 * on the cue's noun (see the module note), so that no reported clause opens.
 */
export function relativeOnNounCue(doc: Doc, cue: CueMatch, that: number): boolean {
  if (that !== cue.last || cue.head !== cue.last - 1) return false;
  const t = tokenAt(doc, that);
  if (t.lower !== 'that' || t.pos !== 'PRON') return false;
  const next = maybeToken(doc, that + 1);
  if (next === undefined || next.sent !== t.sent || !(next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.lower) && next.lower !== 'given'))) return false;
  const head = tokenAt(doc, cue.head);
  if (head.pos !== 'NOUN' && !(head.pos === 'VERB' && /ing$/.test(head.lower))) return false;
  // ("The company claims that was a mistake": a singular verb after a plural-looking noun is a verb's clause,
  // "that" its subject)
  if (/s$/.test(head.lower) && SINGULAR_AUXILIARIES.has(next.lower)) return false;
  let k = cue.head - 1;
  const floor = Math.max(0, cue.head - 1 - MAX_MODIFIERS);
  while (k >= floor && k > cue.head - 1 - MAX_MODIFIERS && /^(NOUN|ADJ)$/.test(tokenAt(doc, k).pos) && tokenAt(doc, k).sent === t.sent) k--;
  const opener = maybeToken(doc, k);
  if (opener === undefined || opener.sent !== t.sent) return false;
  return (opener.pos === 'DET' && (ARTICLES.has(opener.lower) || PLURAL_DEMONSTRATIVES.has(opener.lower))) || POSSESSIVES.has(opener.lower);
}
