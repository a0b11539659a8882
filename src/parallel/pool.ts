/**
 * Spreading tasks over workers and collecting one outcome per text, whatever
 * happens to a text or a worker.
 * @internal
 */
import { errorOutcome, type Outcome, type Task, type WorkerMessage } from './protocol.js';

/** The part of a `Worker` the pool uses, so that tests can hand it stand-ins. */
export interface WorkerLike {
  postMessage(task: Task): void;
  on(event: 'message', listener: (message: WorkerMessage) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

/** Texts sent to a worker at a time: big enough to keep messaging cheap, small enough to share work evenly. */
const BATCH_CHARS = 200_000;
const BATCH_TEXTS = 32;

/**
 * Splits the texts into consecutive batches. A value that is no string (which
 * the public entries refuse before this) counts as no characters and goes in
 * its batch as it is, so that it fails alone in the worker, not the whole run.
 */
export function batches(texts: readonly string[]): Task[] {
  const out: Task[] = [];
  let first = 0;
  let chars = 0;
  for (let i = 0; i < texts.length; i++) {
    const text: unknown = texts[i];
    chars += typeof text === 'string' ? text.length : 0;
    if (i + 1 - first >= BATCH_TEXTS || chars >= BATCH_CHARS || i === texts.length - 1) {
      out.push({ first, texts: texts.slice(first, i + 1) });
      first = i + 1;
      chars = 0;
    }
  }
  return out;
}

/**
 * Workers replaced before any worker of the pool has started (said it is ready
 * or answered): past it, workers are taken to be unable to start. Once a
 * worker has started, a worker that dies died of the text it was reading, and
 * is replaced however many such texts there are.
 */
export const BLIND_RESTARTS = 3;

/** A task's texts as tasks of one text each, in order. */
export function oneByOne(task: Task): Task[] {
  return task.texts.map((text, i) => ({ first: task.first + i, texts: [text] }));
}

/**
 * Tasks queued at each worker: while it reads one, the next already waits in
 * its message queue, so no worker idles for a round trip between tasks.
 */
export const IN_FLIGHT = 2;

/**
 * Runs every task on up to `concurrency` workers made by `spawn`, and resolves
 * to one outcome per text. Each worker holds up to {@link IN_FLIGHT} tasks and
 * answers them in order. A text that throws gets its own error outcome. A
 * worker that dies while reading a task of several texts has that task's texts
 * read again one at a time by a new worker, so that only a text that kills a
 * worker by itself fails; a worker that dies on a task of one text fails that
 * text. The tasks queued behind a dead worker go to another worker. A dead
 * worker is replaced when any worker of the pool has started before (posted
 * {@link Ready} or answered), and at most {@link BLIND_RESTARTS} times before
 * that (workers that cannot even start fail the remaining tasks instead of
 * being restarted forever). Never rejects.
 */
export function runPool(texts: readonly string[], concurrency: number, spawn: () => WorkerLike): Promise<Outcome[]> {
  const tasks = batches(texts);
  const outcomes: Outcome[] = new Array<Outcome>(texts.length);
  if (tasks.length === 0) return Promise.resolve(outcomes);
  return new Promise<Outcome[]>((resolve) => {
    /** Tasks not handed out yet: first those a dead worker left unread, then the rest in order. */
    const returned: Task[] = [];
    let next = 0;
    const take = (): Task | undefined => returned.shift() ?? (next < tasks.length ? tasks[next++] : undefined);
    const waiting = (): boolean => returned.length > 0 || next < tasks.length;
    let pending = tasks.length;
    let alive = 0;
    /** True once any worker of this pool has said it is ready or answered a task. */
    let anyStarted = false;
    /** Workers that died before any worker started. */
    let deathsBeforeStart = 0;
    const failTask = (task: Task, error: unknown): void => {
      const outcome = errorOutcome(error);
      task.texts.forEach((_, i) => {
        outcomes[task.first + i] = outcome;
      });
      pending--;
    };
    const failWaiting = (error: unknown): void => {
      for (let task = take(); task; task = take()) failTask(task, error);
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
        if (alive === 0) failWaiting(error);
        done();
        return;
      }
      alive++;
      /** Tasks sent to this worker and not answered yet, oldest (the one being read) first. */
      const held: Task[] = [];
      let gone = false;
      const leave = (): void => {
        gone = true;
        alive--;
        void worker.terminate();
      };
      const feed = (limit = IN_FLIGHT): void => {
        while (held.length < limit) {
          const task = take();
          if (!task) break;
          held.push(task);
          worker.postMessage(task);
        }
        if (held.length === 0) leave();
      };
      const died = (error: Error): void => {
        if (gone) return;
        leave();
        const reading = held.shift();
        // a batch of several texts is read again one text at a time, so that only a text
        // that kills a worker by itself fails, not the texts that shared its batch
        const retried = reading !== undefined && reading.texts.length > 1 ? oneByOne(reading) : [];
        if (reading && retried.length === 0) failTask(reading, error);
        pending += retried.length > 0 ? retried.length - 1 : 0;
        // the tasks queued behind it were never started: another worker reads them
        returned.unshift(...retried, ...held);
        held.length = 0;
        if (done()) return;
        // tasks left waiting were never started: a new worker reads them, unless no worker
        // of this pool ever started after a few deaths (then workers cannot start, and
        // restarting would loop)
        if (!anyStarted) deathsBeforeStart++;
        if ((anyStarted || deathsBeforeStart <= BLIND_RESTARTS) && waiting()) start();
        else if (alive === 0) {
          failWaiting(error);
          done();
        }
      };
      worker.on('message', (message: WorkerMessage) => {
        if (gone) return;
        anyStarted = true;
        if ('ready' in message) return;
        const reply = message;
        reply.outcomes.forEach((o, i) => {
          outcomes[reply.first + i] = o;
        });
        const at = held.findIndex((t) => t.first === reply.first);
        if (at >= 0) held.splice(at, 1);
        pending--;
        if (!done()) feed();
        else leave();
      });
      worker.on('error', (error: Error) => died(error));
      worker.on('exit', (code: number) => died(new Error(`saidwho: a worker thread stopped early (exit code ${code})`)));
      // at first one task each, so that a short list still reaches every worker
      feed(starting ? 1 : IN_FLIGHT);
      if (starting) fillUp.push(() => !gone && feed());
    };
    const count = Math.min(concurrency, tasks.length);
    let starting = true;
    const fillUp: (() => unknown)[] = [];
    for (let k = 0; k < count; k++) start();
    starting = false;
    // then a second task each, round the workers
    for (const top of fillUp) top();
  });
}
