/**
 * The outcome of each text of a batch, and the error of a batch with failures
 * (public through `saidwho/parallel`).
 */
import type { Extraction } from '../types.js';
import { runPool, type WorkerLike } from './pool.js';

/** Why one text of a batch has no extraction: the error it raised, by name and message. */
export interface TextError {
  /** The error's name, such as `TypeError`. */
  readonly name: string;
  /** The error's message. */
  readonly message: string;
}

/**
 * The outcome for one text of `extractManySettled`: its extraction, or
 * the error it raised. `index` is the text's position in the input array.
 *
 * @example
 * ```ts
 * for (const r of await extractManySettled(texts)) {
 *   if (r.ok) save(r.index, r.extraction);
 *   else console.error(`text ${r.index}: ${r.error.name}: ${r.error.message}`);
 * }
 * ```
 */
export type TextResult = TextSuccess | TextFailure;

/** A text of the batch that was read: {@link TextResult} with `ok: true`. */
export interface TextSuccess {
  /** Always true: the text was read. */
  readonly ok: true;
  /** The text's position in the input array. */
  readonly index: number;
  /** What the extractor found in it. */
  readonly extraction: Extraction;
}

/** A text of the batch that failed: {@link TextResult} with `ok: false`. */
export interface TextFailure {
  /** Always false: the text has no extraction. */
  readonly ok: false;
  /** The text's position in the input array. */
  readonly index: number;
  /** The error it raised. */
  readonly error: TextError;
}

/**
 * What `extractMany` rejects with when some texts failed. Every other
 * text was still read: `results` holds one {@link TextResult} per text, in
 * input order, and `failures` the failed ones.
 *
 * @example
 * ```ts
 * try {
 *   await extractMany(texts);
 * } catch (error) {
 *   if (!(error instanceof ExtractManyError)) throw error;
 *   error.failures.map((f) => f.index); //=> the positions of the texts that failed
 *   error.results.filter((r) => r.ok);  //=> every other extraction
 * }
 * ```
 */
export class ExtractManyError extends Error {
  /** One result per text, in input order. */
  readonly results: readonly TextResult[];
  /** The results of the texts that failed, in input order. */
  readonly failures: readonly TextFailure[];

  /** @param results - One result per text, some of them failures. */
  constructor(results: readonly TextResult[]) {
    const failures = results.filter((r): r is TextFailure => !r.ok);
    const first = failures[0];
    const shown = first === undefined ? '' : `: texts[${first.index}]: ${first.error.name}: ${first.error.message}`;
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more, see .failures)` : '';
    super(`saidwho: ${failures.length} of ${results.length} texts failed${shown}${more}`);
    this.name = 'ExtractManyError';
    this.results = results;
    this.failures = failures;
  }
}

/**
 * `extractManySettled` with the way workers are made given: the real
 * one starts a worker thread, tests hand in stand-ins that fail on purpose.
 * @internal
 */
export function settleWith(texts: readonly string[], concurrency: number, spawn: () => WorkerLike): Promise<TextResult[]> {
  return runPool(texts, concurrency, spawn).then((outcomes) =>
    outcomes.map((o, index): TextResult => (o.ok ? { ok: true, index, extraction: o.extraction } : { ok: false, index, error: { name: o.name, message: o.message } })),
  );
}

