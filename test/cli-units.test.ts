/**
 * Unit tests of the command line's parts: argument parsing, the progress bar,
 * the readable layout and the JSONL line handler.
 */
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../src/cli/args.js';
import { formatExtraction } from '../src/cli/format.js';
import { Progress, type ProgressStream } from '../src/cli/progress.js';
import type { Extraction } from '../src/types.js';

describe('parseArgs', () => {
  test.each([
    [[], { kind: 'extract', files: [], json: false }],
    [['a.txt', '-', '--json'], { kind: 'extract', files: ['a.txt', '-'], json: true }],
    [['--', '--json'], { kind: 'extract', files: ['--json'], json: false }],
    [['--jsonl', 'x.jsonl'], { kind: 'jsonl', files: ['x.jsonl'] }],
    [['eval', 'g.jsonl', 'h.jsonl'], { kind: 'eval', files: ['g.jsonl', 'h.jsonl'], json: false, errors: 0 }],
    [['eval', '--errors', '5', '--json', 'g.jsonl'], { kind: 'eval', files: ['g.jsonl'], json: true, errors: 5 }],
    [['eval', '--errors=3', 'g.jsonl'], { kind: 'eval', files: ['g.jsonl'], json: false, errors: 3 }],
    [['./eval'], { kind: 'extract', files: ['./eval'], json: false }],
    [['a.txt', 'eval'], { kind: 'extract', files: ['a.txt', 'eval'], json: false }],
    [['a', '--help', '--bogus'], { kind: 'usage', message: 'unknown option --bogus' }],
    [['-h'], { kind: 'help' }],
    [['--version', 'x'], { kind: 'version' }],
    [['eval'], { kind: 'usage', message: 'eval needs at least one gold JSONL file' }],
    [['eval', '--errors', 'many', 'g'], { kind: 'usage', message: '--errors needs a whole number, as in --errors 10' }],
    [['--errors', '2'], { kind: 'usage', message: '--errors applies to eval only' }],
    [['--json', '--jsonl'], { kind: 'usage', message: 'use either --json or --jsonl' }],
    [['--json=yes'], { kind: 'usage', message: 'option --json takes no value' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });
});

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

  test('says when there is nothing', () => {
    expect(formatExtraction({ quotes: [], speakers: [] })).toBe('No quotations found.\n');
  });
});
