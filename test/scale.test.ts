/**
 * The GNU parallel recipe of docs/scale.md, run as written (with the built
 * command in place of `saidwho`) over 2,500 generated articles: its output
 * lines, sorted by id, are exactly those of one `saidwho --jsonl` process.
 *
 * Skips when GNU parallel is absent, saying so, except under CI=true, where
 * .ci/run installs it and a missing `parallel` is a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, ROOT, ensureBuilt } from './setup/build.js';

const RECIPE = 'parallel --pipe -N 500 saidwho --jsonl < articles.jsonl > quotes.jsonl';
const DOCS = 2500;

const haveParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') ?? false;
const inCI = process.env.CI === 'true';

/** Invented articles, varied enough to give direct, reported and mixed quotes, and none. */
function article(i: number): string {
  const first = ['Ann', 'Tom', 'Rosa', 'Ivan', 'Mei', 'Kofi', 'Lena', 'Omar'][i % 8] as string;
  const last = ['Brandt', 'Okoro', 'Vance', 'Lindqvist', 'Tanaka', 'Moreau', 'Haddad'][i % 7] as string;
  const title = ['Mayor', 'Sen.', 'Dr.', 'Councilwoman', ''][i % 5] as string;
  const name = `${title} ${first} ${last}`.trim();
  const templates = [
    `"We will finish the bridge by ${i % 12 + 1} May," ${name} said on Monday. ${first} added that the budget was ${i}% spent.`,
    `${name} told reporters that the plan number ${i} would fail. "It is a mistake," said ${last}.`,
    `According to ${name}, the vote on item ${i} will be close. Critics called it "a ${i % 2 ? 'farce' : 'relief'}."`,
    `The council met on day ${i} and adjourned without a vote.`,
    `"Not today," ${last} said.\n\n"Maybe tomorrow," ${name} said later, "if the ${i} trucks arrive."`,
  ];
  return templates[i % templates.length] as string;
}

/** The lines of a JSONL output, sorted by their id. */
function byId(output: string): string[] {
  const lines = output.split('\n').filter((l) => l !== '');
  const id = (l: string) => (JSON.parse(l) as { id: string }).id;
  return lines.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

describe.runIf(haveParallel)('GNU parallel recipe (docs/scale.md)', { timeout: 240_000 }, () => {
  let dir = '';

  beforeAll(async () => {
    await ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'saidwho-scale-'));
    const lines = Array.from({ length: DOCS }, (_, i) => JSON.stringify({ id: `doc-${String(i).padStart(5, '0')}`, text: article(i) }));
    writeFileSync(join(dir, 'articles.jsonl'), `${lines.join('\n')}\n`);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the guide shows the command that this test runs', () => {
    expect(readFileSync(join(ROOT, 'docs/scale.md'), 'utf8')).toContain(RECIPE);
  });

  test(`over ${DOCS} articles, same lines as one process after sorting by id`, () => {
    const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(DIST, 'cli.js'))}`;
    const command = RECIPE.replace('saidwho --jsonl', `${cli} --jsonl`);
    execFileSync('bash', ['-c', command], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PARALLEL_HOME: dir } });
    const one = execFileSync(process.execPath, [join(DIST, 'cli.js'), '--jsonl', 'articles.jsonl'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    const parallel = byId(readFileSync(join(dir, 'quotes.jsonl'), 'utf8'));
    expect(parallel.length).toBe(DOCS);
    expect(parallel).toEqual(byId(one));
    // The articles do give quotations, of every kind, and some give none.
    const kinds = new Set(parallel.flatMap((l) => (JSON.parse(l) as { quotes: { kind: string }[] }).quotes.map((q) => q.kind)));
    expect([...kinds].sort()).toEqual(['direct', 'indirect', 'mixed']);
    expect(parallel.some((l) => l.includes('"quotes":[]'))).toBe(true);
  });
});

// Say why these tests do not run: npm test prints this with the file's output.
if (!haveParallel && !inCI) process.stderr.write('saidwho: GNU parallel recipe skipped: `parallel` is missing (apt-get install parallel to run it)\n');

describe.runIf(!haveParallel)('GNU parallel recipe without GNU parallel', () => {
  if (!inCI) {
    test.skip('GNU parallel recipe: `parallel` is missing (apt-get install parallel to run it)');
  }
  test.skipIf(!inCI)('GNU parallel is installed under CI (.ci/run installs it)', () => {
    expect.fail('GNU parallel is missing; .ci/run should have installed the parallel package');
  });
});
