/**
 * Long subjects whose head opens the sentence and whose modifiers run up to
 * the cue: "Friends of the mayor who have watched her on the trail say",
 * "Growers supporting the levy have said", "A notice posted on the door said".
 * The phrase right before the cue ("the trail", "the levy", "the door") is
 * only the object inside the modifier; the speaker is the whole subject.
 * @internal
 */
import type { Mention } from '../../attribution/candidate.js';
import type { Doc, Token } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { canSpeak, makeMention } from './mention.js';
import { phraseEndAfter } from './noun-phrase.js';
import { TIME_WORDS } from './time-phrase.js';

/** Prepositions that open a modifier after the subject's head: "voters in Ohio", "advocates for the bill". */
const MODIFIER_PREPOSITIONS = new Set(['of', 'for', 'in', 'on', 'at', 'with', 'from', 'across', 'over', 'around', 'near', 'among', 'inside', 'outside', 'within', 'throughout', 'under', 'behind', 'beyond', 'against', 'about', 'by', 'to']);

/** Personal pronouns that open a relative clause without "who" or "that": "people I have spoken with". */
const CONTACT_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/** True for a verb form that can be a participle after a noun: "supporting", "published", "known", "seen". */
function isParticiple(t: Token): boolean {
  return t.pos === 'VERB' && /^\p{Ll}/u.test(t.value) && (/ing$/.test(t.lower) || (/(ed|en|wn)$/.test(t.lower) && t.lower !== t.lemma));
}

/** True when tokens [from, to) after a subject's head are one chain of modifiers, with no verb of the main clause. */
function isModifierChain(doc: Doc, from: number, to: number): boolean {
  const first = tokenAt(doc, from);
  const sent = first.sent;
  let relative = false;
  // the chain must open with a modifier: a preposition, a relative pronoun, a participle, or "I have met"
  const opensRelative = /^(who|that|which)$/.test(first.lower);
  const contact = CONTACT_SUBJECTS.has(first.lower) && /^(VERB|AUX)$/.test(tokenAt(doc, from + 1).pos);
  const adverbParticiple = first.pos === 'ADV' && from + 1 < to && isParticiple(tokenAt(doc, from + 1));
  if (!(MODIFIER_PREPOSITIONS.has(first.lower) || opensRelative || contact || isParticiple(first) || adverbParticiple)) return false;
  if (opensRelative || contact) relative = true;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent || isMarkToken(t.value) || /^[,;:()\u2013\u2014-]+$/.test(t.value)) return false;
    if (relative) continue;
    if (/^(who|that|which)$/.test(t.lower) && k > from && (/^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos) || isPossessiveEnding(tokenAt(doc, k - 1)))) {
      relative = true;
      continue;
    }
    if (t.pos === 'AUX') return false;
    // a noun the tagger read as a verb inside a phrase: "advocates for stem cell research"
    const noun = t.pos === 'VERB' && t.lower === t.lemma && /^(ADP|SCONJ|DET|ADJ)$/.test(tokenAt(doc, k - 1).pos) && /^(NOUN|PROPN)$/.test(tokenAt(doc, k + 1).pos);
    if (t.pos === 'VERB' && !noun) {
      // a participle after its noun (or after an adverb after it): "a notice posted on", "textbooks just published for"
      const prev = tokenAt(doc, k - 1);
      const afterNoun = /^(NOUN|PROPN)$/.test(prev.pos) || (prev.pos === 'ADV' && /^(NOUN|PROPN)$/.test(tokenAt(doc, k - 2).pos)) || k === from;
      if (!isParticiple(t) || !afterNoun) return false;
      // a past form before a determiner or pronoun is a finite verb with its object: "the court overruled the panel"
      // ("a notice posted on the door", "the poll released Sunday by the paper")
      const next = tokenAt(doc, k + 1);
      if (!/ing$/.test(t.lower) && k + 1 < to && !/^(ADP|ADV|PART|NUM)$/.test(next.pos) && !TIME_WORDS.has(next.lower)) return false;
    }
    // "and" joins the main clause's verbs ("Lee wrote the rule and aides said") unless nouns stand on both sides
    if (t.pos === 'CCONJ' && (t.lower !== 'and' || !/^(NOUN|PROPN|ADJ|NUM|DET)$/.test(tokenAt(doc, k + 1).pos) && !/^(his|her|their|its|our)$/.test(tokenAt(doc, k + 1).lower))) return false;
  }
  return true;
}

/** True for the possessive ending of "Mr. Hale's". */
function isPossessiveEnding(t: Token): boolean {
  return /^['’]s$/.test(t.lower);
}

/** The first token after an opening adverb or prepositional phrase and its comma at `k` ("Still,", "In March,"), or `k`. */
function afterOpeningPhrase(doc: Doc, k: number, before: number): number {
  const first = tokenAt(doc, k);
  if (!/^(ADV|ADP|SCONJ)$/.test(first.pos)) return k;
  for (let j = k + 1; j < Math.min(before, k + 8); j++) {
    const t = tokenAt(doc, j);
    if (t.value === ',') return j + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isMarkToken(t.value)) return k;
  }
  return k;
}

/**
 * The whole subject when the mention found right before a cue sits inside the
 * modifiers of a subject that opens its sentence ("Some advocates for crop
 * research said": "crop research" -> "Some advocates for crop research"); else null.
 */
export function openingSubject(doc: Doc, found: Mention, floor: number): Mention | null {
  const sentence = doc.sentences[tokenAt(doc, found.first).sent];
  if (!sentence) return null;
  let k = Math.max(sentence.first, floor);
  // an opening conjunction or quotation mark: "But advocates for ...", "And voters in ..."
  while (k < found.first && (isMarkToken(tokenAt(doc, k).value) || tokenAt(doc, k).pos === 'CCONJ')) k++;
  // an opening phrase set off by a comma: "Nonetheless, ...", "At the same time, ...", "In Ohio, ..."
  k = afterOpeningPhrase(doc, k, found.first);
  const e = phraseEndAfter(doc, k, found.first);
  if (e <= k || e >= found.first) return null;
  const head = makeMention(doc, k, e);
  if (!head || head.kind === 'pronoun' || !canSpeak(doc, head)) return null;
  if (!isModifierChain(doc, e, found.first)) return null;
  const start = tokenAt(doc, k).start;
  const end = tokenAt(doc, found.last - 1).end;
  // "Ann Lee, who ...": a named head keeps its name
  if (head.kind === 'name') return { ...head, last: found.last, end };
  return { first: k, last: found.last, start, end, kind: 'description', titles: [], name: doc.text.slice(start, end), head: head.head ?? e - 1 };
}
