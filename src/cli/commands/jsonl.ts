/**
 * `saidwho --jsonl [file ...]`: JSON lines in, one result line per input line out,
 * streaming with bounded memory.
 * @internal
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Extractor } from '../../extractor.js';
import type { Extraction } from '../../types.js';
import { CSV_HEADER, csvRows } from '../csv.js';
import { fail, inputName, readFailure, write } from '../io.js';

type Record_ = { readonly [key: string]: unknown };

function isRecord(value: unknown): value is Record_ {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What one input line gives: an extraction with the line's id, or an error record. */
export type LineResult =
  | { readonly ok: true; readonly id: unknown; readonly extraction: Extraction }
  | { readonly ok: false; readonly record: Record<string, unknown> };

/** Reads and extracts one input line. */
export function readLine(extractor: Extractor, line: string, lineNumber: number, file?: string): LineResult {
  const where = file === undefined ? {} : { file };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, record: { ...where, line: lineNumber, error: `not valid JSON: ${(error as Error).message}` } };
  }
  if (!isRecord(value) || typeof value.text !== 'string') {
    const id = isRecord(value) && value.id !== undefined ? { id: value.id } : {};
    return { ok: false, record: { ...where, line: lineNumber, ...id, error: 'expected an object with a string "text"' } };
  }
  const id = value.id === undefined ? null : value.id;
  try {
    return { ok: true, id, extraction: extractor.extract(value.text) };
  } catch (error) {
    return { ok: false, record: { ...where, line: lineNumber, id, error: `extraction failed: ${(error as Error).message}` } };
  }
}

/** The result line for one input line. Exported for tests. */
export function processLine(extractor: Extractor, line: string, lineNumber: number, file?: string): { out: string; ok: boolean } {
  const result = readLine(extractor, line, lineNumber, file);
  if (!result.ok) return { out: JSON.stringify(result.record), ok: false };
  const { quotes, speakers } = result.extraction;
  return { out: JSON.stringify({ id: result.id, quotes, speakers }), ok: true };
}

/** The CSV source column for a line's id: the id itself when it is a string, else its JSON. */
function source(id: unknown): string {
  return typeof id === 'string' ? id : id === null ? '' : JSON.stringify(id);
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

/**
 * Runs the command; resolves to the exit code. With `csv`, the rows of every
 * line follow one header, and error records go to standard error.
 */
export async function runJsonl(files: readonly string[], format: 'jsonl' | 'csv', extractor: Extractor): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  let failed = false;
  if (format === 'csv') await write(CSV_HEADER);
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
        const where = inputs.length > 1 ? file : undefined;
        if (format === 'jsonl') {
          const { out, ok } = processLine(extractor, line, lineNumber, where);
          if (!ok) failed = true;
          await write(`${out}\n`);
          continue;
        }
        const result = readLine(extractor, line, lineNumber, where);
        if (result.ok) {
          await write(csvRows(source(result.id), result.extraction));
        } else {
          failed = true;
          fail(`${where === undefined ? '' : `${where}: `}line ${lineNumber}: ${String(result.record.error)}`);
        }
      }
    } catch (error) {
      fail(`cannot read ${inputName(file)}: ${readFailure(error)}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
