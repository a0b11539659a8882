/**
 * robust30: crash and data-loss hunt. Each block is a bug found by a hand-made
 * or generated input, with the test that failed before its fix.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Extraction } from '../src/index.js';
import { BLIND_RESTARTS, runPool, type WorkerLike } from '../src/parallel/pool.js';
import { answerTask, type Task, type WorkerMessage } from '../src/parallel/protocol.js';

const real = createExtractor();

/**
 * A worker stand-in like the real one: it says it is ready once it has started,
 * then answers each task on the next tick, or dies on a task that holds a killer text.
 */
class ReadyWorker extends EventEmitter implements WorkerLike {
  terminated = false;
  constructor(private readonly kills: (task: Task) => boolean) {
    super();
    setImmediate(() => {
      if (!this.terminated) this.emit('message', { ready: true } satisfies WorkerMessage);
    });
  }
  postMessage(task: Task): void {
    setImmediate(() => {
      if (this.terminated) return;
      if (this.kills(task)) {
        this.emit('exit', 134);
        return;
      }
      this.emit('message', answerTask(task, (t) => real.extract(t)) satisfies WorkerMessage);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('parallel: killer texts before any answer', () => {
  const texts = Array.from({ length: 40 }, (_, i) => `"We will win," Ann Lee${i} said.`);

  it('more killer texts than BLIND_RESTARTS in the first batch fail alone; every good text keeps its result', async () => {
    // (before: with one worker, the fourth death before any answer failed every text still waiting,
    // good ones included: the pool took killer texts for workers that cannot start)
    for (const killers of [[0, 1, 2], [0, 1, 2, 3, 4], [2, 5, 9, 31]]) {
      expect(killers.length).toBeGreaterThanOrEqual(BLIND_RESTARTS);
      let spawned = 0;
      const outcomes = await runPool(texts, 1, () => {
        spawned++;
        return new ReadyWorker((task) => task.texts.some((_, i) => killers.includes(task.first + i)));
      });
      expect(outcomes.map((o, i) => (o.ok ? -1 : i)).filter((i) => i >= 0)).toEqual(killers);
      outcomes.forEach((o, i) => {
        if (killers.includes(i)) expect(o).toEqual({ ok: false, name: 'Error', message: 'saidwho: a worker thread stopped early (exit code 134)' });
        else expect(o).toEqual({ ok: true, extraction: real.extract(texts[i]!) });
      });
      // the first worker (dies on the batch), one per killer text read alone, one for the rest
      expect(spawned).toBe(killers.length + 2);
    }
  });

  it('workers that die before they are ready still stop being replaced after BLIND_RESTARTS', async () => {
    let spawned = 0;
    const outcomes = await runPool(texts, 2, () => {
      spawned++;
      const worker = new EventEmitter() as EventEmitter & WorkerLike;
      worker.postMessage = (): void => {};
      worker.terminate = (): void => {};
      setImmediate(() => worker.emit('error', new Error('cannot load the model')));
      return worker;
    });
    expect(outcomes).toHaveLength(texts.length);
    expect(outcomes.every((o) => !o.ok && o.message === 'cannot load the model')).toBe(true);
    expect(spawned).toBeLessThanOrEqual(2 + BLIND_RESTARTS);
  });
});
