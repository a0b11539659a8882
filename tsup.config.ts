import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';
import { asciiEscaped } from './scripts/ascii-source.js';

// Source maps point into src/, which the package ships, instead of carrying
// a second copy of every source file inside each map.
//
// esbuild takes Node 18 for lacking Unicode property escapes in regular
// expressions (\p{Lu}) and writes each such literal as `new RegExp(...)`,
// which builds the expression again on every call (about 480 times per news
// article, 0.16 microseconds each). Node 18 has them, and the pattern means
// the same either way: keep the literals.
const esbuildOptions: Options['esbuildOptions'] = (options) => {
  options.sourcesContent = false;
  options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
};

// esbuild writes every string ASCII-only but leaves regular expression
// literals (/^['’]s$/) and the comments it keeps as they are, and one
// character beyond Latin-1 makes V8 keep the whole chunk's source, which it
// holds for as long as the code lives, two bytes a character (about 2.2 MB
// instead of 1.1). Each such character of a source file is read as its \u
// escape (scripts/ascii-source.ts asciiEscaped, which says where that means
// the same). Source map columns after such a character on its line move by
// five a character.
const asciiSource: Plugin = {
  name: 'ascii-source',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({ contents: asciiEscaped(readFileSync(args.path, 'utf8')), loader: 'ts' }));
  },
};

const external = ['wink-nlp', 'wink-eng-lite-web-model'];

export default defineConfig([
  {
    // Every ES module entry in one build with code splitting: the library is
    // written once, in a shared chunk that index.js, the CLI and the parallel
    // worker import, instead of a full copy inside each of them.
    entry: {
      index: 'src/index.ts',
      parallel: 'src/parallel/index.ts',
      'parallel-worker': 'src/parallel/worker.ts',
      cli: 'src/cli/main.ts',
    },
    format: ['esm'],
    // Declarations and their maps are written per module by scripts/dts.mjs
    // (tsup cannot write declaration maps).
    dts: false,
    clean: true,
    splitting: true,
    sourcemap: true,
    esbuildOptions,
    esbuildPlugins: [asciiSource],
    target: 'node18',
    // node: built-ins stay in the entries and chunks that use them (the
    // parallel runner and the CLI); index.js and its chunks never import one
    // (test/exports.test.ts and the browser bundle check it)
    platform: 'node',
    external,
    // the CLI is executable; the banner option would put the line in every chunk
    onSuccess: async () => {
      const cli = 'dist/cli.js';
      const code = readFileSync(cli, 'utf8');
      if (!code.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${code}`);
      chmodSync(cli, 0o755);
    },
  },
  {
    // CommonJS for require(): the library and the parallel runner, which
    // starts the ES module worker above
    entry: { index: 'src/index.ts', parallel: 'src/parallel/index.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    splitting: false,
    // import.meta.url in the CommonJS build, to find the worker file
    shims: true,
    sourcemap: true,
    esbuildOptions,
    esbuildPlugins: [asciiSource],
    target: 'node18',
    platform: 'node',
    external,
  },
]);
