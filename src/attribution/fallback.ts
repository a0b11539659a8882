/**
 * A last guess for direct quotes that no rule attributed and that survived the
 * refiners (`direct/fallback-*`): the subject of the clause that leads into the
 * quote before a colon (`The Gazette focuses on one number: "..."`), the
 * subject of the sentence the quote sits in (`In a later vote, Lee warned of
 * the "owners of technology" who are "..."`), or, for a quote that is a
 * sentence of its own, the subject of the sentence right before it in the
 * paragraph (`Lee is upbeat about the race. "We can win."`). Annotated news
 * almost always names a speaker for such quotes; the guess carries a low
 * confidence. It runs after the refiners, so it changes no quote, only who
 * speaks.
 * @internal
 */
import type { Candidate, Mention } from './candidate.js';
import type { Doc } from '../prepare/document.js';
import { isMarkToken, tokenAt } from '../prepare/lookup.js';
import { canSpeak, sentenceSubject } from '../speakers/phrase.js';
import { isPlaceName, kindOfHead } from '../speakers/kinds.js';
import { DOCUMENT_NOUNS } from '../data/people.js';
import { tokenBounds } from './direct.js';
import { ownAttributionFollows } from '../refine/context.js';
import { clauseColon } from './no-cue.js';

/** Pronouns that never stand for a speaker here. */
const NOT_SPEAKING = /^(it|there|this|that|these|those|you|what|which|who)$/i;

/** Confidence of a guessed speaker. */
const CONFIDENCE = 0.3;

/**
 * A subject fit to speak for a quote: a name (not a place's), a person
 * pronoun, or a description of people, an organisation or a document ("the
 * timing of the surge", "those services" are not).
 */
function fit(doc: Doc, m: Mention | null): Mention | null {
  if (m === null || (m.kind === 'pronoun' && NOT_SPEAKING.test(m.name)) || !canSpeak(doc, m)) return null;
  if (m.kind === 'name') return isPlaceName(m.name) ? null : m;
  if (m.kind === 'pronoun') return m;
  const head = tokenAt(doc, m.head ?? m.last - 1).lower;
  return kindOfHead(head) !== 'unknown' || DOCUMENT_NOUNS.has(head) ? m : null;
}

/** Gives a guessed speaker to each kept direct quote that has neither cue nor speaker. */
export function guessSpeakers(doc: Doc, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (!c.keep || c.kind !== 'direct' || c.speaker !== null || c.cue !== null || c.from !== null || c.stretches.length === 0) continue;
    const guess = guessFor(doc, c);
    if (guess === null) continue;
    c.speaker = guess.speaker;
    c.rule = guess.rule;
    c.confidence = CONFIDENCE;
  }
}

function guessFor(doc: Doc, c: Candidate): { speaker: Mention; rule: string } | null {
  const b = tokenBounds(doc, c);
  const open = b.open;
  // the clause before a colon: "The Gazette focuses on one number:"
  const colon = clauseColon(doc, open, b.paraStart, true);
  if (colon?.speaker) {
    const m = fit(doc, colon.speaker);
    if (m) return { speaker: m, rule: 'direct/fallback-colon' };
  }
  const sentence = doc.sentences[tokenAt(doc, open).sent]!;
  const first = Math.max(sentence.first, b.paraStart);
  // the sentence the quote sits in: its subject before the quote, or after a quote that opens it
  if (first < open) {
    const m = fit(doc, sentenceSubject(doc, first, open));
    if (m) return { speaker: m, rule: 'direct/fallback-subject' };
  }
  // words of the quote's own sentence after it: '"...," Ann Lee, who chairs the board, noted in a letter.'
  const close = tokenAt(doc, b.after - 1);
  if (first >= open && b.after < b.paraEnd && ownAttributionFollows(doc, c)) {
    const end = doc.sentences[tokenAt(doc, b.after).sent]!.last;
    let k = b.after;
    if (tokenAt(doc, k).value === ',') k++;
    const m = fit(doc, sentenceSubject(doc, k, Math.min(end, b.paraEnd)));
    if (m && m.first === k) return { speaker: m, rule: 'direct/fallback-after' };
  }
  // a quote that is a sentence of its own: the subject of the sentence before it, in its paragraph
  // ("Lee is upbeat about the race. "We can win."")
  if (first >= open && close.sent !== undefined) {
    const prev = doc.sentences[tokenAt(doc, open).sent - 1];
    if (prev && prev.first >= b.paraStart && !hasMark(doc, prev.first, prev.last)) {
      const m = fit(doc, sentenceSubject(doc, prev.first, prev.last));
      if (m) return { speaker: m, rule: 'direct/fallback-previous' };
    }
  }
  return null;
}

/** True when tokens [from, to) hold a quotation mark. */
function hasMark(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isMarkToken(tokenAt(doc, k).value)) return true;
  return false;
}
