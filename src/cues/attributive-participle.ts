/**
 * A cue participle standing as an adjective between a bare quantifier and a
 * noun with a verb of its own: "Most reported cases were mild" reports
 * nothing ("cases were mild" is not what "Most" reported).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { isMarkToken, maybeToken } from '../prepare/lookup.js';
import { BARE_QUANTIFIERS, SECOND_CLAUSE_CONJUNCTIONS } from '../data/function-words.js';
import { ATTRIBUTIVE_PARTICIPLES } from '../data/senses.js';

/**
 * True when token `i` is a participle of {@link ATTRIBUTIVE_PARTICIPLES} right
 * after a bare quantifier that opens its clause (at the sentence start, or
 * after a comma, semicolon, quotation mark, "and" or "but") and right before
 * a lower-case noun that a verb follows: "Most reported cases were mild",
 * "..., but many alleged victims have spoken". "Most reported they were
 * worried", "Many reported problems with the vote" and "Most voters reported
 * cases were mild" keep their cue.
 */
export function attributiveParticiple(doc: Doc, i: number): boolean {
  const t = maybeToken(doc, i);
  if (t === undefined || !ATTRIBUTIVE_PARTICIPLES.has(t.lower)) return false;
  const q = maybeToken(doc, i - 1);
  if (q === undefined || q.sent !== t.sent || !BARE_QUANTIFIERS.has(q.lower)) return false;
  const before = maybeToken(doc, i - 2);
  const opens = before === undefined || before.sent !== q.sent || before.value === ',' || before.value === ';' || isMarkToken(before.value) || SECOND_CLAUSE_CONJUNCTIONS.has(before.lower);
  if (!opens) return false;
  const noun = maybeToken(doc, i + 1);
  if (noun === undefined || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.value)) return false;
  const verb = maybeToken(doc, i + 2);
  return verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB');
}
