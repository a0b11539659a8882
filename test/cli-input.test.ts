/**
 * The command line's input and output parts, in process: checked decoding
 * (UTF-8, UTF-16 with a byte-order mark, NUL bytes, Windows-1252), terminal
 * escaping, raw JSON ids, streamed JSON, and paragraph-aligned chunks whose
 * merged result keeps offsets exact.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createExtractor, type Extraction } from '../src/index.js';
import { cutPoint, ExtractionMerger, paragraphChunks, type Chunk } from '../src/cli/chunks.js';
import { escapeControls } from '../src/cli/escape.js';
import { decodeStream, firstInvalidUtf8, InputError } from '../src/cli/io.js';
import { JsonExtractionWriter, prettyPieces } from '../src/cli/json.js';
import { compactJson, rawMember } from '../src/cli/raw-json.js';
import { csvPieces, processLine, resultPieces } from '../src/cli/commands/jsonl.js';
import { csvRows } from '../src/cli/csv.js';
import type { Extractor } from '../src/extractor.js';
import { jsonLines } from '../src/cli/lines.js';

async function decode(...parts: (string | number[])[]): Promise<string> {
  const buffers = parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)));
  let out = '';
  for await (const piece of decodeStream(Readable.from(buffers))) out += piece;
  return out;
}

async function refusal(...parts: (string | number[])[]): Promise<string> {
  try {
    await decode(...parts);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the input to be refused');
}

describe('decodeStream', () => {
  test('UTF-8, with characters split across reads, and its byte-order mark dropped (as UTF-16\'s is)', async () => {
    const text = '\uFEFF“Ja,” sagte Müller. 😀';
    const bytes = [...Buffer.from(text, 'utf8')];
    expect(await decode(bytes.slice(0, 5), bytes.slice(5, 6), bytes.slice(6, 30), bytes.slice(30))).toBe(text.slice(1));
    // (split inside the mark itself)
    expect(await decode(bytes.slice(0, 2), bytes.slice(2))).toBe(text.slice(1));
    expect(await decode('')).toBe('');
    expect(await decode('x')).toBe('x');
  });

  test('UTF-16 with a byte-order mark is decoded, the mark dropped', async () => {
    const text = '"Yes," she said. “Ja” 😀';
    const le = [0xff, 0xfe, ...Buffer.from(text, 'utf16le')];
    expect(await decode(le.slice(0, 1), le.slice(1, 7), le.slice(7))).toBe(text);
    const be = [0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()];
    expect(await decode(be)).toBe(text);
    expect(await refusal([0xff, 0xfe, 0x41])).toMatch(/^not valid UTF-16LE: the input ends inside a character/);
    expect(await refusal([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00])).toMatch(/^contains a NUL byte/);
  });

  test('NUL bytes are refused at once', async () => {
    expect(await refusal('abc', [0x41, 0x00, 0x42])).toBe(
      'contains a NUL byte (at byte 4): this looks like a binary file, not text; saidwho reads UTF-8 text (or UTF-16 with a byte-order mark)',
    );
    // an endless source is not read to the end
    let reads = 0;
    const endless = new Readable({
      read() {
        reads++;
        this.push(Buffer.alloc(65_536));
      },
    });
    await expect(async () => {
      for await (const _ of decodeStream(endless)) void _;
    }).rejects.toThrow(/NUL byte \(at byte 0\)/);
    expect(reads).toBeLessThan(5);
  });

  test('Windows-1252 curly quotes get a message that names the encoding', async () => {
    expect(await refusal([...Buffer.from('He said '), 0x93, ...Buffer.from('no'), 0x94, 0x2e])).toBe(
      'not valid UTF-8 (byte 0x93 at offset 8); in Windows-1252 (cp1252) that byte is a left double quote: the file is in Windows-1252, not UTF-8; convert it first, as with iconv -f WINDOWS-1252 -t UTF-8',
    );
    // the offset counts earlier reads, and a character split across reads is not blamed
    const e = [...Buffer.from('é')];
    expect(await refusal('abc', [e[0]!], [e[1]!, 0x41, 0x92])).toMatch(/^not valid UTF-8 \(byte 0x92 at offset 6\); in Windows-1252 \(cp1252\) that byte is a right single quote/);
  });

  test('other bytes that are not UTF-8', async () => {
    expect(await refusal([0x41, 0xff, 0x41])).toBe('not valid UTF-8 (byte 0xff at offset 1); saidwho reads UTF-8 text (or UTF-16 with a byte-order mark); is this a binary file?');
    expect(await refusal('ab', [0xe2, 0x80])).toBe('not valid UTF-8: the input ends inside a character');
    expect(await refusal([0xed, 0xa0, 0x80])).toMatch(/^not valid UTF-8 \(byte 0xed at offset 0\)/);
  });

  test('firstInvalidUtf8 agrees with the decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        const valid = (b: Uint8Array): boolean => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(b);
            return true;
          } catch {
            return false;
          }
        };
        expect(valid(bytes)).toBe(at === bytes.length);
        expect(valid(bytes.subarray(0, at))).toBe(true);
      }),
    );
  });
});

describe('escapeControls', () => {
  test('terminal control sequences from the input are shown, not run', () => {
    expect(escapeControls('a\x1b[2Jb\x1b]0;title\x07c\x9bd\r\ne\tf\x00')).toBe('a\\x1b[2Jb\\x1b]0;title\\x07c\\x9bd\\x0d\ne\tf\\x00');
    expect(escapeControls('plain “text” 😀\n')).toBe('plain “text” 😀\n');
  });
});

describe('raw JSON ids', () => {
  test.each([
    ['{"id": 12345678901234567890123, "text": "x"}', '12345678901234567890123'],
    ['{"text": "x", "id" : "a b\\"c" }', '"a b\\"c"'],
    ['{"id": [1, {"k": [2, 3]}], "text": "x"}', '[1,{"k":[2,3]}]'],
    ['{"id": 1, "id": 2.50e3}', '2.50e3'],
    ['{"text": "x"}', undefined],
    ['{"ids": 1, "nested": {"id": 5}}', undefined],
    ['{"id":null}', 'null'],
  ])('%s', (line, raw) => {
    expect(rawMember(line, 'id')).toBe(raw);
  });

  test('compactJson drops white space outside strings only', () => {
    expect(compactJson('[ 1 , " a  b " ,\t{ "x" : true } ]')).toBe('[1," a  b ",{"x":true}]');
  });

  test('every line gets one line back, ids without loss', () => {
    const extractor = createExtractor();
    const deep = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    const big = processLine(extractor, '{"id": 9007199254740993, "text": "Nothing quoted here."}', 1);
    expect(big).toEqual({ out: '{"id":9007199254740993,"quotes":[],"speakers":[]}', ok: true });
    const nested = processLine(extractor, `{"id": ${deep}, "text": "Nothing quoted here."}`, 2);
    expect(nested.ok).toBe(true);
    expect(nested.out).toBe(`{"id":${deep},"quotes":[],"speakers":[]}`);
    const nestedBad = processLine(extractor, `{"id": ${deep}, "text": 5}`, 3, 'a.jsonl');
    expect(nestedBad).toEqual({ out: `{"file":"a.jsonl","line":3,"id":${deep},"error":"expected an object with a string \\"text\\""}`, ok: false });
    expect(processLine(extractor, '   ', 4)).toEqual({ out: '{"line":4,"error":"empty line: expected a JSON object with a string \\"text\\""}', ok: false });
    const broken = { extract: (): never => { throw new RangeError('Maximum call stack size exceeded'); } };
    expect(processLine(broken, '{"id": 7, "text": "x"}', 5)).toEqual({ out: '{"line":5,"id":7,"error":"extraction failed: RangeError: Maximum call stack size exceeded"}', ok: false });
    for (const { out } of [big, nested, nestedBad]) expect(out).not.toContain('\n');
  });
});

describe('JsonExtractionWriter', () => {
  async function written(extraction: Extraction, head?: Record<string, unknown>, error?: string): Promise<string> {
    let out = '';
    const writer = new JsonExtractionWriter(async (t) => {
      out += t;
    }, head);
    // quotes in uneven batches, as chunks give them
    await writer.add(extraction.quotes.slice(0, 1));
    await writer.add([]);
    await writer.add(extraction.quotes.slice(1));
    await writer.end(extraction.speakers, error);
    return out;
  }

  test('writes what JSON.stringify(value, null, 2) writes', async () => {
    const extraction = createExtractor().extract('"We will win," Jane Smith said. She added that it was late.\n\n"No," said Lee.');
    expect(extraction.quotes.length).toBeGreaterThan(2);
    expect(await written(extraction)).toBe(JSON.stringify(extraction, null, 2));
    expect(await written(extraction, { file: 'a "b".txt' })).toBe(JSON.stringify({ file: 'a "b".txt', ...extraction }, null, 2));
    const none = { quotes: [], speakers: [] };
    expect(await written(none, { file: 'x' })).toBe(JSON.stringify({ file: 'x', ...none }, null, 2));
    expect(await written(none)).toBe(JSON.stringify(none, null, 2));
  });

  test('long arrays come out item by item, as JSON.stringify writes them', () => {
    const mentions = Array.from({ length: 600 }, (_, i) => ({ start: i, end: i + 1, text: `"${i}"` }));
    const speaker = { id: 0, name: 'A', kind: 'person', titles: [], descriptions: ['x'], mentions, quotes: Array.from({ length: 300 }, (_, i) => i) };
    const pieces = [...prettyPieces(speaker, '    ')];
    expect(pieces.length).toBeGreaterThan(900);
    expect(pieces.join('')).toBe(JSON.stringify(speaker, null, 2).replace(/\n/g, '\n    '));
    expect([...prettyPieces([speaker, [[1, 2]], 'x'], '')].join('')).toBe(JSON.stringify([speaker, [[1, 2]], 'x'], null, 2));
  });

  test('an input that fails midway still closes its object, with the error', async () => {
    const extraction = createExtractor().extract('"We will win," Jane Smith said.');
    expect(JSON.parse(await written(extraction, { file: 'a' }, 'cannot read a: not valid UTF-8'))).toEqual({ file: 'a', ...extraction, error: 'cannot read a: not valid UTF-8' });
  });
});

/** Merges chunk extractions as the command does. */
function merged(parts: readonly { extraction: Extraction; offset: number }[]): Extraction {
  const merger = new ExtractionMerger();
  const quotes = parts.flatMap((p) => merger.add(p.extraction, p.offset));
  return { quotes, speakers: merger.result() };
}

