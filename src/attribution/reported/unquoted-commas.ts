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

/** For each token, the nearest unquoted comma at or before it and at or after it (-1 when none). */
interface CommaTable {
  readonly before: Int32Array;
  readonly after: Int32Array;
}

/** The {@link CommaTable} of each context, made on the first ask from its document's commas. */
const TABLES = new WeakMap<ReportedContext, CommaTable>();

function tableOf(ctx: ReportedContext): CommaTable {
  let table = TABLES.get(ctx);
  if (table === undefined) {
    const n = tokenCount(ctx.doc);
    const before = new Int32Array(n).fill(-1);
    const after = new Int32Array(n).fill(-1);
    // (each stretch between two unquoted commas is filled once, from both ends)
    let previous = -1;
    for (const comma of commasOf(ctx.doc)) {
      if (ctx.quoted[comma]) continue;
      if (previous >= 0) before.fill(previous, previous, comma);
      after.fill(comma, previous + 1, comma + 1);
      previous = comma;
    }
    if (previous >= 0) before.fill(previous, previous, n);
    table = { before, after };
    TABLES.set(ctx, table);
  }
  return table;
}

/** The last comma outside quotation marks at or before token `k`, or -1 (also for `k` outside the text). */
export function unquotedCommaAtOrBefore(ctx: ReportedContext, k: number): number {
  const { before } = tableOf(ctx);
  return k < 0 ? -1 : before[Math.min(k, before.length - 1)] ?? -1;
}

/** The first comma outside quotation marks at or after token `k`, or -1 (also for `k` past the text). */
export function unquotedCommaAtOrAfter(ctx: ReportedContext, k: number): number {
  const { after } = tableOf(ctx);
  return k >= after.length ? -1 : after[Math.max(k, 0)] ?? -1;
}
