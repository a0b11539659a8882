/**
 * A cue participle standing as an adjective between a bare quantifier and a
 * noun with a verb of its own: "Most reported cases were mild" reports
 * nothing ("cases were mild" is not what "Most" reported).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { isMarkToken, maybeToken } from '../prepare/lookup.js';
import { SECOND_CLAUSE_CONJUNCTIONS } from '../data/function-words.js';
import { MODALS } from '../data/clauses.js';
import { ATTRIBUTIVE_PARTICIPLES, COUNT_PARTICIPLE_QUANTIFIERS, MASS_PARTICIPLE_QUANTIFIERS } from '../data/senses.js';

/**
 * True when token `i` is a participle of {@link ATTRIBUTIVE_PARTICIPLES} right
 * after a bare quantifier that opens its clause (at the sentence start, or
 * after a comma, semicolon, quotation mark, "and" or "but") and right before
 * a lower-case noun that a verb follows: "Most reported cases were mild",
 * "..., but many alleged victims have spoken". The quantifier must be able to
 * determine the noun (a plural after "many", "several", "both"; "others" never
 * does) and the verb be no modal, which opens a forecast's content. "Most
 * reported they were worried", "Many reported problems with the vote", "Most
 * voters reported cases were mild", "Many predicted turnout would be low",
 * "Others claimed victory was near" and "Several predicted increases would
 * follow" keep their cue.
 */
export function attributiveParticiple(doc: Doc, i: number): boolean {
  const t = maybeToken(doc, i);
  if (t === undefined || !ATTRIBUTIVE_PARTICIPLES.has(t.lower)) return false;
  const q = maybeToken(doc, i - 1);
  if (q === undefined || q.sent !== t.sent || (!MASS_PARTICIPLE_QUANTIFIERS.has(q.lower) && !COUNT_PARTICIPLE_QUANTIFIERS.has(q.lower))) return false;
  const before = maybeToken(doc, i - 2);
  const opens = before === undefined || before.sent !== q.sent || before.value === ',' || before.value === ';' || isMarkToken(before.value) || SECOND_CLAUSE_CONJUNCTIONS.has(before.lower);
  if (!opens) return false;
  const noun = maybeToken(doc, i + 1);
  if (noun === undefined || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.value)) return false;
  // ("Many predicted turnout would be low": "many" determines no singular noun, "many" is the subject)
  if (COUNT_PARTICIPLE_QUANTIFIERS.has(q.lower) && noun.lemma === noun.lower) return false;
  const verb = maybeToken(doc, i + 2);
  // ("Several predicted increases would follow": a modal opens the forecast's content)
  return verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB') && !MODALS.has(verb.lower);
}
