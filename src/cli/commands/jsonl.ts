/**
 * `saidwho --jsonl [file ...]`: JSON lines in, exactly one result line per
 * input line out, streaming with bounded memory.
 * @internal
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createExtractor, type Extractor } from '../../extractor.js';
import { fail, inputName, openInput, readFailure, refuseNul, write } from '../io.js';
import { rawMember } from '../raw-json.js';

function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
}

/**
 * An error record: `{"file"?, "line", "id"?, "error"}`, the id as its raw
 * JSON text. Built from strings only, so it cannot fail.
 */
function errorRecord(lineNumber: number, error: string, rawId: string | undefined, file: string | undefined): string {
  const where = file === undefined ? '' : `"file":${JSON.stringify(file)},`;
  const id = rawId === undefined ? '' : `"id":${rawId},`;
  return `{${where}"line":${lineNumber},${id}"error":${JSON.stringify(error)}}`;
}

/**
 * The one result line for one input line, whatever it holds. The `id` is
 * echoed as its raw JSON text (white space outside strings dropped): integers
 * above 2^53 keep every digit, and deeply nested ids never go through the
 * recursive `JSON.stringify`. Exported for tests.
 */
export function processLine(extractor: Extractor, line: string, lineNumber: number, file?: string): { out: string; ok: boolean } {
  let rawId: string | undefined;
  try {
    if (line.trim() === '') return { out: errorRecord(lineNumber, 'empty line: expected a JSON object with a string "text"', undefined, file), ok: false };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return { out: errorRecord(lineNumber, `not valid JSON: ${(error as Error).message}`, undefined, file), ok: false };
    }
    rawId = isRecord(value) ? rawMember(line, 'id') : undefined;
    if (!isRecord(value) || typeof value.text !== 'string') {
      return { out: errorRecord(lineNumber, 'expected an object with a string "text"', rawId, file), ok: false };
    }
    const { quotes, speakers } = extractor.extract(value.text);
    return { out: `{"id":${rawId ?? 'null'},"quotes":${JSON.stringify(quotes)},"speakers":${JSON.stringify(speakers)}}`, ok: true };
  } catch (error) {
    let reason: string;
    try {
      reason = `extraction failed: ${message(error)}`;
    } catch {
      reason = 'extraction failed';
    }
    return { out: errorRecord(lineNumber, reason, rawId, file), ok: false };
  }
}

/** Runs the command; resolves to the exit code. */
export async function runJsonl(files: readonly string[], extractor: Extractor = createExtractor()): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
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
    const lines = createInterface({ input: Readable.from(refuseNul(input)), crlfDelay: Infinity });
    let lineNumber = 0;
    try {
      for await (const raw of lines) {
        lineNumber++;
        const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
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
