/**
 * Splits a byte stream into JSON Lines lines.
 * @internal
 */
import { constants } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { detect, nulBytes, notUtf8, UNPAIRED_SURROGATE } from './io.js';

/** One line of a JSON Lines input: its text, or why it is no text (the run goes on at the next line). */
export type JsonLine = { readonly text: string } | { readonly error: string };

/**
 * Bytes a line that holds a NUL byte may run on past it before the input is
 * taken for a binary stream (`/dev/zero` after a first good line) and refused:
 * a block of zeros a crash left in a log is far shorter.
 */
export const NUL_LINE_LIMIT = 16 << 20;

/**
 * Bytes a line may hold before it is taken as too long to read (its bytes are
 * not kept past it, and its error record names it): the longest string
 * JavaScript can hold, which an ASCII line of that many bytes would fill.
 */
export const LONGEST_LINE = constants.MAX_STRING_LENGTH;

const LF = 0x0a;
const CR = 0x0d;

/**
 * Yields the lines of byte chunks as JSON Lines reads them: a line ends at
 * `\n` only, and one `\r` just before it is dropped (so CRLF files read as LF
 * files), while a lone `\r` elsewhere stays in the line, where JSON may hold it
 * as white space. A final line without `\n` is yielded when not empty; a
 * byte-order mark is kept for the caller to strip. A line that holds a NUL byte
 * or bytes that are not UTF-8, or that is longer than `longest` bytes, is
 * yielded as an error (its bytes after a NUL or past `longest` are not kept),
 * and the lines after it are read.
 * @throws InputError when the first line holds a NUL byte (a binary file, UTF-16,
 * `/dev/zero`: nothing in it reads as JSON lines), or when a line runs on more
 * than `nulLimit` bytes past a NUL byte.
 */
