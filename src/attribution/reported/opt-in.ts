/**
 * The bar an attribution of the opt-in categories (thought, evidence, stance)
 * must pass. Measured on PolNeAR train, such attributions are far less often
 * annotated when their content is short: a noun phrase or an infinitive under
 * six words ("wants a recount", "backed Clinton", 67% precision against 86%
 * from six on), a clause under four words ("he knew it", 50%), when their subject is a
 * generic "you" (45%), or when a rule could only build a degraded form
 * (confidence under 0.5: 62%), or when a cue after its content has an object
 * of its own ("..., 52 percent backed the levy"). Speech, writing and source
 * cues are untouched.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';

/** Fewest words the content of an opt-in attribution needs: a clause, and a noun phrase or an infinitive. */
const MIN_CLAUSE_WORDS = 4;
const MIN_PHRASE_WORDS = 6;
/** Rules whose content is a noun phrase, an infinitive or a topic rather than a clause. */
const PHRASE_RULES = /^reported\/cue-(object|infinitive|topic|as|quoted-object|answer)/;
/** Lowest rule confidence an opt-in attribution may have. */
const MIN_OPT_IN_CONFIDENCE = 0.5;

/** True when `c` is no opt-in attribution, or one strong enough to report. */
export function passesOptInBar(doc: Doc, c: Candidate): boolean {
  if (c.cue === null || !OPT_IN_CATEGORIES.has(c.cue.category)) return true;
  if (c.confidence < MIN_OPT_IN_CONFIDENCE) return false;
  if (c.speaker?.name.toLowerCase() === 'you') return false;
  // "CLAUSE, X thinks." stands; "In a poll, 52 percent backed the levy" is no "CLAUSE, X backed"
  if (c.rule.startsWith('reported/content-') && !/^([.,;:!?\u2014\u2013)]|--|)$/.test(tokenAt(doc, c.cue.last).value)) return false;
  let words = 0;
  for (const p of c.parts) words += doc.view.slice(p.start, p.end).split(/\s+/).filter((w) => /\w/.test(w)).length;
  return words >= (PHRASE_RULES.test(c.rule) ? MIN_PHRASE_WORDS : MIN_CLAUSE_WORDS);
}
