/**
 * Reading inputs and writing outputs with backpressure. Inputs are read as a
 * stream and checked as they arrive: UTF-8 (or UTF-16 with a byte-order
 * mark), no NUL bytes, so a binary file or `/dev/zero` is refused at once
 * instead of being read to the end.
 * @internal
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { TextDecoder } from 'node:util';
import { escapeControls } from './escape.js';

/** An input that is not text saidwho can read; the message says why, for the user. */
export class InputError extends Error {}

/** One-line reason for a failed read. */
export function readFailure(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error);
}

/** How an input is named in messages. */
export function inputName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

/** Opens a file (or standard input for `-`) as a byte stream; rejects when it cannot be opened. */
export async function openInput(file: string): Promise<NodeJS.ReadableStream> {
  if (file === '-') return process.stdin;
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  return stream;
}

/** Bytes of Windows-1252 that are punctuation there and never start a UTF-8 character. */
const WINDOWS_1252: Readonly<Record<number, string>> = {
  0x91: 'a left single quote', 0x92: 'a right single quote (apostrophe)', 0x93: 'a left double quote',
  0x94: 'a right double quote', 0x96: 'an en dash', 0x97: 'an em dash', 0x85: 'an ellipsis',
};

/** The offset of the first byte that breaks UTF-8 in `bytes`, scanning from `from` (`bytes.length` when none does). */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

/**
 * The refusal of bytes that are not UTF-8, naming Windows-1252 when its
 * punctuation bytes are the cause. `tail` is the end of the bytes before
 * (a character may straddle two reads), `offset` the offset of `bytes` in the
 * file (or the line), and `unit`, when given, what that offset counts in
 * (`of the line`).
 */
export function notUtf8(bytes: Uint8Array, offset: number, tail: Uint8Array = new Uint8Array(0), unit?: string): InputError {
  const all = tail.length > 0 ? Buffer.concat([tail, bytes]) : bytes;
  // start at the last character start in the tail: its first byte is not 10xxxxxx
  let from = tail.length;
  for (let k = tail.length - 1; k >= 0; k--) {
    if ((tail[k]! & 0xc0) !== 0x80) {
      from = k;
      break;
    }
  }
  const at = firstInvalidUtf8(all, from);
  const byte = all[at];
  const where = byte === undefined ? 'the input ends inside a character' : `byte 0x${byte.toString(16).padStart(2, '0')} at offset ${offset - tail.length + at}${unit === undefined ? '' : ` ${unit}`}`;
  const cp1252 = byte === undefined ? undefined : WINDOWS_1252[byte];
  const hint =
    cp1252 === undefined
      ? 'saidwho reads UTF-8 text (or UTF-16 with a byte-order mark); is this a binary file?'
      : `in Windows-1252 (cp1252) that byte is ${cp1252}: the file is in Windows-1252, not UTF-8; convert it first, as with iconv -f WINDOWS-1252 -t UTF-8`;
  return new InputError(`not valid UTF-8 (${where}); ${hint}`);
}

/** The refusal of a binary input: its first NUL byte is at `offset`. */
export function nulBytes(offset: number): InputError {
  return new InputError(`contains a NUL byte (at byte ${offset}): this looks like a binary file, not text; saidwho reads UTF-8 text (or UTF-16 with a byte-order mark)`);
}

