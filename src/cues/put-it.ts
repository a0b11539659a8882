/**
 * "put it" as a cue of speech: `as X put it, ...`, `..., as one analyst put
 * it.`, `"...," the mayor put it.` and, before a colon, `X put it bluntly:
 * ...`, with a short time phrase that may stand after "it" ("as she put it
 * last week", "as he put it in 2019", `time-phrase.ts`) and a phrase of the medium ("as she put it in
 * an interview").
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { hasVerbBetween, isMarkToken, maybeToken, tokenAt } from '../prepare/lookup.js';
import { afterLeadTimePhrase } from './time-phrase.js';
import { MEDIUM_BARE_HEADS, MEDIUM_HEADS, MEDIUM_PREPOSITIONS, PUT_FORMS, PUT_IT_AS_LEADS, SUBJECT_MEDIUM_DETERMINERS } from '../data/cues.js';
import { PEOPLE_NOUNS } from '../data/people.js';
import { OBJECT_PRONOUNS } from '../data/pronouns.js';
import { POSSESSIVES_AND_YOUR } from '../data/clauses.js';

/**
 * How far "as" may stand before "put it", in tokens ("as Tom Ridge, a former secretary, put it"; a long
 * appositive with a quoted title: "as Ann Lee, a law professor at Dover and author of 'Rules,' put it").
 */
const MAX_PUT_IT = 24;

/**
 * True for "put it" or "puts it" in `as X put it, ...` / `as X puts it: ...` at token `i`: "as"
 * opens the sentence or follows a comma, "or", "but", "and" or a dash, and a
 * comma or colon follows; or the sentence ends there and "as" follows a
 * comma (`..., as one analyst put it.`) or goes, after a short speaker with
 * no verb right after a quotation closed after a comma, "!" or "?"
 * (`"...," the mayor put it.`). A listener and a short time phrase may
 * stand after "it" (`as she put it to me,`, `as the mayor put it on
 * Friday.`), and before a colon "put it" needs no
 * "as" (`He put it bluntly: ...`).
 */
export function asPutIt(doc: Doc, i: number): boolean {
  const t = tokenAt(doc, i);
  if (!PUT_FORMS.has(t.lower) || tokenAt(doc, i + 1).lower !== 'it') return false;
  // "He put it bluntly: ...", "She put it this way: ..." need no "as": the colon introduces what was said
  if (colonAfterPutIt(doc, i + 2) && tokenAt(doc, i + 1).sent === t.sent) return true;
  // ('..., as the mayor put it on Friday.', 'as she put it last week, ...', 'as he put it in 2019, ...': a time phrase after "it")
  // (or a phrase of the medium, before or after it: "as she put it in an interview on Friday")
  // ('as one mother put it to me, ...', '..., as Lee put it to reporters.': a listener after "it")
  const close = tokenAt(doc, afterLeadTimePhrase(doc, afterMediumPhrase(doc, afterLeadTimePhrase(doc, listenerEnd(doc, i + 2))))).value;
  // ("..., as one analyst put it.": at the sentence's end only after a comma)
  const ends = /^[.!?]$/.test(close);
  if (!/^[,:]$/.test(close) && !ends) return false;
  for (let k = i - 2; k >= Math.max(0, i - MAX_PUT_IT); k--) {
    const w = tokenAt(doc, k);
    if (w.sent !== t.sent || /^[.;!?]$/.test(w.value)) return false;
    // ('"We will rebuild," the mayor put it.': right after a quotation closed after a comma, "!" or "?", "as" may go)
    if (ends && isMarkToken(w.value) && /^[,!?]$/.test(tokenAt(doc, k - 1).value) && i - k - 1 <= MAX_PUT_IT_SUBJECT && noVerbBetween(doc, k + 1, i)) return true;
    if (w.lower !== 'as') continue;
    const before = tokenAt(doc, k - 1);
    // ('"...," as one analyst put it.': the comma may stand inside the quotation's closing mark)
    if (ends) return before.sent === t.sent && (before.value === ',' || (isMarkToken(before.value) && tokenAt(doc, k - 2).value === ','));
    return before.sent !== t.sent || PUT_IT_AS_LEADS.has(before.lower);
  }
  return false;
}

/**
 * The token after a short phrase of the medium at token `k` ("in an interview", "in a statement", "on his
 * radio show": "in" or "on", a determiner or a possessive, at most one adjective and a noun of
 * {@link MEDIUM_HEADS}, or two; or "on Twitter", "on television": {@link MEDIUM_BARE_HEADS}), or `k` when none
 * stands there.
 */
