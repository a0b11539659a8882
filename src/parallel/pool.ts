/**
 * Spreading tasks over workers and collecting one outcome per text, whatever
 * happens to a text or a worker.
 * @internal
 */
import { errorOutcome, type Outcome, type Reply, type Task } from './protocol.js';

/** The part of a `Worker` the pool uses, so that tests can hand it stand-ins. */
export interface WorkerLike {
  postMessage(task: Task): void;
  on(event: 'message', listener: (reply: Reply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

/** Texts sent to a worker at a time: big enough to keep messaging cheap, small enough to share work evenly. */
const BATCH_CHARS = 200_000;
const BATCH_TEXTS = 32;

/** Splits the texts into consecutive batches. */
export function batches(texts: readonly string[]): Task[] {
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
 * Runs every task on up to `concurrency` workers made by `spawn`, and resolves
 * to one outcome per text. A text that throws gets its own error outcome; a
 * worker that dies fails only the task it held, and is replaced when it had
 * answered before (a worker that cannot even start fails the remaining tasks
 * instead of being restarted forever). Never rejects.
 */
export function runPool(texts: readonly string[], concurrency: number, spawn: () => WorkerLike): Promise<Outcome[]> {
  const tasks = batches(texts);
  const outcomes: Outcome[] = new Array<Outcome>(texts.length);
  if (tasks.length === 0) return Promise.resolve(outcomes);
  return new Promise<Outcome[]>((resolve) => {
    let next = 0;
    let pending = tasks.length;
    let alive = 0;
    const failTask = (task: Task, error: unknown): void => {
      const outcome = errorOutcome(error);
      task.texts.forEach((_, i) => {
        outcomes[task.first + i] = outcome;
      });
      pending--;
    };
    const done = (): boolean => {
      if (pending > 0) return false;
      resolve(outcomes);
      return true;
    };
    const start = (): void => {
      let worker: WorkerLike;
      try {
        worker = spawn();
      } catch (error) {
        // no worker at all: every task not yet handed out fails with the reason
        if (alive === 0) while (next < tasks.length) failTask(tasks[next++]!, error);
        done();
        return;
      }
      alive++;
      let held: Task | undefined;
      let answered = false;
      let gone = false;
      const feed = (): void => {
        held = next < tasks.length ? tasks[next++] : undefined;
        if (held) worker.postMessage(held);
        else {
          gone = true;
          alive--;
          void worker.terminate();
        }
      };
      const died = (error: Error): void => {
        if (gone) return;
        gone = true;
        alive--;
        void worker.terminate();
        if (held) failTask(held, error);
        held = undefined;
        if (done()) return;
        if (answered && next < tasks.length) start();
        else if (alive === 0) {
          while (next < tasks.length) failTask(tasks[next++]!, error);
          done();
        }
      };
      worker.on('message', (reply: Reply) => {
        if (gone) return;
        answered = true;
        reply.outcomes.forEach((o, i) => {
          outcomes[reply.first + i] = o;
        });
        held = undefined;
        pending--;
        if (!done()) feed();
        else {
          gone = true;
          alive--;
          void worker.terminate();
        }
      });
      worker.on('error', (error: Error) => died(error));
      worker.on('exit', (code: number) => died(new Error(`saidwho: a worker thread stopped early (exit code ${code})`)));
      feed();
    };
    const count = Math.min(concurrency, tasks.length);
    for (let k = 0; k < count; k++) start();
  });
}
