/**
 * The commas outside quotation marks of a text, indexed once per reported
 * context: rules that look from a cue for the nearest such comma before or
 * after it read the answer from a table instead of walking the tokens, a walk
 * that is quadratic in one long sentence of cues with no comma.
 * @internal
 */
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';

/** For each token, the nearest unquoted comma at or before it and at or after it (-1 when none). */
interface CommaTable {
  readonly before: Int32Array;
  readonly after: Int32Array;
}

/** The {@link CommaTable} of each context, made on the first ask. */
const TABLES = new WeakMap<ReportedContext, CommaTable>();

function tableOf(ctx: ReportedContext): CommaTable {
  let table = TABLES.get(ctx);
  if (table === undefined) {
    const n = tokenCount(ctx.doc);
    const before = new Int32Array(n);
    const after = new Int32Array(n);
    const comma = (i: number): boolean => tokenAt(ctx.doc, i).value === ',' && !ctx.quoted[i];
    for (let i = 0, seen = -1; i < n; i++) {
      if (comma(i)) seen = i;
      before[i] = seen;
    }
    for (let i = n - 1, seen = -1; i >= 0; i--) {
      if (comma(i)) seen = i;
      after[i] = seen;
    }
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
