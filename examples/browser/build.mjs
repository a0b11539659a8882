// Bundles the browser playground with esbuild into one script next to a copy
// of index.html, and prints the gzipped size of saidwho in a browser bundle,
// with and without the language model (the library alone, not the page).
//
//   npm run build && node examples/browser/build.mjs [outdir]
//
// outdir defaults to dist/browser; open dist/browser/index.html afterwards.
// `saidwho` resolves to the built package (dist/index.js) through the
// package's own exports, exactly as it would from node_modules.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(process.argv[2] ?? join(here, '../../dist/browser'));

/** @type {import('esbuild').BuildOptions} */
const common = {
  entryPoints: [join(here, 'main.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser', // fails on any Node built-in in the library's import graph
  target: 'es2020',
  logLevel: 'warning',
};

mkdirSync(outdir, { recursive: true });
// What saidwho itself weighs in a browser bundle: an entry that only uses extractQuotes.
const library = {
  ...common,
  entryPoints: undefined,
  stdin: { contents: "import { extractQuotes } from 'saidwho'; globalThis.extractQuotes = extractQuotes;", resolveDir: here },
  outfile: join(outdir, 'library.js'),
  write: false,
};
const full = await build(library);
const lean = await build({ ...library, external: ['wink-eng-lite-web-model'] });
await build({ ...common, outfile: join(outdir, 'main.js') });
copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));

/** @param {import('esbuild').BuildResult} result */
function sizes(result) {
  const bytes = result.outputFiles?.[0]?.contents ?? new Uint8Array();
  return `${kb(bytes.length)} minified, ${kb(gzipSync(bytes, { level: 9 }).length)} gzipped`;
}

/** @param {number} n */
function kb(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}

const shown = relative(process.cwd(), outdir);
console.log(`Browser playground written to ${shown === '' || shown.startsWith('..') ? outdir : shown}/`);
console.log(`  saidwho with the model:    ${sizes(full)}`);
console.log(`  saidwho without the model: ${sizes(lean)} (saidwho and wink-nlp)`);
