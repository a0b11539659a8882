/**
 * A two-word clause before a closing attribution: "He resigned, his
 * spokesman said." The content-then-cue rules ask for three words before the
 * comma when the sentence does not resume after the attribution (a lone
 * word, "Thanks, he said.", "Yes, she said.", is no clause); a subject
 * and its finite verb are a clause of their own.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { POSSESSIVES_AND_YOUR } from '../../data/clauses.js';
import { NOUN_PHRASE_TAGS } from '../../data/tags.js';
import { PEOPLE_NOUNS } from '../../data/people.js';
import { FOCUS_ADVERBS } from '../../data/function-words.js';
import { COMPLEMENT_CUE_LEMMAS } from '../../data/cues.js';

/**
 * True when the two words [start, start + 2) are a subject and its finite
 * verb: a pronoun, a name or a noun, then a verb not in -ing, lower-case
 * ("He resigned", "Prices rose").
 *
 * @param doc - The prepared document.
 * @param start - The first word of the content.
 * @param comma - The comma before the attribution.
 * @returns Whether the words are a two-word clause.
 */
export function twoWordClause(doc: Doc, start: number, comma: number): boolean {
  if (comma - start !== 2) return false;
  const subject = tokenAt(doc, start);
  const verb = tokenAt(doc, start + 1);
  if (!/^(PRON|PROPN|NOUN)$/.test(subject.pos)) return false;
  // (not a verb of saying that asks for its words: "He said, she said.")
  return verb.pos === 'VERB' && !/ing$/.test(verb.lower) && /^\p{Ll}/u.test(verb.value) && !COMPLEMENT_CUE_LEMMAS.has(verb.lemma);
}

/**
 * True when the words [start, comma) before a closing attribution are a
 * clause whose verb the tagger read as a noun after its subject's noun: a
 * subject that opens with a determiner or a possessive and ends in a
 * lower-case noun, the verb (a lower-case noun, not in -ing, naming no
 * people),
 * then an adverb in -ly: "The fire spread quickly", "The virus spread
 * rapidly through the camp". (The words would otherwise be a noun phrase
 * with no verb, and report nothing.)
 *
 * @param doc - The prepared document.
 * @param start - The first word of the content.
 * @param comma - The comma before the attribution.
 * @returns Whether the words are such a clause.
 */
export function misreadVerbBeforeAdverb(doc: Doc, start: number, comma: number): boolean {
  const first = tokenAt(doc, start);
  if (first.pos !== 'DET' && !(first.pos === 'PRON' && POSSESSIVES_AND_YOUR.has(first.lower))) return false;
  for (let k = start + 2; k + 1 < comma; k++) {
    const t = tokenAt(doc, k);
    const head = tokenAt(doc, k - 1);
    if (isMarkToken(t.value) || !NOUN_PHRASE_TAGS.has(head.pos) || isMarkToken(head.value)) return false;
    if (t.pos !== 'NOUN') continue;
    const adverb = tokenAt(doc, k + 1);
    // (a person noun is the subject's own head, never its verb: "The company spokesman personally")
    // (a focus adverb that ends the words belongs to the noun phrase: "The interest rate only")
    if (FOCUS_ADVERBS.has(adverb.lower) && k + 2 === comma) return false;
    if (adverb.pos === 'ADV' && /^\p{Ll}+ly$/u.test(adverb.value) && /^\p{Ll}+$/u.test(t.value) && !/ing$/.test(t.value) && !PEOPLE_NOUNS.has(t.lower) && head.pos === 'NOUN' && /^\p{Ll}+$/u.test(head.value)) return true;
  }
  return false;
}
