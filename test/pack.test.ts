/**
 * What `npm pack` ships, and the package.json fields that decide it. Fails
 * when anything but the built files, README.md, LICENSE, CHANGELOG.md and
 * package.json would be published (tests, sources, examples, source maps).
 *
 * Run alone with `npm run check:pack`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, ensureBuilt } from './setup/build.js';

interface PackageJson {
  name: string;
  version: string;
  license: string;
  type: string;
  sideEffects: boolean;
  engines: Record<string, string>;
  main: string;
  module: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  files: string[];
  dependencies: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

/** The only paths that may be published. */
const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)$/];

/** Paths that must be published. */
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/cli.js',
];

/** Every file path that package.json points at, without the leading `./`. */
function referencedPaths(): string[] {
  const found: string[] = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin)];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.push(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  return [...new Set(found.map((p) => p.replace(/^\.\//, '')))].sort();
}

describe('npm pack', () => {
  let files: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(out) as { files: { path: string }[] }[];
    files = report[0]!.files.map((f) => f.path).sort();
  });

  test('ships nothing but built files, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    expect(files.filter((path) => !ALLOWED.some((re) => re.test(path)))).toEqual([]);
  });

  test.each(REQUIRED)('ships %s', (path) => {
    expect(files).toContain(path);
  });

  test('ships every file that package.json points at', () => {
    expect(referencedPaths().filter((path) => !files.includes(path))).toEqual([]);
  });
});

describe('package.json', () => {
  test('names, license and module type', () => {
    expect([pkg.name, pkg.license, pkg.type]).toEqual(['saidwho', 'MIT', 'module']);
  });

  test('exports: types first under import and require, plus ./package.json', () => {
    expect(pkg.exports).toEqual({
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './package.json': './package.json',
      './parallel': {
        import: { types: './dist/parallel.d.ts', default: './dist/parallel.js' },
        require: { types: './dist/parallel.d.cts', default: './dist/parallel.cjs' },
      },
    });
    for (const entry of ['.', './parallel']) {
      const conditions = pkg.exports[entry] as Record<string, Record<string, string>>;
      expect(Object.keys(conditions.import!)[0]).toBe('types');
      expect(Object.keys(conditions.require!)[0]).toBe('types');
    }
  });

  test('side-effect free, Node 18 or later, a saidwho command', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines).toEqual({ node: '>=18' });
    expect(pkg.bin).toEqual({ saidwho: './dist/cli.js' });
  });

  test('runtime dependencies are wink-nlp and its model only', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['wink-eng-lite-web-model', 'wink-nlp']);
  });

  test('the newest release in CHANGELOG.md is the version in package.json', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    const released = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\]/gm)].map((m) => m[1]);
    // Before the first release there is only [Unreleased]; after it, the top release is the version.
    if (released.length > 0) expect(released[0]).toBe(pkg.version);
  });
});