export async function* jsonLines(chunks: AsyncIterable<Uint8Array>, nulLimit = NUL_LINE_LIMIT, longest = LONGEST_LINE): AsyncGenerator<JsonLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // (the pieces of the line read so far, joined once at its end: a line of many megabytes arriving in many reads
  // is neither searched nor copied once per read)
  let parts: Uint8Array[] = [];
  let length = 0;
  /** Where the line's first NUL byte is in the line, or -1. */
  let nulAt = -1;
  /** Where the line starts in the input. */
  let lineStart = 0;
  let firstLine = true;
  let offset = 0;
  const finish = (ended: boolean): JsonLine => {
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    const at = nulAt;
    const bytesRead = length;
    parts = [];
    length = 0;
    nulAt = -1;
    if (at >= 0) return { error: `contains a NUL byte (at byte ${at} of the line), which JSON writes as \\u0000` };
    if (bytesRead > longest) return { error: `a line of ${bytesRead} bytes, longer than the longest string JavaScript can hold (${longest})` };
    const line = ended && bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
    try {
      return { text: decoder.decode(line) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return { error: notUtf8(line, 0, undefined, 'of the line').message };
      return { error: `cannot read the line: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  for await (const raw of chunks) {
    const chunk: Uint8Array = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    for (;;) {
      const at = chunk.indexOf(LF, from);
      const piece = chunk.subarray(from, at < 0 ? chunk.length : at);
      if (nulAt < 0 && length + piece.length > longest) parts = [];
      else if (nulAt < 0 && length <= longest) {
        const zero = piece.indexOf(0);
        if (zero >= 0) {
          nulAt = length + zero;
          if (firstLine) throw nulBytes(lineStart + nulAt);
          parts = [];
        } else parts.push(piece);
      }
      length += piece.length;
      if (nulAt >= 0 && length - nulAt > nulLimit) throw nulBytes(lineStart + nulAt);
      if (at < 0) break;
      yield finish(true);
      firstLine = false;
      lineStart = offset + at + 1;
      from = at + 1;
    }
    offset += chunk.length;
  }
  if (length > 0) yield finish(false);
}

/**
 * Yields the lines of UTF-16 input (after its byte-order mark) as
 * {@link jsonLines} yields UTF-8 lines: a line ends at `\n`, one `\r` before
 * it is dropped, and a line that holds a NUL character or an unpaired
 * surrogate, or ends inside a character, or is longer than `longest`
 * characters, is yielded as an error naming the byte of the line where it
 * goes wrong; the lines after it are read.
 * @throws InputError when a line runs on more than `nulLimit` bytes past a NUL
 * character (a byte-order mark and then zeros).
 */
async function* utf16Lines(encoding: 'utf-16le' | 'utf-16be', chunks: AsyncIterable<Uint8Array>, nulLimit: number, longest: number): AsyncGenerator<JsonLine> {
  const name = encoding.toUpperCase();
  /** An odd last byte of the bytes so far, and a high surrogate held for its partner. */
  let carry: Uint8Array = new Uint8Array(0);
  let high = '';
  let parts: string[] = [];
  /** Code units in the line so far. */
  let length = 0;
  /** The line's first problem, or ''. */
  let problem = '';
  /** Where the line's first NUL character is, in code units, or -1. */
  let nulAt = -1;
  /** Byte offset in the input of the line's first code unit (after the mark). */
  let lineStart = 2;
  const finish = (ended: boolean): JsonLine => {
    const text = parts.join('');
    const found = problem;
    const units = length;
    parts = [];
    length = 0;
    problem = '';
    nulAt = -1;
    if (found !== '') return { error: found };
    if (units > longest) return { error: `a line of ${2 * units} bytes, longer than the longest string JavaScript can hold (${longest} characters)` };
    return { text: ended && text.endsWith('\r') ? text.slice(0, -1) : text };
  };
  /** Adds a piece of the line (no `\n` in it), checking it. */
  const add = (piece: string): void => {
    if (problem === '') {
      const nul = piece.indexOf('\u0000');
      const unpaired = piece.search(UNPAIRED_SURROGATE);
      if (nul >= 0 && (unpaired < 0 || nul < unpaired)) {
        problem = `contains a NUL character (at byte ${2 * (length + nul)} of the line), which JSON writes as \\u0000`;
        nulAt = length + nul;
      } else if (unpaired >= 0) {
        const unit = piece.charCodeAt(unpaired).toString(16).toUpperCase();
        problem = `not valid ${name} (an unpaired surrogate 0x${unit} at byte ${2 * (length + unpaired)} of the line)`;
      }
      if (problem !== '' || length + piece.length > longest) parts = [];
      else parts.push(piece);
    }
    length += piece.length;
    if (nulAt >= 0 && 2 * (length - nulAt) > nulLimit) throw nulBytes(lineStart + 2 * nulAt);
  };
  for await (const raw of chunks) {
    const bytes: Uint8Array = typeof raw === 'string' ? Buffer.from(raw) : raw;
    const all = carry.length > 0 ? Buffer.concat([carry, bytes]) : bytes;
    const even = all.length - (all.length % 2);
    carry = Uint8Array.from(all.subarray(even));
    const units = Buffer.from(all.subarray(0, even));
    if (encoding === 'utf-16be') units.swap16();
    let text = high + units.toString('utf16le');
    high = '';
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      high = text.slice(-1);
      text = text.slice(0, -1);
    }
    let from = 0;
    for (;;) {
      const at = text.indexOf('\n', from);
      add(at < 0 ? text.slice(from) : text.slice(from, at));
      if (at < 0) break;
      const units = length;
      yield finish(true);
      lineStart += 2 * (units + 1);
      from = at + 1;
    }
  }
  if (carry.length > 0 || high !== '') {
    if (problem === '') problem = `not valid ${name}: the input ends inside a character`;
    yield finish(false);
  } else if (length > 0 || problem !== '') yield finish(false);
}

/**
 * The lines of a JSON Lines input, as {@link jsonLines} yields them: UTF-8, or
 * UTF-16 that opens with a byte-order mark (the mark dropped), as the other
 * commands read. In UTF-16 too, a line that is no text (a NUL character, an
 * unpaired surrogate) fails alone and the lines after it are read.
 * @throws InputError as {@link jsonLines} does, for input that is binary.
 */
export async function* readJsonLines(chunks: AsyncIterable<Uint8Array | string>, nulLimit = NUL_LINE_LIMIT, longest = LONGEST_LINE): AsyncGenerator<JsonLine> {
  const reader = chunks[Symbol.asyncIterator]();
  let head: Uint8Array = new Uint8Array(0);
  let done = false;
  // (two bytes tell a UTF-16 byte-order mark)
  while (head.length < 2) {
    const next = await reader.next();
    if (next.done === true) {
      done = true;
      break;
    }
    const bytes = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head = head.length > 0 ? Buffer.concat([head, bytes]) : bytes;
  }
  const first = head;
  async function* whole(skip: number): AsyncGenerator<Uint8Array> {
    if (first.length > skip) yield first.subarray(skip);
    if (done) return;
    for (let next = await reader.next(); next.done !== true; next = await reader.next()) yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
  }
  const encoding = first.length >= 2 ? detect(first) : 'utf-8';
  if (encoding === 'utf-8') yield* jsonLines(whole(0), nulLimit, longest);
  else yield* utf16Lines(encoding, whole(2), nulLimit, longest);
}
