/**
 * Benchmark (issue 12), not part of the test suite:
 *
 *   npm run bench                       # builds dist/, then runs every section
 *   node test/bench/bench.mjs --only articles,large --rounds 7
 *   node test/bench/bench.mjs --dist /tmp/old-dist --json   # an older build, as JSON
 *   node test/bench/bench.mjs --only articles --tools saidwho,wink,winkPipe --rounds 9
 *   node test/bench/bench.mjs --only articles --tools saidwho,wink,winkPipe --warm 600   # near steady state
 *
 * Honest by construction: every measurement runs in a child process of its
 * own, so that no wink instance (saidwho's or the baseline's) has seen the
 * timed text before, and peak RSS belongs to that one measurement.
 *
 * - articles: per round, one child process loads saidwho, wink-nlp with its
 *   default pipe, wink-nlp with the pipe saidwho uses (sbd, negation, pos) and
 *   compromise, warms each up on the same other articles (train, not dev;
 *   `--warm N` articles, 40 by default), then reads every dev article once
 *   with each tool, interleaved in rotating order. Reported: the median over
 *   rounds of each tool's total, and the median of the per-round ratios, in
 *   wall time and in CPU time (on a busy machine wall time also counts
 *   waiting for a core), and the share of the timed loop's process CPU that
 *   V8's background threads took (optimising compilation, concurrent GC;
 *   Linux only): after 40 articles V8 is still optimising saidwho's code.
 * - large: one 1, 4 and 10 MB call, and 1 and 10 MB as one call per article,
 *   for saidwho and for wink's default readDoc, each in its own process with
 *   its peak RSS; the rounds are interleaved (saidwho, wink, saidwho, ...).
 *   Columns "bg" and "wink bg": the share of each call's process CPU on V8's
 *   background threads (Linux only; most of saidwho's is optimising compiles,
 *   which grow with the text as it meets branches for the first time).
 * - create: the first and the second `createExtractor`, and
 *   `extractQuotes(text, options)` twice with the same options.
 * - parallel: 1,000 articles with `saidwho/parallel` on 2 workers against one
 *   extractor on the main thread (model load included in both), interleaved.
 * - hostile: inputs that once were slow, one call each.
 *
 * Reads ../shared/eval when present, else examples/ and test/golden/ (the
 * figures then mean little). Times vary between machines: compare the ratios.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mainThreadCpuMs } from './thread-cpu.mjs';
import { flagReader } from './args.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const EVAL = join(ROOT, '../shared/eval');
const MB = 1 << 20;
const now = () => performance.now();
const argv = process.argv.slice(2);
const flag = flagReader(argv);

// ---------------------------------------------------------------- texts
function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}
function corpus() {
  const dev = join(EVAL, 'polnear-dev.jsonl');
  const train = join(EVAL, 'polnear-train.jsonl');
  if (existsSync(dev) && existsSync(train)) {
    const d = readJsonl(dev);
    return {
      source: '../shared/eval (dev timed, train for warm-up and large inputs)',
      timed: d.map((x) => x.text),
      direct: d.map((x) => x.quotes.filter((q) => q.type === 'direct').map((q) => ({ start: q.quote.start, end: q.quote.end }))),
      other: readJsonl(train).map((x) => x.text),
    };
  }
  const texts = ['examples', 'test/golden'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
  );
  return { source: 'examples/ and test/golden/ (no ../shared/eval)', timed: texts, direct: null, other: texts };
}
/** Whole articles from `texts` (cycling) joined by blank lines up to `size` characters, and the articles used. */
function fill(texts, size) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    length += t.length + 2;
  }
  return parts;
}

