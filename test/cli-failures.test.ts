/**
 * The command line when extraction fails on one input: the input is named,
 * the others still run, and JSON output stays valid. Extraction fails on no
 * known string, so these tests run the commands in process with an extractor
 * that throws on purpose on texts holding the word BOOM.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createExtractor, type Extractor } from '../src/index.js';
import { runEval } from '../src/cli/commands/evaluate.js';
import { runExtract } from '../src/cli/commands/extract.js';
import { runJsonl } from '../src/cli/commands/jsonl.js';

const real = createExtractor();
const throwing: Extractor = {
  extract(text: string) {
    if (text.includes('BOOM')) throw new TypeError("Cannot read properties of undefined (reading 'pos')");
    return real.extract(text);
  },
};

let dir: string;
let stdout = '';
let stderr = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidwho-fail-'));
  writeFileSync(join(dir, 'a.txt'), '"We will win," Jane Smith said.');
  writeFileSync(join(dir, 'bad.txt'), 'It is over, said Smith, BOOM');
  writeFileSync(join(dir, 'c.txt'), 'Lopez said the vote was close.');
  writeFileSync(join(dir, 'short.txt'), '"No," Bo Kim said.');
  // three articles; the middle one fails
  writeFileSync(join(dir, 'long.txt'), ['"Yes," Ann Lee said.', 'BOOM said Smith.', '"No," Bo Kim said.'].join('\n\n\n'));
});

function capture(): void {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

const deps = (chunkChars = 1_000_000) => ({ createExtractor: () => throwing, chunkChars });
const at = (f: string): string => join(dir, f);

describe('saidwho [file ...] when one file fails', () => {
  test('--json: the failing file gets an error record, the others their results, the array is closed', async () => {
    capture();
    const code = await runExtract([at('a.txt'), at('bad.txt'), at('c.txt')], 'json', deps());
    expect(code).toBe(1);
    const list = JSON.parse(stdout) as { file: string; quotes?: unknown[]; error?: string }[];
    expect(list.map((x) => x.file)).toEqual([at('a.txt'), at('bad.txt'), at('c.txt')]);
    expect(list[0]).toEqual({ file: at('a.txt'), ...real.extract('"We will win," Jane Smith said.') });
    expect(list[1]).toEqual({ file: at('bad.txt'), error: `extraction failed on ${at('bad.txt')}: TypeError: Cannot read properties of undefined (reading 'pos')` });
    expect(list[2]).toEqual({ file: at('c.txt'), ...real.extract('Lopez said the vote was close.') });
    expect(stderr).toBe(`saidwho: extraction failed on ${at('bad.txt')}: TypeError: Cannot read properties of undefined (reading 'pos')\n`);
  });

  test('--json: a chunk failing midway closes the object with the error and the characters', async () => {
    capture();
    const code = await runExtract([at('long.txt'), at('a.txt')], 'json', deps(25));
    expect(code).toBe(1);
    const list = JSON.parse(stdout) as { file: string; quotes: { text: string }[]; error?: string }[];
    expect(list[0]?.quotes.map((q) => q.text)).toEqual(['Yes,']);
    expect(list[0]?.error).toBe(`extraction failed on ${at('long.txt')} (characters 23-42): TypeError: Cannot read properties of undefined (reading 'pos')`);
    expect(list[1]).toMatchObject({ file: at('a.txt') });
    expect(list[1]?.error).toBeUndefined();
  });

  test('text: the failing file is named on standard error, the others printed', async () => {
    capture();
    const code = await runExtract([at('bad.txt'), at('a.txt'), at('missing.txt'), at('c.txt')], 'text', deps());
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`^==> ${at('a.txt')} <==\\n1 quotation\\n`));
    expect(stdout).toContain(`\n==> ${at('c.txt')} <==\n1 quotation\n`);
    expect(stdout).not.toContain('bad.txt');
    expect(stderr.split('\n')).toEqual([
      `saidwho: extraction failed on ${at('bad.txt')}: TypeError: Cannot read properties of undefined (reading 'pos')`,
      `saidwho: cannot read ${at('missing.txt')}: no such file`,
      '',
    ]);
  });

  test('--jsonl: the failing line gets an error record with its raw id', async () => {
    capture();
    writeFileSync(at('batch.jsonl'), ['{"id": 1, "text": "\\"Yes,\\" Ann Lee said."}', '{"id": 18446744073709551617, "text": "BOOM"}', '{"id": 3, "text": "Nothing."}'].join('\n'));
    expect(await runJsonl([at('batch.jsonl')], 'jsonl', throwing)).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`{"line":2,"id":18446744073709551617,"error":"extraction failed: TypeError: Cannot read properties of undefined (reading 'pos')"}`);
    expect(lines[2]).toBe('{"id":3,"quotes":[],"speakers":[]}');
  });
});

describe('the other formats when one file fails', () => {
  const failure = (): string => `saidwho: extraction failed on ${at('long.txt')} (characters 23-42): TypeError: Cannot read properties of undefined (reading 'pos')\n`;

  test('--format jsonl: a line per file, the failing one closed with its error, still valid JSON', async () => {
    capture();
    const code = await runExtract([at('long.txt'), at('bad.txt'), at('short.txt')], 'jsonl', deps(25));
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; quotes?: { text: string }[]; error?: string });
    expect(lines.map((l) => l.file)).toEqual([at('long.txt'), at('bad.txt'), at('short.txt')]);
    expect(lines[0]?.quotes?.map((q) => q.text)).toEqual(['Yes,']);
    expect(lines[0]?.error).toMatch(/^extraction failed on .*long\.txt \(characters 23-42\)/);
    // bad.txt is read in two chunks: the first gives its quote, the second fails
    expect(lines[1]?.quotes?.map((q) => q.text)).toEqual(['It is over']);
    expect(lines[1]?.error).toMatch(/^extraction failed on .*bad\.txt \(characters 24-28\): TypeError/);
    expect(lines[2]).toEqual({ file: at('short.txt'), ...real.extract('"No," Bo Kim said.') });
    expect(stderr.startsWith(failure())).toBe(true);
  });

  test('--format csv: rows of the chunks read before the failure, then the other files', async () => {
    capture();
    const code = await runExtract([at('long.txt'), at('short.txt')], 'csv', deps(25));
    expect(code).toBe(1);
    const rows = stdout.split('\r\n').filter((r) => r !== '');
    expect(rows[0]).toBe('source,kind,speaker,speaker_kind,cue,text,start,end,confidence,rule');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 3))).toEqual([
      [at('long.txt'), 'direct', 'Ann Lee'],
      [at('short.txt'), 'direct', 'Bo Kim'],
    ]);
    expect(stderr).toBe(failure());
  });

  test('--format html: no page for the failing file, the error on standard error', async () => {
    capture();
    const code = await runExtract([at('long.txt')], 'html', deps(25));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(failure());
    capture();
    expect(await runExtract([at('a.txt')], 'html', deps(10))).toBe(0);
    expect(stdout).toContain('Jane Smith');
  });

  test('--jsonl --format csv: a failing line goes to standard error, the rows of the others are written', async () => {
    writeFileSync(at('rows.jsonl'), ['{"id": "x1", "text": "\\"Yes,\\" Ann Lee said."}', '{"id": 2, "text": "BOOM"}', '', '{"text": "\\"No,\\" Bo Kim said."}'].join('\n'));
    capture();
    expect(await runJsonl([at('rows.jsonl')], 'csv', throwing)).toBe(1);
    const rows = stdout.split('\r\n').filter((r) => r !== '');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 3))).toEqual([
      ['x1', 'direct', 'Ann Lee'],
      ['', 'direct', 'Bo Kim'],
    ]);
    expect(stderr.split('\n')).toEqual([
      "saidwho: line 2: extraction failed: TypeError: Cannot read properties of undefined (reading 'pos')",
      'saidwho: line 3: empty line: expected a JSON object with a string "text"',
      '',
    ]);
  });
});

describe('saidwho eval when one document fails', () => {
  test('names the document, counts it as finding nothing, and goes on', async () => {
    const doc = (id: string, text: string): string => JSON.stringify({ id, text, quotes: [{ quote: { start: 1, end: 12 }, type: 'direct', speaker: null, cue: null }] });
    writeFileSync(at('gold.jsonl'), [doc('one', '"We will win," Jane Smith said.'), doc('two', '"We will win," BOOM said.'), doc('three', '"We will win," Bo Kim said.')].join('\n'));
    capture();
    const code = await runEval([at('gold.jsonl')], true, 0, () => throwing);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { documents: number; lenient: { all: { gold: number; matchedGold: number } }; failures: unknown[] };
    expect(report.documents).toBe(3);
    expect(report.lenient.all).toMatchObject({ gold: 3, matchedGold: 2 });
    expect(report.failures).toEqual([{ index: 1, document: 'two', error: "TypeError: Cannot read properties of undefined (reading 'pos')" }]);
    expect(stderr).toBe(`saidwho: document "two" (number 2): extraction failed: TypeError: Cannot read properties of undefined (reading 'pos'); counted as finding nothing\n`);
  });
});
