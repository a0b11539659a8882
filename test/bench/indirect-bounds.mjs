/**
 * Boundary differences of reported (non-direct) predictions against the gold
 * item they pair with (issue 11). Not part of the test suite; reads a
 * snapshot and a gold file, writes nothing.
 *
 *   node test/bench/indirect-bounds.mjs SNAPSHOT GOLD.jsonl [--kinds REGEX] [--jsonl] [--top N] [--examples N]
 *
 * For every gold item paired leniently (metric pairing, see pairing.mjs) with
 * a prediction whose kind matches `--kinds` (default `indirect`) and whose
 * normalised content hull differs from the gold one, it records: rule, cue
 * lemma, whether the pair is also strict, and at each end who has extra words
 * ("pred+" when the prediction reaches past gold, "gold+" when gold reaches
 * past the prediction) with the first and last word of the extra stretch.
 * `--jsonl` prints one record per pair; otherwise counts by start difference,
 * end difference, rule, and by the extra stretch's first word at each end.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { takeOption } from './options.mjs';
import { content, length, norm, pair } from './pairing.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const kinds = new RegExp(option('--kinds', '^indirect$'));
const top = Number(option('--top', '30'));
const examples = Number(option('--examples', '0'));
const jsonl = args.includes('--jsonl');
const [snapshot, goldFile] = args.filter((a) => a !== '--jsonl');
if (!snapshot || !goldFile) {
  console.error('usage: indirect-bounds.mjs SNAPSHOT GOLD.jsonl [--kinds REGEX] [--jsonl] [--top N] [--examples N]');
  process.exit(2);
}

const name = basename(goldFile);
const predicted = new Map();
for (const line of readFileSync(snapshot, 'utf8').split('\n')) if (line) { const x = JSON.parse(line); predicted.set(x.id, x.result); }

const words = (s) => s.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
/** Describes the stretch between a and b (a < b) as "first..last (n words)". */
const stretch = (t, a, b) => {
  const w = words(t.slice(a, b));
  return { text: t.slice(a, b).replace(/\s+/g, ' '), first: w[0] ?? '', last: w[w.length - 1] ?? '', n: w.length };
};
const records = [];
let n = 0;
const tally = { pairs: 0, exact: 0, strictNotExact: 0, lenientOnly: 0 };
for (const line of readFileSync(goldFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  const result = predicted.get(`${name}:${d.id ?? n}`);
  n++;
  if (!result) continue;
  const t = d.text;
  const golds = d.quotes.map((q, i) => { const c = content(t, q.quote.fragments?.length ? q.quote.fragments : [q.quote]); return { i, q, c, n: length(c) }; });
  const preds = result.quotes.map((q, i) => { const c = content(t, q.parts.length ? q.parts : [q.span]); return { i, q, c, n: length(c) }; });
  const lenient = pair(golds, preds, false), strict = pair(golds, preds, true);
  for (const g of golds) {
    const p = lenient.get(g.i);
    if (!p || !kinds.test(p.q.kind)) continue;
    tally.pairs++;
    const [gs, ge] = norm(t, g.q.quote.start, g.q.quote.end, true);
    const [ps, pe] = norm(t, p.q.span.start, p.q.span.end, true);
    if (gs === ps && ge === pe) { tally.exact++; continue; }
    const isStrict = strict.get(g.i) === p;
    if (isStrict) tally.strictNotExact++;
    else tally.lenientOnly++;
    const start = ps < gs ? { side: 'pred+', ...stretch(t, ps, gs) } : ps > gs ? { side: 'gold+', ...stretch(t, gs, ps) } : { side: '=' };
    const end = pe > ge ? { side: 'pred+', ...stretch(t, ge, pe) } : pe < ge ? { side: 'gold+', ...stretch(t, pe, ge) } : { side: '=' };
    records.push({
      doc: d.id, strict: isStrict, rule: p.q.rule, cue: p.q.cue?.lemma ?? null, gtype: g.q.type,
      start, end, pred: t.slice(ps, pe).replace(/\s+/g, ' '), gold: t.slice(gs, ge).replace(/\s+/g, ' '),
      context: t.slice(Math.max(0, Math.min(ps, gs) - 60), Math.max(pe, ge) + 40).replace(/\s+/g, ' '),
    });
  }
}

if (jsonl) {
  for (const r of records) console.log(JSON.stringify(r));
} else {
  console.log(`pairs ${tally.pairs}: exact ${tally.exact}, strict not exact ${tally.strictNotExact}, lenient only ${tally.lenientOnly}`);
  const group = (title, key) => {
    const m = new Map();
    for (const r of records) {
      const k = key(r);
      if (k === null) continue;
      let row = m.get(k);
      if (!row) m.set(k, (row = { n: 0, strict: 0, ex: [] }));
      row.n++;
      if (r.strict) row.strict++;
      if (row.ex.length < examples) row.ex.push(r.context);
    }
    console.log(`\n${title}\n     n  strict`);
    for (const [k, v] of [...m].sort((a, b) => b[1].n - a[1].n).slice(0, top)) {
      console.log(String(v.n).padStart(6), String(v.strict).padStart(6), ` ${k}`);
      for (const e of v.ex) console.log(`              ${e}`);
    }
  };
  group('by start / end side', (r) => `${r.start.side} / ${r.end.side}`);
  group('by rule', (r) => r.rule);
  group('start: first word of the extra stretch', (r) => (r.start.side === '=' ? null : `${r.start.side} ${r.start.first.toLowerCase()}`));
  group('end: first word of the extra stretch', (r) => (r.end.side === '=' ? null : `${r.end.side} ${r.end.first.toLowerCase()}`));
  group('end: last word of the extra stretch', (r) => (r.end.side === '=' ? null : `${r.end.side} ...${r.end.last.toLowerCase()}`));
}
