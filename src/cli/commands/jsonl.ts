/**
 * `saidwho --jsonl [file ...]`: JSON lines in, exactly one result line per
 * input line out, streaming with bounded memory.
 * @internal
 */
import type { Extractor } from '../../extractor.js';
import { chunkChars, ExtractionMerger, textChunks, type Chunk } from '../chunks.js';
import { CSV_HEADER, csvRows } from '../csv.js';
import { readJsonLines } from '../lines.js';
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

/** One input line read as JSON: its text and raw id, or the text of its error record. */
type ParsedLine =
  | { readonly ok: true; readonly rawId: string | undefined; readonly text: string }
  | { readonly ok: false; readonly error: string; readonly out: string };

/** Reads one input line as JSON, whatever it holds; never throws. */
function parseLine(line: string, lineNumber: number, file: string | undefined): ParsedLine {
  const failure = (error: string, rawId?: string): ParsedLine => ({ ok: false, error, out: errorRecord(lineNumber, error, rawId, file) });
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
    return { ok: true, rawId, text: value.text };
  } catch (error) {
    return failure(failureReason(error), rawId);
  }
}

/** The error of a failed extraction, naming the characters of the chunk when the text was read in chunks. */
function failureReason(error: unknown, chunk?: Chunk): string {
  const where = chunk === undefined ? '' : ` (characters ${chunk.offset}-${chunk.offset + chunk.text.length})`;
  try {
    return `extraction failed${where}: ${message(error)}`;
  } catch {
    return `extraction failed${where}`;
  }
}

/** Pieces of output are handed on once they reach about this many characters. */
const PIECE_CHARS = 65_536;

/**
 * The result line for one input line, in pieces to be written one after the
 * other (no line end); returns whether the line succeeded; never throws.
 *
 * A text no longer than `limit` characters is read by one call and its line
 * is one piece. A longer text is read in chunks (`textChunks`) and its line
 * streams out: the head with the first chunk's quotes, then each chunk's
 * quotes as they are found, then the speakers (joined across chunks by an
 * `ExtractionMerger`, which keeps only them) and the closing: the very bytes
 * of the line built whole, with only one chunk's quotes in memory at a time.
 * A failure before any quote is handed on gives the usual error record; a
 * failure after it closes the begun line, still one valid JSON object, with
 * the speakers so far and the members of an error record
 * (`{"id",...,"quotes":[...],"speakers":[...],"file"?,"line","error"}`).
 */
export function* resultPieces(extractor: Extractor, line: string, lineNumber: number, file?: string, limit = chunkChars()): Generator<string, boolean> {
  const parsed = parseLine(line, lineNumber, file);
  if (!parsed.ok) {
    yield parsed.out;
    return false;
  }
  const { rawId, text } = parsed;
  const id = rawId ?? 'null';
  if (text.length <= limit) {
    let out: string;
    let ok = true;
    try {
      const { quotes, speakers } = extractor.extract(text);
      out = `{"id":${id},"quotes":${JSON.stringify(quotes)},"speakers":${JSON.stringify(speakers)}}`;
    } catch (error) {
      out = errorRecord(lineNumber, failureReason(error), rawId, file);
      ok = false;
    }
    yield out;
    return ok;
  }
  const merger = new ExtractionMerger();
  let written = 0;
  let failure: string | undefined;
  for (const chunk of textChunks(text, limit)) {
    let piece: string;
    try {
      const quotes = merger.add(extractor.extract(chunk.text), chunk.offset);
      piece = quotes.map((q) => JSON.stringify(q)).join(',');
      if (piece !== '') piece = written === 0 ? `{"id":${id},"quotes":[${piece}` : `,${piece}`;
      written += quotes.length;
    } catch (error) {
      // nothing written yet: the error record the line built whole gives
      if (written === 0) {
        yield errorRecord(lineNumber, failureReason(error), rawId, file);
        return false;
      }
      failure = failureReason(error, chunk);
      break;
    }
    if (piece !== '') yield piece;
  }
  // the speakers, a few at a time; after a failure, without the quotes not written
  let out = written === 0 ? `{"id":${id},"quotes":[],"speakers":[` : '],"speakers":[';
  try {
    for (const [k, s] of merger.result().entries()) {
      const json = JSON.stringify(failure === undefined ? s : { ...s, quotes: s.quotes.filter((q) => q < written) });
      out += k > 0 ? `,${json}` : json;
      if (out.length >= PIECE_CHARS) {
        yield out;
        out = '';
      }
    }
  } catch (error) {
    failure ??= failureReason(error);
  }
  if (failure === undefined) {
    yield `${out}]}`;
    return true;
  }
  yield `${out}]${file === undefined ? '' : `,"file":${JSON.stringify(file)}`},"line":${lineNumber},"error":${JSON.stringify(failure)}}`;
  return false;
}

/**
 * The one result line for one input line, whatever it holds: the pieces of
 * {@link resultPieces} joined. The `id` is echoed as its raw JSON text (white
 * space outside strings dropped): integers above 2^53 keep every digit, and
 * deeply nested ids never go through the recursive `JSON.stringify`.
 * Exported for tests.
 */
export function processLine(extractor: Extractor, line: string, lineNumber: number, file?: string, limit = chunkChars()): { out: string; ok: boolean } {
  const pieces = resultPieces(extractor, line, lineNumber, file, limit);
  let out = '';
  for (let next = pieces.next(); ; next = pieces.next()) {
    if (next.done === true) return { out, ok: next.value };
    out += next.value;
  }
}

/**
 * The CSV rows of one input line, in pieces as {@link resultPieces} gives its
 * JSON (a long text's rows chunk by chunk); returns the error when the line
 * failed, after the rows of the chunks read before the failure; never throws.
 */
export function* csvPieces(extractor: Extractor, line: string, lineNumber: number, file?: string, limit = chunkChars()): Generator<string, string | undefined> {
  const parsed = parseLine(line, lineNumber, file);
  if (!parsed.ok) return parsed.error;
  const from = source(parsed.rawId);
  const merger = new ExtractionMerger();
  for (const chunk of textChunks(parsed.text, limit)) {
    let rows: string;
    try {
      const quotes = merger.add(extractor.extract(chunk.text), chunk.offset);
      rows = quotes.length === 0 ? '' : csvRows(from, { quotes, speakers: merger.result() });
    } catch (error) {
      return failureReason(error);
    }
    if (rows !== '') yield rows;
  }
  return undefined;
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
    const lines = readJsonLines(input as AsyncIterable<Uint8Array>);
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
        // (a byte-order mark opens the first line, or a later one where files were concatenated: never JSON, dropped)
        const line = read.text.replace(/^\uFEFF/, '');
        if (format === 'jsonl') {
          // each piece is written before the next chunk is read
          const pieces = resultPieces(extractor, line, lineNumber, where, limit);
          for (let next = pieces.next(); ; next = pieces.next()) {
            if (next.done === true) {
              if (!next.value) failed = true;
              break;
            }
            await write(next.value);
          }
          await write('\n');
          continue;
        }
        const rows = csvPieces(extractor, line, lineNumber, where, limit);
        for (let next = rows.next(); ; next = rows.next()) {
          if (next.done === true) {
            if (next.value !== undefined) {
              failed = true;
              fail(`${where === undefined ? '' : `${where}: `}line ${lineNumber}: ${next.value}`);
            }
            break;
          }
          await write(next.value);
        }
      }
    } catch (error) {
      fail(`cannot read ${inputName(file)}: ${readFailure(error)}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
