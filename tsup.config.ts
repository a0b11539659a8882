import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2020',
    platform: 'neutral',
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // saidwho/parallel: Node only (worker threads), kept out of the neutral
    // library build so that the browser bundle never sees node: imports
    entry: { parallel: 'src/parallel/index.ts', 'parallel-worker': 'src/parallel/worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { parallel: 'src/parallel/index.ts' } },
    clean: false,
    splitting: false,
    // import.meta.url in the CommonJS build, to find the worker file
    shims: true,
    sourcemap: false,
    target: 'node18',
    platform: 'node',
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
]);
