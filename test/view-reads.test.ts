/**
 * The view is the caller's input plus patches, odd spaces kept (no-break,
 * zero-width, U+2028 ...: see buildView in src/prepare/view.ts), so the stages
 * read it through viewSlice, viewChar and viewCode, which show an odd space as
 * a plain space. A raw read (`view.slice(`, `view[i]`, `view.charCodeAt(`)
 * sees the odd space and can make a text with a no-break space parse unlike
 * the same text with a plain one. This test lists every raw read in src/ and
 * fails on one outside the few places that only compare against characters
 * that are never odd spaces (quotation marks, brackets, line breaks) or that
 * test for odd spaces themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** Raw reads of a string named `view` (or `doc.view`). */
const RAW_READ = /\bview(?:\.slice\(|\[|\.charCodeAt\()/g;

/**
 * Files allowed to read the view raw, with the number of raw reads each holds
 * and why they are safe.
 */
const ALLOWED: Readonly<Record<string, { reads: number; why: string }>> = {
  // the readers themselves, and buildView
  'prepare/view.ts': { reads: -1, why: 'defines the readers' },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('reads of the view', () => {
  test('go through viewSlice, viewChar and viewCode outside the reviewed places', () => {
    const found: Record<string, number> = {};
    for (const file of sourceFiles(SRC)) {
      const code = readFileSync(file, 'utf8');
      const reads = code.match(RAW_READ)?.length ?? 0;
      if (reads > 0) found[relative(SRC, file).split('\\').join('/')] = reads;
    }
    const unexpected = Object.entries(found).filter(([file, reads]) => {
      const allowed = ALLOWED[file];
      return allowed === undefined || (allowed.reads >= 0 && reads > allowed.reads);
    });
    expect(unexpected).toEqual([]);
  });

  test('a text with odd spaces gives the offsets, kinds, rules and names of the same text with plain ones', () => {
    const extractor = createExtractor();
    const plain =
      'Ann Lee, the mayor of Dover, said on Monday that the ferry would run again. ' +
      '"We will not give up on the harbor," she told reporters. The council chair, Tom Reyes, ' +
      'called the plan "a fair deal for everyone" and said the vote would come in May.';
    const odd = ['\u00a0', '\u2009', '\u202f', '\u3000', '\u2002'];
    // every plain space in turn made one of the odd ones
    let k = 0;
    const mixed = plain.replace(/ /g, () => odd[k++ % odd.length]!);
    const shape = (text: string) =>
      extractor.extract(text).quotes.map((q) => ({
        kind: q.kind,
        rule: q.rule,
        start: q.span.start,
        end: q.span.end,
        cue: q.cue && [q.cue.span.start, q.cue.span.end, q.cue.lemma],
        speaker: q.speaker && q.speaker.name,
      }));
    const expected = shape(plain);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(shape(mixed)).toEqual(expected);
  });
});
