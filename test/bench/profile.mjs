/**
 * Where saidwho's time goes (issue 12), not part of the test suite:
 *
 *   node test/bench/profile.mjs                    # per round: process CPU, main-thread CPU, their gap
 *   node test/bench/profile.mjs --profile --top 20 # and a CPU profile summed by source file and function
 *   node test/bench/profile.mjs --profile --no-inline --stages --top 30 # and the pipeline stages' split
 *   node test/bench/profile.mjs --rounds 6 --warm 40 --dist /tmp/old-dist
 *
 * Each round makes a fresh extractor, reads `--warm` train articles (other
 * ones each round), then reads every dev article once, timed, as
 * `bench.mjs --only articles` does. Printed per round: the process CPU time
 * of the timed pass (every thread), the main thread's, and the part spent on
 * other threads (V8's optimising compiler and concurrent GC; Linux only).
 *
 * With `--profile` the rounds run again in a child under `node --cpu-prof`
 * (samples of the main thread, warm-up included), and the profile is summed:
 * wink-nlp against saidwho's own code, self time by source file, and the
 * functions of src/ by self and by inclusive time (located through dist/'s
 * source maps), and self samples by src/ folder. Self time of a function
 * includes what V8 inlined into it; `--no-inline` runs the child with
 * `--no-turbo-inlining`, which moves it back to the callee (and changes the
 * speed a little). `--stages` adds the
 * split of `runPipeline`'s samples by pipeline stage (each sample under the
 * stage function that `runPipeline`, `prepare`, `readMany`, `findCandidates`,
 * `findReported`, `assemble` or `resolveSpeakers` called; with
 * `--no-inline` these are the stages of src/pipeline.ts). It counts samples
 * rather than summing their time: on a machine loaded by other jobs a
 * sample's time delta also holds the time the thread waited for a core,
 * which lands on whatever function ran next.
 *
 * Reads ../shared/eval; there is nothing to time without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mainThreadCpuMs } from './thread-cpu.mjs';
import { flagReader, readTexts } from './args.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const EVAL = join(ROOT, '../shared/eval');
const argv = process.argv.slice(2);
const flag = flagReader(argv);
const dist = flag('--dist', join(ROOT, 'dist'));
const rounds = Number(flag('--rounds', 4));
const warm = Number(flag('--warm', 40));
const top = Number(flag('--top', 15));


async function runRounds() {
  const dev = readTexts(join(EVAL, 'polnear-dev.jsonl'));
  const train = readTexts(join(EVAL, 'polnear-train.jsonl'));
  const lib = await import(pathToFileURL(join(dist, 'index.js')).href);
  const rows = [];
  for (let r = 0; r < rounds; r++) {
    const extractor = lib.createExtractor();
    for (let i = 0; i < warm; i++) extractor.extract(train[(r * warm + i) % train.length]);
    const main0 = mainThreadCpuMs();
    const c0 = process.cpuUsage();
    for (const text of dev) extractor.extract(text);
    const c = process.cpuUsage(c0);
    const main1 = mainThreadCpuMs();
    const cpu = (c.user + c.system) / 1000;
    rows.push({ cpu, main: main0 === null || main1 === null ? null : main1 - main0 });
  }
  return rows;
}

// ---------------------------------------------------------------- source maps
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The segments of a source map by generated line: [column, source, original line] each, in column order. */
function decodeMap(map) {
  const lines = [];
  let source = 0;
  let line = 0;
  for (const group of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of group.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        line += values[2];
        segments.push([column, source, line]);
      }
    }
    lines.push(segments);
  }
  return { sources: map.sources, lines };
}
const maps = new Map();
/** `src/...ts:line` for a position of a dist/ file (0-based line and column), or null. */
function original(url, line, column) {
  if (!maps.has(url)) {
    const file = `${url}.map`;
    maps.set(url, existsSync(file) ? decodeMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const map = maps.get(url);
  const segments = map?.lines[line];
  if (!segments || segments.length === 0) return null;
  let best = segments[0];
  for (const s of segments) if (s[0] <= column) best = s;
  return { file: map.sources[best[1]].replace(/^.*?src\//, 'src/'), line: best[2] + 1 };
}

// ---------------------------------------------------------------- profile
function summarise(dir) {
  const self = new Map();
  const inclusive = new Map();
  const byFile = new Map();
  const byFolder = new Map();
  const parts = { wink: 0, ours: 0, gc: 0, other: 0 };
  let total = 0;
  const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const sampled = new Map();
    profile.samples.forEach((id, i) => add(sampled, id, profile.timeDeltas[i] ?? 0));
    const counted = new Map();
    for (const id of profile.samples) add(counted, id, 1);
    const keys = new Map();
    for (const n of profile.nodes) {
      const { functionName, url, lineNumber, columnNumber } = n.callFrame;
      const path = url.replace(/^file:\/\//, '');
      const fn = functionName || '(anonymous)';
      let file = path.replace(/^.*node_modules\//, '');
      let part = 'other';
      if (path.includes('node_modules/wink')) part = 'wink';
      else if (path.startsWith(dist)) {
        part = 'ours';
        const at = original(path, lineNumber, columnNumber);
        if (at) file = at.file;
        keys.set(n.id, { key: at ? `${fn} ${at.file}:${at.line}` : `${fn} ${file}`, file, part });
        continue;
      } else if (fn === '(garbage collector)') part = 'gc';
      keys.set(n.id, { key: `${fn} ${file}`, file: file || fn, part });
    }
    // inclusive time, counted once per key on a stack (recursion is not counted twice)
    const open = new Map();
    const walk = (id) => {
      const n = nodes.get(id);
      const { key, file, part } = keys.get(id);
      const t0 = sampled.get(id) ?? 0;
      total += t0;
      parts[part] += t0;
      if (part === 'ours') add(self, key, t0);
      add(byFile, file, t0);
      add(byFolder, folderOf(file, part), counted.get(id) ?? 0);
      open.set(key, (open.get(key) ?? 0) + 1);
      let t = t0;
      for (const c of n.children ?? []) t += walk(c);
      open.set(key, open.get(key) - 1);
      if (part === 'ours' && open.get(key) === 0) add(inclusive, key, t);
      return t;
    };
    walk(profile.nodes[0].id);
  }
  const ms = (us) => (us / 1000).toFixed(0).padStart(7);
  const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const list = (title, map) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
  };
  if (argv.includes('--stages')) stageSplit(dir);
  console.log(`\nsampled ${ms(total).trim()} ms: wink-nlp ${pct(parts.wink)}, saidwho ${pct(parts.ours)}, GC ${pct(parts.gc)}, other ${pct(parts.other)} (idle, module loading, the harness)`);
  // (counted, not timed: see --stages)
  const folders = [...byFolder.values()].reduce((a, b) => a + b, 0);
  console.log('\nsamples by src/ folder (self; wink-nlp, GC and the rest one row each)');
  for (const [k, v] of [...byFolder].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(7)} ${((100 * v) / folders).toFixed(1).padStart(5)}%  ${k}`);
  list('self time by file', byFile);
  list('saidwho functions by self time', self);
  list('saidwho functions by inclusive time', inclusive);
}

/** The row of `--profile`'s folder split for a file: its src/ folder (`src/speakers/find`), else its part. */
function folderOf(file, part) {
  if (part === 'ours') return file.startsWith('src/') ? file.slice(0, file.lastIndexOf('/')) : 'saidwho (unmapped)';
  return { wink: 'wink-nlp and its model', gc: '(garbage collector)', other: 'other (idle, module loading, the harness)' }[part];
}

/** Functions whose direct callees are the stages `--stages` reports, each under the one before it. */
const STAGE_PARENTS = new Set(['runPipeline', 'prepare', 'readMany', 'findCandidates', 'findReported', 'assemble', 'resolveSpeakers']);

/** `--stages`: the samples under `runPipeline`, counted by stage (see the comment at the top). */
function stageSplit(dir) {
  const counts = new Map();
  const totals = new Map();
  let all = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const hits = new Map();
    for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
    // path: the stage functions entered so far ('' before runPipeline); key: the stage a sample counts for
    const walk = (id, path, key) => {
      const n = nodes.get(id);
      const fn = n.callFrame.functionName || '(anonymous)';
      let p = path;
      let k = key;
      if (k === null && (p === '' ? fn === 'runPipeline' : STAGE_PARENTS.has(fn) && !p.split(' > ').includes(fn))) p = p === '' ? fn : `${p} > ${fn}`;
      else if (k === null && p !== '') k = `${p} > ${fn}`;
      const h = hits.get(id) ?? 0;
      if (p !== '') {
        all += h;
        const at = k ?? `${p} (self)`;
        counts.set(at, (counts.get(at) ?? 0) + h);
        // and every stage function on the way, inclusive
        const parts = p.split(' > ');
        for (let i = 1; i <= parts.length; i++) {
          const stage = parts.slice(0, i).join(' > ');
          totals.set(stage, (totals.get(stage) ?? 0) + h);
        }
      }
      for (const c of n.children ?? []) walk(c, p, k);
    };
    walk(profile.nodes[0].id, '', null);
  }
  console.log(`\nrunPipeline by stage: ${all} samples; inclusive`);
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(7)} ${((100 * v) / all).toFixed(1).padStart(5)}%  ${k}`);
  console.log('by the stage a sample falls in');
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${String(v).padStart(7)} ${((100 * v) / all).toFixed(1).padStart(5)}%  ${k}`);
  }
}

// ---------------------------------------------------------------- main
if (argv.includes('--child')) {
  await runRounds();
} else {
  if (!existsSync(join(EVAL, 'polnear-dev.jsonl'))) {
    console.error(`profile: no ${EVAL}/polnear-dev.jsonl`);
    process.exit(1);
  }
  const rows = await runRounds();
  console.log(`dev articles, fresh extractor per round, ${warm} warm-up articles; CPU ms of the timed pass`);
  console.log('round  process  main thread  other threads');
  rows.forEach((r, i) => {
    const other = r.main === null ? '' : `${(r.cpu - r.main).toFixed(0).padStart(8)} (${((100 * (r.cpu - r.main)) / r.cpu).toFixed(0)}%)`;
    console.log(`${String(i).padStart(5)} ${r.cpu.toFixed(0).padStart(8)} ${r.main === null ? '' : r.main.toFixed(0).padStart(12)} ${other}`);
  });
  if (argv.includes('--profile')) {
    const dir = mkdtempSync(join(tmpdir(), 'saidwho-profile-'));
    try {
      const v8 = ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...(argv.includes('--no-inline') ? ['--no-turbo-inlining'] : [])];
      execFileSync(process.execPath, [...v8, SELF, '--child', '--dist', dist, '--rounds', String(rounds), '--warm', String(warm)], { stdio: 'inherit' });
      summarise(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
