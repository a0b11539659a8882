/**
 * read76: review fixes of stop 61's first-round merges.
 * - attribution/direct/source-lead.ts trailOverSourceLead: a pronoun
 *   attribution after the quote stands for the person the source phrase
 *   names, who keeps the quote ('According to Lee, "...," she said.' stays
 *   Lee's; was "she", with no one to stand for); a name or a description
 *   after the quote still takes it from a source phrase.
 * - cli/io.ts decodeStream: UTF-16 is decoded knowing each code unit's byte
 *   offset, so a NUL character or an unpaired surrogate is refused at its own
 *   byte (were "at byte 0" and "near byte 0", the offset of the read that
 *   held it), however the input is split across reads; `--jsonl` reads UTF-16
 *   through it (cli/lines.ts utf8Chunks; since robust30, readJsonLines decodes UTF-16
 *   line by line).
 * Sentences and names are invented.
 */
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';
import { decodeStream } from '../src/cli/io.js';
import { readJsonLines } from '../src/cli/lines.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read76: a pronoun after a quote led by a person source phrase', () => {
  test.each([
    ['According to Tamsin Vale, "the ferry was sold," she said.', [['the ferry was sold,', 'Tamsin Vale', 'According to']]],
    ['According to Vale, "the ferry was sold," he said.', [['the ferry was sold,', 'Vale', 'According to']]],
    // as before: a name or a pronoun after a document's source phrase takes the quote
    ['According to Vale, "the ferry was sold," Orrin Pike said.', [['the ferry was sold,', 'Orrin Pike', 'said']]],
    ['According to the ledger, "the ferry was sold," she said.', [['the ferry was sold,', 'she', 'said']]],
    ['According to the ledger, "the ferry was sold," Orrin Pike said.', [['the ferry was sold,', 'Orrin Pike', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

const le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const be = (text: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
/** `bytes` in reads of `size` bytes. */
const reads = (bytes: Buffer, size: number): Buffer[] => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

async function decoded(parts: Buffer[]): Promise<string> {
  let out = '';
  try {
    for await (const piece of decodeStream(Readable.from(parts))) out += piece;
  } catch (error) {
    return `! ${(error as Error).message}`;
  }
  return out;
}

async function jsonl(parts: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  try {
    for await (const line of readJsonLines(Readable.from(parts))) out.push('text' in line ? line.text : `! ${line.error}`);
  } catch (error) {
    out.push(`!! ${(error as Error).message}`);
  }
  return out;
}

describe('read76: UTF-16 refused at the byte that is wrong', () => {
  // (a lone high surrogate "\uD83D", a lone low one "\uDE00"; a pair "\uD83D\uDE00" is fine)
  test.each([1, 2, 3, 5, 64])('reads of %i bytes', async (size) => {
    expect(await decoded(reads(le('ab\uD83D\uDE00c\r\nd\n'), size))).toBe('ab\uD83D\uDE00c\r\nd\n');
    expect(await decoded(reads(be('ab\uD83D\uDE00c\r\nd\n'), size))).toBe('ab\uD83D\uDE00c\r\nd\n');
    expect(await decoded(reads(le('abc\u0000d'), size))).toMatch(/^! contains a NUL byte \(at byte 8\)/);
    expect(await decoded(reads(be('abc\u0000d'), size))).toMatch(/^! contains a NUL byte \(at byte 8\)/);
    expect(await decoded(reads(le('ab\uD83Dc'), size))).toBe('! not valid UTF-16LE (an unpaired surrogate 0xD83D at byte 6)');
    expect(await decoded(reads(be('ab\uDE00c'), size))).toBe('! not valid UTF-16BE (an unpaired surrogate 0xDE00 at byte 6)');
    expect(await decoded(reads(le('ab\uD83D'), size))).toBe('! not valid UTF-16LE: the input ends inside a character');
    expect(await decoded(reads(Buffer.concat([le('ab'), Buffer.from([0x41])]), size))).toBe('! not valid UTF-16LE: the input ends inside a character');
    expect(await jsonl(reads(le('{"text": "a"}\r\n{"text": "\uD83D\uDE00"}'), size))).toEqual(['{"text": "a"}', '{"text": "\uD83D\uDE00"}']);
    // (robust30: the line fails alone, at the surrogate's byte of the line; was: the whole input refused)
    expect(await jsonl(reads(le('{"id": 1}\n{"id": 2, "text": "\uDE00"}\n'), size))).toEqual(['{"id": 1}', '! not valid UTF-16LE (an unpaired surrogate 0xDE00 at byte 38 of the line)']);
  });
  test('a byte-order mark alone, and one byte after it', async () => {
    expect(await decoded([Buffer.from([0xff, 0xfe])])).toBe('');
    expect(await decoded([Buffer.from([0xfe, 0xff, 0x00])])).toBe('! not valid UTF-16BE: the input ends inside a character');
  });
});
