/**
 * Messages between {@link extractMany} and its worker threads.
 * @internal
 */
import type { Extraction } from '../types.js';
import type { ExtractQuotesOptions } from '../options.js';

/** What the worker receives when it starts: options already validated, as plain data. */
export interface WorkerSetup {
  readonly options: ExtractQuotesOptions;
}

/** A batch of texts to extract, with the index of the first one. */
export interface Task {
  readonly first: number;
  readonly texts: readonly string[];
}

/** The outcome for one text: its extraction, or the error it raised. */
export type Outcome =
  | { readonly ok: true; readonly extraction: Extraction }
  | { readonly ok: false; readonly name: string; readonly message: string };

/** The worker's answer to one {@link Task}: one outcome per text, in order. */
export interface Reply {
  readonly first: number;
  readonly outcomes: readonly Outcome[];
}

/**
 * What a worker posts once, when it has made its extractor and before it reads
 * any task: the pool then knows that workers can start, so that a worker that
 * dies later died of the text it was reading.
 */
export interface Ready {
  readonly ready: true;
}

/** Any message from a worker: {@link Ready} once, then one {@link Reply} per task. */
export type WorkerMessage = Ready | Reply;

/** The name and message of anything thrown. */
export function errorOutcome(error: unknown): Outcome {
  if (error instanceof Error) return { ok: false, name: error.name, message: error.message };
  return { ok: false, name: 'Error', message: String(error) };
}

/**
 * Answers a task text by text: a text whose extraction throws gets an error
 * outcome, and the texts after it are still read.
 */
export function answerTask(task: Task, extract: (text: string) => Extraction): Reply {
  const outcomes = task.texts.map((text): Outcome => {
    try {
      return { ok: true, extraction: extract(text) };
    } catch (error) {
      return errorOutcome(error);
    }
  });
  return { first: task.first, outcomes };
}
