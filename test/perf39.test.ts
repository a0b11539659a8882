/**
 * perf39: cue detection tests a token's lower-case word against one set of
 * every word it checks (the lexicon's listed words and phrase openers, "put",
 * "heard" and the verbs of feeling) before it looks at the word any further
 * (`cues/detect.ts`). A speed change: every path through the token loop must
 * find what it found before, with an extractor's own cues added or removed
 * too (the set is made per lexicon). Invented sentences with the exact
 * content, speaker and cue; negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import type { ExtractQuotesOptions } from '../src/index.js';
import { extract } from './support/invariants.js';

type Row = [string, string, [string, string | undefined, string | undefined, string | undefined][]];

const rows: Row[] = [
  ['a listed verb form', 'Ada Moss said the ferry would run again in May.', [['the ferry would run again in May', 'Ada Moss', 'said', 'speech']]],
  ['a phrase opened by a listed word', 'According to Tom Reyes, the pier will reopen next year.', [['the pier will reopen next year', 'Tom Reyes', 'According to', 'source']]],
  ['"put it"', 'As Ada Moss put it, the budget is a fantasy.', [['the budget is a fantasy', 'Ada Moss', 'put it', 'speech']]],
  ['"heard" of a hearing body', 'The court heard that the driver had been speeding.', [['the driver had been speeding', undefined, 'heard', 'speech']]],
  ['a feeling voiced with a clause', 'Ada Moss expressed concern that the pier would close.', [['the pier would close', 'Ada Moss', 'expressed concern', 'speech']]],
  ['a verb found by its lemma', 'Tom Reyes warned that the levy would fail.', [['the levy would fail', 'Tom Reyes', 'warned', 'speech']]],
  ['a present form', 'Ada Moss claims the harbor plan is too costly.', [['the harbor plan is too costly', 'Ada Moss', 'claims', 'speech']]],
];

const negatives: [string, string][] = [
  ['no word of any list', 'The ferry left the harbor at noon and the gulls followed it.'],
  ['"put" that puts a thing somewhere', 'Ada Moss put the boxes in the van.'],
  ['"heard" of a sound', 'Tom Reyes heard the band play on the pier.'],
];

const optionRows: [string, ExtractQuotesOptions, string, number][] = [
  ['a cue the extractor adds', { addCues: ['seethe'] }, 'Ada Moss seethed that the ferry was late again.', 1],
  ['the same cue in the default lexicon', {}, 'Ada Moss seethed that the ferry was late again.', 0],
  ['"hear" removed', { removeCues: ['hear'] }, 'The court heard that the driver had been speeding.', 0],
  ['a verb removed', { removeCues: ['warn'] }, 'Tom Reyes warned that the levy would fail.', 0],
];

const brief = (text: string): [string, string | undefined, string | undefined, string | undefined][] =>
  extract(text).quotes.map((q) => [q.text, q.speaker?.name, q.cue?.span.text, q.cue?.category]);

describe('perf39: one look-up for a word in none of the cue lists', () => {
  test.each(rows)('%s', (_name, text, want) => {
    expect(brief(text)).toEqual(want);
  });
  test.each(negatives)('nothing: %s', (_name, text) => {
    expect(extract(text).quotes).toEqual([]);
  });
  test.each(optionRows)('%s', (_name, options, text, count) => {
    expect(extract(text, options).quotes).toHaveLength(count);
  });
  test('an added cue keeps its content, speaker and cue', () => {
    const [q] = extract('Ada Moss seethed that the ferry was late again.', { addCues: ['seethe'] }).quotes;
    expect([q?.text, q?.speaker?.name, q?.cue?.span.text]).toEqual(['the ferry was late again', 'Ada Moss', 'seethed']);
  });
});
