/**
 * Review 15b: the long-text token list (speed round 8) reads like an array
 * everywhere the stages read `doc.tokens`, and known speaker bugs found in
 * review. Invented sentences and names only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// the second read of readBothWays goes the long-text way, tokens in a TokenTable (test/support/compact-prepare.ts)
vi.mock('../src/prepare/document.js', async (importOriginal) => (await import('./support/compact-prepare.js')).compactPrepare(importOriginal));
import { readBothWays } from './support/compact-prepare.js';

import { createExtractor } from '../src/index.js';
import type { Extraction } from '../src/index.js';

const EVERY_CATEGORY = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;

/** The extraction of `text` read with plain token objects and the long-text way. */
function bothWays(text: string, categories?: readonly (typeof EVERY_CATEGORY)[number][]): [Extraction, Extraction, boolean] {
  const extractor = createExtractor(categories ? { categories: [...categories] } : {});
  // (the third item: the pipeline read this text from a token table)
  return readBothWays(() => extractor.extract(text));
}

const TEXTS = [
  readFileSync(new URL('./golden/harbor-bridge.txt', import.meta.url), 'utf8'),
  [
    'Gov. Ann Vesk said on Monday that the ferry would run again by June. "We owe the islands that much," she told reporters.',
    '',
    'Critics were unconvinced. "It\'s a promise we have heard before," said Tom Orrin, who chairs the Islanders\' League.',
    'According to a memo seen by the Tidewater Ledger, the operator warned that crews were short. Orrin, 61, added: "Nobody believes it."',
    '',
    'Sens. Kyra Dell and Bo Hatch wrote in a letter that the plan "fails every test." The ministry denied claims by its rivals that fares would double.',
    'Ann Holt is among those who say the plan is dead. The council voted for a resolution which said the pier must close.',
    '"No," he said. "Not this year." Lee\'s spokeswoman, Mia Sand, declined to comment, but aides say the talks stalled.',
  ].join('\n'),
  'Rep. Dale Kress (R-Ohio) said, "We will not back down." ``It is over,\'\' Kress\'s aide later told the Harbor Post.\n\nHE SAID NO\nThe mayor, in a statement, said the audit found nothing. "Good," wrote one resident.',
];

describe('the long-text token list reads like the array of token objects', () => {
  for (const [n, text] of TEXTS.entries()) {
    for (const categories of [undefined, EVERY_CATEGORY]) {
      it(`text ${n + 1}, ${categories ? 'every category' : 'default categories'}: the same extraction both ways`, () => {
        const [plain, compact, proxied] = bothWays(text, categories);
        expect(proxied).toBe(true);
        expect(plain.quotes.length).toBeGreaterThan(0);
        expect(JSON.stringify(compact)).toBe(JSON.stringify(plain));
      });
    }
  }

  it('answers every array use the stages make of doc.tokens as the plain list does', async () => {
    const { prepare } = await import('../src/prepare/document.js');
    const { Tokenizer } = await import('../src/prepare/wink.js');
    const text = 'Ann Lee said so. Bo Dane did not agree, aides said.';
    const tokenizer = new Tokenizer();
    const plain = prepare(text, tokenizer);
    const compact = prepare(text, tokenizer, 0);
    expect(plain.table).toBeUndefined();
    expect(compact.table).toBeDefined();
    const uses = (tokens: typeof plain.tokens): unknown[] => {
      const seen: number[] = [];
      for (const t of tokens) seen.push(t.i);
      const each: string[] = [];
      tokens.forEach((t, k) => each.push(`${k}:${t.value}`));
      return [
        tokens.length,
        tokens.slice(0, 3).map((t) => t.value),
        tokens.slice(2, 6).every((t) => t.sent === 0),
        tokens.filter((t) => t.value === '.').map((t) => t.i),
        tokens.find((t) => t.lower === 'bo')?.i,
        tokens.findIndex((t) => t.lower === 'dane'),
        tokens.some((t) => t.negated),
        tokens.map((t) => [t.i, t.start, t.end, t.value, t.lower, t.lemma, t.pos, t.negated, t.sent, t.para]),
        [...tokens].map((t) => t.i),
        seen,
        each,
        tokens.at(-1)?.i,
        tokens[tokens.length],
        tokens[-1],
        Array.isArray(tokens),
        Object.keys(tokens).length,
      ];
    };
    expect(uses(compact.tokens)).toEqual(uses(plain.tokens));
    expect(compact.sentences).toEqual(plain.sentences);
    expect(compact.paragraphs).toEqual(plain.paragraphs);
    // read-only: no write goes through
    expect(() => {
      (compact.tokens as unknown as unknown[])[0] = plain.tokens[1];
    }).toThrow();
    expect(compact.tokens[0]!.value).toBe('Ann');
  });
});

type Shape = { parts: string[]; cue: string | null; name: string | null; rule: string };

/** Quotes reduced to the fields compared exactly. */
function shape(text: string, categories?: readonly (typeof EVERY_CATEGORY)[number][]): Shape[] {
  const extractor = createExtractor(categories ? { categories: [...categories] } : {});
  return extractor.extract(text).quotes.map((q) => ({
    parts: q.parts.map((p) => p.text),
    cue: q.cue?.span.text ?? null,
    name: q.speaker?.name ?? null,
    rule: q.rule,
  }));
}

