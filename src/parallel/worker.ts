/**
 * Worker thread of {@link extractMany}: one extractor per thread, created with
 * the caller's options, answering batches of texts in order.
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extractor.js';
import type { Reply, Task, WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const extractor = createExtractor(setup.options);
const port = parentPort;

port?.on('message', (task: Task) => {
  let reply: Reply;
  try {
    reply = { first: task.first, results: task.texts.map((t) => extractor.extract(t)) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { first: task.first, error: { name: e.name, message: e.message } };
  }
  port.postMessage(reply);
});
