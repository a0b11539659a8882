/**
 * `saidwho/parallel`: extractMany over worker threads gives, in input order,
 * exactly what the single-threaded extractor gives. The workers run the built
 * files, so this test builds dist/ first and loads the package by name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { DIST, ROOT, ensureBuilt } from './setup/build.js';

type Parallel = typeof import('../src/parallel/index.js');

const article = readFileSync(join(ROOT, 'examples/article.txt'), 'utf8');
const paragraphs = article.split(/\n\s*\n/);
const TEXTS: string[] = [
  article,
  '"We will win," Jane Smith said.',
  '',
  'The minister said that the talks would resume on Monday.',
  '&ldquo;Yes,&rdquo; she said.\r\n\r\n"No," he said.',
  "Clinton's aides said the plan was dead. It was Clinton's.",
  '😀 "We 😀 will win," Smith said.',
  ...paragraphs,
  article.repeat(20),
  ...paragraphs.map((p, i) => `${i}. ${p}`),
];

let esm: Parallel;
let cjs: Parallel;

beforeAll(async () => {
  await ensureBuilt();
  esm = (await import(/* @vite-ignore */ pathToFileURL(join(DIST, 'parallel.js')).href)) as Parallel;
  cjs = createRequire(import.meta.url)(join(DIST, 'parallel.cjs')) as Parallel;
});

describe('extractMany', { timeout: 120_000 }, () => {
  it('gives the single-threaded results, in input order (ESM)', async () => {
    const single = TEXTS.map((t) => createExtractor().extract(t));
    expect(await esm.extractMany(TEXTS, { concurrency: 3 })).toEqual(single);
  });

  it('gives the single-threaded results, in input order (CommonJS)', async () => {
    const one = createExtractor();
    const single = TEXTS.map((t) => one.extract(t));
    expect(await cjs.extractMany(TEXTS, { concurrency: 2 })).toEqual(single);
  });

  it('passes the extractor options to every worker', async () => {
    const options = { kinds: ['direct' as const], addCues: ['opine'] };
    const one = createExtractor(options);
    const texts = ['"Yes," she opined.', 'He said that it rained.', ...paragraphs];
    expect(await esm.extractMany(texts, { concurrency: 2, extractor: options })).toEqual(texts.map((t) => one.extract(t)));
  });

  it('one worker, more workers than texts, and no texts', async () => {
    const texts = TEXTS.slice(0, 3);
    const single = texts.map((t) => createExtractor().extract(t));
    expect(await esm.extractMany(texts, { concurrency: 1 })).toEqual(single);
    expect(await esm.extractMany(texts, { concurrency: 16 })).toEqual(single);
    expect(await esm.extractMany([])).toEqual([]);
  });

  it('resolves by package name through exports', async () => {
    const byName = (await import(/* @vite-ignore */ 'saidwho/parallel')) as Parallel;
    expect(typeof byName.extractMany).toBe('function');
    expect(typeof createRequire(join(ROOT, 'package.json'))('saidwho/parallel').extractMany).toBe('function');
  });

  it('throws a TypeError naming the wrong argument', () => {
    expect(() => esm.extractMany('text' as never)).toThrow(/`texts` must be an array of strings/);
    expect(() => esm.extractMany(['a', 3 as never])).toThrow(/`texts\[1\]` must be a string, got number/);
    expect(() => esm.extractMany(['a'], { concurrency: 0 })).toThrow(/`concurrency` must be a positive integer/);
    expect(() => esm.extractMany(['a'], { concurrency: 1.5 })).toThrow(TypeError);
    expect(() => esm.extractMany(['a'], { threads: 2 } as never)).toThrow(/unknown option `threads`/);
    expect(() => esm.extractMany(['a'], { extractor: { minConfidence: 2 } })).toThrow(/option `minConfidence`/);
  });
});
