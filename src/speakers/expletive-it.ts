/**
 * An expletive "it" right before a cue that {@link extraposedSpeaker} does not
 * read: "It is hard not to wonder whether ..." (a negation before the "to"),
 * "It's no exaggeration to call ..." ("no" and a noun), "It seems that ...",
 * "it appears, though, that ...", "where, it seems, ..." (a verb of
 * seeming). The "it" stands for the clause, or for nothing: no speaker.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { EXTRAPOSING_COPULAS } from '../data/function-words.js';
import { EXTRAPOSED_NEGATIONS, EXTRAPOSING_ADJECTIVES, EXTRAPOSING_NO_NOUNS, SEEMING_VERBS } from '../data/pronouns.js';

/** Most adverbs read between the verb of seeming and its "that" ("it appears, though, that": a comma, a word, a comma). */
const MAX_SEEMING_GAP = 4;

/**
 * True when the "it" at token `it`, right before the cue at `cueFirst`, is
 * expletive in one of the shapes of the module comment: the copula, any
 * auxiliaries or adverbs, an extraposing adjective, "not" or "never" and "to";
 * the copula, "no", a noun of {@link EXTRAPOSING_NO_NOUNS} and "to" or
 * "that"; or a verb of seeming followed by "that", by "that" after a comma and
 * up to three words and a comma, by a comma (set off as an aside), or by an
 * extraposing adjective.
 */
export function isExpletiveIt(doc: Doc, it: number, cueFirst: number): boolean {
  const pronoun = maybeToken(doc, it);
  if (pronoun === undefined || pronoun.lower !== 'it' || cueFirst !== it + 1) return false;
  const verb = tokenAt(doc, cueFirst);
  if (SEEMING_VERBS.has(verb.lower)) return seemingClause(doc, cueFirst + 1, verb.sent, maybeToken(doc, it - 1)?.value === ',');
  if (!EXTRAPOSING_COPULAS.has(verb.lower)) return false;
  let k = cueFirst + 1;
  for (let round = 0; round < 3 && maybeToken(doc, k) !== undefined && /^(AUX|ADV)$/.test(tokenAt(doc, k).pos) && !EXTRAPOSED_NEGATIONS.has(tokenAt(doc, k).lower); round++) k++;
  const word = maybeToken(doc, k);
  if (word === undefined || word.sent !== verb.sent) return false;
  const next = maybeToken(doc, k + 1);
  const after = maybeToken(doc, k + 2);
  if (next === undefined || after === undefined) return false;
  // "It is hard not to wonder", "it was never easy never to ..."
  if (EXTRAPOSING_ADJECTIVES.has(word.lower)) return EXTRAPOSED_NEGATIONS.has(next.lower) && after.lower === 'to';
  // "It's no exaggeration to call", "it is no secret that"
  return word.lower === 'no' && EXTRAPOSING_NO_NOUNS.has(next.lower) && (after.lower === 'to' || after.lower === 'that');
}

/**
 * True when the words from token `k` (in sentence `sent`) after a verb of
 * seeming make its "it" expletive (see {@link isExpletiveIt}); `aside` is true
 * when a comma stands right before the "it".
 */
function seemingClause(doc: Doc, k: number, sent: number, aside: boolean): boolean {
  const next = maybeToken(doc, k);
  if (next === undefined || next.sent !== sent) return false;
  if (next.lower === 'that') return true;
  // "It seemed odd to many that ...", "it seems likely that": an adjective and, a few words on, "that" (not "it seems
  // likely to pass", where the "it" is a thing)
  if (next.pos === 'ADJ' || EXTRAPOSING_ADJECTIVES.has(next.lower)) return thatWithin(doc, k + 1, sent);
  if (next.value !== ',') return false;
  // "where, it seems, sexual harassment ...": an aside set off by commas
  if (aside) return true;
  // "it appears, though, that": up to three words set off by commas, then "that"
  for (let j = k + 1; j <= k + MAX_SEEMING_GAP; j++) {
    const t = maybeToken(doc, j);
    if (t === undefined || t.sent !== sent) return false;
    if (t.value === ',') return maybeToken(doc, j + 1)?.lower === 'that';
  }
  return false;
}

/** True when "that" stands at token `k` or up to {@link MAX_SEEMING_GAP} tokens on, in sentence `sent`, with no verb before it. */
function thatWithin(doc: Doc, k: number, sent: number): boolean {
  for (let j = k; j <= k + MAX_SEEMING_GAP; j++) {
    const t = maybeToken(doc, j);
    if (t === undefined || t.sent !== sent || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.lower === 'that') return true;
  }
  return false;
}
