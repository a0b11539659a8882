/**
 * Content ends of opt-in thoughts and stances at a semicolon: in `Ms. Varga
 * thinks the toll is too high; the council will vote in May.` what follows the
 * semicolon is the narrator's next statement, and the content is "the toll is
 * too high", as annotated news marks it. Findings of evidence keep their
 * semicolons (`The poll found Ms. Varga at 41 percent; Mr. Reyes at 30
 * percent.` goes on with the next figure). Run last, on the kept candidates;
 * only a content after its cue is cut.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { clauseStartsAt } from './clause-start.js';
import { LIST_CONJUNCTIONS } from '../../data/function-words.js';
import { TokenSet } from '../../prepare/token-set.js';

/** Opt-in categories whose content ends at a semicolon. */
const CUT_CATEGORIES: ReadonlySet<string> = new Set(['thought', 'stance']);

/**
 * Cuts the content of the kept thoughts and stances in `list` at its first
 * semicolon outside quotation marks that a clause follows. Semicolons that
 * part the items of a list are kept: after a colon in the content ("three
 * projects: a pier in Ada, Ohio; a ferry ..."), or with a later "; and" or
 * "; or" that closes the list.
 */
export function cutOptInSemicolons(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !CUT_CATEGORIES.has(c.cue.category) || c.parts.length === 0) continue;
    const part = c.parts[c.parts.length - 1]!;
    const first = tokenAtOrAfter(doc, part.start);
    // a content before its cue ("..., she thinks") is left as it is
    if (first < c.cue.last) continue;
    // (the content's end by a binary search, its semicolons and colons from a table: walking every content of one long
    // sentence of nested thoughts, "Lee hopes that Lee hopes that ...", to its end was quadratic)
    const end = Math.max(first, tokenAtOrAfter(doc, part.end));
    const marks = marksOf(doc, quoted);
    const colon = firstAtOrAfter(marks.colon, first + 1);
    for (let k = firstAtOrAfter(marks.semicolon, first + 1); k < end; k = firstAtOrAfter(marks.semicolon, k + 1)) {
      if (colon < k || firstAtOrAfter(marks.listSemicolon, k) + 1 < end) break;
      // the clause after it may run past the content ("; more so, he said ...")
      if (!clauseAfter(doc, k + 1, doc.sentences[tokenAt(doc, k).sent]!.last)) continue;
      c.parts = [...c.parts.slice(0, -1), { start: part.start, end: tokenAt(doc, k - 1).end }];
      break;
    }
  }
}

/**
 * The unquoted semicolons of a document, its unquoted colons, and its unquoted
 * semicolons followed by "and" or "or" (a list's closing one), one bit per token.
 */
interface Marks {
  readonly semicolon: TokenSet;
  readonly colon: TokenSet;
  readonly listSemicolon: TokenSet;
}

/** The {@link Marks} of a run, by its quoted-token array (one per document read). */
const MARKS = new WeakMap<Readonly<Uint8Array>, Marks>();

function marksOf(doc: Doc, quoted: Readonly<Uint8Array>): Marks {
  let marks = MARKS.get(quoted);
  if (marks === undefined) {
    const n = tokenCount(doc);
    const semicolon = new TokenSet(n);
    const colon = new TokenSet(n);
    const listSemicolon = new TokenSet(n);
    for (let k = 0; k < n; k++) {
      if (quoted[k]) continue;
      const value = tokenAt(doc, k).value;
      if (value === ':') colon.add(k);
      if (value !== ';') continue;
      semicolon.add(k);
      // (the word after may be quoted: a list's "; and" is read as it always was)
      if (LIST_CONJUNCTIONS.has(tokenAt(doc, k + 1).lower)) listSemicolon.add(k);
    }
    marks = { semicolon: semicolon.seal(), colon: colon.seal(), listSemicolon: listSemicolon.seal() };
    MARKS.set(quoted, marks);
  }
  return marks;
}

/** The first member of `set` at or after token `k`, or the token count when there is none. */
function firstAtOrAfter(set: TokenSet, k: number): number {
  const found = set.nextAtOrAfter(k);
  return found < 0 ? set.size : found;
}

/**
 * True when a clause starts at `p`, or after a short opening adverb phrase
 * and its comma ("; more so, he said ...", "; still, the council ...").
 */
function clauseAfter(doc: Doc, p: number, end: number): boolean {
  if (clauseStartsAt(doc, p, end)) return true;
  for (let j = p; j < Math.min(end, p + 3); j++) {
    const t = tokenAt(doc, j);
    if (t.value === ',') return j > p && clauseStartsAt(doc, j + 1, end);
    if (!/^(ADV|ADJ|CCONJ)$/.test(t.pos)) return false;
  }
  return false;
}
