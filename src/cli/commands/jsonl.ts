/**
 * `saidwho --jsonl [file ...]`: JSON lines in, one result line per input line out,
 * streaming with bounded memory.
 * @internal
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExtractor, type Extractor } from '../../extractor.js';
import { fail, inputName, readFailure, write } from '../io.js';

type Record_ = { readonly [key: string]: unknown };

function isRecord(value: unknown): value is Record_ {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The result line for one input line. Exported for tests. */
export function processLine(extractor: Extractor, line: string, lineNumber: number, file?: string): { out: string; ok: boolean } {
  const where = file === undefined ? {} : { file };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { out: JSON.stringify({ ...where, line: lineNumber, error: `not valid JSON: ${(error as Error).message}` }), ok: false };
  }
  if (!isRecord(value) || typeof value.text !== 'string') {
    const id = isRecord(value) && value.id !== undefined ? { id: value.id } : {};
    return { out: JSON.stringify({ ...where, line: lineNumber, ...id, error: 'expected an object with a string "text"' }), ok: false };
  }
  const id = value.id === undefined ? null : value.id;
  try {
    const { quotes, speakers } = extractor.extract(value.text);
    return { out: JSON.stringify({ id, quotes, speakers }), ok: true };
  } catch (error) {
    return { out: JSON.stringify({ ...where, line: lineNumber, id, error: `extraction failed: ${(error as Error).message}` }), ok: false };
  }
}

async function openInput(file: string): Promise<NodeJS.ReadableStream> {
  if (file === '-') return process.stdin;
  const stream: ReadStream = createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  return stream;
}

/** Runs the command; resolves to the exit code. */
export async function runJsonl(files: readonly string[]): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  const extractor = createExtractor();
  let failed = false;
  for (const file of inputs) {
    let input: NodeJS.ReadableStream;
    try {
      input = await openInput(file);
    } catch (error) {
      fail(`cannot read ${inputName(file)}: ${readFailure(error)}`);
      failed = true;
      continue;
    }
    const lines = createInterface({ input, crlfDelay: Infinity });
    let lineNumber = 0;
    try {
      for await (const raw of lines) {
        lineNumber++;
        const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
        if (line.trim() === '') continue;
        const { out, ok } = processLine(extractor, line, lineNumber, inputs.length > 1 ? file : undefined);
        if (!ok) failed = true;
        await write(`${out}\n`);
      }
    } catch (error) {
      fail(`cannot read ${inputName(file)}: ${readFailure(error)}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
