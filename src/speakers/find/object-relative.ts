/**
 * The subject of an object relative clause that a coordinated cue closes:
 * "The pact, which Ortiz called a disaster and vowed to scrap, ..." (Ortiz
 * vows, not the pact).
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import type { SpeakerSearch } from './search.js';
import { verbGroupStart } from './verb-group.js';
import { isNameOrPersonPronoun } from './can-speak.js';
import { SUBORDINATORS } from '../../data/function-words.js';
import { WH_RELATIVE_PRONOUNS } from '../../data/clauses.js';

/** How many tokens a subject may run between the relative word and its verb ("which Gov. Ann Lee had called"). */
const MAX_SUBJECT = 5;

/**
 * The subject of the relative clause opened by "which", "whom" or "who" at
 * `w` when that word is the clause's object: the word follows a noun or a
 * comma, and a name or a personal pronoun stands right after it, then the
 * clause's verb ("which Ortiz had called", "whom she hired"); null otherwise
 * ("which said", "who quit", "questions on who Lee backs", "in which Lee
 * called"), and null when a subordinator stands between that verb and the
 * conjunction `and` before the cue: the cue then goes with the subordinate
 * clause ("which she was drafting when the clerk called her and told").
 * `speakerBefore` finds a subject right before a verb.
 */
export function objectRelativeSubject(doc: Doc, w: number, and: number, speakerBefore: SpeakerSearch): Mention | null {
  // (a relative word that may stand for the object of the clause after it: WH_RELATIVE_PRONOUNS)
  if (!WH_RELATIVE_PRONOUNS.has(tokenAt(doc, w).lower)) return null;
  // (after a noun or a comma only: "questions on who Lee would back" asks; "in which Lee called" is no object)
  const prev = maybeToken(doc, w - 1);
  if (prev === undefined || (prev.value !== ',' && !/^(NOUN|PROPN)$/.test(prev.pos))) return null;
  const sent = tokenAt(doc, w).sent;
  for (let v = w + 2; v <= w + 1 + MAX_SUBJECT; v++) {
    const t = maybeToken(doc, v);
    if (t === undefined || t.sent !== sent || isMarkToken(t.value) || /^[,;:]$/.test(t.value)) return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (!/^\p{Ll}/u.test(t.value) || /ing$/.test(t.lower)) return null;
    const first = verbGroupStart(doc, v, w + 1);
    const m = speakerBefore(doc, first, w + 1);
    if (!m || m.first !== w + 1 || m.last !== first || m.antecedent !== undefined) return null;
    if (!isNameOrPersonPronoun(m)) return null;
    for (let j = v + 1; j < and; j++) if (SUBORDINATORS.has(tokenAt(doc, j).lower) || tokenAt(doc, j).lower === 'that') return null;
    return m;
  }
  return null;
}
