/**
 * Output snapshot (issue 12): the full JSON output over examples/, the golden
 * articles and generated texts is compared byte for byte with the committed
 * test/snapshot/output.jsonl, so that a speed change cannot change a result
 * unnoticed. When behaviour changes on purpose, refresh with
 * `UPDATE_GOLDEN=1 npm test` and review the diff of the snapshot.
 *
 * Over ../shared/eval (when present; never copied into the repository) the
 * output is checked for determinism instead: one extractor reading every
 * document in order, one reading them in reverse, fresh extractors,
 * `extractQuotes`, and extractors with options all give the same JSON.
 * test/bench/snapshot.mjs takes a byte-exact snapshot of a build over the
 * evaluation data outside the repository, to compare before and after.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createExtractor, extractQuotes } from '../src/index.js';
import { generatedTexts } from './support/generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SNAPSHOT = join(ROOT, 'test/snapshot/output.jsonl');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EVAL = join(ROOT, '../shared/eval');
const EVAL_FILES = ['polnear-train.jsonl', 'polnear-dev.jsonl'].map((f) => join(EVAL, f));

/** Short invented texts that touch wink's learned words: the same new word read in different contexts. */
const LEARNED_WORDS = [
  'Halloway\'s plan failed. "It failed," said Halloway.',
  'Quillfeather\'s aide said the plan was dead.\n\nQuillfeather\'s critics said "good riddance."',
  '"Vantongeren\'s bill is a joke," Ostrander said.\n\n"I disagree," Vantongeren\'s deputy replied.',
  'The Zorbex-9 rollout slipped. Zorbex-9\'s makers said they were "confident."',
];

function inputs(): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const dir of ['examples', 'test/golden']) {
    for (const f of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort()) {
      out.push({ id: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') });
    }
  }
  LEARNED_WORDS.forEach((text, i) => out.push({ id: `learned-words-${i}`, text }));
  generatedTexts(12, 60).forEach((text, i) => out.push({ id: `generated-${i}`, text }));
  // the same articles again as one long text, paragraphs and all
  out.push({ id: 'generated-joined', text: generatedTexts(12, 60).join('\n\n') });
  return out;
}

describe('output snapshot', () => {
  test('the full JSON output equals the committed snapshot, byte for byte', () => {
    const extractor = createExtractor();
    const actual = inputs().map(({ id, text }) => JSON.stringify({ id, result: extractor.extract(text) })).join('\n') + '\n';
    if (UPDATE || !existsSync(SNAPSHOT)) {
      writeFileSync(SNAPSHOT, actual);
      if (!UPDATE) throw new Error(`wrote a new snapshot ${SNAPSHOT}: review it, then run again`);
    }
    const expected = readFileSync(SNAPSHOT, 'utf8');
    const a = actual.split('\n');
    const e = expected.split('\n');
    const differing = a.map((line, i) => (line === e[i] ? null : JSON.parse(line || '{}').id ?? `line ${i + 1}`)).filter((x) => x !== null);
    expect(differing, 'texts whose output changed (refresh with UPDATE_GOLDEN=1 if on purpose)').toEqual([]);
    expect(a.length).toBe(e.length);
  });

  test('fresh, reused, shared and reordered extractors agree on every text', () => {
    const texts = inputs().map((d) => d.text);
    const reused = createExtractor();
    const forward = texts.map((t) => JSON.stringify(reused.extract(t)));
    const backward = createExtractor();
    const reverse = [...texts].reverse().map((t) => JSON.stringify(backward.extract(t))).reverse();
    expect(reverse).toEqual(forward);
    texts.forEach((t, i) => {
      if (i % 7 === 0) expect(JSON.stringify(createExtractor().extract(t))).toBe(forward[i]);
      expect(JSON.stringify(extractQuotes(t))).toBe(forward[i]);
    });
  });
});

describe.skipIf(!EVAL_FILES.every((f) => existsSync(f)))('output over ../shared/eval', () => {
  const docs = (): string[] =>
    EVAL_FILES.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );

  test('one extractor in order, one in reverse, fresh ones and extractQuotes give the same JSON', { timeout: 300_000 }, () => {
    const texts = docs();
    const first = createExtractor();
    const forward = texts.map((t) => JSON.stringify(first.extract(t)));
    const second = createExtractor();
    const reverse = [...texts].reverse().map((t) => JSON.stringify(second.extract(t))).reverse();
    const differ = forward.map((f, i) => (f === reverse[i] ? -1 : i)).filter((i) => i >= 0);
    expect(differ, 'documents whose output depends on what the extractor read before').toEqual([]);
    for (let i = 0; i < texts.length; i += 23) {
      expect(JSON.stringify(createExtractor().extract(texts[i]!)), `document ${i}, fresh extractor`).toBe(forward[i]);
      expect(JSON.stringify(extractQuotes(texts[i]!)), `document ${i}, extractQuotes`).toBe(forward[i]);
      expect(JSON.stringify(extractQuotes(texts[i]!, { minConfidence: 0 })), `document ${i}, extractQuotes with options`).toBe(forward[i]);
    }
  });
});
