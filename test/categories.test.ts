/**
 * Attribution beyond speech (issue 15): the opt-in categories thought,
 * evidence and stance, with the exact parts, speaker, cue, category and rule
 * expected; the sources-less shapes (`seems to`, `is expected to`, `it appears
 * that`); and the guarantee that default options report none of it.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { createExtractor, type Extraction } from '../src/index.js';

const ALL = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

interface Row {
  parts: string[];
  speaker: string | null;
  cue: string;
  category: string;
  rule: string;
}

function rows(r: Extraction): Row[] {
  return r.quotes.map((q) => ({
    parts: q.parts.map((p) => p.text),
    speaker: q.speaker?.name ?? null,
    cue: q.cue?.span.text ?? '',
    category: q.cue?.category ?? '',
    rule: q.rule,
  }));
}

const row = (parts: string[], speaker: string | null, cue: string, category: string, rule: string): Row => ({ parts, speaker, cue, category, rule });

const cases: [string, string, Row[]][] = [
  // thought: a clause, a that-clause, an infinitive, a noun phrase
  ['believes + clause', 'Senator Ada Voss believes the bill will fail.', [row(['the bill will fail'], 'Ada Voss', 'believes', 'thought', 'reported/cue-clause')]],
  ['thinks that', 'The coach thinks that the team can still win the title.', [row(['the team can still win the title'], 'The coach', 'thinks', 'thought', 'reported/cue-that')]],
  ['wants to', 'The governor wants to raise the gas tax.', [row(['to raise the gas tax'], 'The governor', 'wants', 'thought', 'reported/cue-infinitive')]],
  ['hopes to', 'Mayor Lena Brandt hopes to reopen the library by May.', [row(['to reopen the library by May'], 'Lena Brandt', 'hopes', 'thought', 'reported/cue-infinitive')]],
  ['fear + object, tagged as a noun', 'Officials fear a second wave.', [row(['a second wave'], 'Officials', 'fear', 'thought', 'reported/cue-object')]],
  // thought without a source: the whole clause is the content
  ['seems to', 'The merger seems to have stalled.', [row(['The merger seems to have stalled'], null, 'seems', 'thought', 'reported/impersonal')]],
  ['appeared + adjective', 'Turnout appeared higher than in 2012.', [row(['Turnout appeared higher than in 2012'], null, 'appeared', 'thought', 'reported/impersonal')]],
  ['is expected to', 'The sale is expected to close in May.', [row(['The sale is expected to close in May'], null, 'is expected', 'thought', 'reported/impersonal')]],
  ['it appears that', 'It appears that the talks have failed.', [row(['the talks have failed'], null, 'appears', 'thought', 'reported/impersonal')]],
  ['it is believed that', 'It is believed that the ship sank in 1912.', [row(['the ship sank in 1912'], null, 'is believed', 'thought', 'reported/impersonal')]],
  ['fronted clause before the subject', 'In the last week, the campaign seemed to lose its footing.', [row(['the campaign seemed to lose its footing'], null, 'seemed', 'thought', 'reported/impersonal')]],
  // evidence, also without a person
  ['a study found that', 'A new study found that coffee drinkers live longer.', [row(['coffee drinkers live longer'], 'A new study', 'found', 'evidence', 'reported/cue-that')]],
  ['polls show + object', 'Polls show the mayor trailing by six points.', [row(['the mayor trailing by six points'], 'Polls', 'show', 'evidence', 'reported/cue-object')]],
  ['records show that', 'Court records show that the firm paid no tax in 2019.', [row(['the firm paid no tax in 2019'], 'Court records', 'show', 'evidence', 'reported/cue-that')]],
  // stance: a noun phrase or an infinitive
  ['backed', 'The union backed the plan on Monday.', [row(['the plan'], 'The union', 'backed', 'stance', 'reported/cue-object')]],
  ['rejected', 'The council rejected the proposal.', [row(['the proposal'], 'The council', 'rejected', 'stance', 'reported/cue-object')]],
  ['endorsed', 'Governor Paul Ruiz endorsed Ms. Okafor for the Senate seat.', [row(['Ms. Okafor for the Senate seat'], 'Paul Ruiz', 'endorsed', 'stance', 'reported/cue-object')]],
  ['refused to', 'The board refused to release the report.', [row(['to release the report'], 'The board', 'refused', 'stance', 'reported/cue-infinitive')]],
  ['declined to', 'Mr. Oduya declined to comment.', [row(['to comment'], 'Oduya', 'declined', 'stance', 'reported/cue-infinitive')]],
];

describe('opt-in categories: exact parts, speaker, cue, category and rule', () => {
  test.each(cases)('%s', (_label, text, expected) => {
    expect(rows(extract(text, ALL))).toEqual(expected);
  });

  test.each(cases)('%s: nothing with default options', (_label, text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});

describe('opt-in categories: senses that are no attribution', () => {
  test.each([
    ['find + object', 'She found the keys under the mat.'],
    ['shows as a noun', 'The late-night shows drew big crowds.'],
    ['plans as a noun', 'Their plans for the park were drawn up in 2019.'],
    ['seem with no clause', 'It seems.'],
    ['support as a noun', 'The support for the park was strong.'],
  ])('%s', (_label, text) => {
    expect(extract(text, ALL).quotes).toEqual([]);
  });
});

describe('opt-in categories: options', () => {
  test('each category is reported only when listed', () => {
    const text = 'Senator Ada Voss believes the bill will fail. Polls show the mayor trailing by six points. The union backed the plan.';
    const cats = (categories: readonly ('speech' | 'thought' | 'evidence' | 'stance')[]): string[] =>
      createExtractor({ categories }).extract(text).quotes.map((q) => q.cue?.category ?? '');
    expect(cats(['speech'])).toEqual([]);
    expect(cats(['thought'])).toEqual(['thought']);
    expect(cats(['evidence'])).toEqual(['evidence']);
    expect(cats(['stance'])).toEqual(['stance']);
    expect(cats(['thought', 'evidence', 'stance'])).toEqual(['thought', 'evidence', 'stance']);
  });

  test('minConfidence drops the noun-phrase and sourceless shapes before clauses', () => {
    const text = 'Senator Ada Voss believes the bill will fail. The sale is expected to close in May. The union backed the plan.';
    const kept = createExtractor({ ...ALL, minConfidence: 0.6 }).extract(text).quotes.map((q) => q.rule);
    expect(kept).toEqual(['reported/cue-clause']);
  });

  test('a stance verb that is also a custom speech cue stays speech', () => {
    const r = createExtractor({ addCues: [{ lemma: 'back', category: 'speech' }] }).extract('The union backed the plan.');
    expect(r.quotes.map((q) => q.cue?.category)).toEqual(['speech']);
  });
});
