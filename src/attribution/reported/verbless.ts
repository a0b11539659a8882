/**
 * Whether a stretch of tokens holds no verb, or no quotation, read from
 * token sets with counts made once per document (and once per reported context for
 * the quoted words) instead of a walk over the stretch. The rules of
 * `content-then-cue.ts` ask it about the words from a sentence's start to
 * each cue; a walk made one long sentence of asides ("The plan — some say —
 * ..." again and again) quadratic.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { POSSESSIVES_AND_YOUR } from '../../data/clauses.js';
import { ARTICLES } from '../../data/function-words.js';
import type { ReportedContext } from './shared.js';
import { TokenSet } from '../../prepare/token-set.js';

/** Sets of a document's tokens (one bit per token: a long text has millions of tokens). */
interface VerbTable {
  /** Verbs, auxiliaries and quotation marks. */
  readonly verbs: TokenSet;
  /** Nouns in -s right before a possessive ("marks his return"): verbs the tagger misread. */
  readonly misreadVerbs: TokenSet;
  /** Verbs and auxiliaries. */
  readonly verbsOnly: TokenSet;
}

/** The {@link VerbTable} of each document, made on the first ask. */
const VERB_TABLES = new WeakMap<Doc, VerbTable>();

function verbTableOf(doc: Doc): VerbTable {
  let table = VERB_TABLES.get(doc);
  if (table === undefined) {
    const n = tokenCount(doc);
    const verbs = new TokenSet(n);
    const misreadVerbs = new TokenSet(n);
    const verbsOnly = new TokenSet(n);
    for (let k = 0; k < n; k++) {
      const t = tokenAt(doc, k);
      const verb = t.pos === 'VERB' || t.pos === 'AUX';
      if (verb) verbsOnly.add(k);
      if (verb || isMarkToken(t.value)) verbs.add(k);
      if (t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && POSSESSIVES_AND_YOUR.has(tokenAt(doc, k + 1).lower)) misreadVerbs.add(k);
    }
    table = { verbs: verbs.seal(), misreadVerbs: misreadVerbs.seal(), verbsOnly: verbsOnly.seal() };
    VERB_TABLES.set(doc, table);
  }
  return table;
}

/**
 * True when tokens [from, end) hold no verb and no quotation mark. Stricter than
 * the shared `hasVerbBetween` (prepare/lookup) on purpose: a quotation mark ends the content
 * here, and a noun in -s before a possessive or a capitalised imperative at the
 * start counts as a verb the tagger misread.
 */
export function verbless(doc: Doc, from: number, end: number): boolean {
  if (end <= from) return true;
  const n = tokenCount(doc);
  // (outside the text, the walk this table replaced, which reads no token there)
  if (from < 0 || end > n) return verblessWalk(doc, from, end);
  const { verbs, misreadVerbs } = verbTableOf(doc);
  if (verbs.countBetween(from, end) > 0) return false;
  // "The new plan marks his return": a noun in -s before a possessive pronoun is a verb the tagger misread
  // (not the first token, and with its possessive inside the stretch: from + 1 .. end - 2)
  if (end - 1 > from + 1 && misreadVerbs.countBetween(from + 1, end - 1) > 0) return false;
  // "Mark the date, she said.": a sentence's first word, capitalised and read as a name or noun, before an article
  // or a possessive is an imperative verb the tagger misread
  return !imperativeOpening(doc, from, end);
}

/**
 * The first verb or auxiliary in tokens [from, end), or -1 when none: what a
 * walk from `from` would stop at, read from the document's table.
 */
export function firstVerbBetween(doc: Doc, from: number, end: number): number {
  if (end <= from) return -1;
  if (from < 0) {
    for (let k = from; k < end; k++) {
      const pos = tokenAt(doc, k).pos;
      if (pos === 'VERB' || pos === 'AUX') return k;
    }
    return -1;
  }
  // (past the text's end there are no tokens, so no verbs)
  const n = tokenCount(doc);
  if (from >= n) return -1;
  const k = verbTableOf(doc).verbsOnly.nextAtOrAfter(from);
  return k >= 0 && k < Math.min(end, n) ? k : -1;
}

/** {@link verbless} by a walk over the tokens, for a stretch that reaches outside the text. */
function verblessWalk(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'VERB' || t.pos === 'AUX' || isMarkToken(t.value)) return false;
    if (k > from && t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && k + 1 < end && POSSESSIVES_AND_YOUR.has(tokenAt(doc, k + 1).lower)) return false;
    if (k === from && imperativeOpening(doc, k, end)) return false;
  }
  return true;
}

/**
 * True when the token at `k` opens its sentence, is capitalised, was tagged a
 * name or a noun, and an article or a possessive follows it before `end`: an
 * imperative verb ("Mark the date", "Book your tickets early").
 */
function imperativeOpening(doc: Doc, k: number, end: number): boolean {
  const t = tokenAt(doc, k);
  if (k + 1 >= end || (t.pos !== 'PROPN' && t.pos !== 'NOUN') || !/^\p{Lu}\p{Ll}+$/u.test(t.value)) return false;
  if (k > 0 && tokenAt(doc, k - 1).sent === t.sent && !isMarkToken(tokenAt(doc, k - 1).value)) return false;
  const next = tokenAt(doc, k + 1).lower;
  return ARTICLES.has(next) || POSSESSIVES_AND_YOUR.has(next);
}

/** Each reported context's quoted words and quotation marks, made on the first ask. */
const QUOTED_TABLES = new WeakMap<ReportedContext, TokenSet>();

function quotedTableOf(ctx: ReportedContext): TokenSet {
  let table = QUOTED_TABLES.get(ctx);
  if (table === undefined) {
    const n = tokenCount(ctx.doc);
    table = new TokenSet(n);
    for (let k = 0; k < n; k++) if (ctx.quoted[k] || isMarkToken(tokenAt(ctx.doc, k).value)) table.add(k);
    QUOTED_TABLES.set(ctx, table.seal());
  }
  return table;
}

/** True when tokens [from, end) hold no quotation mark and no quoted word. */
export function unquoted(ctx: ReportedContext, from: number, end: number): boolean {
  if (end <= from) return true;
  const table = quotedTableOf(ctx);
  if (from >= 0 && end <= table.size) return table.countBetween(from, end) === 0;
  // (a stretch that reaches outside the text: the walk the table replaced)
  for (let k = from; k < end; k++) if (ctx.quoted[k] || isMarkToken(tokenAt(ctx.doc, k).value)) return false;
  return true;
}
