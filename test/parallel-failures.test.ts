/**
 * `saidwho/parallel` when a text fails: the failing text gets a named error
 * record and every other text keeps its result. Extraction does not fail on
 * any known string, so these tests hand the pool stand-in workers whose
 * extract function throws on purpose (and one that dies mid-batch).
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import type { Extraction } from '../src/index.js';
import { ExtractManyError, settleWith, type TextResult } from '../src/parallel/results.js';
import { BLIND_RESTARTS, batches, runPool, type WorkerLike } from '../src/parallel/pool.js';
import { answerTask, type Reply, type Task } from '../src/parallel/protocol.js';

const real = createExtractor();
const TEXTS = Array.from({ length: 80 }, (_, i) => (i % 7 === 3 ? `BOOM ${i}` : `"We will win," Ann Lee${i} said.`));

/** A worker stand-in that answers on the next tick with the given extract function. */
class FakeWorker extends EventEmitter implements WorkerLike {
  terminated = false;
  constructor(
    private readonly extract: (text: string) => Extraction,
    private readonly dieOn?: (task: Task) => boolean,
  ) {
    super();
  }
  postMessage(task: Task): void {
    setImmediate(() => {
      if (this.terminated) return;
      if (this.dieOn?.(task)) {
        this.emit('exit', 134);
        return;
      }
      const reply: Reply = answerTask(task, this.extract);
      this.emit('message', reply);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function throwing(text: string): Extraction {
  if (text.startsWith('BOOM')) throw new TypeError("Cannot read properties of undefined (reading 'pos')");
  return real.extract(text);
}

describe('a failing text', () => {
  it('gets a named error record; every other text keeps its result', async () => {
    const results = await settleWith(TEXTS, 3, () => new FakeWorker(throwing));
    expect(results).toHaveLength(TEXTS.length);
    results.forEach((r, i) => {
      expect(r.index).toBe(i);
      if (TEXTS[i]!.startsWith('BOOM')) {
        expect(r).toEqual({ ok: false, index: i, error: { name: 'TypeError', message: "Cannot read properties of undefined (reading 'pos')" } });
      } else {
        expect(r).toEqual({ ok: true, index: i, extraction: real.extract(TEXTS[i]!) });
      }
    });
  });

  it('ExtractManyError names the failed texts and keeps every result', async () => {
    const results = await settleWith(TEXTS, 2, () => new FakeWorker(throwing));
    const error = new ExtractManyError(results);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ExtractManyError');
    expect(error.message).toBe(`saidwho: 11 of 80 texts failed: texts[3]: TypeError: Cannot read properties of undefined (reading 'pos') (and 10 more, see .failures)`);
    expect(error.failures.map((f) => f.index)).toEqual(TEXTS.flatMap((t, i) => (t.startsWith('BOOM') ? [i] : [])));
    expect(error.results.filter((r: TextResult) => r.ok)).toHaveLength(69);
  });

  it('a worker that dies on a batch has its texts read again one by one: only the text that kills a worker fails', async () => {
    const tasks = batches(TEXTS);
    expect(tasks.length).toBeGreaterThan(2);
    const doomed = tasks[1]!;
    const killer = doomed.first + 5;
    let spawned = 0;
    // one worker: it answers the first batch, dies on the second (which holds the killer text), is replaced,
    // dies again on the killer text alone, and is replaced for the rest
    const outcomes = await runPool(TEXTS, 1, () => {
      spawned++;
      return new FakeWorker((t) => real.extract(t), (task) => task.first <= killer && killer < task.first + task.texts.length);
    });
    expect(spawned).toBe(3);
    outcomes.forEach((o, i) => {
      if (i === killer) expect(o).toEqual({ ok: false, name: 'Error', message: 'saidwho: a worker thread stopped early (exit code 134)' });
      else expect(o).toEqual({ ok: true, extraction: real.extract(TEXTS[i]!) });
    });
  });

  it('a text that kills its worker in the first batch, before any answer, fails alone (robust29)', async () => {
    // (before: with one worker, the whole run failed: the pool took the death for workers that cannot start)
    for (const killers of [[0], [3], [0, 1], [31]]) {
      const outcomes = await runPool(TEXTS, 1, () => new FakeWorker((t) => real.extract(t), (task) => task.texts.some((_, i) => killers.includes(task.first + i))));
      expect(outcomes.map((o, i) => (o.ok ? -1 : i)).filter((i) => i >= 0)).toEqual(killers);
    }
  });

  it('workers that cannot start fail every text with the reason, and the promise still resolves', async () => {
    const outcomes = await runPool(['a', 'b'], 2, () => {
      throw new Error('no threads here');
    });
    expect(outcomes).toEqual([
      { ok: false, name: 'Error', message: 'no threads here' },
      { ok: false, name: 'Error', message: 'no threads here' },
    ]);
    let spawned = 0;
    const dying = await runPool(TEXTS, 2, () => {
      spawned++;
      return new FakeWorker(throwing, () => true);
    });
    expect(dying.every((o) => !o.ok)).toBe(true);
    // the two first workers and a few replacements, never one per text
    expect(spawned).toBeLessThanOrEqual(2 + BLIND_RESTARTS);
    expect(dying).toHaveLength(TEXTS.length);
  });
});

describe('a worker that dies on its first batch', () => {
  it('fails its killer text only, even when the other workers have left: the batch queued behind it goes to a new worker', async () => {
    const texts = Array.from({ length: 96 }, (_, i) => `"We will win," Ann Lee${i} said.`);
    expect(batches(texts).map((t) => t.first)).toEqual([0, 32, 64]);
    let spawned = 0;
    const spawn = (): WorkerLike => {
      spawned++;
      const worker = new FakeWorker((t) => real.extract(t));
      const post = worker.postMessage.bind(worker);
      // the batch at 0 kills its worker, late, after the other worker answered and left;
      // a worker reads in order, so what was queued behind it is never read
      let stuck = false;
      worker.postMessage = (task: Task): void => {
        if (task.first === 0) {
          stuck = true;
          setTimeout(() => worker.emit('exit', 134), 30);
        } else if (!stuck) post(task);
      };
      return worker;
    };
    const outcomes = await runPool(texts, 2, spawn);
    // the batch at 0 is read again one text at a time: only the text at 0 still kills its worker
    expect(outcomes.map((o, i) => (o.ok ? -1 : i)).filter((i) => i >= 0)).toEqual([0]);
    expect(spawned).toBe(4);
  });
});

describe('tasks in flight', () => {
  it('each worker holds two tasks at most, and a short list reaches every worker', async () => {
    const seen: number[][] = [];
    let most = 0;
    const spawn = (): WorkerLike => {
      const mine: number[] = [];
      seen.push(mine);
      let open = 0;
      const worker = new FakeWorker((t) => real.extract(t));
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (task: Task): void => {
        mine.push(task.first);
        most = Math.max(most, ++open);
        post(task);
      };
      worker.on('message', () => open--);
      return worker;
    };
    const outcomes = await runPool(TEXTS, 2, spawn);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(most).toBe(2);
    expect(seen.flat().sort((a, b) => a - b)).toEqual(batches(TEXTS).map((t) => t.first));
    // two batches on two workers: one each
    const two = Array.from({ length: 64 }, (_, i) => `"Yes," Ann Lee${i} said.`);
    expect(batches(two)).toHaveLength(2);
    seen.length = 0;
    await runPool(two, 2, spawn);
    expect(seen.map((s) => s.length)).toEqual([1, 1]);
  });
});
