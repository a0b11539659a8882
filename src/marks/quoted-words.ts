/**
 * Whether a candidate's parts hold quoted words, asked three ways, each by the
 * rules it suits: a token inside the outermost quotation marks (one byte per
 * token, as the pipeline marks them: a clause cut before a quote), a
 * quotation that opens inside the content (the outermost stretches: reported
 * speech made mixed, where a quotation opened before the content does not
 * count), or quotation marks that stand inside the parts themselves (a
 * quotation within a transcript turn or a poll's finding, where the whole
 * span may already sit inside outer marks). Read by the attribution rules and
 * the refiners alike, so it lives with the marks.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Range } from '../prepare/range.js';
import type { QuotedStretch } from './scan.js';
import { lowerBound, tokenAt, tokenAtOrAfter, tokenCount } from '../prepare/lookup.js';
import { DOUBLE_MARK_TOKENS } from '../data/marks.js';

/**
 * True when a token that starts inside one of `ranges` is inside quotation
 * marks: `quoted` holds one byte per token, 1 inside the outermost marks.
 *
 * @param doc - The prepared document.
 * @param quoted - One byte per token, 1 inside quotation marks.
 * @param ranges - Character ranges (a candidate's parts).
 */
export function holdsQuoted(doc: Doc, quoted: Readonly<Uint8Array>, ranges: readonly Range[]): boolean {
  for (const r of ranges) {
    for (let k = tokenAtOrAfter(doc, r.start); k < quoted.length && tokenAt(doc, k).start < r.end; k++) if (quoted[k]) return true;
  }
  return false;
}

/** Where a stretch's quoted words start, right after its opening mark (the key stretches are sorted by too). */
const contentStartOf = (s: QuotedStretch): number => s.contentStart;

/**
 * True when a quoted stretch whose words start at or after the first part's
 * start and that opens before the last part's end overlaps one of `parts`:
 * a quotation opened inside the content. Quoted words between parts (in a
 * source phrase's speaker: 'One night, according to "Harbor Days" by Ann
 * Lee, the mayor called') and a quotation opened before the content are not
 * the content's.
 *
 * @param stretches - The outermost quoted stretches, in text order.
 * @param parts - A candidate's parts, in text order (at least one).
 */
export function opensQuotation(stretches: readonly QuotedStretch[], parts: readonly Range[]): boolean {
  const first = parts[0]!.start;
  const last = parts[parts.length - 1]!.end;
  for (let s = lowerBound(stretches, first, contentStartOf); s < stretches.length && stretches[s]!.open < last; s++) {
    const inside = stretches[s]!;
    if (parts.some((p) => inside.open < p.end && inside.end > p.start)) return true;
  }
  return false;
}

/** How many words, parted by white space, the text holds: `' a  disaster '` holds two. */
function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w.length > 0) n++;
  return n;
}

/**
 * True when one of `ranges` holds a quotation of its own of at least
 * `minWords` words: a double quotation mark (a token of
 * {@link DOUBLE_MARK_TOKENS} that lies wholly inside the range) and the words
 * after it up to the next such mark, or to the range's end when none closes it.
 * With `minWords` 0 any double mark inside a range counts: `an episode of
 * "Shark Tank."`; with 2, a quotation of one word is a term the writer sets
 * off (`the "reporter"`), not someone's own words (`"a disaster"`).
 *
 * @param doc - The prepared document.
 * @param ranges - Character ranges (a candidate's parts).
 * @param minWords - Fewest words the quotation must hold.
 */
export function holdsQuotedWords(doc: Doc, ranges: readonly Range[], minWords: number): boolean {
  for (const r of ranges) {
    // (where the open quotation's words start, -1 when none is open)
    let open = -1;
    for (let k = tokenAtOrAfter(doc, r.start); k < tokenCount(doc) && tokenAt(doc, k).end <= r.end; k++) {
      const t = tokenAt(doc, k);
      if (!DOUBLE_MARK_TOKENS.has(t.value)) continue;
      if (open < 0) open = t.end;
      else if (wordCount(doc.text.slice(open, t.start)) >= minWords) return true;
      else open = -1;
    }
    if (open >= 0 && wordCount(doc.text.slice(open, r.end)) >= minWords) return true;
  }
  return false;
}
