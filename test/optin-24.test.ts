/**
 * Attribution beyond speech (issue 15), helper optin24: recall at a measured
 * confidence. A backing of a named person (`reported/stance-name-back`, 0.65,
 * below an endorsement's 0.75) and a wish, plan or aim with an infinitive of
 * six or seven words (`reported/cue-infinitive-short`, 0.85 of the infinitive
 * rule's confidence), so that `minConfidence` drops them first. Default output
 * gives none of them. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule, confidence]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string, number][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule, q.confidence]);
}

/** [text, rows with every category on]. */
const SHAPES: [string, [string, string | null, string, string, string, number][]][] = [
  ['On Monday, the dockworkers union backed Mayor Ada Moss.', [['Mayor Ada Moss', 'the dockworkers union', 'backed', 'stance', 'reported/stance-name-back', 0.65]]],
  ['The union backed Tom Reyes on Wednesday.', [['Tom Reyes', 'The union', 'backed', 'stance', 'reported/stance-name-back', 0.65]]],
  ['The ferry workers are backing Sen. Tom Reyes of Ohio again.', [['Sen. Tom Reyes of Ohio', 'The ferry workers', 'are backing', 'stance', 'reported/stance-name-back', 0.65]]],
  ['In March, the council planned to close the old ferry pier.', [['to close the old ferry pier', 'the council', 'planned', 'thought', 'reported/cue-infinitive-short', 0.55]]],
  ['After the vote, Ada Moss sought to calm the angry crowd outside.', [['to calm the angry crowd outside', 'Ada Moss', 'sought', 'thought', 'reported/cue-infinitive-short', 0.55]]],
];

/** Sentences that must give nothing with every category on. */
const NEGATIVES: string[] = [
  'Fans backed out of the deal on Monday.',
  // backing a vehicle is driving
  'The mayor backed the car into the garage.',
  'The driver backed the van onto the pier on Monday.',
  'In March, the union backed the Reyes campaign.',
  "In March, the union backed Reyes's plan.",
  'The union would back Tom Reyes on Monday.',
  'The union has not backed Tom Reyes this year.',
  'A group backing Tom Reyes spent heavily.',
  // an infinitive of five words keeps the thought bar
  'After the vote, Ada Moss sought to calm the crowd.',
  // a bare participle after its noun, a generic "you" and a first-person aside stay out
  'It is a guide for anyone wanting to learn about the old pier.',
  'After the vote, you want to see the old ferry pier again.',
  'After the vote, we want to see the old ferry pier again.',
];

describe('optin24: short opt-in shapes with every category on', () => {
  test.each(SHAPES)('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe('optin24: no opt-in attribution where none is meant', () => {
  test.each(NEGATIVES)('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('optin24: confidence order', () => {
  test('an endorsement ranks above a backing, a backing above a short plan', () => {
    const text = 'Governor Ann Petrov endorsed Sen. Tom Reyes of Ohio. On Monday, the dockworkers union backed Mayor Ada Moss. In March, the council planned to close the old ferry pier.';
    const byRule = new Map(extract(text, ALL).quotes.map((q) => [q.rule, q.confidence]));
    expect(byRule.get('reported/stance-name')).toBeGreaterThan(byRule.get('reported/stance-name-back')!);
    expect(byRule.get('reported/stance-name-back')).toBeGreaterThan(byRule.get('reported/cue-infinitive-short')!);
  });
  test('minConfidence 0.6 keeps the backing and drops the short plan', () => {
    const text = 'On Monday, the dockworkers union backed Mayor Ada Moss. In March, the council planned to close the old ferry pier.';
    expect(extract(text, { ...ALL, minConfidence: 0.6 }).quotes.map((q) => q.rule)).toEqual(['reported/stance-name-back']);
  });
});

describe('optin24: default output', () => {
  test.each(SHAPES)('no opt-in attribution by default: %s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
