/**
 * Messages between {@link extractMany} and its worker threads.
 * @internal
 */
import type { Extraction } from '../types.js';
import type { ExtractQuotesOptions } from '../options.js';

/** What the worker receives when it starts. */
export interface WorkerSetup {
  readonly options: ExtractQuotesOptions | undefined;
}

/** A batch of texts to extract, with the index of the first one. */
export interface Task {
  readonly first: number;
  readonly texts: readonly string[];
}

/** The worker's answer to one {@link Task}. */
export type Reply =
  | { readonly first: number; readonly results: readonly Extraction[] }
  | { readonly first: number; readonly error: { readonly name: string; readonly message: string } };