async function chunksOf(text: string, limit: number, piece = 7): Promise<Chunk[]> {
  async function* pieces(): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += piece) yield text.slice(i, i + piece);
  }
  const out: Chunk[] = [];
  for await (const c of paragraphChunks(pieces(), limit)) out.push(c);
  return out;
}

describe('paragraph-aligned chunks', () => {
  test('cuts after the widest gap, after a paragraph whose quotes are closed', () => {
    const text = 'One.\n\nTwo.\n\n\nThree.\n\nFour.';
    expect(cutPoint(text, 20)).toBe(13);
    // the later gap follows a paragraph that opens a quote it does not close
    const open = 'Intro here, a longer line.\n\nShe said: “We will\n\n“go on,” she said.';
    expect(cutPoint(open, 50)).toBe(28);
    expect(cutPoint(open.replace('“We', '“We”'), 50)).toBe(49);
    // no paragraph break: a line break, then white space, then anywhere but inside a surrogate pair
    expect(cutPoint('aaaa bbbb\ncccc dddd', 16)).toBe(10);
    expect(cutPoint('aaaa bbbb cccc', 12)).toBe(10);
    expect(cutPoint('aaaaaa😀bbbb', 7)).toBe(6);
    expect(cutPoint('aaa\r\nbbb', 4)).toBe(3);
  });

  test('chunks cover the input exactly, each within the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', ' ', '\n', '\r', '"', '“', '”', '😀', 'word. '), { maxLength: 300 }).map((a) => a.join('')),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 1, max: 50 }),
        async (text, limit, piece) => {
          const chunks = await chunksOf(text, limit, piece);
          expect(chunks.map((c) => c.text).join('')).toBe(text);
          let offset = 0;
          for (const c of chunks) {
            expect(c.offset).toBe(offset);
            expect(c.text.length).toBeLessThanOrEqual(limit);
            offset += c.text.length;
          }
        },
      ),
    );
  });

  const ARTICLES = [
    'Harbor vote\n\n"We have waited long enough," Mayor Lina Okor said on Tuesday. She added that the wall would stand.\n\nCouncilman Piet Haas said the town should move the market. "It is the most expensive option," said Haas.',
    'School budget\n\nThe board approved the plan, according to district officials. "Every child gets a laptop," superintendent Ada Brill told parents.\n\nBrill said the money came from the state.',
    'Storm update\n\n“The roads are closed,” police chief Omar Vell said. He warned that more rain was coming.\n\nResidents said they were tired. “We lost everything,” said Nora Kemp.',
  ];

  test('cut at article breaks, the merged result is the single-call result', async () => {
    const extractor = createExtractor();
    const text = Array.from({ length: 12 }, (_, i) => ARTICLES[i % 3]!.replace(/Okor|Brill|Vell/g, (m) => `${m}${i}`)).join('\n\n\n');
    const single = extractor.extract(text);
    const longest = Math.max(...text.split('\n\n\n').map((a) => a.length));
    for (const limit of [longest + 3, 2 * longest, 5 * longest]) {
      const chunks = await chunksOf(text, limit, 100);
      expect(chunks.length).toBeGreaterThan(1);
      expect(merged(chunks.map((c) => ({ extraction: extractor.extract(c.text), offset: c.offset })))).toEqual(single);
    }
  });

  test('a --jsonl text longer than the chunk size is read in chunks: the single-call result, no call longer than the limit (robust29)', () => {
    // (before, one line's text went to one call whatever its size: a 20 MB text took 2.2 GB, and a larger one could
    // end the process and the batch with it)
    const extractor = createExtractor();
    const text = Array.from({ length: 12 }, (_, i) => ARTICLES[i % 3]!.replace(/Okor|Brill|Vell/g, (m) => `${m}${i}`)).join('\n\n\n');
    const limit = 2 * Math.max(...text.split('\n\n\n').map((a) => a.length));
    const lengths: number[] = [];
    const spy = { extract: (t: string) => (lengths.push(t.length), extractor.extract(t)) } as unknown as Extractor;
    const line = JSON.stringify({ id: 'a', text });
    const whole = processLine(extractor, line, 1, undefined, text.length);
    expect(whole.ok).toBe(true);
    expect(processLine(spy, line, 1, undefined, limit)).toEqual(whole);
    expect(lengths.length).toBeGreaterThan(3);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(limit);
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(text.length);
    // a text no longer than the limit is one call
    lengths.length = 0;
    processLine(spy, line, 1, undefined, text.length);
    expect(lengths).toEqual([text.length]);
  });

  describe('a --jsonl text longer than the chunk size streams its line out chunk by chunk (stream62)', () => {
    // (before, the whole line was built before it was written: a 20 MB line of dense news held every quote object,
    // 1.6 GB at its peak, and a line of about 100 MB would end the run)
    const extractor = createExtractor();
    const text = Array.from({ length: 12 }, (_, i) => ARTICLES[i % 3]!.replace(/Okor|Brill|Vell/g, (m) => `${m}${i}`)).join('\n\n\n');
    const limit = 2 * Math.max(...text.split('\n\n\n').map((a) => a.length));
    const line = JSON.stringify({ id: { batch: 7 }, text });
    /** An extractor that counts its calls and throws on call `failAt` (1-based). */
    const spy = (failAt = 0): Extractor & { calls: number } => {
      const s = {
        calls: 0,
        extract: (t: string) => {
          s.calls++;
          if (s.calls === failAt) throw new TypeError('Cannot read properties of undefined (reading \'pos\')');
          return extractor.extract(t);
        },
      };
      return s as unknown as Extractor & { calls: number };
    };

    test('the pieces are the bytes of the line built whole, each written before the next chunk is read', () => {
      const whole = processLine(extractor, line, 1, undefined, text.length);
      expect(whole.ok).toBe(true);
      expect((JSON.parse(whole.out) as { quotes: unknown[] }).quotes.length).toBeGreaterThan(40);
      const reader = spy();
      const pieces = resultPieces(reader, line, 1, undefined, limit);
      const out: string[] = [];
      const callsAt: number[] = [];
      for (let next = pieces.next(); next.done !== true; next = pieces.next()) {
        out.push(next.value);
        callsAt.push(reader.calls);
      }
      expect(out.join('')).toBe(whole.out);
      expect(out[0]).toMatch(/^\{"id":\{"batch":7\},"quotes":\[\{"kind":/);
      expect(out.at(-1)).toMatch(/^\],"speakers":\[\{"id":0,.*\]\}$/);
      // one piece per chunk, handed on as soon as that chunk is read
      expect(reader.calls).toBeGreaterThan(3);
      expect(callsAt.slice(0, -1)).toEqual(Array.from({ length: reader.calls }, (_, k) => k + 1));
      // a text no longer than the limit is one call and one piece
      expect([...resultPieces(extractor, line, 1, undefined, text.length)]).toEqual([whole.out]);
    });

    test('chunks without quotes, an empty text and a text of no quotes give the whole-line bytes', () => {
      const quiet = 'The harbor was calm.\n\nNothing happened in Brellow.\n\n';
      for (const t of [`${quiet.repeat(6)}"We are open," Ada Brill said.`, quiet.repeat(6), '', `"Yes," Ann Lee said.\n\n${quiet.repeat(6)}`]) {
        const l = JSON.stringify({ id: 'q', text: t });
        expect(processLine(extractor, l, 1, undefined, 60)).toEqual(processLine(extractor, l, 1, undefined, Math.max(2, t.length)));
      }
    });

    test('a failure half way closes the begun line: one valid JSON line with the error record members', () => {
      const got = processLine(spy(3), line, 4, 'a.jsonl', limit);
      expect(got.ok).toBe(false);
      expect(got.out).not.toContain('\n');
      const record = JSON.parse(got.out) as { id: unknown; quotes: { text: string }[]; speakers: { quotes: number[] }[]; file: string; line: number; error: string };
      expect(Object.keys(record)).toEqual(['id', 'quotes', 'speakers', 'file', 'line', 'error']);
      expect(record.id).toEqual({ batch: 7 });
      expect(record.file).toBe('a.jsonl');
      expect(record.line).toBe(4);
      expect(record.error).toMatch(/^extraction failed \(characters \d+-\d+\): TypeError: Cannot read properties of undefined \(reading 'pos'\)$/);
      // the quotes of the first two chunks, and speakers that point at them only
      const whole = JSON.parse(processLine(extractor, line, 4, undefined, text.length).out) as { quotes: { text: string }[] };
      expect(record.quotes.length).toBeGreaterThan(0);
      expect(record.quotes.length).toBeLessThan(whole.quotes.length);
      expect(record.quotes.map((q) => q.text)).toEqual(whole.quotes.slice(0, record.quotes.length).map((q) => q.text));
      for (const s of record.speakers) for (const q of s.quotes) expect(q).toBeLessThan(record.quotes.length);
      expect(record.speakers.some((s) => s.quotes.length > 0)).toBe(true);
    });

    test('a failure before any quote is written gives the usual error record', () => {
      const reason = "extraction failed: TypeError: Cannot read properties of undefined (reading 'pos')";
      expect(processLine(spy(1), line, 2, undefined, limit)).toEqual({ out: `{"line":2,"id":{"batch":7},"error":${JSON.stringify(reason)}}`, ok: false });
      const quiet = JSON.stringify({ id: 5, text: `${'Nothing happened in Brellow.\n\n'.repeat(8)}"Yes," Ann Lee said.` });
      expect(processLine(spy(3), quiet, 3, undefined, 60)).toEqual({ out: `{"line":3,"id":5,"error":${JSON.stringify(reason)}}`, ok: false });
    });

    test('--format csv: the rows come chunk by chunk, the bytes of the whole line; a failure half way keeps the rows before it', () => {
      const rows = (pieces: Generator<string, string | undefined>): { rows: string; error: string | undefined } => {
        let all = '';
        for (let next = pieces.next(); ; next = pieces.next()) {
          if (next.done === true) return { rows: all, error: next.value };
          all += next.value;
        }
      };
      const whole = rows(csvPieces(extractor, line, 1, undefined, text.length));
      expect(whole.error).toBeUndefined();
      expect(whole.rows).toBe(csvRows('{"batch":7}', extractor.extract(text)));
      expect([...csvPieces(extractor, line, 1, undefined, limit)].length).toBeGreaterThan(3);
      expect(rows(csvPieces(extractor, line, 1, undefined, limit))).toEqual(whole);
      const failed = rows(csvPieces(spy(3), line, 1, undefined, limit));
      expect(failed.error).toBe("extraction failed: TypeError: Cannot read properties of undefined (reading 'pos')");
      expect(failed.rows.length).toBeGreaterThan(0);
      expect(whole.rows.startsWith(failed.rows)).toBe(true);
      expect(rows(csvPieces(extractor, '{"text": 5}', 2))).toEqual({ rows: '', error: 'expected an object with a string "text"' });
    });
  });

  test('whatever the cuts, every merged span is exact and every reference valid', async () => {
    const extractor = createExtractor();
    const text = ARTICLES.join('\n\n');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 20, max: 400 }), async (limit) => {
        const chunks = await chunksOf(text, limit, 64);
        const { quotes, speakers } = merged(chunks.map((c) => ({ extraction: extractor.extract(c.text), offset: c.offset })));
        const spans = [
          ...quotes.flatMap((q) => [q.span, ...q.parts, ...(q.cue ? [q.cue.span] : []), ...(q.speaker?.mention ? [q.speaker.mention] : [])]),
          ...speakers.flatMap((s) => s.mentions),
        ];
        for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
        quotes.forEach((q, i) => {
          if (q.speaker) {
            expect(speakers[q.speaker.id]?.name).toBe(q.speaker.name);
            expect(speakers[q.speaker.id]?.quotes).toContain(i);
          }
        });
        speakers.forEach((s, id) => expect(s.id).toBe(id));
      }),
      { numRuns: 25 },
    );
  });
});

