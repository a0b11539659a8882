/**
 * Attribution beyond speech (issue 15), helper optin22: thought recall. A noun
 * of a person or an organisation that the tagger reads as an adjective ("The
 * firm plans to ...") is the subject of a noun-tagged infinitive cue. Default output: an infinitive speech cue
 * right before a noun phrase and a clause of circumstance ("expect X to report
 * a loss when ...") reports nothing. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL, OPT_IN } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

/** [text, rows with every category on]. */
const SHAPES: [string, [string, string | null, string, string][]][] = [
  ['The firm plans to close two plants.', [['to close two plants', 'The firm', 'plans', 'thought']]],
  ['The official plans to run again next year.', [['to run again next year', 'The official', 'plans', 'thought']]],
  ['The executive plans to resign in May.', [['to resign in May', 'The executive', 'plans', 'thought']]],
  [
    'Analysts expect Norrland Foods to report a loss when it releases results on Tuesday.',
    [['Norrland Foods to report a loss when it releases results on Tuesday', 'Analysts', 'expect', 'thought']],
  ],
];

/** Sentences that must give nothing with every category on. */
const NEGATIVES: string[] = [
  'The new plans to cut taxes drew protests.',
  'The firm plans to close two plants drew protests.',
];

/** [text, rows with default options]. */
const DEFAULT: [string, [string, string | null, string, string][]][] = [
  ['Analysts expect Norrland Foods to report a loss when it releases results on Tuesday.', []],
  ['Wall Street expects Velka Corp to report a profit when it meets investors.', []],
  // the guard needs the infinitive: a finite cue keeps its clause
  ['Tam Ode said the vote when it comes will be close.', [['the vote when it comes will be close', 'Tam Ode', 'said', 'speech']]],
  // and a "that" after the infinitive still opens what is reported
  ['Ada Lund wants to report that sales fell when the plant closed.', [['sales fell when the plant closed', 'Ada Lund', 'to report', 'speech']]],
];

describe('optin22: thought shapes with every category on', () => {
  test.each(SHAPES)('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe('optin22: no opt-in attribution where none is meant', () => {
  test.each(NEGATIVES)('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('optin22: default output', () => {
  test.each(DEFAULT)('%s', (text, want) => {
    expect(rows(text, {})).toEqual(want);
  });
  test.each(SHAPES)('no opt-in category by default: %s', (text) => {
    expect(rows(text, {}).filter((r) => OPT_IN.has(r[3]))).toEqual([]);
  });
});
