/**
 * Joins the stretches of one interrupted quotation: `"A," he said, "B."` and
 * `"A," he said. "B. C."` are one quote with several parts, as annotated news
 * corpora count them. A quoted stretch with no attribution of its own that
 * follows reported speech in the same paragraph joins it too (`X said A. "B."`),
 * which makes that quote mixed. When the attribution sentence of a direct quote
 * went on with a reported clause or question of its own (`"A," he told Reuters
 * when asked if ... . "B."`), the next quote joins the direct quote, not that clause.
 * A quoted title in the sentence that attributes a direct quote (`Lee said on
 * WXRT's "Morning Hour."`: short, in Title Case) joins nothing and is dropped;
 * quoted words in lower case there go on with the quote (`Lee said, because "we ...`).
 * A quoted paragraph with no attribution of its own joins the quote of the
 * paragraph before when that paragraph ends with the quote's short attribution
 * (`"A," she said.` / `"B."`) or with a reported quote (`She said A.` / `"B."`),
 * as news corpora annotate a quote running on.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd, candidateStart } from '../attribution/candidate.js';
import { opensSentence, tokenBounds } from '../attribution/direct.js';
import { tokenAt, tokenAtOrAfter } from '../prepare/lookup.js';
import { isTitle, wordsOf } from '../marks/title.js';

function absorb(into: Candidate, other: Candidate): void {
  into.stretches.push(...other.stretches);
  for (const part of other.parts) {
    const last = into.parts[into.parts.length - 1]!;
    // a part that overlaps the last one extends it rather than repeating its words
    if (part.start < last.end) into.parts[into.parts.length - 1] = { start: last.start, end: Math.max(last.end, part.end) };
    else into.parts.push(part);
  }
  if (into.kind === 'indirect') into.kind = 'mixed';
  other.keep = false;
}

/** Most words a quoted title in an attribution has ("Morning Hour", "Meet the Press"). */
const MAX_TITLE_WORDS = 6;

/** True when the quoted words of `c` are short and in Title Case: a programme or a work, not a quotation. */
function looksLikeTitle(doc: Doc, c: Candidate): boolean {
  const words = c.parts.flatMap((p) => wordsOf(doc.view.slice(p.start, p.end)));
  return words.length <= MAX_TITLE_WORDS && /^[\p{Lu}\p{N}]/u.test(words[0] ?? '') && isTitle(words);
}

function lastParagraph(c: Candidate): number {
  return c.stretches.length > 0 && c.kind === 'direct' ? c.stretches[c.stretches.length - 1]!.para : c.para;
}

/**
 * Merges each direct candidate sharing a cue, and (when `unattributed`) each one
 * with no attribution, into the attributed quote before it in its paragraph.
 */
