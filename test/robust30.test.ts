/**
 * robust30: crash and data-loss hunt. Each block is a bug found by a hand-made
 * or generated input, with the test that failed before its fix.
 */
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it, test } from 'vitest';
import { createExtractor } from '../src/index.js';
import { BLIND_RESTARTS, runPool, type WorkerLike } from '../src/parallel/pool.js';
import { readJsonLines } from '../src/cli/lines.js';
import { renderView } from '../src/cli/view.js';
import { answerTask, type Task, type WorkerMessage } from '../src/parallel/protocol.js';

const real = createExtractor();
const extractor2 = real;

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

const le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const be = (text: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
/** `bytes` in reads of `size` bytes. */
const reads = (bytes: Buffer, size: number): Buffer[] => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

async function lines(parts: Buffer[], nulLimit?: number, longest?: number): Promise<string[]> {
  const out: string[] = [];
  try {
    for await (const line of readJsonLines(Readable.from(parts), nulLimit, longest)) out.push('text' in line ? line.text : `! ${line.error}`);
  } catch (error) {
    out.push(`!! ${(error as Error).message}`);
  }
  return out;
}

describe('--jsonl, UTF-16: one bad line fails alone', () => {
  // (before: a NUL character or an unpaired surrogate in any line refused the whole input, so
  // every good line of it was lost)
  const good1 = '{"id": 1, "text": "\\"Yes,\\" Ann Lee said."}';
  const good3 = '{"id": 3, "text": "\\"No,\\" Bo Kim said. \uD83D\uDE00"}';
  test.each([1, 2, 3, 7, 64, 4096])('reads of %i bytes', async (size) => {
    for (const encode of [le, be]) {
      const name = encode === le ? 'UTF-16LE' : 'UTF-16BE';
      expect(await lines(reads(encode(`${good1}\r\n{"id": 2, "text": "a\u0000b"}\r\n${good3}\n`), size))).toEqual([
        good1,
        '! contains a NUL character (at byte 40 of the line), which JSON writes as \\u0000',
        good3,
      ]);
      expect(await lines(reads(encode(`${good1}\n{"id": 2, "text": "a\uD83Db"}\n${good3}`), size))).toEqual([
        good1,
        `! not valid ${name} (an unpaired surrogate 0xD83D at byte 40 of the line)`,
        good3,
      ]);
      expect(await lines(reads(encode(`${good1}\n{"text": "\uDE00"}\n${good3}\n\uD83D`), size))).toEqual([
        good1,
        `! not valid ${name} (an unpaired surrogate 0xDE00 at byte 20 of the line)`,
        good3,
        `! not valid ${name}: the input ends inside a character`,
      ]);
      // a high surrogate just before the line's end is unpaired too
      expect(await lines(reads(encode(`${good1}\n{"text": "x"}\uD83D\n${good3}`), size))).toEqual([good1, `! not valid ${name} (an unpaired surrogate 0xD83D at byte 26 of the line)`, good3]);
    }
    // an odd last byte
    expect(await lines(reads(Buffer.concat([le(`${good1}\n`), Buffer.from([0x41])]), size))).toEqual([good1, '! not valid UTF-16LE: the input ends inside a character']);
  });

  test('a line too long fails alone; a byte-order mark and then zeros is still refused as binary', async () => {
    expect(await lines([le('{"text": "abcdefgh"}\n{"text": "a"}\n')], undefined, 16)).toEqual(['! a line of 40 bytes, longer than the longest string JavaScript can hold (16 characters)', '{"text": "a"}']);
    expect(await lines([le('{"text": "a"}\n'), Buffer.alloc(4096)], 1024)).toEqual(['{"text": "a"}', '!! contains a NUL byte (at byte 30): this looks like a binary file, not text; saidwho reads UTF-8 text (or UTF-16 with a byte-order mark)']);
  });

  test('UTF-8 input and tiny inputs read as before', async () => {
    expect(await lines([Buffer.from(`${good1}\n${good3}`)])).toEqual([good1, good3]);
    expect(await lines([Buffer.from('x')])).toEqual(['x']);
    expect(await lines([Buffer.from([0xff, 0xfe])])).toEqual([]);
    expect(await lines([])).toEqual([]);
  });
});

describe('--format html: many quotes', () => {
  test('the view of an article of thousands of quotes is made in linear time, the same as a short one piece by piece', () => {
    // (before: every piece of the article searched every quote, cue and mention: 8,000 quotes took
    // 16 s on a loaded machine, 20,000 over two minutes; now about 1 s, and the bound leaves room for load)
    const one = '"We will win," Ann Lee said. ';
    const n = 8000;
    const text = one.repeat(n);
    const short = extractor2.extract(one.repeat(3));
    const quotes = Array.from({ length: n }, (_, i) => {
      const q = short.quotes[0]!;
      const at = (s: { start: number; end: number; text: string }): { start: number; end: number; text: string } => ({ ...s, start: s.start + i * one.length, end: s.end + i * one.length });
      return { ...q, span: at(q.span), parts: q.parts.map(at), cue: q.cue && { ...q.cue, span: at(q.cue.span) }, speaker: q.speaker && { ...q.speaker, mention: q.speaker.mention && at(q.speaker.mention) } };
    });
    const started = performance.now();
    const html = renderView(text, { quotes, speakers: short.speakers });
    expect(performance.now() - started).toBeLessThan(6000);
    const piece = (i: number): string =>
      `<mark class="q k-direct c0" tabindex="0" data-quote="${i}" data-speaker="0" data-tag="1" aria-describedby="saidwho-d${i}">&quot;We will win,&quot;</mark> ` +
      '<span class="mention c0" data-speaker="0">Ann Lee</span> <span class="cue">said</span>. ';
    expect(html).toContain(`<article class="article" aria-label="Article">${piece(0)}${piece(1)}`);
    expect(html).toContain(`${piece(n - 2)}${piece(n - 1)}</article>`);
  });
});

