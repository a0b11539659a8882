/**
 * Splits a byte stream into JSON Lines lines.
 * @internal
 */
import { constants } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { decodeStream, detect, nulBytes, notUtf8 } from './io.js';

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
 * Hands UTF-8 input on as it arrives, and UTF-16 input that opens with a
 * byte-order mark re-encoded as UTF-8 (the mark dropped), so that JSON Lines
 * reads both, as the other commands do. UTF-16 input is decoded as a whole
 * stream: a NUL character or a broken character in it refuses the input.
 * @throws InputError from {@link decodeStream} for broken UTF-16.
 */
export async function* utf8Chunks(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  const reader = chunks[Symbol.asyncIterator]();
  let head: Uint8Array = new Uint8Array(0);
  // (two bytes tell a UTF-16 byte-order mark)
  while (head.length < 2) {
    const next = await reader.next();
    if (next.done === true) {
      if (head.length > 0) yield head;
      return;
    }
    const bytes = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head = head.length > 0 ? Buffer.concat([head, bytes]) : bytes;
  }
  const first = head;
  async function* whole(): AsyncGenerator<Uint8Array | string> {
    yield first;
    for (let next = await reader.next(); next.done !== true; next = await reader.next()) yield next.value;
  }
  if (detect(first) === 'utf-8') {
    for await (const piece of whole()) yield typeof piece === 'string' ? Buffer.from(piece) : piece;
    return;
  }
  for await (const text of decodeStream(whole())) yield Buffer.from(text, 'utf8');
}
