/**
 * The built-in speech phrases whose words have another sense ("shot back",
 * "fired back" of gunfire; "made clear" of an object's adjective): each is a
 * cue only where it reports words (`Lee fired back on Monday, "..."`, `Lee
 * shot back in a statement that ...`, `"...," Lee fired back`).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { isMarkToken, tokenAt } from '../prepare/lookup.js';
import { CLEAR_OBJECT_POS, CLEAR_PHRASE_POS, SPEECH_PHRASES } from '../data/cues.js';
import { TIME_WORDS } from '../data/time.js';
import { markFrom, thatOrColonFrom } from './sentence-marks.js';

/** Lemmas of the built-in speech phrases ("shot back"), whose words have another sense (gunfire). */
export const SPEECH_PHRASE_LEMMAS: ReadonlySet<string> = new Set(SPEECH_PHRASES.map((p) => p.lemma));
/** How far back a quotation may end before a speech phrase and its subject: `"...," Lee's aide shot back`. */
const MAX_PHRASE_SUBJECT = 6;

/** True when "that" or a colon follows token `i - 1` later in its sentence ("reported from Kyiv that ..."). */
export function thatOrColonAfter(doc: Doc, i: number): boolean {
  // (one look-up of the sentence's last "that" or colon, not a scan to its end: see sentence-marks.ts)
  return thatOrColonFrom(doc, tokenAt(doc, i - 1).sent, i);
}

/** True when the sentence of token `i` holds a quotation mark. */
function markInSentence(doc: Doc, i: number): boolean {
  const sent = tokenAt(doc, i).sent;
  return sent >= 0 && markFrom(doc, sent, doc.sentences[sent]!.first);
}

/** Most words between "made clear" and the "that", colon or verb of its report: "made clear several times that". */
const MAX_CLEAR_GAP = 4;

/**
 * True when, past a short noun phrase or adverbs after "made clear" ending at
 * `end`, "that", a colon or a finite verb follows: "made clear early on that
 * ...", "made clear new limits would ...", not "made clear gains in ...". A
 * preposition is passed only right before "that" ("early on that").
 */
function reportAfterClear(doc: Doc, end: number): boolean {
  const sent = tokenAt(doc, end - 1).sent;
  for (let k = end; k - end <= MAX_CLEAR_GAP && tokenAt(doc, k).sent === sent; k++) {
    const t = tokenAt(doc, k);
    const after = tokenAt(doc, k + 1);
    if (k > end && ((t.lower === 'that' && !/^(NOUN|ADJ)$/.test(after.pos)) || t.value === ':')) return true;
    if (k > end && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)))) return true;
    if (t.pos === 'ADP' && after.lower === 'that') continue;
    if (!CLEAR_PHRASE_POS.has(t.pos) || t.lower === 'that') return false;
  }
  return false;
}

/**
 * True when a built-in speech phrase at tokens [i, end) reports words: its
 * sentence holds a quotation mark, or "that" or a colon follows it in the
 * sentence (`Lee fired back on Monday, "..."`, `Lee shot back in a statement
 * that ...`), or a quotation ends right before it and its subject (`"...,"
 * Lee fired back`). Not "officers fired back, killing him".
 */
export function speechPhraseHere(doc: Doc, i: number, end: number): boolean {
  // "made clear gains in the "summer rush" season": "clear" is the adjective of the object
  const next = tokenAt(doc, end);
  if (tokenAt(doc, end - 1).lower === 'clear' && tokenAt(doc, end - 2).lower !== 'it' && CLEAR_OBJECT_POS.has(next.pos) && !TIME_WORDS.has(next.lower) && !reportAfterClear(doc, end)) return false;
  if (markInSentence(doc, i) || thatOrColonAfter(doc, end)) return true;
  for (let k = i - 1; k >= Math.max(0, i - MAX_PHRASE_SUBJECT); k--) {
    const w = tokenAt(doc, k);
    if (isMarkToken(w.value)) return /^[,!?]$/.test(tokenAt(doc, k - 1).value) || tokenAt(doc, k + 1).value === ',';
    if (w.para !== tokenAt(doc, i).para || /^[.;!?]$/.test(w.value)) return false;
  }
  return false;
}