// ---------------------------------------------------------------- child side
async function loadTools(dist, names) {
  const tools = {};
  const lib = await import(pathToFileURL(join(dist, 'index.js')).href);
  if (names.includes('saidwho')) {
    const extractor = lib.createExtractor();
    tools.saidwho = (text) => extractor.extract(text);
  }
  if (names.some((n) => n.startsWith('wink'))) {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    // wink-eng-lite-web-model's metaCER() grows a string on each call; ask it once (as saidwho does)
    const metaCER = model.metaCER();
    const stable = Object.assign(Object.create(null), model, { metaCER: () => metaCER });
    if (names.includes('wink')) {
      const nlp = winkNLP(stable);
      tools.wink = (text) => nlp.readDoc(text);
    }
    if (names.includes('winkPipe')) {
      const nlp = winkNLP(stable, ['sbd', 'negation', 'pos']);
      tools.winkPipe = (text) => nlp.readDoc(text);
    }
  }
  if (names.includes('compromise')) {
    const { default: compromise } = await import('compromise');
    tools.compromise = (text) => compromise(text).quotations().json({ offset: true });
  }
  return { lib, tools };
}
const rssMB = () => process.memoryUsage().rss / MB;
const peakMB = () => (process.resourceUsage().maxRSS * 1024) / MB;