export function mergeInterrupted(doc: Doc, candidates: readonly Candidate[], unattributed: boolean): void {
  const ordered = candidates.filter((c) => c.keep).sort((a, b) => candidateStart(a) - candidateStart(b));
  let host: Candidate | null = null;
  // the last direct quote with a cue: '"A," he told Reuters when asked if ... . "B."' joins A, not the question
  let directHost: Candidate | null = null;
  for (const c of ordered) {
    if (unattributed && host && host.kind !== 'direct' && directHost && attributionSentenceBefore(doc, directHost, host, c)) {
      absorb(directHost, c);
      continue;
    }
    if (host && host.cue !== null && lastParagraph(host) === c.para && c.kind === 'direct' && c.stretches.length > 0) {
      // a stretch with no attribution joins only when it stands as a sentence of its own, not as a scare quote
      const open = tokenBounds(doc, c).open;
      const hostEnd = host.parts[host.parts.length - 1]!.end;
      const sameSentence = doc.tokens[tokenAtOrAfter(doc, hostEnd - 1)]?.sent === doc.tokens[open]!.sent;
      // a quoted name after a preposition is a title, not more of the quote: 'Lee said on "Morning Edition."';
      // so is one right after a word in the sentence of a direct quote's attribution: 'Lee said on WXRT's "Today."';
      // only words that look like a title are one: 'Lee said, because "we have the votes."' goes on with the quote
      const before = doc.tokens[open - 1];
      const afterWord = sameSentence && host.rule.startsWith('direct/') && before !== undefined && /^(?:[\p{L}\p{N}]+|['\u2019]s)$/u.test(before.value) && !/^(and|or|but)$/i.test(before.value);
      const titled = (before?.pos === 'ADP' || afterWord) && before!.sent === doc.tokens[open]!.sent && looksLikeTitle(doc, c);
      const follows = unattributed && c.cue === null && c.speaker === null && !titled && (sameSentence || opensSentence(doc, open, 0));
      if (c.cue === host.cue || follows) {
        absorb(host, c);
        continue;
      }
      // a title in the attribution of a direct quote is no quote, and the quote stays the host of what follows
      if (titled && unattributed && c.cue === null && c.speaker === null && host.rule.startsWith('direct/')) {
        c.keep = false;
        continue;
      }
    }
    // a quoted paragraph with no attribution of its own after the paragraph that ends
    // with an attributed quote continues that quote: '"A," she said.' / '"B."'
    if (unattributed && host && continuesParagraph(doc, host, c)) {
      absorb(host, c);
      continue;
    }
    host = c;
    if (c.kind === 'direct' && c.cue !== null) directHost = c;
  }
}

/**
 * True when `c`, a quote with no attribution of its own that opens a sentence,
 * follows the sentence that attributes the direct quote `direct`, and the
 * reported candidate `between` stands inside that sentence: the attribution
 * went on with a question or a clause of its own before the quote resumed.
 */
function attributionSentenceBefore(doc: Doc, direct: Candidate, between: Candidate, c: Candidate): boolean {
  if (c.kind !== 'direct' || c.stretches.length === 0 || c.cue !== null || c.speaker !== null || direct.cue === null || lastParagraph(direct) !== c.para) return false;
  if (between.cue === null) return false;
  const open = tokenBounds(doc, c).open;
  if (!opensSentence(doc, open, 0)) return false;
  const before = tokenAt(doc, open - 1).sent;
  return tokenAt(doc, direct.cue.head).sent === before && tokenAt(doc, between.cue.head).sent === before;
}

/**
 * True when `c`, a quoted paragraph with no attribution of its own, follows the
 * paragraph that ends with the attributed direct quote `host` and its short
 * attribution, or with the reported quote `host` itself.
 */
function continuesParagraph(doc: Doc, host: Candidate, c: Candidate): boolean {
  if (host.cue === null || c.kind !== 'direct' || c.cue !== null || c.speaker !== null || c.stretches.length === 0) return false;
  // a reported host stays one after it took quoted paragraphs: it takes every one that follows, as a direct host does
  if (host.kind !== 'direct') return reportEndsParagraph(doc, host, c);
  const last = host.stretches[host.stretches.length - 1]!;
  const first = c.stretches[0]!;
  if (first.para !== last.para + 1 || first.open !== doc.paragraphs[first.para]!.start) return false;
  // nothing but the attribution after the host's quote: its cue stands after the quote's last part
  const para = doc.paragraphs[last.para]!;
  const after = candidateEnd(host);
  const cueEnd = tokenAt(doc, host.cue.last - 1).end;
  const tailStart = Math.max(after, cueEnd);
  const tail = doc.text.slice(tailStart, tokenAt(doc, para.last - 1).end);
  // the attribution is one short sentence (by the document's sentences: 'said Mr. Lee.' is one), and the quote fills its paragraph
  if (cueEnd <= candidateStart(host) || !/^[^"\u201c\u201d]{0,80}$/.test(tail) || wordInLaterSentence(doc, tokenAtOrAfter(doc, tailStart), para.last)) return false;
  const end = c.stretches[c.stretches.length - 1]!;
  const cPara = doc.paragraphs[end.para]!;
  return end.close < 0 || /^[\s\p{P}]*$/u.test(doc.text.slice(end.end, tokenAt(doc, cPara.last - 1).end));
}

/** True when a word among tokens [from, to) stands in a later sentence than token `from - 1`. */
function wordInLaterSentence(doc: Doc, from: number, to: number): boolean {
  const sent = tokenAt(doc, from - 1).sent;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent && /[\p{L}\p{N}]/u.test(t.value)) return true;
  }
  return false;
}

/**
 * True when the reported quote `host` (with the quoted paragraphs it took, if
 * any) ends the paragraph right before the quoted paragraph `c` opens.
 */
function reportEndsParagraph(doc: Doc, host: Candidate, c: Candidate): boolean {
  const first = c.stretches[0]!;
  const para = doc.paragraphs[first.para - 1];
  const hostPara = host.stretches.length > 0 ? host.stretches[host.stretches.length - 1]!.para : host.para;
  if (!para || hostPara !== first.para - 1 || first.open !== doc.paragraphs[first.para]!.start) return false;
  if (!/^[\s\p{P}]*$/u.test(doc.text.slice(candidateEnd(host), tokenAt(doc, para.last - 1).end))) return false;
  const end = c.stretches[c.stretches.length - 1]!;
  const cPara = doc.paragraphs[end.para]!;
  return end.close < 0 || /^[\s\p{P}]*$/u.test(doc.text.slice(end.end, tokenAt(doc, cPara.last - 1).end));
}
