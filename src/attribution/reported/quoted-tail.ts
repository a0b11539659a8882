/**
 * Content ends of direct quotations whose sentence goes on with the quoted
 * words: `The pier was "a total loss" for the whole season.`, `"It is the
 * work we still owe" to the people of the valley.` Annotated news marks the phrase
 * after the closing mark as part of the content (a mixed quote) when no
 * punctuation closes the quoted words and a word of
 * `QUOTED_TAIL_OPENERS` follows the mark. The phrase runs to the next
 * punctuation or quotation mark in the sentence; a cue in it (`"..." to the
 * crowd she told`), a time word, number or medium word after "on" or "at" (`on Friday`,
 * `at 10 a.m.`, `on her website`: when or where it was said) or an audience's
 * answer after "to" (`to loud applause`) leaves the quote as it is, and so
 * does a quotation that opens with a capital after a word of the narrator's
 * sentence (a title or a sign: `painted the words "Welcome home" on the
 * hull`). Only
 * the quotes of the direct rules: a reported rule cut its own content. Run after the last speaker guess, on
 * the kept candidates.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { CUE_VERBS, MEDIUM_WORDS } from '../../data/cues.js';
import { AUDIENCE_REACTION_WORDS, QUOTED_TAIL_OPENERS } from '../../data/clauses.js';
import { TIME_WORDS } from '../../data/time.js';
import { opensWithCapital } from './that-fragment.js';

/** Most tokens of the phrase after the closing mark. */
const MAX_TAIL = 30;

/** Tokens that end the phrase after the closing mark. */
const TAIL_STOPS = /^([,;:.?!()\u2014\u2013\u2015]|--|\.\.\.|\u2026)$/u;

/** Most tokens after "on" or "at" looked at for a medium word (`on his campaign website`). */
const MAX_MEDIUM_GAP = 4;

/**
 * True when the "on" or "at" at token `k` names when or where the quote was
 * said: a time word or a number right after it (`on Friday`, `at 10 a.m.`,
 * `on 5 May`) or a medium word shortly after it (`on his Facebook page`).
 */
function saidWhenOrWhere(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (t.lower !== 'on' && t.lower !== 'at') return false;
  if (k + 1 < tokenCount(doc) && (TIME_WORDS.has(tokenAt(doc, k + 1).lower) || /^\d/.test(tokenAt(doc, k + 1).value))) return true;
  for (let j = k + 1; j < Math.min(tokenCount(doc), k + 1 + MAX_MEDIUM_GAP); j++) if (MEDIUM_WORDS.has(tokenAt(doc, j).lower)) return true;
  return false;
}

/**
 * The token range [first, end) of the phrase after the closing mark of the
 * last stretch of `c` that carries its sentence on (see the module comment), or null.
 */
function tailAfter(doc: Doc, c: Candidate): [number, number] | null {
  const last = c.stretches[c.stretches.length - 1];
  if (!last || last.close < 0 || c.parts[c.parts.length - 1]!.end < last.contentEnd - 1) return null;
  const close = tokenAtOrAfter(doc, last.close);
  if (close <= 0 || close >= tokenCount(doc)) return null;
  // the closing mark may be two tokens ('')
  let first = close;
  while (first < tokenCount(doc) && isMarkToken(tokenAt(doc, first).value) && tokenAt(doc, first).start < last.end) first++;
  if (first >= tokenCount(doc) || /^\p{P}$/u.test(tokenAt(doc, close - 1).value)) return null;
  const opener = tokenAt(doc, first);
  // (a quotation opening with a capital inside the narrator's sentence is a title, a sign or a sentence of its own: `painted the words "Welcome home ..." on the hull`)
  const open = tokenAtOrAfter(doc, last.open);
  if (open > 0 && open + 1 < close && tokenAt(doc, open - 1).sent === opener.sent && /^\p{L}/u.test(tokenAt(doc, open - 1).value) && opensWithCapital(doc, open)) return null;
  if (opener.sent !== tokenAt(doc, close).sent || !QUOTED_TAIL_OPENERS.has(opener.value) || saidWhenOrWhere(doc, first)) return null;
  let end = first + 1;
  while (end < tokenCount(doc) && end - first <= MAX_TAIL) {
    const t = tokenAt(doc, end);
    if (t.sent !== opener.sent || TAIL_STOPS.test(t.value) || isMarkToken(t.value)) break;
    if (t.pos === 'VERB' && CUE_VERBS.has(t.lemma)) return null;
    // (how the words were met: `"..." to loud applause`)
    if (opener.lower === 'to' && AUDIENCE_REACTION_WORDS.has(t.lower)) return null;
    end++;
  }
  return end - first > MAX_TAIL || end === first + 1 ? null : [first, end];
}

/**
 * Extends the kept direct quotes in `list` whose sentence goes on with the
 * quoted words by the phrase that carries it, as a part of their own, and
 * makes them mixed quotes.
 */
export function extendQuotedTails(doc: Doc, list: readonly Candidate[]): void {
  for (const c of list) {
    if (!c.keep || c.kind !== 'direct' || !c.rule.startsWith('direct/') || c.stretches.length === 0) continue;
    const tail = tailAfter(doc, c);
    if (!tail) continue;
    c.parts = [...c.parts, { start: tokenAt(doc, tail[0]).start, end: tokenAt(doc, tail[1] - 1).end }];
    c.kind = 'mixed';
  }
}
