/**
 * Unit tests of the command line's parts: argument parsing, the progress bar,
 * the readable layout and the JSONL line handler.
 */
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../src/cli/args.js';
import { CSV_HEADER, csvField, csvRow, csvRows } from '../src/cli/csv.js';
import { formatExtraction } from '../src/cli/format.js';
import { extractQuotes } from '../src/index.js';
import { Progress, type ProgressStream } from '../src/cli/progress.js';
import type { Extraction } from '../src/types.js';

describe('parseArgs', () => {
  const none = { addCues: [], removeCues: [] };
  const extract = (files: string[], format = 'text', input = 'text', flags: object = none) => ({ kind: 'extract', files, input, format, flags });
  test.each([
    [[], extract([])],
    [['a.txt', '-', '--json'], extract(['a.txt', '-'], 'json')],
    [['--', '--json'], extract(['--json'])],
    [['--jsonl', 'x.jsonl'], extract(['x.jsonl'], 'jsonl', 'jsonl')],
    [['--jsonl', '--format=csv', 'x.jsonl'], extract(['x.jsonl'], 'csv', 'jsonl')],
    [['--format', 'csv', 'a', 'b'], extract(['a', 'b'], 'csv')],
    [['--format', 'html', 'a'], extract(['a'], 'html')],
    [['--format', 'jsonl', 'a'], extract(['a'], 'jsonl')],
    [
      ['--kinds', 'direct,mixed', '--kinds=indirect', '--categories', 'thought', '--min-confidence', '0.5', 'a'],
      extract(['a'], 'text', 'text', { kinds: ['direct', 'mixed', 'indirect'], categories: ['thought'], minConfidence: 0.5, ...none }),
    ],
    [['--min-confidence', 'high', 'a'], extract(['a'], 'text', 'text', { minConfidence: 'high', ...none })],
    [
      ['--add-cue', 'fume', '--add-cue=in the words of:source', '--remove-cue', 'add', '--known-speakers', 'k.json'],
      extract([], 'text', 'text', { knownSpeakersFile: 'k.json', addCues: ['fume', 'in the words of:source'], removeCues: ['add'] }),
    ],
    [['eval', 'g.jsonl', 'h.jsonl'], { kind: 'eval', files: ['g.jsonl', 'h.jsonl'], json: false, errors: 0, flags: none }],
    [['eval', '--errors', '5', '--json', 'g.jsonl'], { kind: 'eval', files: ['g.jsonl'], json: true, errors: 5, flags: none }],
    [['eval', '--errors=3', '--kinds', 'direct', 'g.jsonl'], { kind: 'eval', files: ['g.jsonl'], json: false, errors: 3, flags: { kinds: ['direct'], ...none } }],
    [['./eval'], extract(['./eval'])],
    [['a.txt', 'eval'], extract(['a.txt', 'eval'])],
    [['a', '--help', '--bogus'], { kind: 'usage', message: 'unknown option --bogus' }],
    [['-h'], { kind: 'help' }],
    [['--version', 'x'], { kind: 'version' }],
    [['eval'], { kind: 'usage', message: 'eval needs at least one gold JSONL file' }],
    [['eval', '--errors', 'many', 'g'], { kind: 'usage', message: '--errors needs a whole number, as in --errors 10' }],
    [['eval', '--format', 'csv', 'g'], { kind: 'usage', message: 'eval prints text or json only' }],
    [['--errors', '2'], { kind: 'usage', message: '--errors applies to eval only' }],
    [['--json', '--jsonl'], { kind: 'usage', message: 'use either --json or --jsonl' }],
    [['--json', '--format', 'csv'], { kind: 'usage', message: 'use either --json or --format csv' }],
    [['--json=yes'], { kind: 'usage', message: 'option --json takes no value' }],
    [['--format', 'xml'], { kind: 'usage', message: "--format must be one of text, json, jsonl, csv, html, got 'xml'" }],
    [['--format'], { kind: 'usage', message: '--format needs a value' }],
    [['--format', 'html', 'a', 'b'], { kind: 'usage', message: '--format html shows one article: give one file' }],
    [['--jsonl', '--format', 'text'], { kind: 'usage', message: '--jsonl writes jsonl or csv, not text' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });
});

describe('CSV (RFC 4180)', () => {
  test('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('she said "no"')).toBe('"she said ""no"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvRow(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  test('one row per quotation under the header, read back field by field', () => {
    const text = '"Yes, "now"," Ann Lee said.\n"Line one\nline two."';
    const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
    const extraction: Extraction = {
      quotes: [
        {
          kind: 'direct',
          span: span(0, 13),
          parts: [span(1, 12)],
          text: 'Yes, "now",',
          cue: { span: span(22, 26), lemma: 'say', category: 'speech', negated: false },
          speaker: { id: 0, name: 'Ann Lee', mention: span(14, 21), via: 'name' },
          confidence: 0.95,
          rule: 'direct/trailing-speaker-cue',
        },
        {
          kind: 'direct',
          span: span(28, 48),
          parts: [span(29, 47)],
          text: 'Line one\nline two.',
          cue: null,
          speaker: null,
          confidence: 0.4,
          rule: 'direct/unattributed',
        },
      ],
      speakers: [{ id: 0, name: 'Ann Lee', kind: 'person', titles: [], descriptions: [], mentions: [span(14, 21)], quotes: [0] }],
    };
    const rows = CSV_HEADER + csvRows('a, b.txt', extraction);
    expect(rows).toBe(
      'source,kind,speaker,speaker_kind,cue,text,start,end,confidence,rule\r\n' +
        '"a, b.txt",direct,Ann Lee,person,say,"Yes, ""now"",",0,13,0.95,direct/trailing-speaker-cue\r\n' +
        '"a, b.txt",direct,,,,"Line one\nline two.",28,48,0.4,direct/unattributed\r\n',
    );
    expect(parseCsv(rows)).toEqual([
      ['source', 'kind', 'speaker', 'speaker_kind', 'cue', 'text', 'start', 'end', 'confidence', 'rule'],
      ['a, b.txt', 'direct', 'Ann Lee', 'person', 'say', 'Yes, "now",', '0', '13', '0.95', 'direct/trailing-speaker-cue'],
      ['a, b.txt', 'direct', '', '', '', 'Line one\nline two.', '28', '48', '0.4', 'direct/unattributed'],
    ]);
  });

  test('a real extraction reads back with one row per quotation', () => {
    const text = '"Yes," Ann Lee said. The board, it said, would vote.';
    const extraction = extractQuotes(text);
    const parsed = parseCsv(CSV_HEADER + csvRows('x', extraction));
    expect(parsed.slice(1).map((r) => r[5])).toEqual(extraction.quotes.map((q) => q.text));
  });
});

/** A strict RFC 4180 reader, to check what a spreadsheet would read. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < input.length) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unclosed quote');
        if (input[i] === '"' && input[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (input[i] === '"') {
          i++;
          break;
        } else field += input[i++];
      }
    } else {
      while (i < input.length && input[i] !== ',' && input[i] !== '\r') {
        if (input[i] === '"' || input[i] === '\n') throw new Error(`bare ${JSON.stringify(input[i])} at ${i}`);
        field += input[i++];
      }
    }
    row.push(field);
    if (input[i] === ',') i++;
    else if (input.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < input.length) throw new Error(`unexpected ${JSON.stringify(input[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

class FakeStream implements ProgressStream {
  written = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns = 60,
  ) {}
  write(text: string): boolean {
    this.written += text;
    return true;
  }
}

describe('Progress', () => {
  test('renders a bar with counts and percentage', () => {
    expect(Progress.render('eval', 5, 10, 60)).toBe(`eval [${'#'.repeat(20)}${'-'.repeat(20)}] 5/10  50%`);
    expect(Progress.render('eval', 0, 0, 60)).toBe(`eval [${'#'.repeat(40)}] 0/0 100%`);
  });

  test('draws on a terminal, and clears before other output', () => {
    const s = new FakeStream(true);
    const p = new Progress(s, 3, 'x');
    p.update(3);
    expect(s.written).toBe(`\r${Progress.render('x', 3, 3, 60)}\x1b[K`);
    p.clear();
    expect(s.written.endsWith('\r\x1b[K')).toBe(true);
    const before = s.written;
    p.clear();
    expect(s.written).toBe(before);
  });

  test('stays silent when the stream is not a terminal or there is one step', () => {
    const pipe = new FakeStream(false);
    const p = new Progress(pipe, 100, 'x');
    for (let i = 1; i <= 100; i++) p.update(i);
    p.clear();
    expect(pipe.written).toBe('');
    const tty = new FakeStream(true);
    new Progress(tty, 1, 'x').update(1);
    expect(tty.written).toBe('');
  });
});

describe('formatExtraction', () => {
  const text = '"Yes," Ann Lee said.';
  const extraction: Extraction = {
    quotes: [
      {
        kind: 'direct',
        span: { start: 0, end: 6, text: '"Yes,"' },
        parts: [{ start: 1, end: 5, text: 'Yes,' }],
        text: 'Yes,',
        cue: { span: { start: 15, end: 19, text: 'said' }, lemma: 'say', category: 'speech', negated: false },
        speaker: { id: 0, name: 'Ann Lee', mention: { start: 7, end: 14, text: 'Ann Lee' }, via: 'name' },
        confidence: 0.9,
        rule: 'test',
      },
    ],
    speakers: [{ id: 0, name: 'Ann Lee', kind: 'person', titles: [], descriptions: [], mentions: [{ start: 7, end: 14, text: 'Ann Lee' }], quotes: [0] }],
  };

  test('lays out each quote with its speaker and cue', () => {
    expect(text.slice(7, 14)).toBe('Ann Lee');
    expect(formatExtraction(extraction)).toBe(
      [
        '1 quotation',
        '',
        '1. direct, characters 0-6, confidence 0.90',
        '   "Yes,"',
        '   speaker: Ann Lee  (name)',
        '   cue:     said  (say, speech)',
        '',
        'Speakers: Ann Lee (1)',
        '',
      ].join('\n'),
    );
  });

  test('keeps the paragraphs of a quotation that runs over several', () => {
    const text = '"First paragraph here.\n\n"Second one," said Ann Lee.';
    const out = formatExtraction(extractQuotes(text));
    expect(out).toContain('   "First paragraph here.\n   "Second one,"\n   speaker: Ann Lee');
  });

  test('says when there is nothing', () => {
    expect(formatExtraction({ quotes: [], speakers: [] })).toBe('No quotations found.\n');
  });
});
