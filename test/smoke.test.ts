/**
 * Smoke test of the built package: the ESM and CJS builds load, give the
 * same results as each other and as the sources, and resolve by package name
 * through package.json `exports` in plain Node (no bundler, no vitest).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import * as source from '../src/index.js';
import { DIST, ROOT, ensureBuilt } from './setup/build.js';

type Api = typeof source;

const SAMPLES: [string, string][] = [
  ['the sample article', readFileSync(join(ROOT, 'examples/article.txt'), 'utf8')],
  ['an interrupted quote', '"We will win," Jane Smith said, "and we will win big."'],
  ['reported speech', 'The minister said that the talks would resume on Monday.'],
  ['an empty string', ''],
];

let esm: Api;
let cjs: Api;

beforeAll(async () => {
  await ensureBuilt();
  esm = (await import(/* @vite-ignore */ pathToFileURL(join(DIST, 'index.js')).href)) as Api;
  cjs = createRequire(import.meta.url)(join(DIST, 'index.cjs')) as Api;
});

describe('built package', () => {
  test.each(SAMPLES)('ESM, CJS and sources agree on %s', (_name, text) => {
    const fromSource = source.extractQuotes(text);
    expect(esm.extractQuotes(text)).toEqual(fromSource);
    expect(cjs.extractQuotes(text)).toEqual(fromSource);
    expect(cjs.createExtractor().extract(text)).toEqual(esm.createExtractor().extract(text));
  });

  test.each([
    ['ESM', () => esm],
    ['CJS', () => cjs],
  ])('%s build throws a TypeError for a non-string', (_name, api) => {
    expect(() => api().extractQuotes(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('resolving "saidwho" by name in plain Node', () => {
  const text = SAMPLES[1]![1];
  const print = `process.stdout.write(JSON.stringify(extractQuotes(${JSON.stringify(text)})))`;

  function node(args: string[]): unknown {
    return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }));
  }

  test.each([
    ['import', ['--input-type=module', '-e', `import { extractQuotes } from 'saidwho'; ${print}`]],
    ['require', ['--input-type=commonjs', '-e', `const { extractQuotes } = require('saidwho'); ${print}`]],
  ])('%s gives the same result as the sources', (_name, args) => {
    expect(node(args)).toEqual(JSON.parse(JSON.stringify(source.extractQuotes(text))));
  });
});
