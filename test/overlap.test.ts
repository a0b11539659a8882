/**
 * One quotation per stretch of text (issue 14, item 2): no two quotes share a
 * span, direct quotes never overlap each other, and a direct quote's parts
 * never hold its own quotation marks. `extract` checks these on every call
 * (test/support/invariants.ts); here the reproducers, a property test and a
 * run over the PolNeAR dev and train articles when ../shared/eval is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, type Extraction } from '../src/index.js';
import { checkInvariants, extract } from './support/invariants.js';

/** Quotes reduced to the fields compared exactly. */
function shape(r: Extraction): unknown[] {
  return r.quotes.map((q) => ({
    kind: q.kind,
    span: q.span.text,
    parts: q.parts.map((p) => p.text),
    cue: q.cue?.span.text ?? null,
    mention: q.speaker?.mention?.text ?? null,
    name: q.speaker?.name ?? null,
    rule: q.rule,
  }));
}

describe('reproducers', () => {
  it('a quote with a colon lead-in and a trailing attribution is one quote, its marks outside its part', () => {
    expect(shape(extract('He said: \u201CWe will win.\u201D Jones said.'))).toEqual([
      { kind: 'direct', span: '\u201CWe will win.\u201D', parts: ['We will win.'], cue: 'said', mention: 'Jones', name: 'Jones', rule: 'direct/trailing-speaker-cue' },
    ]);
  });

  it('an interrupted quote after a colon lead-in is not a mixed quote holding "he said" as well', () => {
    expect(shape(extract('Smith warned: "We will win," he said, "and soon."'))).toEqual([
      { kind: 'direct', span: '"We will win," he said, "and soon."', parts: ['We will win,', 'and soon.'], cue: 'said', mention: 'he', name: 'Smith', rule: 'direct/trailing-speaker-cue' },
    ]);
  });

  it('a cue inside the quoted words does not cut the quote; the quoted "that" clause is a mixed quote', () => {
    expect(shape(extract('Dunlow told volunteers that "we finish one road and we announce the next," and he vowed to stay.'))).toEqual([
      {
        kind: 'mixed',
        span: 'that "we finish one road and we announce the next,"',
        parts: ['that "we finish one road and we announce the next,"'],
        cue: 'told',
        mention: 'Dunlow',
        name: 'Dunlow',
        rule: 'reported/cue-that',
      },
      {
        kind: 'indirect',
        span: 'to stay',
        parts: ['to stay'],
        cue: 'vowed',
        mention: 'he',
        name: 'Dunlow',
        rule: 'reported/cue-infinitive',
      },
    ]);
  });

  it('the same with single marks', () => {
    expect(shape(extract("Ann Lee said: 'We will win.' Tom Ruiz said.")).length).toBe(1);
  });
});

const PAIRS: [string, string][] = [['"', '"'], ['\u201C', '\u201D'], ["'", "'"], ['\u2018', '\u2019'], ['\u00AB', '\u00BB'], ['&quot;', '&quot;'], ['&ldquo;', '&rdquo;']];
const LEADS = ['He said:', 'Smith warned:', 'Ann Lee told supporters that', 'The senator said', 'Officials said on Monday:', '', 'It was late.'];
const WORDS = ['We will win.', 'we finish one road and we announce the next,', 'The talks will resume,', 'and soon.', 'It is over', 'They said no.'];
const TRAILS = ['Jones said.', 'he said.', 'said Tom Ruiz.', 'and he vowed to win.', '', 'she added.', 'It rained.'];

/** A quote between a lead-in and a trailing attribution, sometimes interrupted, sometimes followed by a second quote. */
const quoteText = fc
  .tuple(fc.constantFrom(...PAIRS), fc.constantFrom(...LEADS), fc.constantFrom(...WORDS), fc.constantFrom(...TRAILS), fc.option(fc.tuple(fc.constantFrom('he said,', 'Jones said:', 'she added,'), fc.constantFrom(...WORDS))), fc.boolean())
  .map(([[open, close], lead, words, trail, more, again]) => {
    const second = more ? ` ${more[0]} ${open}${more[1]}${close}` : '';
    const text = `${lead} ${open}${words}${close}${second} ${trail}`.trim();
    return again ? `${text} ${text}` : text;
  });

describe('properties', () => {
  it('quotes around colon lead-ins, interruptions and trailing cues never share a span or overlap', () => {
    fc.assert(
      fc.property(quoteText, (input) => {
        extract(input);
      }),
      { numRuns: 2000 },
    );
  });
});

const EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const FILES = ['polnear-dev.jsonl', 'polnear-train.jsonl'].map((f) => EVAL + f);

describe.skipIf(!FILES.every((f) => existsSync(f)))('every PolNeAR dev and train article (../shared/eval)', () => {
  it('keeps every invariant', { timeout: 300_000 }, () => {
    const extractor = createExtractor();
    let articles = 0;
    for (const file of FILES) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { text } = JSON.parse(line) as { text: string };
        checkInvariants(text, extractor.extract(text));
        articles++;
      }
    }
    expect(articles).toBeGreaterThan(900);
  });
});
