/**
 * Classes of predictions the gold does not annotate (issue 11: false
 * positives). Not part of the test suite; reads a snapshot and a gold file,
 * writes nothing.
 *
 *   node test/bench/spurious.mjs SNAPSHOT GOLD.jsonl [--rules REGEX] [--min N]
 *     [--max-paired P] [--top N] [--examples N]
 *
 * SNAPSHOT is a file written by snapshot.mjs over GOLD (its lines are found by
 * id). Predictions are paired with gold items of every category one to one,
 * leniently, as the metric does (pairing.mjs). A prediction left unpaired
 * either overlaps no gold item by more than 30% of it ("no gold") or lost its
 * gold item to another prediction ("taken").
 *
 * Every prediction gets a few features (rule, cue lemma, cue text, kind,
 * speaker shape, cue before or after the content, content length, the word
 * before the cue and after it, the content's first word, whether it opens a
 * paragraph); the report lists each feature and each pair of features with at
 * least `--min` predictions (default 10) of which at most `--max-paired`
 * (default 0.5) are paired, the most unpaired first: fires, paired, paired
 * with exact content, unpaired. Dropping a class of n predictions, a of them
 * paired and x with exact content, raises lenient F1 only when a/n < F1/2 and
 * exact-content F1 only when x/n < (exact-content F1)/2; the header prints
 * both thresholds. A class counts as wrong only when the gold leaves it
 * across many documents, so the rows also give the number of documents.
 *
 * `--rules` keeps only predictions whose rule matches REGEX; `--examples N`
 * prints N unpaired examples under each row; `--top N` limits the rows
 * (default 50).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { takeOption } from './options.mjs';
import { content, length, norm, pair, shared } from './pairing.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const rules = new RegExp(option('--rules', '.'));
const min = Number(option('--min', '10'));
const maxPaired = Number(option('--max-paired', '0.5'));
const top = Number(option('--top', '50'));
const examples = Number(option('--examples', '0'));
const [snapshot, goldFile] = args;
if (!snapshot || !goldFile) {
  console.error('usage: spurious.mjs SNAPSHOT GOLD.jsonl [--rules REGEX] [--min N] [--max-paired P] [--top N] [--examples N]');
  process.exit(2);
}

const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;
const RELATIVE = /^(?:who|whom|which|that|whose)\b/i;
/** What kind of speaker mention a prediction has. */
function speakerShape(q) {
  if (!q.speaker) return 'none';
  const m = q.speaker.mention;
  if (!m) return 'carried';
  if (PRONOUN.test(m.text)) return 'pronoun';
  if (RELATIVE.test(m.text)) return 'relative';
  if (/^(?:the|a|an|this|its|his|her|their)\s/i.test(m.text)) return 'description';
  if (/^\p{Lu}/u.test(m.text)) return 'capitalised';
  return 'lower-case';
}
const word = (s) => (s.match(/^\s*([^\s]+)/) ?? ['', ''])[1].toLowerCase().replace(/[^\p{L}\p{N}'’,.:;"“”]/gu, '');
/** The features of one prediction. */
function features(t, q) {
  const f = [`rule=${q.rule}`, `lemma=${q.cue?.lemma ?? '-'}`, `kind=${q.kind}`, `speaker=${speakerShape(q)}`];
  const n = q.text.trim().split(/\s+/).length;
  f.push(`words=${n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 12 ? '6-12' : '13+'}`);
  f.push(`first=${word(q.text)}`);
  if (q.cue) {
    f.push(`cue=${q.cue.span.text.toLowerCase()}`, `cue-${q.cue.span.start < q.span.start ? 'before' : 'after'}`);
    const before = t.slice(Math.max(0, q.cue.span.start - 30), q.cue.span.start).match(/(\S+)\s*$/);
    f.push(`before-cue=${before ? before[1].toLowerCase() : '-'}`, `after-cue=${word(t.slice(q.cue.span.end, q.cue.span.end + 30)) || '-'}`);
  }
  const lo = Math.min(q.span.start, q.cue?.span.start ?? q.span.start, q.speaker?.mention?.start ?? q.span.start);
  f.push(`paragraph-${/(?:^|\n)\s*$/.test(t.slice(Math.max(0, lo - 5), lo)) ? 'start' : 'inside'}`);
  return f;
}

const name = basename(goldFile);
const predicted = new Map();
for (const line of readFileSync(snapshot, 'utf8').split('\n')) if (line) { const x = JSON.parse(line); predicted.set(x.id, x.result); }
const totals = { gold: 0, predicted: 0, paired: 0, exact: 0, exactGold: 0, noGold: 0, taken: 0 };
const rows = new Map();
let n = 0;
for (const line of readFileSync(goldFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  const id = `${name}:${d.id ?? n}`;
  const result = predicted.get(id);
  n++;
  if (!result) continue;
  const t = d.text;
  const golds = d.quotes.map((q, i) => { const c = content(t, q.quote.fragments?.length ? q.quote.fragments : [q.quote]); return { i, q, c, n: length(c) }; });
  const preds = result.quotes.map((q, i) => { const c = content(t, q.parts.length ? q.parts : [q.span]); return { i, q, c, n: length(c) }; });
  const lenient = pair(golds, preds, false);
  const pairedPreds = new Set([...lenient.values()].map((p) => p.i));
  const goldSpans = new Set(golds.map((g) => norm(t, g.q.quote.start, g.q.quote.end, true).join()));
  const predSpans = new Set(preds.map((p) => norm(t, p.q.span.start, p.q.span.end, true).join()));
  totals.gold += golds.length;
  totals.exactGold += [...goldSpans].filter((s) => predSpans.has(s)).length;
  for (const p of preds) {
    totals.predicted++;
    const paired = pairedPreds.has(p.i);
    const exact = paired && goldSpans.has(norm(t, p.q.span.start, p.q.span.end, true).join());
    if (paired) totals.paired++;
    if (exact) totals.exact++;
    if (!paired) {
      if (golds.some((g) => shared(g.c, p.c) * 10 > g.n * 3)) totals.taken++;
      else totals.noGold++;
    }
    if (!rules.test(p.q.rule)) continue;
    const f = features(t, p.q);
    for (let i = 0; i < f.length; i++) {
      for (let j = i; j < f.length; j++) {
        const key = i === j ? f[i] : `${f[i]} & ${f[j]}`;
        let row = rows.get(key);
        if (!row) rows.set(key, (row = { fires: 0, paired: 0, exact: 0, docs: new Set(), examples: [] }));
        row.fires++;
        if (paired) row.paired++;
        if (exact) row.exact++;
        if (!paired) {
          row.docs.add(id);
          if (row.examples.length < examples) {
            const q = p.q, lo = Math.min(q.span.start, q.cue?.span.start ?? q.span.start), hi = Math.max(q.span.end, q.cue?.span.end ?? q.span.end);
            row.examples.push(`${q.rule} | ${t.slice(Math.max(0, lo - 60), lo)}[[${t.slice(lo, hi)}]]${t.slice(hi, hi + 30)}`.replace(/\s+/g, ' '));
          }
        }
      }
    }
  }
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
const lenientF1 = (2 * totals.paired) / (totals.predicted + totals.gold);
const exactF1 = (2 * totals.exactGold) / (totals.predicted + totals.gold);
console.log(`predictions ${totals.predicted}: paired ${totals.paired} (exact content ${totals.exact}), unpaired ${totals.predicted - totals.paired} (no gold ${totals.noGold}, gold taken by another prediction ${totals.taken}); gold ${totals.gold}`);
console.log(`dropping a class raises lenient F1 (${pct(2 * totals.paired, totals.predicted + totals.gold)}) when under ${pct(lenientF1, 2)}% of it is paired, exact-content F1 (${pct(2 * totals.exactGold, totals.predicted + totals.gold)}) when under ${pct(exactF1, 2)}% of it has exact content`);
console.log(`\nclasses with >= ${min} predictions, <= ${100 * maxPaired}% paired\n fires paired paired%  exact unpaired docs`);
const listed = [...rows].filter(([, r]) => r.fires >= min && r.paired <= maxPaired * r.fires)
  .sort((a, b) => b[1].fires - b[1].paired - (a[1].fires - a[1].paired) || a[0].localeCompare(b[0])).slice(0, top);
for (const [key, r] of listed) {
  console.log(`${String(r.fires).padStart(6)} ${String(r.paired).padStart(6)} ${pct(r.paired, r.fires).padStart(7)} ${String(r.exact).padStart(6)} ${String(r.fires - r.paired).padStart(8)} ${String(r.docs.size).padStart(4)}  ${key}`);
  for (const e of r.examples) console.log(`          ${e}`);
}
if (!listed.length) console.log('  (none)');
