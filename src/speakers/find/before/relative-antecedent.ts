/**
 * The antecedent of a relative pronoun before a cue, the one who speaks in
 * "X, who said": the people counted when no noun phrase stands there ("those
 * who said", "18% who say"), the phrase nearest the pronoun when the first
 * reaches back over a verb ("The senator pointed to aides who"), the person
 * after a preposition ("fire from Ann Lee, who"). (The antecedents found by
 * a search of their own, an earlier relative joined by "and" and the people
 * a participle describes, stay in relative-speaker.ts: no import goes round.)
 * @internal
 */
import { shapedMention, type Mention } from '../../shape.js';
import { HANDING_PREPOSITIONS, COLLECTIVE_PEOPLE } from '../../../data/people.js';
import type { Doc } from '../../../prepare/document.js';
import { tokenAt } from '../../../prepare/lookup.js';
import { makeMention, nameText } from '../mention.js';
import { phraseStartBefore } from '../noun-phrase.js';
import { isPeopleKind, isPlaceName, kindOfHead } from '../../kinds.js';
import { COUNTED_ANTECEDENTS } from '../../../data/function-words.js';
import { PARTICIPLE_PREPOSITIONS } from '../../../data/clauses.js';

/**
 * The people a relative pronoun right after token `e - 1` stands for when no
 * noun phrase does: "those who said", "some who argue", "18% who say"; else null.
 */
export function countedAntecedent(doc: Doc, e: number, floor: number): Mention | null {
  if (e - 1 < floor) return null;
  const t = tokenAt(doc, e - 1);
  if (COUNTED_ANTECEDENTS.has(t.lower)) return shapedMention({ first: e - 1, last: e, start: t.start, end: t.end, kind: 'description', titles: [], name: t.value });
  if ((t.value === '%' || t.lower === 'percent') && e - 2 >= floor && tokenAt(doc, e - 2).pos === 'NUM') {
    const n = tokenAt(doc, e - 2);
    return shapedMention({ first: e - 2, last: e, start: n.start, end: t.end, kind: 'description', titles: [], name: nameText(doc, n.start, t.end) });
  }
  return null;
}

/**
 * The noun phrase ending right before token `e` when `antecedent`, which
 * ends there too, reaches back over a verb to the subject of the sentence
 * ("The council voted for a resolution" -> "a resolution"); else `antecedent`.
 */
export function nearestPhrase(doc: Doc, antecedent: Mention, e: number, floor: number): Mention {
  const start = phraseStartBefore(doc, e, floor);
  if (start <= antecedent.first) return antecedent;
  // ("which" stands for no people: "Residents opposed to the plan, which said" is the plan)
  let head = antecedent.head ?? antecedent.first;
  while (antecedent.head === undefined && head < start - 1 && tokenAt(doc, head).pos !== 'NOUN') head++;
  const headWord = tokenAt(doc, head).lower;
  const kind = kindOfHead(headWord);
  const people = kind === 'person' || (kind === 'group' && !COLLECTIVE_PEOPLE.has(headWord));
  for (let k = antecedent.first; k < start; k++) {
    const t = tokenAt(doc, k);
    // (a participle describes the antecedent's head: "A company based in Ohio, which", "A group representing farmers,
    // which"; "Lee pointed to a letter which" and "The council voted for a resolution which" have the sentence's verb)
    const participle = /ing$/.test(t.lower) || (tokenAt(doc, k - 1).pos === 'NOUN' && PARTICIPLE_PREPOSITIONS.has(tokenAt(doc, k + 1).lower));
    if (t.pos === 'VERB' && (people || !participle)) return makeMention(doc, start, e) ?? antecedent;
  }
  return antecedent;
}

/**
 * True when a verb not in -ing stands in tokens [from, to): "The mayor pointed to | a report". Not the
 * shared `hasVerbBetween` (prepare/lookup) on purpose: a participle in -ing ("a group representing nurses") and
 * an auxiliary do not end the description here.
 */
export function verbBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokenAt(doc, k).pos === 'VERB' && !/ing$/.test(tokenAt(doc, k).lower)) return true;
  return false;
}

/**
 * The person after the first preposition of {@link HANDING_PREPOSITIONS} in
 * description `m` when no word before it names a person or group: "Ann Lee"
 * of "fire from Ann Lee", "Sen. Ann Lee" of "criticism from Sen. Ann Lee",
 * "a lawyer from Dover" of "fire from a lawyer from Dover"; null for
 * anything else ("a lawyer from Dover", "the mayor of Dover", "fire from
 * Ohio").
 */
export function nameAfterPreposition(doc: Doc, m: Mention): Mention | null {
  for (let k = m.first; k < m.last - 1; k++) {
    const t = tokenAt(doc, k);
    const head = kindOfHead(t.lower);
    if (isPeopleKind(head) || /^\p{Lu}/u.test(t.value)) return null;
    if (k === m.first || !HANDING_PREPOSITIONS.has(t.value)) continue;
    const after = makeMention(doc, k + 1, m.last);
    if (after === null) return null;
    if (after.kind === 'name') return isPlaceName(after.name) ? null : after;
    const kind = after.kind === 'description' ? kindOfHead(tokenAt(doc, after.head ?? after.last - 1).lower) : 'unknown';
    return isPeopleKind(kind) ? after : null;
  }
  return null;
}

/**
 * The antecedent of "who" at token `e`: the phrase right before it when a
 * verb stands between it and the start of `antecedent` and its head names
 * people ("The senator pointed to aides who"), else `antecedent`.
 */
export function nearestPeople(doc: Doc, antecedent: Mention, e: number, floor: number): Mention {
  const nearest = nearestPhrase(doc, antecedent, e, floor);
  if (nearest === antecedent || nearest.kind !== 'description') return antecedent;
  const kind = kindOfHead(tokenAt(doc, nearest.head ?? nearest.last - 1).lower);
  return isPeopleKind(kind) ? nearest : antecedent;
}
