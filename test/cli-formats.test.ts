/**
 * The command line's extractor flags and output formats, run end to end on
 * the built command: each flag gives what the same API option gives, bad
 * values get the API's own message, and csv, jsonl and html carry the same
 * quotations as the API.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CSV_HEADER, csvRows } from '../src/cli/csv.js';
import { createExtractor, extractQuotes, type ExtractQuotesOptions } from '../src/index.js';
import { ensureBuilt } from './setup/build.js';
import { runCli } from './support/cli.js';

const ARTICLE = [
  '"We will win," Jane Smith said on Monday. The senator believes that the vote is close.',
  '',
  'Bob Ortiz seethed that the plan would fail. He added that it was late.',
].join('\n');

let dir = '';
const run = (args: string[], input = '') => runCli(args, dir, input);

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'saidwho-cli-formats-'));
  writeFileSync(join(dir, 'article.txt'), ARTICLE);
  writeFileSync(join(dir, 'people.json'), JSON.stringify([{ name: 'Robert Ortiz', aliases: ['Bob Ortiz'] }]));
  writeFileSync(join(dir, 'broken.json'), '[{"name": ');
  writeFileSync(join(dir, 'list.json'), JSON.stringify({ name: 'Ann Lee' }));
});

describe('extractor flags give what the API options give', () => {
  test.each<[string[], ExtractQuotesOptions]>([
    [['--kinds', 'direct'], { kinds: ['direct'] }],
    [['--kinds', 'indirect,mixed'], { kinds: ['indirect', 'mixed'] }],
    [['--categories', 'speech,thought'], { categories: ['speech', 'thought'] }],
    [['--min-confidence', '0.9'], { minConfidence: 0.9 }],
    [['--add-cue', 'seethe'], { addCues: ['seethe'] }],
    [['--add-cue', 'seethe', '--remove-cue', 'add'], { addCues: ['seethe'], removeCues: ['add'] }],
    [['--add-cue', 'believe:thought'], { addCues: [{ lemma: 'believe', category: 'thought' }] }],
    [['--known-speakers', 'people.json', '--add-cue', 'seethe'], { knownSpeakers: [{ name: 'Robert Ortiz', aliases: ['Bob Ortiz'] }], addCues: ['seethe'] }],
  ])('%j', (flags, options) => {
    const r = run([...flags, '--format', 'json', 'article.txt']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(createExtractor(options).extract(ARTICLE))));
  });

  test('the flags change the result (the cases above are not all the default)', () => {
    const plain = run(['--format', 'json', 'article.txt']).stdout;
    expect(run(['--kinds', 'direct', '--format', 'json', 'article.txt']).stdout).not.toBe(plain);
    expect(run(['--add-cue', 'seethe', '--format', 'json', 'article.txt']).stdout).not.toBe(plain);
  });

  test.each([
    [['--kinds', 'direct,quoted'], { kinds: ['direct', 'quoted'] }, '--kinds'],
    [['--categories', 'gossip'], { categories: ['gossip'] }, '--categories'],
    [['--min-confidence', '2'], { minConfidence: 2 }, '--min-confidence'],
    [['--min-confidence', 'high'], { minConfidence: 'high' }, '--min-confidence'],
    [['--add-cue', 'seethe:rumour'], { addCues: [{ lemma: 'seethe', category: 'rumour' }] }, '--add-cue'],
    [['--known-speakers', 'list.json'], { knownSpeakers: { name: 'Ann Lee' } }, '--known-speakers'],
  ])('%j is refused with the API message, exit code 2', (flags, options, flag) => {
    const r = run([...flags, 'article.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    let message = '';
    try {
      createExtractor(options as never);
    } catch (error) {
      message = (error as Error).message.replace(/^saidwho: /, '');
    }
    expect(message).not.toBe('');
    expect(r.stderr).toBe(`saidwho: ${flag}: ${message} (see saidwho --help)\n`);
  });

  test('a known-speakers file that cannot be read or parsed is an input error, exit code 1', () => {
    expect(run(['--known-speakers', 'nope.json', 'article.txt'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'saidwho: cannot read nope.json: no such file\n',
    });
    const r = run(['--known-speakers', 'broken.json', 'article.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^saidwho: broken\.json: not valid JSON: /);
  });

  test('eval takes the same flags', () => {
    const gold = JSON.stringify({ id: 'g', text: ARTICLE, quotes: [] });
    writeFileSync(join(dir, 'gold.jsonl'), `${gold}\n`);
    const all = JSON.parse(run(['eval', '--json', 'gold.jsonl']).stdout) as { lenient: { all: { predicted: number } } };
    const direct = JSON.parse(run(['eval', '--json', '--kinds', 'direct', 'gold.jsonl']).stdout) as typeof all;
    expect(direct.lenient.all.predicted).toBe(1);
    expect(all.lenient.all.predicted).toBeGreaterThan(1);
  });
});

describe('--help', () => {
  test('names guides that exist: the docs/ folder the package ships', () => {
    const r = run(['--help']);
    const guides = [...r.stdout.matchAll(/^(?:Guides:)?\s+(\/\S+\.md)$/gm)].map((m) => m[1] as string);
    expect(guides.map((g) => g.replace(/^.*\/docs\//, 'docs/'))).toEqual(['docs/cli.md', 'docs/evaluation.md']);
    expect(guides.filter((g) => !existsSync(g))).toEqual([]);
    for (const option of ['--format', '--kinds', '--categories', '--min-confidence', '--known-speakers', '--add-cue', '--remove-cue']) {
      expect(r.stdout).toContain(`  ${option} `);
    }
  });
});

describe('--format', () => {
  test('csv: a header and one RFC 4180 row per quotation, source = file name', () => {
    const r = run(['--format', 'csv', 'article.txt']);
    expect(r).toEqual({ code: 0, stdout: CSV_HEADER + csvRows('article.txt', extractQuotes(ARTICLE)), stderr: '' });
    expect(r.stdout.split('\r\n').length - 2).toBe(extractQuotes(ARTICLE).quotes.length);
  });

  test('csv with --jsonl: the id is the source; a bad line goes to standard error and the rest goes on', () => {
    const lines = [JSON.stringify({ id: 'a1', text: ARTICLE }), 'not json', JSON.stringify({ id: 7, text: '"Yes," Ann Lee said.' })];
    const r = run(['--jsonl', '--format', 'csv'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(CSV_HEADER + csvRows('a1', extractQuotes(ARTICLE)) + csvRows('7', extractQuotes('"Yes," Ann Lee said.')));
    expect(r.stderr).toMatch(/^saidwho: line 2: not valid JSON: .*\n$/);
  });

  test('jsonl: one line per file with its name', () => {
    writeFileSync(join(dir, 'none.txt'), 'Nothing quoted here.');
    const r = run(['--format', 'jsonl', 'article.txt', 'none.txt']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      { file: 'article.txt', ...JSON.parse(JSON.stringify(extractQuotes(ARTICLE))) },
      { file: 'none.txt', quotes: [], speakers: [] },
    ]);
  });

  test('html: one self-contained page with every quotation, nothing fetched from the network', () => {
    const r = run(['--format', 'html', 'article.txt']);
    expect(r.code).toBe(0);
    const page = r.stdout;
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.match(/<mark class="q /g)?.length).toBe(extractQuotes(ARTICLE).quotes.length);
    expect(page).not.toMatch(/\b(src|href)=|@import|url\(/);
    expect(page).toContain("default-src 'none'");
  });

  test('text keeps the paragraphs of a quotation over several paragraphs', () => {
    const text = '"The water came in at night.\n\n"By morning it was gone," said Maria Delgado.';
    const r = run([], text);
    expect(r.stdout).toContain('   "The water came in at night.\n   "By morning it was gone,"\n   speaker: Maria Delgado');
  });
});
