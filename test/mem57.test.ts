/**
 * Issue 12, memory round 57 (mem57): the peak of one long call is about four
 * times what is live when it starts, so saidwho keeps less live between calls.
 * - wink gets empty entity and sentiment machines (prepare/wink.ts): saidwho's
 *   pipe (sbd, negation, pos) never runs them, so every token must read as a
 *   plain wink instance with the whole model reads it.
 * - the build writes each character beyond ASCII in the sources as its \u
 *   escape (tsup.config.ts): one such character made V8 keep the whole
 *   chunk's source two bytes a character.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Tokenizer } from '../src/prepare/wink.js';
import { extractQuotes } from '../src/index.js';
import { DIST, ensureBuilt } from './setup/build.js';

/** Invented paragraphs with what wink's entity and sentiment machines would mark: dates, sums, handles, feelings. */
const PARAGRAPHS = [
  'Mira Oskarsson of Veltra Bank said on 3 May 2021 that the awful $5.2 million deal was not good :) #harborplan @veltra_news',
  'The terrible, wonderful ferry of Lake Osund sailed at 10:45 am on Friday, 12th March; nobody loved it.',
  "Councilwoman Edda Brink wasn't happy: \"It's a disaster,\" she said at www.osund-council.example on 2021-03-12.",
];

/** Tokens of `text` as a plain wink instance with the whole model and saidwho's pipe reads them. */
function winkTokens(text: string): { values: string[]; pos: string[]; lemmas: string[]; negated: boolean[]; sentences: number } {
  const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out() as string[],
    pos: tokens.out(nlp.its.pos) as string[],
    lemmas: tokens.out(nlp.its.lemma as never) as string[],
    negated: (tokens.out(nlp.its.negationFlag) as unknown as boolean[]).map(Boolean),
    sentences: doc.sentences().length(),
  };
}

describe('mem57: empty entity and sentiment machines', () => {
  it('leave every token of each paragraph as a wink instance with the whole model reads it', () => {
    const raw = new Tokenizer().readMany(PARAGRAPHS);
    PARAGRAPHS.forEach((p, i) => {
      const from = raw.first[i]!;
      const to = raw.first[i + 1]!;
      const wink = winkTokens(p);
      expect(raw.values.slice(from, to)).toEqual(wink.values);
      expect(raw.pos.slice(from, to)).toEqual(wink.pos);
      expect(raw.lemmas.slice(from, to)).toEqual(wink.lemmas);
      expect(raw.negated.slice(from, to)).toEqual(wink.negated);
      expect(new Set(raw.sentence.subarray(from, to)).size).toBe(wink.sentences);
    });
    expect(raw.values).toContain('#harborplan');
    expect(raw.values).toContain(':)');
  });

  it('change no quote', () => {
    const { quotes } = extractQuotes(PARAGRAPHS[2]!);
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.cue?.span.text])).toEqual([["It's a disaster,", 'Edda Brink', 'said']]);
    expect(extractQuotes('The terrible, wonderful ferry of Lake Osund sailed at 10:45 am on Friday.').quotes).toEqual([]);
  });
});

describe('mem57: the built code is ASCII', () => {
  it('has no character beyond ASCII in any built file, and regular expressions keep theirs as escapes', { timeout: 300_000 }, async () => {
    await ensureBuilt();
    const files = readdirSync(DIST).filter((f) => f.endsWith('.js') || f.endsWith('.cjs'));
    expect(files.length).toBeGreaterThan(3);
    let code = '';
    for (const f of files) {
      const text = readFileSync(join(DIST, f), 'utf8');
      expect([f, /[^\x00-\x7f]/.exec(text)?.[0]]).toEqual([f, undefined]);
      code += text;
    }
    // the possessive test of speaker finding (/^['’]s$/ in its source)
    expect(code).toContain("/^['\\u2019]s$/");
  });
});
