/**
 * `saidwho/parallel`: extraction spread over worker threads, for Node only.
 * The main `saidwho` entry point stays free of Node built-ins; import this one
 * when a batch of articles should use several cores.
 *
 * @packageDocumentation
 */
import { Worker } from 'node:worker_threads';
import * as os from 'node:os';
import { resolveOptions, type ExtractQuotesOptions } from '../options.js';
import type { Extraction } from '../types.js';
import type { Reply, Task, WorkerSetup } from './protocol.js';

export type { ExtractQuotesOptions } from '../options.js';
export type { Extraction } from '../types.js';

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

/** Texts sent to a worker at a time: big enough to keep messaging cheap, small enough to share work evenly. */
const BATCH_CHARS = 200_000;
const BATCH_TEXTS = 32;
/** Batches queued at each worker: while it reads one, the next is already waiting, so no worker idles on a round trip. */
const IN_FLIGHT = 2;

function fail(path: string, expected: string, got: unknown): never {
  const shown = got === null ? 'null' : Array.isArray(got) ? 'an array' : got instanceof String ? 'a String object' : typeof got;
  throw new TypeError(`saidwho: \`${path}\` must be ${expected}, got ${shown}`);
}

function defaultConcurrency(): number {
  // os.availableParallelism arrived in Node 18.14
  const available = (os as { availableParallelism?: () => number }).availableParallelism;
  return typeof available === 'function' ? available() : Math.max(1, os.cpus().length);
}

/** The built worker next to this file: parallel-worker.js beside parallel.js, .cjs beside .cjs. */
function workerFile(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.cjs') ? './parallel-worker.cjs' : './parallel-worker.js', here);
}

/** Splits the texts into consecutive batches. */
function batches(texts: readonly string[]): Task[] {
  const out: Task[] = [];
  let first = 0;
  let chars = 0;
  for (let i = 0; i < texts.length; i++) {
    chars += texts[i]!.length;
    if (i + 1 - first >= BATCH_TEXTS || chars >= BATCH_CHARS || i === texts.length - 1) {
      out.push({ first, texts: texts.slice(first, i + 1) });
      first = i + 1;
      chars = 0;
    }
  }
  return out;
}

/**
 * Finds the quotations in many texts at once, spread over worker threads.
 * The results are in the order of `texts`, and each one is exactly what
 * `createExtractor(options.extractor).extract(text)` returns for that text.
 * Each worker loads the language model once (about 100 ms), so for a handful of
 * short texts the single-threaded extractor is faster.
 *
 * @param texts - The texts to read: an array of strings.
 * @param options - The number of worker threads and the extractor options.
 * @returns A promise of one {@link Extraction} per text, in input order.
 * @throws TypeError (synchronously) when `texts` is not an array of strings, or
 *   when `concurrency` or an extractor option is invalid.
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
  if (!Array.isArray(texts)) fail('texts', 'an array of strings', texts);
  texts.forEach((t: unknown, i: number) => {
    if (typeof t !== 'string') fail(`texts[${i}]`, 'a string', t);
  });
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    fail('options', 'an object', options);
  }
  for (const key of Object.keys(options ?? {})) {
    if (key !== 'concurrency' && key !== 'extractor') {
      throw new TypeError(`saidwho: unknown option \`${key}\` of extractMany (known: concurrency, extractor)`);
    }
  }
  const concurrency = options?.concurrency ?? defaultConcurrency();
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1) {
    fail('concurrency', 'a positive integer', concurrency);
  }
  // validate here, so that a bad option throws before any thread starts
  resolveOptions(options?.extractor);
  const tasks = batches(texts);
  if (tasks.length === 0) return Promise.resolve([]);
  const setup: WorkerSetup = { options: options?.extractor };
  return new Promise<Extraction[]>((resolve, reject) => {
    const results: Extraction[] = new Array<Extraction>(texts.length);
    const workers: Worker[] = [];
    let next = 0;
    let pending = tasks.length;
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (w: Worker): void => {
      if (next < tasks.length) w.postMessage(tasks[next++]);
    };
    const count = Math.min(concurrency, tasks.length);
    for (let k = 0; k < count && !settled; k++) {
      const w = new Worker(workerFile(), { workerData: setup });
      workers.push(w);
      w.on('message', (reply: Reply) => {
        if ('error' in reply) {
          const e = reply.error.name === 'TypeError' ? new TypeError(reply.error.message) : new Error(reply.error.message);
          finish(e);
          return;
        }
        reply.results.forEach((r, i) => {
          results[reply.first + i] = r;
        });
        if (--pending === 0) finish();
        else feed(w);
      });
      w.on('error', (error) => finish(error));
      w.on('exit', (code) => {
        if (!settled) finish(new Error(`saidwho: a worker thread stopped early (exit code ${code})`));
      });
      feed(w);
    }
    // then one more batch each, round the workers, so that a short list still reaches them all
    for (let n = 1; n < IN_FLIGHT; n++) for (const w of workers) if (!settled) feed(w);
  });
}
