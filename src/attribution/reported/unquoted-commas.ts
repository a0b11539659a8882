/**
 * The comma lookups of the reported stage, in one place: the comma tokens of
 * a document, listed once per document, and the commas outside quotation
 * marks, indexed once per reported context. Rules that look for the nearest
 * comma before or after a token read the answer from these instead of walking
 * the tokens, a walk that is quadratic in one long sentence of cues with no
 * comma.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { lowerIndex, tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { TokenSet } from '../../prepare/token-set.js';

/** The comma tokens of each document, in order, made on the first ask. */
const COMMAS = new WeakMap<Doc, Int32Array>();

function commasOf(doc: Doc): Int32Array {
  let commas = COMMAS.get(doc);
  if (commas === undefined) {
    const at: number[] = [];
    for (let k = 0, n = tokenCount(doc); k < n; k++) if (tokenAt(doc, k).value === ',') at.push(k);
    commas = Int32Array.from(at);
    COMMAS.set(doc, commas);
  }
  return commas;
}

/** The first comma token at or after token `k`, quoted or not, or -1 when none. */
export function commaAtOrAfter(doc: Doc, k: number): number {
  const commas = commasOf(doc);
  const next = lowerIndex(commas.length, k, (i) => commas[i]!);
  return next < commas.length ? commas[next]! : -1;
}

/** The unquoted commas of each context, one bit per token, made on the first ask from its document's commas. */
const TABLES = new WeakMap<ReportedContext, TokenSet>();

function tableOf(ctx: ReportedContext): TokenSet {
  let table = TABLES.get(ctx);
  if (table === undefined) {
    table = new TokenSet(tokenCount(ctx.doc));
    for (const comma of commasOf(ctx.doc)) if (!ctx.quoted[comma]) table.add(comma);
    TABLES.set(ctx, table.seal());
  }
  return table;
}

/** The last comma outside quotation marks at or before token `k`, or -1 (also for `k` outside the text). */
export function unquotedCommaAtOrBefore(ctx: ReportedContext, k: number): number {
  return k < 0 ? -1 : tableOf(ctx).lastAtOrBefore(k);
}

/** The first comma outside quotation marks at or after token `k`, or -1 (also for `k` past the text). */
export function unquotedCommaAtOrAfter(ctx: ReportedContext, k: number): number {
  return tableOf(ctx).nextAtOrAfter(k);
}