async function child(job) {
  const c = corpus();
  if (job.kind === 'articles') {
    const names = job.tools;
    const { tools } = await loadTools(job.dist, names);
    // (--warm N: more warm-up articles; the timed pass then shows code that V8 has finished optimising)
    const warm = Array.from({ length: job.warm ?? 40 }, (_, i) => c.other[i % c.other.length]);
    for (const t of warm) for (const n of names) tools[n](t);
    const totals = Object.fromEntries(names.map((n) => [n, 0]));
    const cpu = Object.fromEntries(names.map((n) => [n, 0]));
    const outputs = {};
    const process0 = process.cpuUsage();
    const main0 = mainThreadCpuMs();
    c.timed.forEach((text, i) => {
      for (let k = 0; k < names.length; k++) {
        const n = names[(i + job.round + k) % names.length];
        const c0 = process.cpuUsage();
        const t0 = now();
        const out = tools[n](text);
        totals[n] += now() - t0;
        const c1 = process.cpuUsage(c0);
        cpu[n] += (c1.user + c1.system) / 1000;
        if (job.keep && (n === 'saidwho' || n === 'compromise')) (outputs[n] ??= [])[i] = out;
      }
    });
    // the share of the timed loop's process CPU spent outside the main thread: V8's background
    // threads (optimising compilation, concurrent GC), charged to whichever tool ran at the time
    const main1 = mainThreadCpuMs();
    const processUsage = process.cpuUsage(process0);
    const processMs = (processUsage.user + processUsage.system) / 1000;
    const backgroundShare = main0 === null || main1 === null || processMs <= 0 ? null : Math.max(0, 1 - (main1 - main0) / processMs);
    let recall = null;
    if (job.keep && c.direct) recall = recalls(c, outputs);
    return { totals, cpu, recall, backgroundShare };
  }
  if (job.kind === 'large') {
    const { tools } = await loadTools(job.dist, [job.tool]);
    const parts = fill(c.other, job.mb * MB);
    tools[job.tool](c.timed[0]); // warm-up on an article outside the timed text
    const text = job.perArticle ? null : parts.join('\n\n');
    const before = rssMB();
    const main0 = mainThreadCpuMs();
    const c0 = process.cpuUsage();
    const t0 = now();
    let quotes = 0;
    if (text !== null) {
      const r = tools[job.tool](text);
      if (job.tool === 'saidwho') quotes = r.quotes.length;
    } else {
      for (const p of parts) {
        const r = tools[job.tool](p);
        if (job.tool === 'saidwho') quotes += r.quotes.length;
      }
    }
    const ms = now() - t0;
    const c1 = process.cpuUsage(c0);
    const main1 = mainThreadCpuMs();
    const cpuMs = (c1.user + c1.system) / 1000;
    // the share of the call's process CPU on other threads (V8's optimising compiler, concurrent GC)
    const backgroundShare = main0 === null || main1 === null || cpuMs <= 0 ? null : Math.max(0, 1 - (main1 - main0) / cpuMs);
    return { ms, cpuMs, backgroundShare, chars: parts.reduce((a, p) => a + p.length + 2, -2), quotes, rssBeforeMB: before, peakMB: peakMB() };
  }
  if (job.kind === 'create') {
    let t0 = now();
    const lib = await import(pathToFileURL(join(job.dist, 'index.js')).href);
    const importMs = now() - t0;
    t0 = now();
    const first = lib.createExtractor();
    const firstMs = now() - t0;
    t0 = now();
    first.extract(c.timed[0]);
    const firstExtractMs = now() - t0;
    t0 = now();
    const second = lib.createExtractor({ minConfidence: 0.1 });
    const secondMs = now() - t0;
    t0 = now();
    second.extract(c.timed[1]);
    const secondExtractMs = now() - t0;
    const options = { kinds: ['direct', 'indirect'] };
    t0 = now();
    lib.extractQuotes(c.timed[2], options);
    const optionsFirstMs = now() - t0;
    t0 = now();
    lib.extractQuotes(c.timed[3], { kinds: ['direct', 'indirect'] });
    const optionsSecondMs = now() - t0;
    t0 = now();
    first.extract(c.timed[3]);
    const reusedMs = now() - t0;
    return { importMs, firstMs, firstExtractMs, secondMs, secondExtractMs, optionsFirstMs, optionsSecondMs, reusedMs };
  }
  if (job.kind === 'parallel') {
    const texts = Array.from({ length: job.count }, (_, i) => c.other[i % c.other.length]);
    const c0 = process.cpuUsage();
    const main0 = mainThreadCpuMs();
    const t0 = now();
    if (job.workers === 0) {
      const lib = await import(pathToFileURL(join(job.dist, 'index.js')).href);
      const extractor = lib.createExtractor();
      for (const t of texts) extractor.extract(t);
    } else {
      const par = await import(pathToFileURL(join(job.dist, 'parallel.js')).href);
      await par.extractMany(texts, { concurrency: job.workers });
    }
    const ms = now() - t0;
    const c1 = process.cpuUsage(c0);
    const main1 = mainThreadCpuMs();
    // process CPU counts every thread (workers, V8's compiler and GC threads); on 2 cores
    // the wall time of a run cannot be under half of it
    const cpuMs = (c1.user + c1.system) / 1000;
    return { ms, cpuMs, mainCpuMs: main0 === null || main1 === null ? null : main1 - main0, peakMB: peakMB() };
  }
  if (job.kind === 'hostile') {
    const { tools } = await loadTools(job.dist, ['saidwho', 'winkPipe']);
    tools.saidwho('"Warm up," she said.');
    const sentence = 'The minister said the talks would resume soon. ';
    const rep = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
    const inputs = [
      ['1 MB line without spaces', () => 'x'.repeat(MB), false],
      ['100,000 quotation marks', () => '"'.repeat(100_000)],
      ['100,000 curly opening marks', () => '\u201C'.repeat(100_000)],
      ['100,000 repetitions of "said"', () => 'said '.repeat(100_000)],
      ['nested marks, depth 50,000', () => '\u201C\u2018'.repeat(25_000) + 'x' + '\u2019\u201D'.repeat(25_000)],
      ['1 MB paragraph, one unclosed mark', () => '"' + rep(sentence, MB)],
      ['1 MB of "&" (no references)', () => '&'.repeat(MB), false],
      ['1 MB of lone-CR lines with quotes', () => rep('He said "yes."\r', MB)],
      ['1 MB of emoji without spaces', () => '\u{1F600}'.repeat(MB / 2)],
    ];
    return inputs.map(([name, make, withWink = true]) => {
      const text = make();
      let t0 = now();
      const quotes = tools.saidwho(text).quotes.length;
      const ms = now() - t0;
      let winkMs = null;
      if (withWink) {
        t0 = now();
        tools.winkPipe(text);
        winkMs = now() - t0;
      }
      return { name, chars: text.length, ms, winkMs, quotes };
    });
  }
  throw new Error(`unknown job ${job.kind}`);
}

