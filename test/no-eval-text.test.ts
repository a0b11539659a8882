/**
 * The repository holds no text from the evaluation data: test sentences,
 * code comments and guides are invented. A line that shares a run of seven
 * words with a PolNeAR article (train or dev) fails. Skips when
 * `../shared/eval` is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const FILES = ['polnear-train.jsonl', 'polnear-dev.jsonl'].map((f) => join(EVAL, f));
/** Words in a row that make a copy rather than a coincidence. */
const RUN = 7;
const WORD = /[A-Za-z0-9']+/g;
/** Where the repository's own prose lives (generated output, the API reference build and the lock file are left out). */
const PLACES = ['src', 'test', 'docs', 'examples', 'README.md', 'CHANGELOG.md'];
const SKIP = new Set(['test/snapshot/output.jsonl', 'docs/api']);

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function files(path: string, out: string[]): string[] {
  const rel = path.slice(ROOT.length).replace(/\\/g, '/');
  if (SKIP.has(rel)) return out;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path)) if (name !== 'output' && name !== 'node_modules') files(join(path, name), out);
  } else if (/\.(ts|mjs|cjs|js|md|txt|json|html)$/.test(path)) out.push(path);
  return out;
}

describe.skipIf(!FILES.every((f) => existsSync(f)))('no text from ../shared/eval in the repository', () => {
  it(`no line shares ${RUN} words in a row with an evaluation article`, () => {
    const runs = new Set<string>();
    for (const file of FILES) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const ws = words((JSON.parse(line) as { text: string }).text);
        for (let i = 0; i + RUN <= ws.length; i++) runs.add(ws.slice(i, i + RUN).join(' '));
      }
    }
    const found: string[] = [];
    for (const place of PLACES) {
      const path = join(ROOT, place);
      if (!existsSync(path)) continue;
      for (const file of files(path, [])) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const ws = words(line);
            for (let k = 0; k + RUN <= ws.length; k++) {
              if (runs.has(ws.slice(k, k + RUN).join(' '))) {
                found.push(`${file.slice(ROOT.length)}:${i + 1}: ${line.trim().slice(0, 100)}`);
                break;
              }
            }
          });
      }
    }
    expect(found).toEqual([]);
  });
});