/** The encodings saidwho reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding of input that opens with `head` (at least two bytes): UTF-16 by its byte-order mark, else UTF-8. */
export function detect(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** A UTF-16 surrogate code unit with no partner: a high one not followed by a low one, or a low one after no high one. */
export const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Decodes UTF-16 after its byte-order mark, piece by piece, knowing the byte
 * offset of every code unit (the mark's two bytes, then two a unit), so that
 * a NUL character or an unpaired surrogate is refused at its own offset.
 * A byte or a high surrogate at the end of a piece waits for the next.
 */
class Utf16Pieces {
  /** An odd last byte of the bytes so far. */
  private carry: Uint8Array = new Uint8Array(0);
  /** A high surrogate at the end of the text so far, held for its partner. */
  private high = '';
  /** Code units handed on so far. */
  private units = 0;

  constructor(
    private readonly encoding: 'utf-16le' | 'utf-16be',
    /** Bytes before the first code unit: the byte-order mark. */
    private readonly start = 2,
  ) {}

  /**
   * The text of `bytes`, the next bytes after the mark.
   * @throws InputError at a NUL character or an unpaired surrogate.
   */
  decode(bytes: Uint8Array): string {
    const all = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
    const even = all.length - (all.length % 2);
    this.carry = Uint8Array.from(all.subarray(even));
    const units = Buffer.from(all.subarray(0, even));
    if (this.encoding === 'utf-16be') units.swap16();
    let text = this.high + units.toString('utf16le');
    this.high = '';
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.high = text.slice(-1);
      text = text.slice(0, -1);
    }
    const nul = text.indexOf('\u0000');
    const unpaired = text.search(UNPAIRED_SURROGATE);
    if (nul >= 0 && (unpaired < 0 || nul < unpaired)) throw nulBytes(this.byteAt(nul));
    if (unpaired >= 0) {
      const unit = text.charCodeAt(unpaired).toString(16).toUpperCase();
      throw new InputError(`not valid ${this.encoding.toUpperCase()} (an unpaired surrogate 0x${unit} at byte ${this.byteAt(unpaired)})`);
    }
    this.units += text.length;
    return text;
  }

  /** @throws InputError when the input ends inside a character. */
  end(): void {
    if (this.carry.length > 0 || this.high !== '') throw new InputError(`not valid ${this.encoding.toUpperCase()}: the input ends inside a character`);
  }

  private byteAt(index: number): number {
    return this.start + 2 * (this.units + index);
  }
}

/**
 * Decodes a byte stream into text pieces as it arrives, refusing at the first
 * problem: NUL bytes, bytes that are not UTF-8 (with a hint when they look
 * like Windows-1252 curly quotes), a truncated last character. UTF-16 with a
 * byte-order mark is decoded; a byte-order mark (UTF-8 or UTF-16) is dropped,
 * so offsets count from the first character after it and a file reads the
 * same with or without one.
 * @throws InputError on the first problem.
 */
export async function* decodeStream(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let utf16: Utf16Pieces | undefined;
  let encoding: Encoding = 'utf-8';
  let offset = 0;
  let pending: Uint8Array = new Uint8Array(0);
  let tail: Uint8Array = new Uint8Array(0);
  for await (const raw of input) {
    let bytes: Uint8Array = typeof raw === 'string' ? Buffer.from(raw) : (raw as Buffer);
    if (decoder === undefined && utf16 === undefined) {
      // wait for two bytes to see a UTF-16 byte-order mark
      if (pending.length + bytes.length < 2) {
        pending = Buffer.concat([pending, bytes]);
        continue;
      }
      bytes = pending.length > 0 ? Buffer.concat([pending, bytes]) : bytes;
      pending = new Uint8Array(0);
      encoding = detect(bytes);
      // (a UTF-8 byte-order mark is dropped by the decoder, as the UTF-16 one is below: offsets never count it)
      if (encoding === 'utf-8') decoder = new TextDecoder(encoding, { fatal: true });
      else {
        // (the mark is dropped; offsets count it)
        utf16 = new Utf16Pieces(encoding);
        bytes = bytes.subarray(2);
      }
    }
    if (utf16 !== undefined) {
      const text = utf16.decode(bytes);
      if (text !== '') yield text;
      continue;
    }
    if (bytes.indexOf(0) >= 0) throw nulBytes(offset + bytes.indexOf(0));
    let text: string;
    try {
      text = decoder!.decode(bytes, { stream: true });
    } catch {
      throw notUtf8(bytes, offset, tail);
    }
    tail = bytes.subarray(Math.max(0, bytes.length - 3));
    offset += bytes.length;
    if (text !== '') yield text;
  }
  if (utf16 !== undefined) {
    utf16.end();
    return;
  }
  if (decoder === undefined) {
    // fewer than two bytes in all
    if (pending.length === 0) return;
    decoder = new TextDecoder('utf-8', { fatal: true });
    if (pending.indexOf(0) >= 0) throw nulBytes(pending.indexOf(0));
    try {
      const text = decoder.decode(pending);
      if (text !== '') yield text;
    } catch {
      throw notUtf8(pending, 0);
    }
    return;
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch {
    throw new InputError('not valid UTF-8: the input ends inside a character');
  }
}

/** Reads a whole file (or standard input for `-`) as checked text. */
export async function readInput(file: string): Promise<string> {
  const pieces: string[] = [];
  for await (const piece of decodeStream(await openInput(file))) pieces.push(piece);
  return pieces.join('');
}

/** Writes to standard output, waiting when its buffer is full. */
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Prints a one-line error on standard error, control characters escaped. */
export function fail(message: string): void {
  process.stderr.write(`saidwho: ${escapeControls(message.replace(/\s*\n\s*/g, ' '))}\n`);
}