describe('one reading of a noun of saying with its maker after "by" or "from"', () => {
  // (the refine fallback read these after the fact under the same rule name; reported/noun-cue.ts nounMaker alone does now)
  const rows: [string, Shape[]][] = [
    [
      'The bureau rejected reports by watchdog agencies that half its ledgers were lost.',
      [{ parts: ['half its ledgers were lost'], cue: 'reports', name: 'watchdog agencies', rule: 'reported/noun-cue-agent' }],
    ],
    [
      'For weeks the bureau fought hard against reports by watchdog agencies that half its ledgers were lost.',
      [{ parts: ['half its ledgers were lost'], cue: 'reports', name: 'watchdog agencies', rule: 'reported/noun-cue-agent' }],
    ],
  ];
  for (const [text, expected] of rows) {
    it(text, () => {
      expect(shape(text)).toEqual(expected);
    });
  }

  // a relative "that" after the maker: a subject and a verb taking a report, with no object, at the clause's end
  it('a relative clause on the noun is no report: "warnings from experts that he ignored."', () => {
    expect(shape('There were warnings from experts that he ignored.')).toEqual([]);
    expect(shape('The city filed complaints from tenants that the mayor dismissed, and moved on.')).toEqual([]);
  });

  it('the same shape with a clause of its own is the makers\' report', () => {
    expect(shape('There were warnings from experts that the dam would fail.')).toEqual([
      { parts: ['the dam would fail'], cue: 'warnings', name: 'experts', rule: 'reported/noun-cue-agent' },
    ]);
  });

  it('every category on: the verb before the noun reports the noun phrase, the makers their clause', () => {
    const text = 'For weeks the bureau fought hard against reports by watchdog agencies that half its ledgers were lost.';
    expect(shape(text, EVERY_CATEGORY)).toContainEqual({ parts: ['half its ledgers were lost'], cue: 'reports', name: 'watchdog agencies', rule: 'reported/noun-cue-agent' });
  });
});

describe('known speaker bugs, fixed', () => {
  const rows: [string, Shape[]][] = [
    // the subject counted among the people who say speaks, not "those"
    [
      'Ann Holt is among those who say the plan is dead.',
      [{ parts: ['the plan is dead'], cue: 'say', name: 'Ann Holt', rule: 'reported/cue-clause' }],
    ],
    [
      'Tom Reyes was one of the senators who said the bill would fail.',
      [{ parts: ['the bill would fail'], cue: 'said', name: 'Tom Reyes', rule: 'reported/cue-clause' }],
    ],
    // "which" goes back to the phrase right before it, not over the sentence's verb to its subject
    [
      'The council voted for a resolution which said the pier must close.',
      [{ parts: ['the pier must close'], cue: 'said', name: 'a resolution', rule: 'reported/cue-clause' }],
    ],
    [
      // ("pointed to" + a noun phrase is a cue of its own since cue24: the object ends before the letter's "which said")
      'Lee pointed to a letter which said the pier must close.',
      [
        { parts: ['a letter'], cue: 'pointed to', name: 'Lee', rule: 'reported/cue-object' },
        { parts: ['the pier must close'], cue: 'said', name: 'a letter', rule: 'reported/cue-clause' },
      ],
    ],
    [
      'Residents opposed to the plan, which said the pier must close, marched.',
      [{ parts: ['the pier must close'], cue: 'said', name: 'the plan', rule: 'reported/cue-clause' }],
    ],
    // (an organisation set off by commas before "which" is unchanged)
    [
      'The union, which said the pier must close, voted for a strike.',
      [{ parts: ['the pier must close'], cue: 'said', name: 'The union', rule: 'reported/cue-clause' }],
    ],
    // a "whose" clause set off by a comma: the people owned speak, and the content ends at the clause's comma
    [
      'Tom Reyes, whose aides say the plan is dead, left early.',
      [{ parts: ['the plan is dead'], cue: 'say', name: "Tom Reyes's aides", rule: 'reported/cue-clause' }],
    ],
    [
      'The mayor, whose office said the pier must close, did not answer.',
      [{ parts: ['the pier must close'], cue: 'said', name: 'whose office', rule: 'reported/cue-clause' }],
    ],
    // (unchanged: "who" goes back to the name)
    [
      'Tom Reyes, who says the plan is dead, left early.',
      [{ parts: ['the plan is dead'], cue: 'says', name: 'Tom Reyes', rule: 'reported/cue-clause' }],
    ],
    // (a "whose" clause closing before the cue leaves the subject before it speaking)
    [
      'Ann Lee, whose hometown, Dover, is flooding, argues the levee failed.',
      [{ parts: ['the levee failed'], cue: 'argues', name: 'Ann Lee', rule: 'reported/cue-clause' }],
    ],
    // (a group after another preposition is the relative's own antecedent)
    [
      'Ann Holt spoke to those who say the plan is dead.',
      [{ parts: ['the plan is dead'], cue: 'say', name: 'those', rule: 'reported/cue-clause' }],
    ],
  ];
  for (const [text, expected] of rows) {
    it(text, () => {
      expect(shape(text)).toEqual(expected);
    });
  }
});
