/**
 * Where predicted content boundaries and the gold ones part (issue 11). Not
 * part of the test suite; reads a snapshot and a gold file, writes nothing.
 *
 *   node test/bench/boundaries.mjs SNAPSHOT GOLD.jsonl [--rules REGEX] [--examples N]
 *
 * SNAPSHOT is a file written by snapshot.mjs over GOLD (among other inputs:
 * its lines are found by id). Content is normalised and paired as the metric
 * does (pairing.mjs repeats src/eval/normalise.ts and match.ts so that the
 * script needs no build of the evaluation code): lenient pairs first, then strict.
 * The report has four parts:
 *
 * 1. counts of gold items matched leniently, strictly, by exact content, and
 *    leniently only;
 * 2. the lenient-only pairs by shape (one prediction over two gold items,
 *    two predictions over one, too long or too short at the end, starting
 *    early or late) and rule;
 * 3. how often the paired gold item takes or leaves what follows a
 *    boundary word inside a predicted (non-direct) content (", and", ",
 *    which", a spaced dash ...): a cut there only helps when gold leaves it
 *    clearly more often than it takes it;
 * 4. the same for the words right after a predicted content's end: gold
 *    going on past it means the cut was too early.
 *
 * `--rules` limits parts 3 and 4 to predictions whose rule matches REGEX;
 * `--examples N` prints N examples of each row of parts 3 and 4.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { takeOption } from './options.mjs';
import { content, length, norm, pair, shared } from './pairing.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const rules = new RegExp(option('--rules', '.'));
const examples = Number(option('--examples', '0'));
const [snapshot, goldFile] = args;
if (!snapshot || !goldFile) {
  console.error('usage: boundaries.mjs SNAPSHOT GOLD.jsonl [--rules REGEX] [--examples N]');
  process.exit(2);
}

const name = basename(goldFile);
const predicted = new Map();
for (const line of readFileSync(snapshot, 'utf8').split('\n')) if (line) { const x = JSON.parse(line); predicted.set(x.id, x.result); }
const counts = { gold: 0, lenient: 0, strict: 0, exact: 0, lenientOnly: 0 };
const shapes = new Map();
const inside = new Map();
const after = new Map();
const bump = (map, key, side, example) => {
  let row = map.get(key);
  if (!row) map.set(key, (row = { take: 0, leave: 0, examples: [] }));
  row[side]++;
  if (row.examples.length < examples) row.examples.push(`${side}: ${example.replace(/\s+/g, ' ')}`);
};
/** Boundary words inside a content; the match starts at the boundary. */
const BOUNDARIES = {
  ', and': /, and /g, ', but': /, but /g, ', which': /, which /g, ', who': /, who /g, ', while': /, while /g,
  ', as': /, as /g, ', when': /, when /g, ', even': /, even /g, ', -ing': /, [a-z]+ing /g, ', a/the': /, (?:a|an|the) /g,
  ' because': / because /g, ' after': / after /g, ' when': / when /g, ' while': / while /g, ' if': / if /g, ' but': /(?<!,) but /g,
  '; ': /; /g, ': ': /: /g, 'spaced dash': / (?:--|—|–|-) /g,
  ' time': / (?:on|in|during|last|this) (?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|week|month|year)\b/g,
};

let n = 0;
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
  const exact = new Set(result.quotes.map((q) => norm(t, q.span.start, q.span.end, true).join()));
  for (const g of golds) {
    counts.gold++;
    if (exact.has(norm(t, g.q.quote.start, g.q.quote.end, true).join())) counts.exact++;
    const p = lenient.get(g.i);
    if (!p || !g.c.length || !p.c.length) continue;
    counts.lenient++;
    if (strict.has(g.i)) counts.strict++;
    const gs = g.c[0][0], ge = g.c[g.c.length - 1][1], ps = p.c[0][0], pe = p.c[p.c.length - 1][1];
    if (!strict.has(g.i)) {
      counts.lenientOnly++;
      let shape;
      if (golds.some((o) => o !== g && shared(o.c, p.c) * 10 > o.n * 3)) shape = 'one prediction over two gold items';
      else if (preds.some((o) => o !== p && shared(g.c, o.c) * 5 > g.n)) shape = 'two predictions over one gold item';
      else shape = [pe > ge ? 'too long at the end' : pe < ge ? 'too short at the end' : '', ps < gs ? 'starts early' : ps > gs ? 'starts late' : ''].filter(Boolean).join(', ') || 'inside';
      const key = `${shape} | ${p.q.rule}`;
      shapes.set(key, (shapes.get(key) ?? 0) + 1);
      shapes.set(`${shape} | (all)`, (shapes.get(`${shape} | (all)`) ?? 0) + 1);
    }
    if (p.q.kind === 'direct' || !rules.test(p.q.rule)) continue;
    const body = t.slice(ps, pe);
    for (const [label, re] of Object.entries(BOUNDARIES)) {
      for (const m of body.matchAll(re)) {
        const at = ps + m.index;
        // (only a boundary after the gold content's start, past the content's first words)
        if (at - ps < 8 || gs > at - 3) continue;
        const side = ge <= at + 1 && ge >= at - 2 ? 'leave' : ge > at + m[0].length + 2 ? 'take' : null;
        if (side) bump(inside, label, side, `${p.q.rule}: ${t.slice(Math.max(ps, at - 50), at)} || ${t.slice(at, at + 50)}`);
      }
    }
    const next = t.slice(pe, pe + 40).match(/^([”"'’]*)\s*([,;:—–-]*)\s*([^\s.?!]+)/);
    if (next) {
      const stop = pe + next[0].length - next[3].length;
      const side = ge >= pe - 2 && ge <= stop ? 'leave' : ge > stop + 1 ? 'take' : null;
      const key = `${next[2] || '(no punctuation)'} ${next[3].toLowerCase()}`;
      if (side) bump(after, key, side, `${p.q.rule}: ${t.slice(Math.max(ps, pe - 50), pe)} || ${t.slice(pe, pe + 50)}`);
    }
  }
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(`gold ${counts.gold}: lenient ${counts.lenient}, strict ${counts.strict}, exact content ${counts.exact}, lenient only ${counts.lenientOnly}`);
console.log('\nlenient-only pairs by shape and rule');
for (const [k, v] of [...shapes].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(v).padStart(6), k);
const table = (title, map, min) => {
  console.log(`\n${title}\n  take  leave  leave%`);
  for (const [k, v] of [...map].filter(([, v]) => v.take + v.leave >= min).sort((a, b) => b[1].take + b[1].leave - a[1].take - a[1].leave)) {
    console.log(String(v.take).padStart(6), String(v.leave).padStart(6), pct(v.leave, v.take + v.leave).padStart(7), ` ${k}`);
    for (const e of v.examples) console.log(`          ${e}`);
  }
};
table('boundaries inside predicted content: does the paired gold item take what follows?', inside, 5);
table('right after the predicted content: does the paired gold item go on?', after, 5);
