/**
 * Whole-article golden files: every quote of an article of our own writing,
 * with its kind, content, cue, speaker mention and speaker name. When
 * behaviour changes on purpose, refresh with `UPDATE_GOLDEN=1 npm test` and
 * review the change to test/golden/*.json as a diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

const DIR = fileURLToPath(new URL('./golden', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function summarise(text: string): unknown {
  const r = extract(text);
  return {
    quotes: r.quotes.map((q) => ({
      kind: q.kind,
      text: q.text,
      cue: q.cue ? `${q.cue.span.text} (${q.cue.lemma}, ${q.cue.category}${q.cue.negated ? ', negated' : ''})` : null,
      speaker: q.speaker ? `${q.speaker.name} <- ${q.speaker.mention?.text ?? '(context)'} [${q.speaker.via}]` : null,
      rule: q.rule,
    })),
    speakers: r.speakers.map((s) => ({ name: s.name, kind: s.kind, titles: s.titles, descriptions: s.descriptions, mentions: s.mentions.map((m) => m.text), quotes: s.quotes })),
  };
}

describe('golden articles', () => {
  const articles = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
  test.each(articles)('%s', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const actual = summarise(text);
    const goldenPath = join(DIR, file.replace(/\.txt$/, '.json'));
    if (UPDATE || !existsSync(goldenPath)) {
      writeFileSync(goldenPath, JSON.stringify(actual, null, 2) + '\n');
      if (!UPDATE) throw new Error(`wrote a new golden file ${goldenPath}: review it, then run again`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });
});
