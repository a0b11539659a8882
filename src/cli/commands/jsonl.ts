/**
 * `saidwho --jsonl [file ...]`: JSON lines in, exactly one result line per
 * input line out, streaming with bounded memory.
 * @internal
 */
import type { Extractor } from '../../extractor.js';
import type { Extraction } from '../../types.js';
import { chunkChars, extractInChunks } from '../chunks.js';
import { CSV_HEADER, csvRows } from '../csv.js';
import { jsonLines, utf8Chunks } from '../lines.js';
import { fail, inputName, openInput, readFailure, write } from '../io.js';
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

/** What one input line gives: its extraction and raw id, or the text of its error record. */
export type LineResult =
  | { readonly ok: true; readonly rawId: string | undefined; readonly extraction: Extraction }
  | { readonly ok: false; readonly error: string; readonly out: string };

/**
 * Reads and extracts one input line, whatever it holds; never throws. A text
 * longer than `limit` characters is read in chunks (`extractInChunks`), so
 * that one huge line cannot exhaust memory and end the run.
 */
export function readLine(extractor: Extractor, line: string, lineNumber: number, file?: string, limit = chunkChars()): LineResult {
  const failure = (error: string, rawId?: string): LineResult => ({ ok: false, error, out: errorRecord(lineNumber, error, rawId, file) });
  let rawId: string | undefined;
  try {
    if (line.trim() === '') return failure('empty line: expected a JSON object with a string "text"');
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return failure(`not valid JSON: ${(error as Error).message}`);
    }
    rawId = isRecord(value) ? rawMember(line, 'id') : undefined;
    if (!isRecord(value) || typeof value.text !== 'string') return failure('expected an object with a string "text"', rawId);
    return { ok: true, rawId, extraction: extractInChunks(extractor, value.text, limit) };
  } catch (error) {
    return failure(failureReason(error), rawId);
  }
}

function failureReason(error: unknown): string {
  try {
    return `extraction failed: ${message(error)}`;
  } catch {
    return 'extraction failed';
  }
}

/**
 * The one result line for one input line, whatever it holds. The `id` is
 * echoed as its raw JSON text (white space outside strings dropped): integers
 * above 2^53 keep every digit, and deeply nested ids never go through the
 * recursive `JSON.stringify`. Exported for tests.
 */
export function processLine(extractor: Extractor, line: string, lineNumber: number, file?: string, limit = chunkChars()): { out: string; ok: boolean } {
  const result = readLine(extractor, line, lineNumber, file, limit);
  if (!result.ok) return { out: result.out, ok: false };
  try {
    const { quotes, speakers } = result.extraction;
    return { out: `{"id":${result.rawId ?? 'null'},"quotes":${JSON.stringify(quotes)},"speakers":${JSON.stringify(speakers)}}`, ok: true };
  } catch (error) {
    return { out: errorRecord(lineNumber, failureReason(error), result.rawId, file), ok: false };
  }
}

/** The CSV source column for a line's raw id: a string id as itself, no id as empty, any other id as its JSON. */
function source(rawId: string | undefined): string {
  if (rawId === undefined || rawId === 'null') return '';
  return rawId.startsWith('"') ? (JSON.parse(rawId) as string) : rawId;
}

/**
 * Runs the command; resolves to the exit code. With `csv`, the rows of every
 * line follow one header, and error records go to standard error.
 */
export async function runJsonl(files: readonly string[], format: 'jsonl' | 'csv', extractor: Extractor, limit = chunkChars()): Promise<number> {
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
    const lines = jsonLines(utf8Chunks(input as AsyncIterable<Uint8Array>));
    let lineNumber = 0;
    try {
      for await (const read of lines) {
        lineNumber++;
        const where = inputs.length > 1 ? file : undefined;
        if ('error' in read) {
          // a line that is no text (a NUL byte, bytes that are not UTF-8) fails alone
          failed = true;
          if (format === 'jsonl') await write(`${errorRecord(lineNumber, read.error, undefined, where)}\n`);
          else fail(`${where === undefined ? '' : `${where}: `}line ${lineNumber}: ${read.error}`);
          continue;
        }
        const line = lineNumber === 1 ? read.text.replace(/^\uFEFF/, '') : read.text;
        if (format === 'jsonl') {
          const { out, ok } = processLine(extractor, line, lineNumber, where, limit);
          if (!ok) failed = true;
          await write(`${out}\n`);
          continue;
        }
        const result = readLine(extractor, line, lineNumber, where, limit);
        if (result.ok) {
          await write(csvRows(source(result.rawId), result.extraction));
        } else {
          failed = true;
          fail(`${where === undefined ? '' : `${where}: `}line ${lineNumber}: ${result.error}`);
        }
      }
    } catch (error) {
      fail(`cannot read ${inputName(file)}: ${readFailure(error)}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