describe('jsonLines', () => {
  async function lines(...parts: (string | number[])[]): Promise<string[]> {
    const chunks = parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)));
    const out: string[] = [];
    for await (const line of jsonLines(Readable.from(chunks))) out.push('text' in line ? line.text : `! ${line.error}`);
    return out;
  }

  test('lines end at LF only; one CR before it is dropped, a lone CR stays in the line', async () => {
    expect(await lines('{"id": 1,\r"text": "a"}\n{"id": 2}\r\n')).toEqual(['{"id": 1,\r"text": "a"}', '{"id": 2}']);
    expect(await lines('a\r', '\nb\r\r\n', 'c')).toEqual(['a', 'b\r', 'c']);
    expect(await lines('a\n\n\nb\n')).toEqual(['a', '', '', 'b']);
    expect(await lines('')).toEqual([]);
    expect(await lines('\r')).toEqual(['\r']);
  });

  test('a line with a NUL byte or bytes that are not UTF-8 is an error, and the lines after it are read (robust29)', async () => {
    // (before: the whole input was refused at the first NUL byte, and bytes that are not UTF-8 became U+FFFD)
    expect(await lines('a\n', [0x62, 0x00, 0x63, 0x0a], 'd\n')).toEqual(['a', '! contains a NUL byte (at byte 1 of the line), which JSON writes as \\u0000', 'd']);
    expect(await lines('a\n', [0x00, 0x00], [0x00, 0x0a, 0x00], 'b\n', 'c')).toEqual([
      'a',
      '! contains a NUL byte (at byte 0 of the line), which JSON writes as \\u0000',
      '! contains a NUL byte (at byte 0 of the line), which JSON writes as \\u0000',
      'c',
    ]);
    expect(await lines('a\n{"text": "', [0x93, 0x4e, 0x6f, 0x94], '"}\r\nb')).toEqual([
      'a',
      '! not valid UTF-8 (byte 0x93 at offset 10 of the line); in Windows-1252 (cp1252) that byte is a left double quote: the file is in Windows-1252, not UTF-8; convert it first, as with iconv -f WINDOWS-1252 -t UTF-8',
      'b',
    ]);
    expect(await lines('a\n', [0x62, 0xe2, 0x80])).toEqual(['a', '! not valid UTF-8 (byte 0xe2 at offset 1 of the line); saidwho reads UTF-8 text (or UTF-16 with a byte-order mark); is this a binary file?']);
    // a character split across reads is whole
    expect(await lines([0x4d, 0xc3], [0xbc, 0x0a])).toEqual(['M\u00fc']);
  });

  test('a line longer than the longest string is an error, its bytes not kept, and the lines after it are read (robust29)', async () => {
    // (before: joining its pieces threw "Invalid string length", which ended the file)
    const out: string[] = [];
    const source = Readable.from([Buffer.from('{"id":1}\n'), Buffer.from('x'.repeat(40)), Buffer.from('y'.repeat(40)), Buffer.from('\n{"id":3}\n')]);
    for await (const line of jsonLines(source, undefined, 64)) out.push('text' in line ? line.text : `! ${line.error}`);
    expect(out).toEqual(['{"id":1}', '! a line of 80 bytes, longer than the longest string JavaScript can hold (64)', '{"id":3}']);
  });

  test('a NUL byte in the first line refuses the input at once, and so does an endless line of them later', async () => {
    const refused = async (source: AsyncIterable<Uint8Array>, limit?: number): Promise<string> => {
      try {
        for await (const _ of jsonLines(source, limit)) void _;
      } catch (error) {
        return (error as Error).message;
      }
      return 'read';
    };
    expect(await refused(Readable.from([Buffer.from([0x7b, 0x00, 0x0a]), Buffer.from('{}\n')]))).toMatch(/^contains a NUL byte \(at byte 1\): this looks like a binary file/);
    // UTF-16 JSON lines hold a NUL byte in their first line
    expect(await refused(Readable.from([Buffer.from([0xff, 0xfe, ...Buffer.from('{"text": "a"}\n', 'utf16le')])]))).toMatch(/^contains a NUL byte \(at byte 3\)/);
    let reads = 0;
    const zeros = new Readable({
      read() {
        this.push(reads++ === 0 ? Buffer.from('{}\n') : Buffer.alloc(65_536));
      },
    });
    expect(await refused(zeros, 1 << 20)).toMatch(/^contains a NUL byte \(at byte 3\)/);
    // (the limit and one read past it)
    expect(reads).toBeLessThan(20);
  });

  test('characters split across reads, and the byte-order mark left to the caller', async () => {
    const bytes = [...Buffer.from('\uFEFFMüller 😀\nx', 'utf8')];
    expect(await lines(bytes.slice(0, 2), bytes.slice(2, 6), bytes.slice(6, 12), bytes.slice(12))).toEqual(['\uFEFFMüller 😀', 'x']);
  });

  test('one long line over many reads is searched once: 4 times the reads take about 4 times as long', async () => {
    const chunk = Buffer.from('x'.repeat(1024), 'utf8');
    const time = async (n: number): Promise<number> => {
      const started = process.cpuUsage();
      let length = 0;
      for await (const line of jsonLines(Readable.from(Array.from({ length: n }, () => chunk)))) length += 'text' in line ? line.text.length : 0;
      expect(length).toBe(n * 1024);
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    };
    await time(500);
    const small = Math.min(await time(1000), await time(1000));
    const large = Math.min(await time(4000), await time(4000));
    // (about 4 when linear; searching and flattening the whole pending line at each read made it about 16)
    expect(large / Math.max(small, 1)).toBeLessThan(9);
  });

  test('a JSON line holding a raw CR as white space reads as one line', async () => {
    const extractor = createExtractor();
    const got = (await lines('{"id": 1,\r"text": "Nothing quoted here."}\n{"id": 2, "text": ""}\n')).map((line, i) => processLine(extractor, line, i + 1));
    expect(got).toEqual([
      { out: '{"id":1,"quotes":[],"speakers":[]}', ok: true },
      { out: '{"id":2,"quotes":[],"speakers":[]}', ok: true },
    ]);
  });
});
