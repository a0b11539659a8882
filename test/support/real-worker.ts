/**
 * A stand-in for a worker thread of `saidwho/parallel` that runs the real
 * extractor in the test's own thread (test/robust-6, test/robust16): batches
 * go through the pool and the protocol as in production, without threads.
 */
import { EventEmitter } from 'node:events';
import { createExtractor, type Extraction } from '../../src/index.js';
import type { WorkerLike } from '../../src/parallel/pool.js';
import { answerTask, type Task } from '../../src/parallel/protocol.js';

/** A worker stand-in that answers on the next tick with the real extractor. */
export class RealWorker extends EventEmitter implements WorkerLike {
  terminated = false;
  private readonly extractor = createExtractor();
  postMessage(task: Task): void {
    setImmediate(() => {
      if (!this.terminated) this.emit('message', answerTask(task, (t: string): Extraction => this.extractor.extract(t)));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}
