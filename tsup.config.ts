import { defineConfig, type Options } from 'tsup';

// Source maps point into src/, which the package ships, instead of carrying
// a second copy of every source file inside each map.
const esbuildOptions: Options['esbuildOptions'] = (options) => {
  options.sourcesContent = false;
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // Declarations and their maps are written per module by scripts/dts.mjs
    // (tsup cannot write declaration maps).
    dts: false,
    clean: true,
    sourcemap: true,
    esbuildOptions,
    target: 'es2020',
    platform: 'neutral',
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // saidwho/parallel: Node only (worker threads), kept out of the neutral
    // library build so that the browser bundle never sees node: imports
    entry: { parallel: 'src/parallel/index.ts', 'parallel-worker': 'src/parallel/worker.ts' },
    format: ['esm', 'cjs'],
    dts: false,
    clean: false,
    splitting: false,
    // import.meta.url in the CommonJS build, to find the worker file
    shims: true,
    sourcemap: true,
    esbuildOptions,
    target: 'node18',
    platform: 'node',
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    esbuildOptions,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
]);
