/**
 * Instruction counts of a fixed article workload (issue 12), not part of the
 * test suite; for a machine so loaded that wall and CPU times cannot tell two
 * builds apart:
 *
 *   node test/bench/instructions.mjs --dist /tmp/old-dist --dist dist --runs 2
 *   node test/bench/instructions.mjs --warm 40 --articles 10 --passes 3
 *
 * Each run is one process under `valgrind --tool=cachegrind --cache-sim=no`
 * with V8 in its predictable mode (`--predictable --hash-seed=1
 * --random-seed=1`: compiles and collections on the main thread, fixed
 * seeds): a fresh extractor reads `--warm` train articles, then the first
 * `--articles` dev articles `--passes` times. The builds' runs are
 * interleaved (A, B, A, B, ...); printed: each run's instructions (Node's
 * start, the model load and the first compiles included: one train and one
 * dev article come to about 3.9 billion) and its quote count. Two runs
 * of one build still differ by about 0.3% (speed round 63): compare the runs
 * of the same round, and take a difference below about 0.5% as none.
 * Slow: the default workload takes about 2 minutes per run on an idle core.
 *
 * Reads ../shared/eval; there is nothing to count without it.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { flagReader, readTexts } from './args.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const EVAL = join(ROOT, '../shared/eval');
const argv = process.argv.slice(2);
const flag = flagReader(argv);
const warm = Number(flag('--warm', 40));
const articles = Number(flag('--articles', 10));
const passes = Number(flag('--passes', 3));


if (argv[0] === '--child') {
  // the workload itself, run under valgrind
  const dist = argv[1];
  const dev = readTexts(join(EVAL, 'polnear-dev.jsonl'));
  const train = readTexts(join(EVAL, 'polnear-train.jsonl'));
  const lib = await import(pathToFileURL(join(dist, 'index.js')).href);
  const extractor = lib.createExtractor();
  let quotes = 0;
  for (let i = 0; i < warm; i++) quotes += extractor.extract(train[i % train.length]).quotes.length;
  for (let p = 0; p < passes; p++) for (let i = 0; i < articles; i++) quotes += extractor.extract(dev[i % dev.length]).quotes.length;
  console.log(`quotes ${quotes}`);
} else {
  const dists = [];
  argv.forEach((a, i) => {
    if (a === '--dist') dists.push(resolve(argv[i + 1]));
  });
  if (dists.length === 0) dists.push(join(ROOT, 'dist'));
  const runs = Number(flag('--runs', 1));
  const workload = ['--warm', String(warm), '--articles', String(articles), '--passes', String(passes)];
  console.log(`${warm} train articles, then ${articles} dev articles x ${passes}; instructions per run (valgrind, V8 predictable)`);
  for (let r = 0; r < runs; r++) {
    for (const dist of dists) {
      // (valgrind writes its summary to stderr; the child's quote count goes to stdout)
      const child = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--predictable', '--hash-seed=1', '--random-seed=1', SELF, '--child', dist, ...workload], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const refs = /I\s+refs:\s+([\d,]+)/.exec(child.stderr ?? '');
      if (child.status !== 0 || refs === null) {
        console.error(`${dist}: ${child.error?.message ?? child.stderr}`);
        process.exit(1);
      }
      const out = `${refs[1].padStart(15)} instructions, ${child.stdout.trim()}`;
      console.log(`run ${r}  ${dist}  ${out.trim()}`);
    }
  }
}