function afterMediumPhrase(doc: Doc, k: number): number {
  const t = maybeToken(doc, k);
  if (t === undefined || !MEDIUM_PREPOSITIONS.has(t.lower)) return k;
  const det = maybeToken(doc, k + 1);
  if (det === undefined || det.sent !== t.sent) return k;
  // (a medium with no determiner: "on Twitter", "on television")
  if (det.pos !== 'DET' && !SUBJECT_MEDIUM_DETERMINERS.has(det.lower)) return MEDIUM_BARE_HEADS.has(det.lower) ? k + 2 : k;
  let n = k + 2;
  if (maybeToken(doc, n)?.pos === 'ADJ') n++;
  const noun = maybeToken(doc, n);
  if (noun === undefined || noun.sent !== t.sent) return k;
  // (a compound's second noun: "on his radio show"; a medium, not a place: "put it in the box" is no cue)
  const second = maybeToken(doc, n + 1);
  if (second !== undefined && second.sent === t.sent && second.pos === 'NOUN' && MEDIUM_HEADS.has(second.lower)) return n + 2;
  return MEDIUM_HEADS.has(noun.lower) ? n + 1 : k;
}

/**
 * The first token after a listener that opens at `k` with "to": an object
 * pronoun ("to me", "to us") or a short phrase whose head is a person noun or
 * a capitalised name, after a determiner or a possessive ("to reporters", "to
 * a local radio host", "to her staff", "to The Times"); else `k` ("put it to a vote", "put it to rest" have no listener).
 */
function listenerEnd(doc: Doc, k: number): number {
  const to = maybeToken(doc, k);
  const next = maybeToken(doc, k + 1);
  if (to?.lower !== 'to' || next === undefined || next.sent !== to.sent) return k;
  // ("her" before a word of its phrase is a possessive: "to her staff")
  const third = maybeToken(doc, k + 2);
  const possessiveHer = next.lower === 'her' && third !== undefined && third.sent === to.sent && /^(ADJ|NOUN|PROPN)$/.test(third.pos);
  if ((OBJECT_PRONOUNS.has(next.lower) || next.lower === 'her' || next.lower === 'you') && !possessiveHer) return k + 2;
  for (let j = k + 1; j < k + 1 + MAX_LISTENER_TOKENS; j++) {
    const t = maybeToken(doc, j);
    // (a possessive opens the phrase as a determiner does: "to his staff", "to her board")
    const opener = j === k + 1 && POSSESSIVES_AND_YOUR.has(t?.lower ?? '');
    if (t === undefined || t.sent !== to.sent || (!opener && !/^(DET|ADJ|NOUN|PROPN)$/.test(t.pos))) return k;
    const after = maybeToken(doc, j + 1);
    // (a time phrase after the listener is none of its words: "to reporters last week")
    if (after === undefined || !/^(ADJ|NOUN|PROPN)$/.test(after.pos) || afterLeadTimePhrase(doc, j + 1) > j + 1) return PEOPLE_NOUNS.has(t.lower) || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value)) ? j + 1 : k;
  }
  return k;
}

/** Most tokens of a listener after "put it to": "to a local radio host". */
const MAX_LISTENER_TOKENS = 4;

/** Most tokens of the speaker between a quotation and "put it" without "as": '"...," the city's mayor put it.' */
const MAX_PUT_IT_SUBJECT = 5;

/**
 * True when tokens `from` to `to - 1` are at least one and none is a verb or an auxiliary: the shared
 * {@link hasVerbBetween}, and unlike it an empty stretch fails (a speaker must stand before "put it").
 */
function noVerbBetween(doc: Doc, from: number, to: number): boolean {
  return from < to && !hasVerbBetween(doc, from, to);
}

/**
 * True when a colon follows "put it" (token `k` is the first after "it"),
 * right away or after an adverb in -ly or "this way": "put it bluntly:",
 * "put it this way:".
 */
function colonAfterPutIt(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  if (!t) return false;
  if (t.value === ':') return true;
  if (t.pos === 'ADV' && /ly$/.test(t.lower)) return maybeToken(doc, k + 1)?.value === ':';
  return t.lower === 'this' && maybeToken(doc, k + 1)?.lower === 'way' && maybeToken(doc, k + 2)?.value === ':';
}
