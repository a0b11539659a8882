/**
 * Helper robust23 (scaling probes): the tables that replaced walks to the
 * nearest comma, semicolon or colon answer as those walks did, and the shapes
 * that read them give the same quotes. The scaling rows themselves are in
 * test/scaling.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { prepare } from '../src/prepare/document.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { tokenAt, tokenCount } from '../src/prepare/lookup.js';
import { unquotedCommaAtOrAfter, unquotedCommaAtOrBefore } from '../src/attribution/reported/unquoted-commas.js';
import type { ReportedContext } from '../src/attribution/reported/shared.js';

const tokenizer = new Tokenizer();

/** A context with only what the comma table reads: the document and its quoted tokens (every third token quoted). */
function context(text: string): ReportedContext {
  const doc = prepare(text, tokenizer);
  const quoted = new Uint8Array(tokenCount(doc));
  for (let k = 0; k < quoted.length; k += 3) quoted[k] = 1;
  return { doc, quoted, cues: [], used: new Set(), stretches: [], categories: new Set(), removedNouns: new Set() };
}

describe('the unquoted comma table answers as a walk does', () => {
  it.each([
    'Ann Vesk, the pier warden, said, according to the Kell Ledger, that ferries, barges and skiffs, all of them, ran late.',
    'No comma at all stands in this sentence about the Dunmore ferry.',
    ',,, a, b,, c ,',
  ])('%s', (text) => {
    const ctx = context(text);
    const n = tokenCount(ctx.doc);
    const comma = (k: number) => tokenAt(ctx.doc, k).value === ',' && !ctx.quoted[k];
    for (let k = -1; k <= n; k++) {
      let back = Math.min(k, n - 1);
      while (back >= 0 && !comma(back)) back--;
      let ahead = Math.max(k, 0);
      while (ahead < n && !comma(ahead)) ahead++;
      expect([k, unquotedCommaAtOrBefore(ctx, k), unquotedCommaAtOrAfter(ctx, k)]).toEqual([k, back, ahead < n ? ahead : -1]);
    }
  });
});

const everyCategory = createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });

describe('rules that read the tables keep their answers', () => {
  it.each([
    // reportedRelative: the relative clause alone when a cue stands before it
    ['The club said it hired Tam Orrin, who ran the Kell depot for years, according to the Dunmore Ledger.', 'default', [
      ['it hired Tam Orrin', 'The club', 'said'],
      ['who ran the Kell depot for years', 'Dunmore Ledger', 'according to'],
    ]],
    // questionOpeningAround: the cue inside the opening question attributes nothing
    ['Asked whether she would sue the Kell harbor board, Ms. Orlan said the fee was fair.', 'default', [
      ['whether she would sue the Kell harbor board', null, 'Asked'],
      ['the fee was fair', 'Orlan', 'said'],
    ]],
    // cutOptInSemicolons: a thought ends at a semicolon a clause follows, not in a list, after a colon or in quotes
    ['Ms. Orlan thinks the ferry fare is too high; the harbor board will vote in June.', 'all', [['the ferry fare is too high', 'Orlan', 'thinks']]],
    ['Ms. Orlan thinks the board should fund three piers: one in Kell; one in Dunmore; and one in Arlow.', 'all', [
      ['the board should fund three piers: one in Kell; one in Dunmore; and one in Arlow', 'Orlan', 'thinks'],
    ]],
    ['Mr. Vesk believes the toll is unfair; and the levy is worse.', 'all', [['the toll is unfair; and the levy is worse', 'Vesk', 'believes']]],
    ['Mr. Vesk believes the toll is "unfair; cruel" to renters; the board meets Friday.', 'all', [['the toll is "unfair; cruel" to renters', 'Vesk', 'believes']]],
  ] as const)('%s', (text, options, expected) => {
    const r = (options === 'all' ? everyCategory : createExtractor()).extract(text);
    expect(r.quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text])).toEqual(expected);
  });
});