function recalls(c, outputs) {
  const recall = (predicted) => {
    let gold = 0;
    let found = 0;
    c.direct.forEach((golds, i) => {
      const used = new Set();
      for (const g of golds) {
        gold++;
        let best = -1;
        let bestShared = 0;
        predicted[i].forEach((p, k) => {
          if (used.has(k)) return;
          const shared = p.reduce((s, r) => s + Math.max(0, Math.min(r.end, g.end) - Math.max(r.start, g.start)), 0);
          if (shared * 10 > (g.end - g.start) * 3 && shared > bestShared) {
            best = k;
            bestShared = shared;
          }
        });
        if (best >= 0) {
          used.add(best);
          found++;
        }
      }
    });
    return { gold, found, recall: found / gold };
  };
  const out = {};
  if (outputs.saidwho) out.saidwho = recall(outputs.saidwho.map((r) => r.quotes.map((q) => q.parts)));
  if (outputs.compromise) {
    out.compromise = recall(
      outputs.compromise.map((list, i) =>
        list.map((q) => {
          const text = c.timed[i];
          let at = text.indexOf(q.text, Math.max(0, q.offset.start - 20));
          if (at < 0) at = text.indexOf(q.text);
          if (at < 0) at = q.offset.start;
          return [{ start: at, end: at + q.text.length }];
        }),
      ),
    );
  }
  return out;
}

if (argv[0] === '--child') {
  const result = await child(JSON.parse(argv[1]));
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

// ---------------------------------------------------------------- parent side
const dist = resolve(flag('--dist', join(ROOT, 'dist')));
const rounds = Number(flag('--rounds', 5));
const sections = flag('--only', 'articles,create,large,parallel,hostile').split(',');
const JSON_OUT = argv.includes('--json');
const run = (job) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', SELF, '--child', JSON.stringify({ dist, ...job })], { encoding: 'utf8', maxBuffer: 64 * MB }));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const log = (...a) => {
  if (!JSON_OUT) console.log(...a);
};
const f = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const pad = (s, n) => String(s).padStart(n);
const c = corpus();
const report = { date: new Date().toISOString(), node: process.version, dist, source: c.source, rounds };
log(`saidwho benchmark, ${report.date}, Node ${report.node}, build ${dist}`);
log(`texts: ${c.source}; ${rounds} rounds, each in fresh processes\n`);

if (sections.includes('articles')) {
  // `--tools saidwho,wink,winkPipe` leaves compromise out (quicker rounds)
  const tools = flag('--tools', 'saidwho,wink,winkPipe,compromise').split(',');
  const per = [];
  const warm = Number(flag('--warm', 40));
  for (let round = 0; round < rounds; round++) per.push(run({ kind: 'articles', tools, round, keep: round === 0, warm }));
  const chars = c.timed.reduce((a, t) => a + t.length, 0);
  const totals = Object.fromEntries(tools.map((n) => [n, median(per.map((p) => p.totals[n]))]));
  const ratios = {
    overWink: median(per.map((p) => p.totals.saidwho / p.totals.wink)),
    overWinkPipe: median(per.map((p) => p.totals.saidwho / p.totals.winkPipe)),
    winkPipeOverWink: median(per.map((p) => p.totals.winkPipe / p.totals.wink)),
    compromiseOverSaidwho: tools.includes('compromise') ? median(per.map((p) => p.totals.compromise / p.totals.saidwho)) : null,
  };
  report.articles = { count: c.timed.length, chars, totals, ratios, perRound: per.map((p) => p.totals), cpuPerRound: per.map((p) => p.cpu), recall: per[0].recall };
  const label = { saidwho: 'saidwho', wink: 'wink readDoc, default pipe', winkPipe: 'wink readDoc, saidwho\'s pipe', compromise: 'compromise .quotations()' };
  log(`${c.timed.length} articles (${chars} characters), median of ${rounds} rounds, tools interleaved:`);
  log(`${'tool'.padEnd(30)}${pad('total ms', 10)}${pad('ms/article', 12)}${pad('÷ wink', 9)}${pad('recall', 9)}`);
  for (const n of tools) {
    const r = report.articles.recall?.[n];
    log(`${label[n].padEnd(30)}${pad(f(totals[n], 0), 10)}${pad(f(totals[n] / c.timed.length, 2), 12)}${pad(f(median(per.map((p) => p.totals[n] / p.totals.wink)), 2), 9)}${pad(r ? f(r.recall * 100) + '%' : '', 9)}`);
  }
  log(`saidwho ÷ wink default: ${f(ratios.overWink, 2)} (per round: ${per.map((p) => f(p.totals.saidwho / p.totals.wink, 2)).join(' ')}); saidwho ÷ wink with saidwho's pipe: ${f(ratios.overWinkPipe, 2)}`);
  // on a loaded machine wall time includes waiting for a core; CPU time (this process, GC threads included) does not
  ratios.cpuOverWink = median(per.map((p) => p.cpu.saidwho / p.cpu.wink));
  ratios.cpuOverWinkPipe = median(per.map((p) => p.cpu.saidwho / p.cpu.winkPipe));
  log(`in CPU time: saidwho ÷ wink default ${f(ratios.cpuOverWink, 2)} (per round: ${per.map((p) => f(p.cpu.saidwho / p.cpu.wink, 2)).join(' ')}); saidwho ÷ wink with saidwho's pipe ${f(ratios.cpuOverWinkPipe, 2)}`);
  const shares = per.map((p) => p.backgroundShare).filter((x) => x !== null && x !== undefined);
  report.articles.warm = warm;
  report.articles.backgroundShare = shares.length ? median(shares) : null;
  log(`warm-up ${warm} articles per tool; V8 background threads (optimising compiler, concurrent GC) took ${shares.length ? f(100 * median(shares), 0) + '%' : 'n/a'} of the timed loop's process CPU (charged to whichever tool ran)\n`);
}

