/**
 * Flattened text (issue 14, item 10): when paragraphs are joined with spaces,
 * one stray quotation mark must not open a quote that swallows the rest of the
 * text. An unclosed mark inside narration (other attributions, other quotes)
 * opens nothing; a mark right after markup (`<p>`, a markdown `>`) opens a
 * quote that does not take the markup in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractor, type Extraction } from '../src/index.js';
import { checkInvariants, extract } from './support/invariants.js';

function shape(r: Extraction): unknown[] {
  return r.quotes.map((q) => ({ kind: q.kind, span: q.span.text, parts: q.parts.map((p) => p.text), cue: q.cue?.span.text ?? null, mention: q.speaker?.mention?.text ?? null }));
}

const NARRATION_AFTER_STRAY = [
  { kind: 'indirect', span: 'the "plan was late', parts: ['the "plan was late'], cue: 'said', mention: 'Ann Lee' },
  { kind: 'indirect', span: 'the talks would resume', parts: ['the talks would resume'], cue: 'said', mention: 'Tom Ruiz' },
  { kind: 'indirect', span: 'the deal was off', parts: ['the deal was off'], cue: 'said', mention: 'Officials' },
];

describe('a stray mark in narration', () => {
  it('opens nothing when other quotes follow it', () => {
    expect(shape(extract('Ann Lee said the "plan was late. Tom Ruiz said the talks would resume. Officials said the deal was off. "It is over," Jones said. The vote was close, Smith said.'))).toEqual([
      ...NARRATION_AFTER_STRAY,
      { kind: 'direct', span: '"It is over,"', parts: ['It is over,'], cue: 'said', mention: 'Jones' },
      { kind: 'indirect', span: 'The vote was close', parts: ['The vote was close'], cue: 'said', mention: 'Smith' },
    ]);
  });

  it('opens nothing when the sentences after it attribute words to others', () => {
    expect(shape(extract('Ann Lee said the "plan was late. Tom Ruiz said the talks would resume. Officials said the deal was off. The vote was close, Smith said.'))).toEqual([
      ...NARRATION_AFTER_STRAY,
      { kind: 'indirect', span: 'The vote was close', parts: ['The vote was close'], cue: 'said', mention: 'Smith' },
    ]);
  });

  it('a quoted paragraph that goes on in the next one still does, whatever it holds', () => {
    const input = '"We went to the port at dawn. Tom Ruiz said the boats were gone. We waited all day.\n\n"Then the rain came," Ann Lee said.';
    expect(shape(extract(input))).toEqual([
      {
        kind: 'direct',
        span: input.slice(0, input.indexOf(' Ann Lee')),
        parts: ['We went to the port at dawn. Tom Ruiz said the boats were gone. We waited all day.', 'Then the rain came,'],
        cue: 'said',
        mention: 'Ann Lee',
      },
    ]);
  });

  it('an unclosed mark in one sentence of quoted speech still quotes to the paragraph end', () => {
    expect(shape(extract('Ann Lee said: "We went to the port at dawn and waited all day'))).toEqual([
      { kind: 'direct', span: '"We went to the port at dawn and waited all day', parts: ['We went to the port at dawn and waited all day'], cue: 'said', mention: 'Ann Lee' },
    ]);
  });
});

describe('marks right after markup', () => {
  const EXPECTED = [
    { kind: 'direct', span: '"We will win,"', parts: ['We will win,'], cue: 'said', mention: 'Smith' },
    { kind: 'indirect', span: 'the talks would resume', parts: ['the talks would resume'], cue: 'said', mention: 'Jones' },
  ];

  it('an HTML tag is not part of the quote', () => {
    expect(shape(extract('<p>"We will win," Smith said.</p><p>Jones said the talks would resume.</p>'))).toEqual(EXPECTED);
  });

  it('a markdown quote marker is not part of the quote', () => {
    expect(shape(extract('> "We will win," Smith said.\n> Jones said the talks would resume.'))).toEqual(EXPECTED);
  });

  it('reported speech after a tag starts after it', () => {
    expect(shape(extract('<p>The talks will resume, Smith said.</p>'))).toEqual([
      { kind: 'indirect', span: 'The talks will resume', parts: ['The talks will resume'], cue: 'said', mention: 'Smith' },
    ]);
  });
});

/** An invented article of a few paragraphs; `stray` puts an unclosed mark in its second paragraph. */
function article(n: number, stray: boolean): string {
  const name = ['Ann Lee', 'Tom Ruiz', 'Maya Okafor', 'Piet Vos', 'Lena Brandt'][n % 5]!;
  const other = ['Omar Vance', 'Rita Cole', 'Ivo Marsh'][n % 3]!;
  return [
    `Talks over the harbor plan number ${n} resumed on Monday.`,
    `"We will not give up," ${name} said. "The port needs this."`,
    `${other} said the ${stray ? '"' : ''}budget was too small. Officials said the vote would be close.`,
    `According to ${other}, the council will meet again in May.`,
    `"It is a fair deal," said ${other}.`,
  ].join('\n\n');
}

describe('articles flattened into one paragraph', () => {
  it('give as many quotes as with their paragraph breaks, stray marks or not', () => {
    const articles = Array.from({ length: 40 }, (_, n) => article(n, n % 7 === 3));
    const extractor = createExtractor();
    const separate = articles.reduce((sum, a) => sum + extractor.extract(a).quotes.length, 0);
    const flat = articles.map((a) => a.replace(/\n\n/g, ' ')).join(' ');
    const r = extractor.extract(flat);
    checkInvariants(flat, r);
    // five quotes an article, one fewer where the stray mark takes in the sentence after it
    expect(separate).toBe(40 * 5 - 6);
    // flattened, the stray mark runs into the next quote's marks and opens nothing at all
    expect(r.quotes.length).toBe(40 * 5);
    expect(Math.max(...r.quotes.map((q) => q.span.end - q.span.start))).toBeLessThan(100);
  });
});

const EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const FILES = ['polnear-dev.jsonl', 'polnear-train.jsonl'].map((f) => EVAL + f);

describe.skipIf(!FILES.every((f) => existsSync(f)))('PolNeAR dev and train flattened (../shared/eval)', () => {
  it('all articles of a file joined into one paragraph keep nearly every quote', { timeout: 300_000 }, () => {
    const extractor = createExtractor();
    for (const file of FILES) {
      const texts = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ((JSON.parse(line) as { text: string }).text).replace(/[\r\n\u2029]/g, ' '));
      const separate = texts.reduce((sum, t) => sum + extractor.extract(t).quotes.length, 0);
      const joined = extractor.extract(texts.join(' ')).quotes.length;
      expect(joined / separate).toBeGreaterThan(0.97);
    }
  });
});
