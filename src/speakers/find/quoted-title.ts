/**
 * A title in quotation marks that ends a speaker phrase after a cue: "wrote
 * the authors of the “Harbour Renewal Plan,”", "concluded a new report “Rivers at
 * Risk”". The phrase runs on to the closing mark, so that the
 * name a reader sees holds the title, not the bare "the authors" or "his book".
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { POSSESSIVES } from '../../data/clauses.js';
import { DOCUMENT_NOUNS } from '../../data/people.js';
import { isPossessive } from './name-marks.js';
import { nameText } from './mention.js';
import { mentionWith } from '../shape.js';

/** The most tokens a quoted title may hold between its marks ("Harbour Lights: Tom Ash, Ida Bell and the Pier Band"). */
const MAX_TITLE_TOKENS = 12;

/**
 * One past the closing mark of a title in quotation marks whose opening mark
 * is token `open`, or -1: up to {@link MAX_TITLE_TOKENS} tokens in one
 * sentence, the first a capitalised word, each a word, a comma, a colon or an
 * inner hyphen, with a comma or a period allowed right before the closing
 * mark ('“Harbour Renewal Plan,”', "''Rivers at Risk.''").
 * The closing mark is the first mark after the opening one. The opening
 * mark may be the `ceiling` of the search (the marks read as a quotation of
 * their own), never past it.
 */
export function quotedTitleEnd(doc: Doc, open: number, ceiling: number): number {
  if (open > ceiling) return -1;
  // ("''The Harbour''": two apostrophes read as two tokens are one mark, at the opening and at the closing)
  if (isDoubledMark(doc, open)) open++;
  const opening = maybeToken(doc, open);
  const first = maybeToken(doc, open + 1);
  if (opening === undefined || first === undefined || !isMarkToken(opening.value) || !/^\p{Lu}/u.test(first.value) || first.sent !== opening.sent) return -1;
  for (let j = open + 1; j <= open + MAX_TITLE_TOKENS + 1; j++) {
    const t = maybeToken(doc, j);
    if (t === undefined) return -1;
    if (isMarkToken(t.value)) {
      // (the mark must close the title in its sentence or right after its last period: "... of the Deal.''")
      const last = tokenAt(doc, j - 1);
      if (j <= open + 1 || (t.sent !== opening.sent && last.value !== '.') || !/^[\p{L}\p{N}.,]/u.test(last.value)) return -1;
      return isDoubledMark(doc, j) ? j + 2 : j + 1;
    }
    if (t.sent !== opening.sent && tokenAt(doc, j - 1).value !== '.') return -1;
    if (!/^[\p{L}\p{N}]/u.test(t.value) && !/^[,:.\-–&]$/.test(t.value)) return -1;
    // (a period ends the title only before the closing mark)
    if (t.value === '.' && !isMarkToken(maybeToken(doc, j + 1)?.value ?? '')) return -1;
  }
  return -1;
}

/** True when token `k` is an apostrophe with another right after it, no space between: the two halves of a "''" mark. */
function isDoubledMark(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  const next = maybeToken(doc, k + 1);
  return t !== undefined && next !== undefined && t.value === "'" && next.value === "'" && next.start === t.end;
}

/**
 * One past the closing mark of a quoted title that opens the object of a
 * preposition at `from` (the token after the preposition; `ceiling` as in
 * {@link quotedTitleEnd}), with a
 * determiner or a possessive before it or not: the "the “Harbour Renewal
 * Plan,”" of "the authors of the “Harbour Renewal Plan,”", with the
 * lower-case nouns the title modifies ("the “Morning Tide” show"); else -1.
 */
export function quotedObjectEnd(doc: Doc, from: number, ceiling: number): number {
  const t = maybeToken(doc, from);
  if (t === undefined) return -1;
  const determiner = t.pos === 'DET' || isPossessive(t) || POSSESSIVES.has(t.lower);
  const close = quotedTitleEnd(doc, determiner ? from + 1 : from, ceiling);
  // (a title before its noun modifies it: "the host of the “Morning Tide” show")
  let end = close;
  const opening = tokenAt(doc, determiner ? from + 1 : from);
  while (end > 0 && maybeToken(doc, end)?.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokenAt(doc, end).value) && tokenAt(doc, end).sent === opening.sent) end++;
  return end;
}

/**
 * One past the closing mark of a quoted title right after a document noun
 * that ends the phrase before `end` (`ceiling` as in {@link quotedTitleEnd}): "a new report “Rivers at
 * Risk”", "her book ''Harbour Lights''"; else -1. Quoted words with a
 * lower-case verb are a clause said, no title: 'said the authors of the
 * study "We must act now," adding ...'.
 */
export function documentTitleEnd(doc: Doc, end: number, ceiling: number): number {
  const head = maybeToken(doc, end - 1);
  if (head === undefined || !DOCUMENT_NOUNS.has(head.lower) || !/^\p{Ll}/u.test(head.value)) return -1;
  const close = quotedTitleEnd(doc, end, ceiling);
  return close > 0 && lowerCaseVerbIn(doc, end + 1, close - 1) ? -1 : close;
}

/** True when a token in `[from, to)` is a verb or an auxiliary in lower case ("must", "act"), as a title in title case has none. */
function lowerCaseVerbIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if ((t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.value)) return true;
  }
  return false;
}

/**
 * The description `phrase` run on over the quoted title that follows it up to
 * `titleEnd` (one past the closing mark), named with the title and without
 * the comma or period inside its marks: 'the authors of the “Harbour Renewal
 * Plan”'. A phrase that is no description stays as it is.
 */
export function titledMention(doc: Doc, phrase: Mention, titleEnd: number): Mention {
  if (phrase.kind !== 'description') return phrase;
  const close = tokenAt(doc, titleEnd - 1);
  let name = nameText(doc, phrase.start, close.end);
  if (isMarkToken(close.value)) {
    // (a "''" read as two tokens closes as one mark)
    const doubled = isDoubledMark(doc, titleEnd - 2);
    let lastWord = doubled ? titleEnd - 3 : titleEnd - 2;
    if (/^[.,]$/.test(tokenAt(doc, lastWord).value)) lastWord--;
    name = `${nameText(doc, phrase.start, tokenAt(doc, lastWord).end)}${doubled ? "''" : close.value}`;
  }
  return mentionWith(phrase, { last: titleEnd, end: close.end, name, head: phrase.head ?? phrase.last - 1 });
}

/**
 * The "of" before a quoted title that ends right before `end` (one past its
 * closing mark), with a determiner or a possessive between them or not: the
 * "of" of 'The authors of the “Harbour Plan” (wrote)'; else -1. The title's
 * marks lie after `floor`.
 */
export function titleObjectOf(doc: Doc, end: number, floor: number): number {
  const close = maybeToken(doc, end - 1);
  if (close === undefined || !isMarkToken(close.value)) return -1;
  for (let open = end - 3; open >= Math.max(floor + 1, end - MAX_TITLE_TOKENS - 2); open--) {
    if (!isMarkToken(tokenAt(doc, open).value)) continue;
    if (quotedTitleEnd(doc, open, open) !== end) return -1;
    const before = tokenAt(doc, open - 1);
    const determiner = before.pos === 'DET' || isPossessive(before) || POSSESSIVES.has(before.lower);
    const of = determiner ? open - 2 : open - 1;
    return of > floor && tokenAt(doc, of).lower === 'of' && tokenAt(doc, of).sent === close.sent ? of : -1;
  }
  return -1;
}
