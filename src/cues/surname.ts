/**
 * Surnames that are also verbs ("Will", "Read", "Hope", "Cook"): a
 * capitalised verb form right after a name, inside a sentence, is the name's
 * last word and not a cue when an inflected verb follows it ("Lee Will wrote",
 * "Ann Read said") or when the name closes the clause of a verb of saying
 * before it ("said Ann Read.").
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { isMarkToken, tokenAt } from '../prepare/lookup.js';
import { startsUpper, startsUpperLower } from '../prepare/case.js';
import { CUE_VERBS } from '../data/cues.js';

/** How many capitalised words of a name may stand between a verb of saying and the surname ("said Ann Marie Read"). */
const MAX_NAME_BEFORE = 3;

/**
 * True when token `i`, a capitalised verb or auxiliary ("Will", "Read"),
 * is a surname: it follows a capitalised proper noun of its sentence and
 * either a lower-case inflected verb follows it (a modal or a verb is never
 * followed by one: "Lee Will wrote", "Ann Read said", "Dana Hope says"), or
 * it ends its clause and a lower-case verb of saying stands right before the
 * name ("said Ann Read."). A title-case headline ("Lee Will Win") is left
 * alone: its next word is capitalised.
 */
export function isSurnameVerb(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined || (t.pos !== 'VERB' && t.pos !== 'AUX') || !startsUpperLower(t.value) || i === 0) return false;
  const prev = tokenAt(doc, i - 1);
  if (prev.sent !== t.sent || prev.pos !== 'PROPN' || !startsUpper(prev.value)) return false;
  const next = doc.tokens[i + 1];
  if (next !== undefined && next.sent === t.sent && next.pos === 'VERB' && /^\p{Ll}/u.test(next.value) && next.lower !== next.lemma) return true;
  if (next !== undefined && next.sent === t.sent && !/^[.,;!?]$/.test(next.value) && !isMarkToken(next.value)) return false;
  // "said Ann Read.": walk back over the name to the verb of saying
  for (let k = i - 1; k >= Math.max(0, i - MAX_NAME_BEFORE); k--) {
    const w = tokenAt(doc, k);
    if (w.sent !== t.sent) return false;
    if (w.pos === 'PROPN' && startsUpper(w.value)) continue;
    return w.pos === 'VERB' && /^\p{Ll}/u.test(w.value) && CUE_VERBS.has(w.lemma);
  }
  return false;
}