if (sections.includes('create')) {
  const per = [];
  for (let round = 0; round < rounds; round++) per.push(run({ kind: 'create' }));
  const keys = Object.keys(per[0]);
  report.create = Object.fromEntries(keys.map((k) => [k, median(per.map((p) => p[k]))]));
  const m = report.create;
  log(`createExtractor (median of ${rounds} processes): import ${f(m.importMs, 0)} ms, first ${f(m.firstMs, 1)} ms (+ first article ${f(m.firstExtractMs, 1)} ms), second ${f(m.secondMs, 2)} ms (+ first article ${f(m.secondExtractMs, 1)} ms)`);
  log(`extractQuotes(text, options): first call ${f(m.optionsFirstMs, 1)} ms, second with equal options ${f(m.optionsSecondMs, 1)} ms; the same article on a reused extractor ${f(m.reusedMs, 1)} ms\n`);
}

/** Median background share of some runs, or null when no run could read its threads. */
function shareOf(runs) {
  const shares = runs.map((r) => r.backgroundShare).filter((x) => x !== null && x !== undefined);
  return shares.length ? median(shares) : null;
}
const pct = (x) => (x === null ? '-' : `${Math.round(100 * x)}%`);

if (sections.includes('large')) {
  const rows = [
    { mb: 1, perArticle: false },
    { mb: 4, perArticle: false },
    { mb: 10, perArticle: false },
    { mb: 1, perArticle: true },
    { mb: 10, perArticle: true },
  ];
  const largeRounds = Number(flag('--large-rounds', Math.min(rounds, 3)));
  report.large = [];
  log(`large inputs (train articles joined by blank lines; median of ${largeRounds} processes each, saidwho and wink interleaved):`);
  log(`${'input'.padEnd(26)}${pad('chars', 10)}${pad('saidwho ms', 12)}${pad('wink ms', 10)}${pad('ratio', 8)}${pad('cpu ratio', 10)}${pad('saidwho MB', 12)}${pad('wink MB', 10)}${pad('quotes', 8)}${pad('bg', 6)}${pad('wink bg', 8)}`);
  for (const row of rows) {
    const ours = [];
    const theirs = [];
    for (let r = 0; r < largeRounds; r++) {
      ours.push(run({ kind: 'large', tool: 'saidwho', ...row }));
      theirs.push(run({ kind: 'large', tool: 'wink', ...row }));
    }
    const name = row.perArticle ? `${row.mb} MB, one call per article` : `one ${row.mb} MB call`;
    const out = {
      name,
      ...row,
      chars: ours[0].chars,
      ms: median(ours.map((o) => o.ms)),
      winkMs: median(theirs.map((o) => o.ms)),
      ratio: median(ours.map((o, i) => o.ms / theirs[i].ms)),
      cpuMs: median(ours.map((o) => o.cpuMs)),
      winkCpuMs: median(theirs.map((o) => o.cpuMs)),
      cpuRatio: median(ours.map((o, i) => o.cpuMs / theirs[i].cpuMs)),
      peakMB: median(ours.map((o) => o.peakMB)),
      winkPeakMB: median(theirs.map((o) => o.peakMB)),
      quotes: ours[0].quotes,
      // median share of each tool's CPU spent outside the main thread (null where threads cannot be read)
      backgroundShare: shareOf(ours),
      winkBackgroundShare: shareOf(theirs),
    };
    report.large.push(out);
    log(`${name.padEnd(26)}${pad(out.chars, 10)}${pad(f(out.ms, 0), 12)}${pad(f(out.winkMs, 0), 10)}${pad(f(out.ratio, 2), 8)}${pad(f(out.cpuRatio, 2), 10)}${pad(f(out.peakMB, 0), 12)}${pad(f(out.winkPeakMB, 0), 10)}${pad(out.quotes, 8)}${pad(pct(out.backgroundShare), 6)}${pad(pct(out.winkBackgroundShare), 8)}`);
  }
  const one = report.large.find((l) => l.mb === 1 && !l.perArticle);
  const ten = report.large.find((l) => l.mb === 10 && !l.perArticle);
  report.linearity = ten.ms / one.ms;
  report.cpuLinearity = ten.cpuMs / one.cpuMs;
  log(`one 10 MB call ÷ one 1 MB call: ${f(report.linearity, 2)} (CPU time: ${f(report.cpuLinearity, 2)})\n`);
}

