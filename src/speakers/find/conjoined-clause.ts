/**
 * The subject of a clause joined by "and" or "but" that a participle after a
 * comma closes: "A jury charged the guard and Varga fired her chief, Tom
 * Reyes, acknowledging that ..." (Varga acknowledges, not the jury), also
 * after a quoted object ('and Varga praised her "harbor plan," saying').
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { DASHES } from './name-tokens.js';
import { isInnerHyphen } from './name-marks.js';
import type { SpeakerSearch } from './search.js';
import { verbGroupStart } from './verb-group.js';
import { NAME_PARTICLES } from '../../data/names.js';
import { isNameOrPersonPronoun } from './can-speak.js';
import { SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';
import { mentionWith } from '../shape.js';

/**
 * How far back from the comma before a participle the finite verb of the
 * joined clause may stand: past its object and an appositive in it ("fired
 * her police chief, Tom F. Reyes,").
 */
const MAX_VERB_BACK = 14;

/** How far back from "and" a finite verb shows that it joins two clauses, not two nouns ("the mayor and Varga met"). */
const MAX_FIRST_CLAUSE_BACK = 24;

/**
 * The subject of the nearest finite verb before the comma `comma` that stands
 * before a participle, when that subject is a name or a personal pronoun
 * right after "and" or "but" (an optional comma before it) and a finite verb
 * stands before that conjunction in the sentence: the participle goes with
 * the nearer clause. Null otherwise (the caller then takes the sentence's
 * subject). `speakerBefore` finds a subject right before a verb.
 */
export function conjoinedClauseSubject(doc: Doc, comma: number, sentenceFirst: number, speakerBefore: SpeakerSearch): Mention | null {
  // ('and Varga praised her "harbor plan," acknowledging': a comma inside a closing mark closes a quoted object,
  // whose words are passed over up to its opening mark)
  const close = maybeToken(doc, comma + 1);
  let quoted = close !== undefined && isMarkToken(close.value) && close.start === tokenAt(doc, comma).end;
  for (let v = comma - 1; v > sentenceFirst && v >= comma - MAX_VERB_BACK; v--) {
    const t = tokenAt(doc, v);
    if (quoted) {
      if (isMarkToken(t.value)) quoted = false;
      continue;
    }
    // (a hyphen inside a name is no dash: "her chief, Ivo Kasza-Lind,")
    if (isMarkToken(t.value) || /^[;:]$/.test(t.value) || (DASHES.has(t.value) && !isInnerHyphen(doc, v))) return null;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && /ing$/.test(t.lower))) return null;
    // (an infinitive in the clause's object is passed over: "and she has battled the port over how best to fix its books,")
    if (t.pos !== 'VERB' || !/^\p{Ll}/u.test(t.value) || tokenAt(doc, v - 1).lower === 'to') continue;
    const first = verbGroupStart(doc, v, sentenceFirst);
    const m = speakerBefore(doc, first, sentenceFirst);
    if (!m || m.last !== first || m.antecedent !== undefined) return null;
    if (!isNameOrPersonPronoun(m)) return null;
    // (the mention may have swallowed words before "and" as titles: "murder and Varga"; the name's own words start it)
    // (a hyphenated name's halves and a surname's lower-case particles are its own too: "and Kasza-Lind fired",
    // "and Ana de la Cruz fired")
    let own = m.last - 1;
    for (;;) {
      if (own - 2 >= m.first && isInnerHyphen(doc, own - 1) && /^\p{Lu}/u.test(tokenAt(doc, own - 2).value)) own -= 2;
      else if (own - 1 >= m.first && /^\p{Lu}/u.test(tokenAt(doc, own - 1).value) && tokenAt(doc, own - 1).pos !== 'PUNCT') own--;
      else if (own - 1 >= m.first && NAME_PARTICLES.has(tokenAt(doc, own - 1).value)) own--;
      else break;
    }
    const and = own - 1;
    if (and - 1 <= sentenceFirst || !SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, and).lower) || !finiteVerbBefore(doc, and, sentenceFirst)) return null;
    return own === m.first ? m : mentionWith(m, { first: own, start: tokenAt(doc, own).start, titles: [] });
  }
  return null;
}

/** True when a finite verb (not a gerund or a participle in -ing) stands before token `and` in its sentence, within a few tokens. */
function finiteVerbBefore(doc: Doc, and: number, sentenceFirst: number): boolean {
  for (let k = and - 1; k >= sentenceFirst && k >= and - MAX_FIRST_CLAUSE_BACK; k--) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || /^[;:]$/.test(t.value)) return false;
    if (t.pos === 'VERB' && /^\p{Ll}/u.test(t.value) && !/ing$/.test(t.lower)) return true;
  }
  return false;
}
