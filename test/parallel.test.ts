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
    expect(() => esm.extractMany(['a', 3 as never])).toThrow('saidwho: `texts[1]` must be a string, got 3');
    expect(() => esm.extractMany(['a'], { concurrency: 0 })).toThrow(/`concurrency` must be a positive integer/);
    expect(() => esm.extractMany(['a'], { concurrency: 1.5 })).toThrow(TypeError);
    expect(() => esm.extractMany(['a'], { threads: 2 } as never)).toThrow('saidwho: unknown key `threads` in `options` (known: concurrency, extractor)');
    expect(() => esm.extractMany(['a'], { extractor: { minConfidence: 2 } })).toThrow(/option `minConfidence`/);
  });

  it('refuses sparse arrays and functions in options before any thread starts', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => esm.extractMany([, 'x'] as never)).toThrow('saidwho: `texts` must be an array of strings without holes, got an empty slot at index 0 (a sparse array)');
    expect(() => esm.extractMany(new Array(3))).toThrow(TypeError);
    expect(() => esm.extractManySettled(new Array(3))).toThrow(TypeError);
    expect(() => esm.extractMany(['a'], { extractor: { addCues: [() => 'say'] } } as never)).toThrow('saidwho: option `addCues[0]` must be a string or { lemma, category }, got a function');
    expect(() => esm.extractMany(['a'], { extractor: { knownSpeakers: [{ name: 'A', toJSON: () => 1 }] } } as never)).toThrow(/unknown key `toJSON`/);
    expect(() => esm.extractMany(['a'], new Date(0) as never)).toThrow('saidwho: `options` must be an object, got a Date');
  });

  it('sends validated options: inherited properties never reach the workers', async () => {
    const inherited = { extractor: Object.create({ minConfidence: 0.99 }) as object };
    const text = '"It will fail," Lopez said. She added that the vote was rigged.';
    expect(await esm.extractMany([text], inherited)).toEqual([createExtractor().extract(text)]);
  });

  it('extractManySettled gives one result per text, with its index', async () => {
    const one = createExtractor();
    const results = await cjs.extractManySettled(TEXTS.slice(0, 5), { concurrency: 2 });
    expect(results).toEqual(TEXTS.slice(0, 5).map((t, index) => ({ ok: true, index, extraction: one.extract(t) })));
  });
});