if (sections.includes('parallel')) {
  const count = 1000;
  const single = [];
  const two = [];
  for (let r = 0; r < Math.min(rounds, 3); r++) {
    single.push(run({ kind: 'parallel', count, workers: 0 }));
    two.push(run({ kind: 'parallel', count, workers: 2 }));
  }
  report.parallel = {
    count,
    singleMs: median(single.map((s) => s.ms)),
    twoWorkersMs: median(two.map((s) => s.ms)),
    ratio: median(two.map((t, i) => t.ms / single[i].ms)),
    singlePeakMB: median(single.map((s) => s.peakMB)),
    twoWorkersPeakMB: median(two.map((s) => s.peakMB)),
    singleCpuMs: median(single.map((s) => s.cpuMs)),
    singleMainCpuMs: single.some((s) => s.mainCpuMs === null) ? null : median(single.map((s) => s.mainCpuMs)),
    twoWorkersCpuMs: median(two.map((s) => s.cpuMs)),
    cpuRatio: median(two.map((t, i) => t.cpuMs / single[i].cpuMs)),
  };
  const p = report.parallel;
  log(`${count} articles, model load included: one thread ${f(p.singleMs, 0)} ms (${f(p.singlePeakMB, 0)} MB), saidwho/parallel with 2 workers ${f(p.twoWorkersMs, 0)} ms (${f(p.twoWorkersPeakMB, 0)} MB): ratio ${f(p.ratio, 2)}`);
  // one thread already keeps more than one core busy (V8 optimises its code on other threads), so
  // two workers on two cores gain only what that leaves: show the CPU time of each run
  const bg = p.singleMainCpuMs === null ? '' : `, ${f(100 * (1 - p.singleMainCpuMs / p.singleCpuMs), 0)}% of it on other threads than the main one`;
  log(`process CPU time: one thread ${f(p.singleCpuMs, 0)} ms${bg}; 2 workers ${f(p.twoWorkersCpuMs, 0)} ms (ratio ${f(p.cpuRatio, 2)})\n`);
}

if (sections.includes('hostile')) {
  report.hostile = run({ kind: 'hostile' });
  log(`${'hostile input'.padEnd(36)}${pad('chars', 10)}${pad('saidwho ms', 12)}${pad('wink ms', 10)}${pad('quotes', 8)}`);
  for (const h of report.hostile) log(`${h.name.padEnd(36)}${pad(h.chars, 10)}${pad(f(h.ms, 0), 12)}${pad(h.winkMs === null ? 'n/a*' : f(h.winkMs, 0), 10)}${pad(h.quotes, 8)}`);
  log('* raw wink-nlp is quadratic on a run without spaces (minutes for 1 MB); saidwho breaks runs longer than 120 characters.');
}
if (JSON_OUT) console.log(JSON.stringify(report, null, 2));
