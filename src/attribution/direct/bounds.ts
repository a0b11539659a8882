/**
 * Where a direct quote sits: its token bounds, the first token its
 * attribution may read (the floor), and whether it opens its sentence. In the
 * invented `The pier closed. "We will rebuild," Ada Moss said.` the quote
 * opens its sentence, so the cue after it may attribute it; in `The pier is
 * "a ruin," Moss said.` it does not, and the reported-speech stage takes the
 * sentence whole. Shared by the other direct rule families and by the refine
 * stage (through `direct.ts`).
 * @internal
 */
import type { Doc, Token } from '../../prepare/document.js';
import type { Candidate } from '../candidate.js';
import { closingMark } from '../candidate.js';
import { isMarkToken, maybeToken, tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';
import { viewChar } from '../../prepare/view.js';
import { timestampLength } from '../../prepare/lookup.js';

/** Token bounds of a candidate: the opening-mark token and one past the closing-mark token. */
export function tokenBounds(doc: Doc, c: Candidate): { open: number; after: number; paraEnd: number; paraStart: number } {
  const first = c.stretches[0]!;
  const last = c.stretches[c.stretches.length - 1]!;
  const para = doc.paragraphs[last.para]!;
  return {
    open: tokenAtOrAfter(doc, first.open),
    // (a closing mark of two tokens, '' as in "fight''", ends at the stretch's end)
    after: last.close >= 0 ? tokenAtOrAfter(doc, last.end) : para.last,
    paraEnd: para.last,
    paraStart: doc.paragraphs[first.para]!.first,
  };
}

/** Most tokens inside the marks of a title quoted in a speaker's appositive ('author of "Unwritten Rules,"'). */
const MAX_APPOSITIVE_TITLE = 6;

/**
 * The first token an attribution of candidate `n` may read: the token after
 * the quote before it in its paragraph, or the paragraph's start. A short
 * title quoted inside the speaker's appositive is no such quote ('As Ann Lee,
 * author of "Unwritten Rules," put it, "..."'): a quote of at most
 * {@link MAX_APPOSITIVE_TITLE} tokens, unattributed, opened after a
 * preposition inside the sentence, with a comma before its closing mark and
 * no sentence end between it and candidate `n`; the floor is then that
 * quote's own (one quote only: a title before a title is not looked through).
 */
export function floorBefore(doc: Doc, candidates: readonly Candidate[], n: number): number {
  const c = candidates[n]!;
  const b = tokenBounds(doc, c);
  const floorOf = (i: number): number => {
    const prev = candidates[i - 1];
    return prev && prev.stretches[prev.stretches.length - 1]!.para === c.para ? tokenBounds(doc, prev).after : b.paraStart;
  };
  const floor = floorOf(n);
  const prev = candidates[n - 1];
  if (!prev || floor === b.paraStart || prev.stretches.length !== 1 || prev.cue !== null || prev.speaker !== null) return floor;
  const p = tokenBounds(doc, prev);
  // (a mark typed as two apostrophes is two tokens: 'author of ''Rules,'' put it')
  // (at most three marks back: a longer run of marks is no title's opening, and reading it all for every quote
  // of a run of marks was quadratic)
  let before = p.open - 1;
  const lowest = Math.max(b.paraStart, p.open - 4);
  while (before >= lowest && isMarkToken(tokenAt(doc, before).value)) before--;
  let comma = p.after - 1;
  while (comma > p.open && isMarkToken(tokenAt(doc, comma).value)) comma--;
  let first = p.open;
  while (first < comma && isMarkToken(tokenAt(doc, first).value)) first++;
  if (comma - first > MAX_APPOSITIVE_TITLE || before < b.paraStart) return floor;
  const opener = tokenAt(doc, before);
  if (opener.pos !== 'ADP' || opener.sent !== tokenAt(doc, p.open).sent || tokenAt(doc, comma).value !== ',') return floor;
  for (let k = p.after; k < b.open; k++) if (/^[.!?;:]$/.test(tokenAt(doc, k).value)) return floor;
  return floorOf(n - 1);
}

/** True when the quote that closes just before token `after` ends with a full stop. */
export function endsSentence(doc: Doc, after: number): boolean {
  const close = maybeToken(doc, closingMark(doc, after));
  return close !== undefined && close.start > 0 && viewChar(doc.view, close.start - 1) === '.';
}

/** True when words of the same sentence follow the closing mark (`"X" about Y`), not punctuation or the sentence end. */
export function clauseGoesOn(doc: Doc, after: number): boolean {
  const next = maybeToken(doc, after);
  const close = maybeToken(doc, closingMark(doc, after));
  if (!next || !close || next.sent !== close.sent || next.para !== close.para) return false;
  // a quote that ends its own sentence inside the marks ("... today.") does not go on
  if (close.start > 0 && /[.!?]/.test(viewChar(doc.view, close.start - 1)!)) return false;
  return next.pos !== 'PUNCT' && !isMarkToken(next.value);
}

/**
 * True when nothing but punctuation stands between the start of the sentence
 * (or `floor`) and the opening mark, or a live blog's time stamp opening its
 * line ('16:30 "We are closed," the council said.').
 */
export function opensSentence(doc: Doc, open: number, floor: number): boolean {
  const lowest = Math.max(doc.sentences[tokenAt(doc, open).sent]!.first, floor);
  const k = decisiveBefore(doc, open);
  // (the stamp may carry a time zone: '16:30 GMT "We are closed," ...')
  if (k < lowest || (k >= lowest && k < lowest + timestampLength(doc, lowest))) return true;
  const value = tokenAt(doc, k).value;
  // "X scolded him: "...," she said"; markup before the mark: <p>"...," she said; > "...," she said (markdown)
  return value === ':' || value === ';' || value === '>';
}

/**
 * True when the quotation whose opening mark is token `open` (its closing mark
 * before token `after`) opens an aside in parentheses with its own
 * attribution: 'The crowd was small ("We will stay," he said).', a translation
 * after the original ('«Nous resterons», a-t-il dit ("We will stay," he
 * said).'); its words end in a comma, a question or an exclamation mark
 * inside the marks, not a title in parentheses ('the group ("Friends of the
 * Park")').
 */
export function parenthesisedQuote(doc: Doc, open: number, after: number): boolean {
  if (open === 0 || tokenAt(doc, open - 1).value !== '(') return false;
  const close = tokenAt(doc, closingMark(doc, after));
  // (a guillemet set a space apart, French spacing: '(« We will stay, » he said)')
  let k = close.start - 1;
  while (k > 0 && /\s/u.test(viewChar(doc.view, k) ?? '')) k--;
  return k >= 0 && /[,?!]/.test(viewChar(doc.view, k) ?? '');
}

/** A token {@link opensSentence} stops at: a word, or ':', ';' or '>'. */
function isDecisive(t: Token): boolean {
  return t.value === ':' || t.value === ';' || t.value === '>' || (t.pos !== 'PUNCT' && !isMarkToken(t.value));
}

/** How many tokens {@link decisiveBefore} walks before it takes the memo (text has a word within a few). */
const SHORT_WALK = 16;

/**
 * For each document, the decisive token before a run of punctuation and marks, by
 * each token of the run that a long walk met: a text of nothing but marks has a
 * candidate at each, and walking each back to the sentence start took time
 * quadratic in the length of the run.
 */
const decisiveMemo = new WeakMap<Doc, Map<number, number>>();

/** The nearest token before `open` that {@link isDecisive} accepts, or -1. */
export function decisiveBefore(doc: Doc, open: number): number {
  let k = open - 1;
  for (let n = 0; k >= 0 && n < SHORT_WALK; k--, n++) if (isDecisive(tokenAt(doc, k))) return k;
  if (k < 0) return -1;
  let memo = decisiveMemo.get(doc);
  if (!memo) decisiveMemo.set(doc, (memo = new Map()));
  const walked: number[] = [];
  let found = -1;
  for (; k >= 0; k--) {
    const known = memo.get(k);
    if (known !== undefined) { found = known; break; }
    if (isDecisive(tokenAt(doc, k))) { found = k; break; }
    walked.push(k);
  }
  for (const w of walked) memo.set(w, found);
  return found;
}
