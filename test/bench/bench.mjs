/**
 * Benchmark (issue 3 and issue 6), not part of the test suite:
 *
 *   npm run bench            # builds dist/, then runs
 *   npm run bench -- --json  # the same figures as JSON
 *
 * Reads ../shared/eval/polnear-dev.jsonl when it exists, else examples/*.txt.
 * On the same texts, interleaved: saidwho, raw wink-nlp readDoc with the pipe
 * saidwho uses (the floor), and compromise's .quotations() (a JavaScript
 * alternative). Then long inputs (1 MB and 10 MB of concatenated articles) and
 * hostile inputs. Times vary between machines: compare the ratios.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GOLD = join(ROOT, '../shared/eval/polnear-dev.jsonl');
const JSON_OUT = process.argv.includes('--json');
const ROUNDS = 3; // the first round warms up and is not counted
const MB = 1 << 20;

// ---------------------------------------------------------------- texts
let source;
let docs; // { text, direct: [{start,end}] | null }
if (existsSync(GOLD)) {
  source = '../shared/eval/polnear-dev.jsonl';
  docs = readFileSync(GOLD, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((d) => ({ text: d.text, direct: d.quotes.filter((q) => q.type === 'direct').map((q) => ({ start: q.quote.start, end: q.quote.end })) }));
} else {
  source = 'examples/*.txt';
  const dir = join(ROOT, 'examples');
  docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), direct: null }));
}

// ---------------------------------------------------------------- tools
const now = () => performance.now();
let t = now();
const { createExtractor } = await import('../../dist/index.js');
const extractor = createExtractor();
extractor.extract('"Warm up," she said.');
const loadMs = now() - t;
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
t = now();
const wink = winkNLP(model, ['sbd', 'negation', 'pos']);
const winkLoadMs = now() - t;
const { default: compromise } = await import('compromise');

let peakRss = 0;
const sampleRss = () => {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
};

const tokens = docs.map((d) => wink.readDoc(d.text).tokens().length());
const totalTokens = tokens.reduce((a, b) => a + b, 0);
const totalChars = docs.reduce((a, d) => a + d.text.length, 0);

// ---------------------------------------------------------------- interleaved runs
const runners = {
  saidwho: (text) => extractor.extract(text),
  wink: (text) => wink.readDoc(text),
  compromise: (text) => compromise(text).quotations().json({ offset: true }),
};
const names = Object.keys(runners);
const times = Object.fromEntries(names.map((n) => [n, docs.map(() => [])]));
const outputs = { saidwho: [], compromise: [] };
for (let round = 0; round < ROUNDS; round++) {
  docs.forEach((d, i) => {
    // rotate the order so that no tool always runs first (warm caches)
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + round + k) % names.length];
      const t0 = now();
      const out = runners[name](d.text);
      const ms = now() - t0;
      if (round > 0) times[name][i].push(ms);
      if (round === ROUNDS - 1 && name in outputs) outputs[name][i] = out;
    }
    sampleRss();
  });
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
};
const perTool = {};
for (const name of names) {
  const perDoc = times[name].map((ms) => median(ms));
  const total = perDoc.reduce((a, b) => a + b, 0);
  perTool[name] = {
    totalMs: total,
    articlesPerSecond: (docs.length / total) * 1000,
    tokensPerSecond: (totalTokens / total) * 1000,
    msPerArticleMedian: median(perDoc),
    msPerArticleP95: quantile(perDoc, 0.95),
  };
}

// ---------------------------------------------------------------- recall of gold direct quotes
function recall(predicted) {
  let gold = 0;
  let found = 0;
  docs.forEach((d, i) => {
    if (!d.direct) return;
    const used = new Set();
    for (const g of d.direct) {
      gold++;
      const length = g.end - g.start;
      let best = -1;
      let bestShared = 0;
      predicted[i].forEach((p, k) => {
        if (used.has(k)) return;
        const shared = p.reduce((s, r) => s + Math.max(0, Math.min(r.end, g.end) - Math.max(r.start, g.start)), 0);
        if (shared * 10 > length * 3 && shared > bestShared) {
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
  return gold === 0 ? null : { gold, found, recall: found / gold };
}
let recalls = null;
if (docs.every((d) => d.direct)) {
  const ours = outputs.saidwho.map((r) => r.quotes.map((q) => q.parts.map((p) => ({ start: p.start, end: p.end }))));
  // compromise's offsets can be shifted; find each quotation's text near the offset it gives
  const theirs = outputs.compromise.map((list, i) =>
    list.map((q) => {
      const text = docs[i].text;
      let at = text.indexOf(q.text, Math.max(0, q.offset.start - 20));
      if (at < 0) at = text.indexOf(q.text);
      if (at < 0) at = q.offset.start;
      return [{ start: at, end: at + q.text.length }];
    }),
  );
  recalls = { saidwho: recall(ours), compromise: recall(theirs) };
}

// ---------------------------------------------------------------- long and hostile inputs
const article = docs.map((d) => d.text).join('\n\n');
const fill = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
function timeOne(text, tool = 'saidwho') {
  const t0 = now();
  const r = runners[tool](text);
  const ms = now() - t0;
  sampleRss();
  return { ms, quotes: tool === 'saidwho' ? r.quotes.length : undefined };
}
const long = [];
for (const size of [1, 10]) {
  const text = fill(article + '\n\n', size * MB);
  const ours = timeOne(text);
  const floor = timeOne(text, 'wink');
  long.push({ name: `${size} MB of concatenated articles`, chars: text.length, ms: ours.ms, msPerMB: ours.ms / size, winkMs: floor.ms, quotes: ours.quotes });
}
const sentence = 'The minister said the talks would resume soon. ';
// raw wink is quadratic on a long run without spaces (minutes for 1 MB), so
// those rows are not timed for it; saidwho breaks runs longer than 120 characters
const hostileInputs = [
  ['1 MB line without spaces', () => 'x'.repeat(MB), false],
  ['100,000 quotation marks', () => '"'.repeat(100_000)],
  ['100,000 curly opening marks', () => '\u201C'.repeat(100_000)],
  ['100,000 repetitions of "said"', () => 'said '.repeat(100_000)],
  ['nested marks, depth 50,000', () => '\u201C\u2018'.repeat(25_000) + 'x' + '\u2019\u201D'.repeat(25_000)],
  ['1 MB paragraph, one unclosed mark', () => '"' + fill(sentence, MB)],
  ['1 MB of "&" (no references)', () => '&'.repeat(MB), false],
  ['1 MB of lone-CR lines with quotes', () => fill('He said "yes."\r', MB)],
  ['1 MB of emoji without spaces', () => '\u{1F600}'.repeat(MB / 2)],
];
const hostile = hostileInputs.map(([name, make, withWink = true]) => {
  const text = make();
  const ours = timeOne(text);
  const floor = withWink ? timeOne(text, 'wink') : null;
  return { name, chars: text.length, ms: ours.ms, winkMs: floor ? floor.ms : null, quotes: ours.quotes };
});
sampleRss();
const peak = Math.max(peakRss, (process.resourceUsage().maxRSS ?? 0) * 1024);

// ---------------------------------------------------------------- report
const report = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  source,
  articles: docs.length,
  characters: totalChars,
  tokens: totalTokens,
  modelLoadMs: loadMs,
  winkLoadMs,
  peakRssMB: peak / MB,
  tools: perTool,
  ratios: { wink: perTool.wink.totalMs / perTool.saidwho.totalMs, compromise: perTool.compromise.totalMs / perTool.saidwho.totalMs },
  recallOfDirectQuotes: recalls,
  long,
  hostile,
};
if (JSON_OUT) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (x, d = 1) => x.toFixed(d);
  const pad = (s, n) => String(s).padStart(n);
  console.log(`saidwho benchmark, ${report.date}, Node ${report.node}`);
  console.log(`${docs.length} articles from ${source}: ${totalChars} characters, ${totalTokens} tokens; ${ROUNDS - 1} timed rounds after a warm-up, tools interleaved`);
  console.log(`model load (first extractor): ${f(loadMs, 0)} ms   peak RSS: ${f(report.peakRssMB, 0)} MB\n`);
  console.log(`${'tool'.padEnd(26)}${pad('articles/s', 11)}${pad('tokens/s', 11)}${pad('ms/article', 12)}${pad('p95 ms', 9)}${pad('time ÷ saidwho', 16)}`);
  for (const name of names) {
    const p = perTool[name];
    const label = { saidwho: 'saidwho', wink: 'wink-nlp readDoc (floor)', compromise: 'compromise .quotations()' }[name];
    console.log(`${label.padEnd(26)}${pad(f(p.articlesPerSecond), 11)}${pad(f(p.tokensPerSecond, 0), 11)}${pad(f(p.msPerArticleMedian, 2), 12)}${pad(f(p.msPerArticleP95, 2), 9)}${pad(f(p.totalMs / perTool.saidwho.totalMs, 2), 16)}`);
  }
  if (recalls) {
    console.log(`\nrecall of gold direct quotations (lenient, >30% of the gold characters shared):`);
    for (const [name, r] of Object.entries(recalls)) console.log(`  ${name.padEnd(12)} ${f(r.recall * 100)}%  (${r.found} of ${r.gold})`);
  }
  console.log(`\n${'long input'.padEnd(36)}${pad('chars', 10)}${pad('saidwho ms', 12)}${pad('ms/MB', 9)}${pad('wink ms', 10)}${pad('quotes', 8)}`);
  for (const l of long) console.log(`${l.name.padEnd(36)}${pad(l.chars, 10)}${pad(f(l.ms, 0), 12)}${pad(f(l.msPerMB, 0), 9)}${pad(f(l.winkMs, 0), 10)}${pad(l.quotes, 8)}`);
  console.log(`\n${'hostile input'.padEnd(36)}${pad('chars', 10)}${pad('saidwho ms', 12)}${pad('wink ms', 10)}${pad('quotes', 8)}`);
  for (const h of hostile) console.log(`${h.name.padEnd(36)}${pad(h.chars, 10)}${pad(f(h.ms, 0), 12)}${pad(h.winkMs === null ? 'n/a*' : f(h.winkMs, 0), 10)}${pad(h.quotes, 8)}`);
  console.log('* raw wink-nlp is quadratic on a run without spaces (minutes for 1 MB); saidwho breaks runs longer than 120 characters.');
}
