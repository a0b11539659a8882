/**
 * `saidwho/parallel`: extraction spread over worker threads, for Node only.
 * The main `saidwho` entry point stays free of Node built-ins; import this one
 * when a batch of articles should use several cores.
 *
 * @packageDocumentation
 * @module saidwho/parallel
 */
import { Worker } from 'node:worker_threads';
import * as os from 'node:os';
import { plainOptions, resolveOptions, type ExtractQuotesOptions } from '../options.js';
import type { Extraction } from '../types.js';
import { checkArray, checkObject, own, typeFailure } from '../validate.js';
import type { WorkerLike } from './pool.js';
import type { WorkerSetup } from './protocol.js';
import { ExtractManyError, settleWith, type TextResult, type TextSuccess } from './results.js';

export type { ExtractQuotesOptions } from '../options.js';
export type { Extraction } from '../types.js';
export { ExtractManyError } from './results.js';
export type { TextError, TextFailure, TextResult, TextSuccess } from './results.js';

/**
 * Options of {@link extractMany}.
 *
 * @example
 * ```ts
 * const options: ExtractManyOptions = { concurrency: 4, extractor: { minConfidence: 0.5 } };
 * ```
 */
export interface ExtractManyOptions {
  /**
   * Number of worker threads. Never more than the number of texts.
   * @defaultValue the number of CPU cores available to the process
   */
  readonly concurrency?: number;
  /**
   * Options of the extractor that each worker creates, as for `createExtractor`.
   * @defaultValue `{}`
   */
  readonly extractor?: ExtractQuotesOptions;
}

function defaultConcurrency(): number {
  // os.availableParallelism arrived in Node 18.14
  const available = (os as { availableParallelism?: () => number }).availableParallelism;
  return typeof available === 'function' ? available() : Math.max(1, os.cpus().length);
}

/** The built worker next to this file: parallel-worker.js, an ES module, for the ESM and the CommonJS build alike. */
function workerFile(): URL {
  return new URL('./parallel-worker.js', import.meta.url);
}

/** Checks the arguments; returns the texts, the number of workers and the worker setup. */
function checkArguments(texts: unknown, options: unknown): { texts: string[]; concurrency: number; setup: WorkerSetup } {
  const items = checkArray(texts, '`texts`', 'an array of strings');
  items.forEach((t, i) => {
    if (typeof t !== 'string') typeFailure(`\`texts[${i}]\``, 'a string', t);
  });
  const o = options === undefined ? {} : checkObject(options, '`options`', 'an object', ['concurrency', 'extractor']);
  const given = own(o, 'concurrency');
  const concurrency = given === undefined ? defaultConcurrency() : given;
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1) {
    typeFailure('`concurrency`', 'a positive integer', concurrency);
  }
  // validate here, so that a bad option throws before any thread starts, and
  // send the validated options as plain data (never a function or a prototype)
  const setup: WorkerSetup = { options: plainOptions(resolveOptions(own(o, 'extractor'))) };
  return { texts: items as string[], concurrency, setup };
}

function spawner(setup: WorkerSetup): () => WorkerLike {
  return () => new Worker(workerFile(), { workerData: setup }) as unknown as WorkerLike;
}

/**
 * Finds the quotations in many texts at once, spread over worker threads.
 * The results are in the order of `texts`, and each one is exactly what
 * `createExtractor(options.extractor).extract(text)` returns for that text.
 * Each worker loads the language model once (about 100 ms), so for a handful of
 * short texts the single-threaded extractor is faster.
 *
 * No text can make the others' results lost: if extraction fails on some
 * texts, every other text is still read, and the promise rejects with an
 * {@link ExtractManyError} whose `results` hold all of them and whose message
 * names the failed texts by index. Use {@link extractManySettled} to get the
 * results without a rejection.
 *
 * @param texts - The texts to read: an array of strings, without holes.
 * @param options - The number of worker threads and the extractor options.
 * @returns A promise of one {@link Extraction} per text, in input order.
 * @throws TypeError (synchronously) when `texts` is not an array of strings, or
 *   when `concurrency` or an extractor option is invalid; the message names the
 *   argument and shows the value received.
 *
 * @example
 * ```ts
 * import { extractMany } from 'saidwho/parallel';
 *
 * const results = await extractMany(
 *   ['"We will win," Jane Smith said.', 'The minister said the talks would resume.'],
 *   { concurrency: 2 },
 * );
 * results[0].quotes[0].speaker?.name;
 * //=> 'Jane Smith'
 * ```
 */
export function extractMany(texts: readonly string[], options?: ExtractManyOptions): Promise<Extraction[]> {
  const checked = checkArguments(texts, options);
  return settleWith(checked.texts, checked.concurrency, spawner(checked.setup)).then((results) => {
    if (results.every((r) => r.ok)) return results.map((r) => (r as TextSuccess).extraction);
    throw new ExtractManyError(results);
  });
}

/**
 * Like {@link extractMany}, but never rejects once the arguments are valid:
 * it resolves to one {@link TextResult} per text, in input order, either the
 * extraction or the error that text raised (a worker thread that dies has
 * the texts of the batch it was reading read again one at a time, so that only
 * a text that kills a worker by itself fails; the others are read by the
 * remaining workers).
 *
 * @param texts - The texts to read: an array of strings, without holes.
 * @param options - The number of worker threads and the extractor options.
 * @returns A promise of one result per text.
 * @throws TypeError (synchronously) on invalid arguments, as {@link extractMany}.
 *
 * @example
 * ```ts
 * import { extractManySettled } from 'saidwho/parallel';
 *
 * const results = await extractManySettled(['"We will win," Jane Smith said.', 'No quotes here.']);
 * results.map((r) => (r.ok ? r.extraction.quotes.length : r.error.message));
 * //=> [1, 0]
 * ```
 */
export function extractManySettled(texts: readonly string[], options?: ExtractManyOptions): Promise<TextResult[]> {
  const checked = checkArguments(texts, options);
  return settleWith(checked.texts, checked.concurrency, spawner(checked.setup));
}
