/**
 * Precision of one cue category by class of prediction (issue 15). Not part
 * of the test suite; reads a snapshot and a gold file, writes nothing.
 *
 *   node test/bench/categories.mjs SNAPSHOT GOLD.jsonl [--category thought] [--by rule,lemma,...] [--min N] [--dist DIR]
 *
 * SNAPSHOT is a file written by snapshot.mjs over GOLD with the category on
 * (`--categories speech,writing,source,thought,evidence,stance`; its lines
 * are found by id). A prediction is right when the metric pairs it with a
 * gold item leniently: the script scores with `scoreDocuments` of the build
 * in `--dist` (default: this repository's dist/) and counts as wrong the
 * spurious predictions of its error listing, so the pairing is the metric's
 * own. For every key of `--by` (default: all of them) it prints, for each
 * value with at least `--min` predictions (default 5), "predicted : right"
 * and the precision, most frequent first:
 *
 * - `rule`: the rule that built the quote (`reported/impersonal` ...);
 * - `lemma`: the cue's lemma; `form`: the cue's words, lower-cased;
 * - `speaker`: none, carried (from context, no mention), pronoun, relative
 *   (who, which, that), name (a capitalised mention) or description;
 * - `confidence`: the confidence, in bands of 0.1;
 * - `modal`: whether the cue opens with a modal (may, would, will ...);
 * - `negated`: the cue's negation flag;
 * - `quoted`: whether the cue stands inside quotation marks opened earlier
 *   in its paragraph (a thought reported inside someone's quote);
 * - `nested`: whether the content lies inside another prediction's content.
 *
 * A cut is worth making only on a class the gold agrees with clearly less
 * than the category as a whole (about 30% or less); see docs/evaluation.md.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { takeOption } from './options.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const category = option('--category', 'thought');
const min = Number(option('--min', '5'));
const dist = resolve(option('--dist', fileURLToPath(new URL('../../dist', import.meta.url))));
const KEYS = ['rule', 'lemma', 'form', 'speaker', 'confidence', 'modal', 'negated', 'quoted', 'nested'];
const by = option('--by', KEYS.join(',')).split(',');
const [snapshot, goldFile] = args;
if (!snapshot || !goldFile || by.some((k) => !KEYS.includes(k))) {
  console.error(`usage: categories.mjs SNAPSHOT GOLD.jsonl [--category C] [--by ${KEYS.join(',')}] [--min N] [--dist DIR]`);
  process.exit(2);
}
const { parseGoldJsonl, scoreDocuments } = await import(pathToFileURL(`${dist}/index.js`).href);

const name = basename(goldFile);
const predicted = new Map();
for (const line of readFileSync(snapshot, 'utf8').split('\n')) if (line) { const x = JSON.parse(line); predicted.set(x.id, x.result); }
const gold = parseGoldJsonl(readFileSync(goldFile, 'utf8'));
const docs = [];
for (const [n, g] of gold.entries()) {
  const result = predicted.get(`${name}:${g.id ?? n}`);
  if (result === undefined) {
    console.error(`no snapshot line for ${name}:${g.id ?? n}`);
    process.exit(2);
  }
  docs.push({ gold: g, predicted: result });
}
const total = docs.reduce((n, d) => n + d.predicted.quotes.length, 0);
const report = scoreDocuments(docs, { errors: total + 1 });
// spurious predictions by document and span (a count: two predictions may share a span)
const spurious = new Map();
for (const e of report.errors.spurious) {
  const key = `${e.document}\u0000${e.quote.span.start}:${e.quote.span.end}`;
  spurious.set(key, (spurious.get(key) ?? 0) + 1);
}

const MODALS = /^(may|might|could|would|should|can|must|will|shall|won't|can't|couldn't|wouldn't|shouldn't|'d|’d)\b/i;
/** Whether a quotation mark opened before `at` in its paragraph is still open there. */
function insideQuote(text, at) {
  let open = false;
  for (let k = text.lastIndexOf('\n', at - 1) + 1; k < at; k++) {
    const c = text[k];
    if (c === '\u201c') open = true;
    else if (c === '\u201d') open = false;
    else if (c === '"') open = !open;
    else if (c === "'" && text[k + 1] === "'") {
      open = !open;
      k++;
    }
  }
  return open;
}
function speakerKind(q) {
  if (q.speaker === null) return 'none';
  const m = q.speaker.mention?.text;
  if (m === undefined) return 'carried';
  if (/^(he|she|they|it|i|we|you|him|her|them|us|me)$/i.test(m)) return 'pronoun';
  if (/^(who|which|that|whom)$/i.test(m)) return 'relative';
  return /^\p{Lu}/u.test(m) ? 'name' : 'description';
}
const classes = Object.fromEntries(by.map((k) => [k, new Map()]));
let all = 0;
let right = 0;
for (const { gold: g, predicted: p } of docs) {
  for (const q of p.quotes) {
    if (q.cue?.category !== category) continue;
    const key = `${g.id}\u0000${q.span.start}:${q.span.end}`;
    const wrong = (spurious.get(key) ?? 0) > 0;
    if (wrong) spurious.set(key, spurious.get(key) - 1);
    all++;
    if (!wrong) right++;
    const values = {
      rule: q.rule,
      lemma: q.cue.lemma,
      form: q.cue.span.text.toLowerCase(),
      speaker: speakerKind(q),
      confidence: (Math.floor(q.confidence * 10) / 10).toFixed(1),
      modal: String(MODALS.test(q.cue.span.text)),
      negated: String(q.cue.negated),
      quoted: String(insideQuote(g.text, q.cue.span.start)),
      nested: String(p.quotes.some((o) => o !== q && o.span.start <= q.span.start && o.span.end >= q.span.end && o.span.end - o.span.start > q.span.end - q.span.start)),
    };
    for (const k of by) {
      const t = classes[k].get(values[k]) ?? { n: 0, right: 0 };
      t.n++;
      if (!wrong) t.right++;
      classes[k].set(values[k], t);
    }
  }
}
const pct = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`${name}, category ${category}: ${all} predicted, ${right} right (${pct(right, all)})`);
for (const k of by) {
  console.log(`\nby ${k} (predicted : right, precision; at least ${min})`);
  for (const [v, t] of [...classes[k]].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))) {
    if (t.n >= min) console.log(`  ${v.padEnd(36)} ${String(t.n).padStart(5)} : ${String(t.right).padEnd(5)} ${pct(t.right, t.n)}`);
  }
}
