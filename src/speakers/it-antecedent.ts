/**
 * Clues for what a speaking "it" stands for, read from the text around the
 * speaker mentions before it: the organisation a spokesman or a statement
 * speaks for (`A spokesman for the culture department said ... It said`),
 * a document or a plan that speaks in the sentence before (`The report also
 * found ... It said`), which no organisation named further back stands for.
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { ORGANIZATION_VOICE_NOUNS, ORGANIZATION_VOICE_PREPOSITIONS, SCENE_PREPOSITIONS, SPEAKING_THING_NOUNS, SPEAKING_THING_OPENERS, THING_DETERMINERS } from '../data/people.js';
import { kindOfHead, kindOfName } from './kinds.js';

/**
 * Most tokens from a thing's noun back to its determiner, so at most six
 * words between them ("a cease - and - desist letter").
 */
const MAX_THING_WORDS = 7;

/** Tags that end the search for a thing's determiner: an auxiliary, a preposition, a pronoun. */
const STOPS = /^(AUX|ADP|SCONJ|PRON)$/;

/** True for a token that ends the search for a thing's determiner: {@link STOPS}, or punctuation other than a hyphen. */
function stops(t: Token): boolean {
  return STOPS.test(t.pos) || (t.pos === 'PUNCT' && t.value !== '-');
}

/** True when tokens `first` to `last` (exclusive) name an organisation: an organisation's noun heads them, or its name. */
function namesOrganization(doc: Doc, first: number, last: number): boolean {
  if (last <= first) return false;
  const head = tokenAt(doc, last - 1);
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  if (kindOfHead(head.lower) === 'organization') return true;
  const start = tokenAt(doc, first);
  const text = doc.text.slice(start.lower === 'the' ? tokenAt(doc, first + 1).start : start.start, head.end);
  return /^\p{Lu}/u.test(text) && kindOfName(text) === 'organization';
}

/**
 * The organisation a description speaks for, as written (`the culture
 * department`), or null: a voice noun such as "spokesman" or "statement"
 * followed by "for", "from", "of" or "at" and the organisation to the end of
 * the mention (`A spokesman for the culture department`), or an
 * organisation's possessive before it (`the ministry's spokeswoman`).
 */
export function voicedOrganization(doc: Doc, m: Mention): string | null {
  for (let k = m.first; k < m.last; k++) {
    const t = tokenAt(doc, k);
    if (!ORGANIZATION_VOICE_NOUNS.has(t.lower)) continue;
    const next = maybeToken(doc, k + 1);
    if (next !== undefined && k + 2 < m.last && ORGANIZATION_VOICE_PREPOSITIONS.has(next.lower)) {
      if (!namesOrganization(doc, k + 2, m.last)) return null;
      return doc.text.slice(tokenAt(doc, k + 2).start, m.end);
    }
    // "the ministry's spokeswoman", "the league's new spokesman"
    for (let p = k - 1; p > m.first && p >= k - 2; p--) {
      const owner = tokenAt(doc, p);
      if (owner.value !== "'s" && owner.value !== '’s') continue;
      if (!namesOrganization(doc, m.first, p)) return null;
      return doc.text.slice(m.start, owner.start);
    }
    return null;
  }
  return null;
}

/** True when `m` is a definite description of a thing that speaks (`the report`, `the email`, `the Times article`). */
export function isSpeakingThing(doc: Doc, m: Mention): boolean {
  const head = tokenAt(doc, m.head ?? m.last - 1);
  if (!SPEAKING_THING_NOUNS.has(head.lower)) return false;
  return SPEAKING_THING_OPENERS.has(tokenAt(doc, m.first).lower);
}

/**
 * The token of the first thing that speaks which the sentence before the one
 * of `m` (in the same paragraph) names, as its subject or an object, not a
 * scene set with "in" or "on", or -1: `The report also provided details of
 * breaches at the agency. It said ...`, `The city sent a letter on Thursday.
 * It says ...`. The "it" then stands for that thing (or for the subject that
 * sent it), not for an organisation named further back.
 */
export function thingInSentenceBefore(doc: Doc, m: Mention): number {
  const own = tokenAt(doc, m.first);
  if (own.sent === 0) return -1;
  const before = doc.sentences[own.sent - 1]!;
  if (before.para !== own.para) return -1;
  for (let k = before.first; k < before.last; k++) {
    const t = tokenAt(doc, k);
    if (t.pos !== 'NOUN' || !SPEAKING_THING_NOUNS.has(t.lower)) continue;
    // (a noun modifying another is no thing: "a memo writer", "the report card")
    const next = maybeToken(doc, k + 1);
    if (next !== undefined && next.sent === t.sent && next.pos === 'NOUN') continue;
    // its determiner, at most MAX_THING_WORDS tokens before it ("a cease-and-desist letter"), not after a
    // preposition that sets the scene ("in", "on", ...: SCENE_PREPOSITIONS)
    const d = thingDeterminer(doc, k, before.first);
    if (d < 0) continue;
    const prep = maybeToken(doc, d - 1);
    if (prep !== undefined && prep.sent === t.sent && SCENE_PREPOSITIONS.has(prep.lower)) continue;
    return k;
  }
  return -1;
}

/**
 * The token of the determiner of the thing whose noun is at token `k`, at
 * most {@link MAX_THING_WORDS} tokens before it and not before token `from`
 * ("a cease - and - desist letter": "a"), or -1 when an auxiliary, a
 * preposition, a pronoun or punctuation comes first.
 */
export function thingDeterminer(doc: Doc, k: number, from: number): number {
  let d = k - 1;
  while (d >= from && d >= k - MAX_THING_WORDS && !THING_DETERMINERS.has(tokenAt(doc, d).lower) && !stops(tokenAt(doc, d))) d--;
  return d < from || d < k - MAX_THING_WORDS || !THING_DETERMINERS.has(tokenAt(doc, d).lower) ? -1 : d;
}
