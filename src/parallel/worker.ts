/**
 * Worker thread of {@link extractMany}: one extractor per thread, created with
 * the caller's validated options, answering batches of texts in order.
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extractor.js';
import { answerTask, type Task, type WorkerMessage, type WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const extractor = createExtractor(setup.options);
const port = parentPort;

port?.on('message', (task: Task) => {
  port.postMessage(answerTask(task, (text) => extractor.extract(text)) satisfies WorkerMessage);
});
port?.postMessage({ ready: true } satisfies WorkerMessage);
