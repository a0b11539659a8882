/**
 * Runs the built command line (dist/cli.js) as a user would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, ROOT, ensureBuilt } from './setup/build.js';

const CLI = join(DIST, 'cli.js');
const FIXTURE = join(ROOT, 'test/fixtures/eval/sample.jsonl');
const ARTICLE = '"We will win," Jane Smith said on Monday. The senator told reporters that the talks would resume.';

let dir: string;

function run(args: string[], input?: string | Buffer, env?: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input: input ?? '', encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Spanlike {
  start: number;
  end: number;
  text: string;
}

/** Every span in a JSON extraction is a slice of the input. */
function checkSpans(value: unknown, text: string): void {
  if (Array.isArray(value)) value.forEach((v) => checkSpans(v, text));
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      const s = o as unknown as Spanlike;
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    Object.values(o).forEach((v) => checkSpans(v, text));
  }
}

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'saidwho-cli-'));
  writeFileSync(join(dir, 'article.txt'), ARTICLE);
  writeFileSync(join(dir, 'other.txt'), 'Nothing quoted here.');
});

describe('saidwho [file ...]', () => {
  test('--help prints the usage', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('saidwho eval');
    expect(r.stderr).toBe('');
  });

  test('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = run(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test('a missing file is a one-line error and exit code 1', () => {
    const r = run(['missing.txt']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'saidwho: cannot read missing.txt: no such file\n' });
  });

  test('a directory is a one-line error and exit code 1', () => {
    const r = run(['.']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('saidwho: cannot read .: is a directory\n');
  });

  test('an unknown option is a usage error, exit code 2', () => {
    const r = run(['--frobnicate']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'saidwho: unknown option --frobnicate (see saidwho --help)\n' });
  });

  test('--json prints the Extraction of one file', () => {
    const r = run(['--json', 'article.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const e = JSON.parse(r.stdout) as { quotes: unknown[]; speakers: unknown[] };
    expect(Object.keys(e).sort()).toEqual(['quotes', 'speakers']);
    expect(Array.isArray(e.quotes) && Array.isArray(e.speakers)).toBe(true);
    checkSpans(e, ARTICLE);
  });

  test('--json on several files prints an array with the file names', () => {
    const r = run(['--json', 'article.txt', 'other.txt']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { file: string; quotes: unknown[]; speakers: unknown[] }[];
    expect(list.map((x) => x.file)).toEqual(['article.txt', 'other.txt']);
    expect(list[1]?.quotes).toEqual([]);
  });

  test('standard input is read when no file is given, same result as the file', () => {
    const fromStdin = run(['--json'], ARTICLE);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(run(['--json', 'article.txt']).stdout);
  });

  test('the readable layout lists quotes or says there are none', () => {
    expect(run([], 'Nothing quoted here.')).toEqual({ code: 0, stdout: 'No quotations found.\n', stderr: '' });
    const r = run(['article.txt', 'other.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^==> article\.txt <==\n/);
    expect(r.stdout).toContain('\n==> other.txt <==\nNo quotations found.\n');
    // No progress bar when standard error is not a terminal.
    expect(r.stderr).toBe('');
  });

  test('a missing file among others: the others are printed, exit code 1', () => {
    const r = run(['other.txt', 'missing.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('==> other.txt <==');
    expect(r.stderr).toBe('saidwho: cannot read missing.txt: no such file\n');
  });
});

describe('saidwho --jsonl', () => {
  test('one result line per input line; a malformed line gives an error record and the run goes on', () => {
    const input = [
      JSON.stringify({ id: 'a', text: ARTICLE }),
      '{"id": "b", "text": ',
      '',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 4, text: 'Nothing quoted here.' }),
    ].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]?.id).toBe('a');
    expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'quotes', 'speakers']);
    checkSpans(lines[0], ARTICLE);
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(String(lines[1]?.error)).toMatch(/^not valid JSON/);
    expect(lines[2]).toEqual({ line: 3, error: 'empty line: expected a JSON object with a string "text"' });
    expect(lines[3]).toEqual({ line: 4, id: 'c', error: 'expected an object with a string "text"' });
    expect(lines[4]).toEqual({ id: 4, quotes: [], speakers: [] });
  });

  test('all lines valid: exit code 0; files are read in order', () => {
    writeFileSync(join(dir, 'batch.jsonl'), `${JSON.stringify({ id: 1, text: 'Nothing quoted here.' })}\r\n`);
    const r = run(['--jsonl', 'batch.jsonl', 'batch.jsonl']);
    expect(r).toEqual({ code: 0, stdout: '{"id":1,"quotes":[],"speakers":[]}\n'.repeat(2), stderr: '' });
  });

  test('a missing file is reported and the other files still run', () => {
    const r = run(['--jsonl', 'missing.jsonl', 'batch.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('saidwho: cannot read missing.jsonl: no such file\n');
    expect(r.stdout).toBe('{"id":1,"quotes":[],"speakers":[]}\n');
  });
});

describe('saidwho eval', () => {
  function inUnit(x: unknown): void {
    expect(typeof x).toBe('number');
    expect(x as number).toBeGreaterThanOrEqual(0);
    expect(x as number).toBeLessThanOrEqual(1);
  }

  test('prints the tables for a gold file', () => {
    const r = run(['eval', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^saidwho evaluation: 3 documents, 10 gold quotes \(7 in the speech scope\), \d+ predicted\n/);
    for (const row of ['lenient, all', 'lenient, speech scope', 'strict, all', 'strict, speech scope', 'direct', 'indirect', 'mixed', 'content', 'speaker', 'cue']) {
      expect(r.stdout).toMatch(new RegExp(`^${row}\\s`, 'm'));
    }
  });

  test('--json prints the report; --errors adds at most N of each error', () => {
    const r = run(['eval', '--json', '--errors', '2', FIXTURE, FIXTURE]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      documents: number;
      lenient: { all: { gold: number; precision: number; recall: number; f1: number }; speech: { gold: number } };
      strict: { all: { f1: number } };
      roles: { content: { f1: number } };
      errors: { missed: unknown[]; spurious: unknown[]; wrongSpeaker: unknown[] };
    };
    expect(report.documents).toBe(6);
    expect(report.lenient.all.gold).toBe(20);
    expect(report.lenient.speech.gold).toBe(14);
    [report.lenient.all.precision, report.lenient.all.recall, report.lenient.all.f1, report.strict.all.f1, report.roles.content.f1].forEach(inUnit);
    expect(report.errors.missed.length).toBeLessThanOrEqual(2);
    expect(report.errors.spurious.length).toBeLessThanOrEqual(2);
  });

  test('--errors lists missed quotes with their context in the table output', () => {
    const r = run(['eval', '--errors=1', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nMissed gold quotes \([01]\)\n/);
    expect(r.stdout).toContain('\nSpurious predictions (');
  });

  test('a malformed gold file names the file and line, exit code 1', () => {
    writeFileSync(join(dir, 'bad.jsonl'), `${readFileSync(FIXTURE, 'utf8')}{"id": 1}\n`);
    const r = run(['eval', 'bad.jsonl']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'saidwho: bad.jsonl: line 4: `text` must be a string, got undefined\n' });
  });

  test('eval without a file is a usage error', () => {
    expect(run(['eval']).code).toBe(2);
    expect(run(['eval', 'missing.jsonl'])).toEqual({ code: 1, stdout: '', stderr: 'saidwho: cannot read missing.jsonl: no such file\n' });
  });
});

describe('input hygiene', () => {
  test('a binary file is refused at once with a clear message, exit code 1', () => {
    const r = run([process.execPath]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^saidwho: cannot read .*: (contains a NUL byte|not valid UTF-8)/);
    const nul = run([], Buffer.from('He said "yes".\u0000'));
    expect(nul).toEqual({ code: 1, stdout: '', stderr: 'saidwho: cannot read standard input: contains a NUL byte (at byte 14): this looks like a binary file, not text; saidwho reads UTF-8 text (or UTF-16 with a byte-order mark)\n' });
  });

  test('Windows-1252 curly quotes are named', () => {
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([...Buffer.from('Smith said: '), 0x93, ...Buffer.from('We will win.'), 0x94]));
    const r = run(['cp1252.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('saidwho: cannot read cp1252.txt: not valid UTF-8 (byte 0x93 at offset 12); in Windows-1252 (cp1252) that byte is a left double quote: the file is in Windows-1252, not UTF-8; convert it first, as with iconv -f WINDOWS-1252 -t UTF-8\n');
  });

  test('UTF-16 with a byte-order mark reads as the same text', () => {
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    const r = run(['--json', 'utf16.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(run(['--json', 'article.txt']).stdout);
  });

  test('text output escapes terminal control sequences from the input', () => {
    const r = run([], '"We will \u001b[2Jwin,\u001b]0;pwned\u0007" Jane Smith said.');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(r.stdout).toContain('"We will \\x1b[2Jwin,\\x1b]0;pwned\\x07"');
  });
});

describe('large inputs in chunks', () => {
  const articles = [
    'Harbor vote\n\n"We have waited long enough," Mayor Lina Okor said on Tuesday. She added that the wall would stand.\n\nCouncilman Piet Haas said the town should move the market. "It is the most expensive option," said Haas.',
    'School budget\n\nThe board approved the plan, according to district officials. "Every child gets a laptop," superintendent Ada Brill told parents.\n\nBrill said the money came from the state.',
    'Storm update\n\n“The roads are closed,” police chief Omar Vell said. He warned that more rain was coming.\n\nResidents said they were tired. “We lost everything,” said Nora Kemp.',
  ];
  const archive = Array.from({ length: 30 }, (_, i) => articles[i % 3]!.replace(/Okor|Brill|Vell/g, (m) => `${m}${i}`)).join('\n\n\n');

  test('chunked output is the single-call output, text and JSON, file and standard input', () => {
    writeFileSync(join(dir, 'archive.txt'), archive);
    const single = run(['--json', 'archive.txt']);
    expect(single.code).toBe(0);
    const chunked = { SAIDWHO_CHUNK_CHARS: '700' };
    expect(run(['--json', 'archive.txt'], undefined, chunked)).toEqual(single);
    expect(run(['--json'], archive, chunked)).toEqual(single);
    expect(run(['archive.txt', 'other.txt'], undefined, chunked)).toEqual(run(['archive.txt', 'other.txt']));
    const parsed = JSON.parse(single.stdout) as { quotes: unknown[]; speakers: unknown[] };
    expect(parsed.quotes.length).toBeGreaterThan(100);
    checkSpans(parsed, archive);
  });

  test('--jsonl: a long line streamed chunk by chunk is the line of one call, JSON lines and CSV (stream62)', () => {
    const input = [JSON.stringify({ id: 'long', text: archive }), JSON.stringify({ id: 2, text: '"No," Bo Kim said.' }), 'not json', JSON.stringify({ text: archive.slice(0, 2000) })].join('\n');
    const chunked = { SAIDWHO_CHUNK_CHARS: '700' };
    const single = run(['--jsonl'], input);
    expect(single.code).toBe(1);
    expect(single.stdout.split('\n').map((l) => l.slice(0, 12))).toEqual(['{"id":"long"', '{"id":2,"quo', '{"line":3,"e', '{"id":null,"', '']);
    expect(run(['--jsonl'], input, chunked)).toEqual(single);
    expect(run(['--jsonl', '--format', 'csv'], input, chunked)).toEqual(run(['--jsonl', '--format', 'csv'], input));
  });
});

describe('--jsonl ids and lines', () => {
  test('ids come back without loss; every line gets one line', () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const input = ['{"id": 9007199254740993, "text": "Nothing."}', `{"id": ${deep}, "text": 7}`, '', '{"id": "z", "text": "Nothing."}'].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toEqual([
      '{"id":9007199254740993,"quotes":[],"speakers":[]}',
      `{"line":2,"id":${deep},"error":"expected an object with a string \\"text\\""}`,
      '{"line":3,"error":"empty line: expected a JSON object with a string \\"text\\""}',
      '{"id":"z","quotes":[],"speakers":[]}',
      '',
    ]);
  });
});

test('--jsonl: a line with NUL bytes or bytes that are not UTF-8 gets an error record, and the lines after it are read', () => {
  // (robust29; before, the rest of the input was refused at the first NUL byte: a block of zeros a crash left in a
  // log lost every line after it, and bytes that are not UTF-8 were read as U+FFFD)
  const zeros = run(['--jsonl'], Buffer.concat([Buffer.from('{"id":1,"text":"Nothing."}\n'), Buffer.alloc(100_000), Buffer.from('\n{"id":3,"text":"Nothing."}\n')]));
  expect(zeros).toEqual({
    code: 1,
    stdout: '{"id":1,"quotes":[],"speakers":[]}\n{"line":2,"error":"contains a NUL byte (at byte 0 of the line), which JSON writes as \\\\u0000"}\n{"id":3,"quotes":[],"speakers":[]}\n',
    stderr: '',
  });
  const cp1252 = run(['--jsonl', '--format', 'csv'], Buffer.concat([Buffer.from('{"id":1,"text":"'), Buffer.from([0x93]), Buffer.from('No,'), Buffer.from([0x94]), Buffer.from(' Ann Lee said."}\n{"id":2,"text":"Nothing."}\n')]));
  expect(cp1252.code).toBe(1);
  expect(cp1252.stderr).toBe('saidwho: line 1: not valid UTF-8 (byte 0x93 at offset 16 of the line); in Windows-1252 (cp1252) that byte is a left double quote: the file is in Windows-1252, not UTF-8; convert it first, as with iconv -f WINDOWS-1252 -t UTF-8\n');
  expect(cp1252.stdout.split('\n')[0]).toMatch(/^source,/);
});

test('--jsonl refuses a binary input at once: a NUL byte in its first line', () => {
  const r = run(['--jsonl'], Buffer.concat([Buffer.from('{"id":1,'), Buffer.alloc(100_000), Buffer.from('\n{"id":3,"text":"Nothing."}\n')]));
  expect(r).toEqual({
    code: 1,
    stdout: '',
    stderr: 'saidwho: cannot read standard input: contains a NUL byte (at byte 8): this looks like a binary file, not text; saidwho reads UTF-8 text (or UTF-16 with a byte-order mark)\n',
  });
});

test('--jsonl reads UTF-16 with a byte-order mark, as the other commands do (it was refused as a binary file)', () => {
  const text = '{"id":1,"text":"\u201cWe sail at noon,\u201d said Oriel Vance."}\r\n{"id":2,"text":"Nothing."}\r\n';
  const utf8 = run(['--jsonl'], text);
  expect(utf8.code).toBe(0);
  expect(utf8.stdout).toContain('"name":"Oriel Vance"');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  expect(run(['--jsonl'], le)).toEqual(utf8);
  const be = Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!));
  expect(run(['--jsonl'], be)).toEqual(utf8);
});

describe('eval input', () => {
  test('eval - reads the gold file from standard input, CR-only line ends included', () => {
    const gold = readFileSync(FIXTURE, 'utf8');
    const fromFile = run(['eval', '--json', FIXTURE]);
    expect(fromFile.code).toBe(0);
    expect(run(['eval', '--json', '-'], gold)).toEqual(fromFile);
    writeFileSync(join(dir, 'cr.jsonl'), gold.replace(/\r?\n/g, '\r'));
    expect(run(['eval', '--json', 'cr.jsonl'])).toEqual(fromFile);
  });
});
