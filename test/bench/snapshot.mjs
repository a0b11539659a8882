/**
 * Byte-exact output snapshot, for proving that a speed change changes nothing
 * (issue 12). Not part of the test suite; writes outside the repository.
 *
 *   node test/bench/snapshot.mjs INPUT... --out FILE [--dist DIR] [--mode reused|fresh|shared] [--categories a,b,...]
 *   node test/bench/snapshot.mjs --compare A B
 *
 * INPUT is a JSONL file (one object with `text` and optionally `id` a line) or
 * a folder (every *.txt in it, sorted by name). Each text becomes one line of
 * FILE: `{"id":...,"result":<the Extraction as JSON>}`. `--dist` picks the
 * build to load (default: this repository's dist/), so that an old build kept
 * in /tmp can be compared with the current one. `--mode` picks how texts are
 * read: one extractor for all (reused, the default), a new extractor for each
 * text (fresh), or `extractQuotes` (shared). `--categories` reads with those
 * attribution categories on (comma-separated, e.g. every opt-in one:
 * speech,writing,source,thought,evidence,stance) instead of the defaults.
 * `--compare A B` prints how many lines differ and the first differing ids,
 * and exits 1 when any does.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { takeOption } from './options.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);

if (args[0] === '--compare') {
  const [a, b] = [args[1], args[2]].map((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
  let differ = 0;
  const shown = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      differ++;
      if (shown.length < 10) shown.push(a[i] ? JSON.parse(a[i]).id : `line ${i + 1}`);
    }
  }
  console.log(`${n} documents compared (${a.length} and ${b.length} lines), ${differ} differ${shown.length ? ': ' + shown.join(', ') : ''}`);
  process.exit(differ === 0 && a.length === b.length ? 0 : 1);
}

const out = option('--out');
const dist = resolve(option('--dist', fileURLToPath(new URL('../../dist', import.meta.url))));
const mode = option('--mode', 'reused');
const categories = option('--categories');
const options = categories === undefined ? undefined : { categories: categories.split(',') };
if (!out || args.length === 0 || !['reused', 'fresh', 'shared'].includes(mode)) {
  console.error('usage: snapshot.mjs INPUT... --out FILE [--dist DIR] [--mode reused|fresh|shared] [--categories a,b,...]');
  process.exit(2);
}

function* texts(input) {
  if (statSync(input).isDirectory()) {
    for (const f of readdirSync(input).filter((f) => f.endsWith('.txt')).sort()) {
      yield { id: f, text: readFileSync(join(input, f), 'utf8') };
    }
    return;
  }
  let n = 0;
  for (const line of readFileSync(input, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    yield { id: `${basename(input)}:${d.id ?? n}`, text: d.text };
    n++;
  }
}

const lib = await import(pathToFileURL(join(dist, 'index.js')).href);
const reused = mode === 'reused' ? lib.createExtractor(options) : undefined;
const read = (text) => (mode === 'shared' ? lib.extractQuotes(text, options) : mode === 'fresh' ? lib.createExtractor(options).extract(text) : reused.extract(text));
const lines = [];
for (const input of args) for (const { id, text } of texts(input)) lines.push(JSON.stringify({ id, result: read(text) }));
const body = lines.join('\n') + '\n';
writeFileSync(out, body);
console.log(`${lines.length} documents -> ${out} (sha256 ${createHash('sha256').update(body).digest('hex').slice(0, 16)})`);
