/**
 * Attribution beyond speech (issue 15), helper optin26: a clause reported by
 * no one named through "reportedly" after its auxiliary ("The club is
 * reportedly spending ...") is an evidence attribution with no speaker, its
 * subject and adverb inside the content. Default output never changes.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('"is reportedly", "has reportedly": a clause reported by no one named (optin26)', () => {
  test.each([
    [
      'The Harbor Club is reportedly spending $2.4 million on radio ads ahead of the May primary.',
      'The Harbor Club is reportedly spending $2.4 million on radio ads ahead of the May primary',
    ],
    ['In all, the intruders have reportedly entered more than 40 county offices, leaving clerks uneasy.', 'the intruders have reportedly entered more than 40 county offices'],
    ['Mara Voss is a Democrat, but has reportedly been critical of Tobin Hale throughout the race.', 'Mara Voss is a Democrat, but has reportedly been critical of Tobin Hale throughout the race'],
    ['The bureau is reportedly making plans to interview Tobin Hale as it nears the close of its inquiry.', 'The bureau is reportedly making plans to interview Tobin Hale'],
    ['Lena Ortiz was reportedly on that trip with two cousins; they had left a day early.', 'Lena Ortiz was reportedly on that trip with two cousins'],
  ])('%s', (text, content) => {
    expect(rows(text)).toEqual([[content, null, 'reportedly', 'evidence']]);
  });
  test('the span holds the sentence as written', () => {
    const text = 'Pell Freight has reportedly taken heat from a union group over its river contracts.';
    const q = extract(text, ALL).quotes[0]!;
    expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
    expect(q.rule).toBe('reported/reportedly');
  });
  test('nothing with the default categories', () => {
    expect(rows('The Harbor Club is reportedly spending $2.4 million on radio ads ahead of the May primary.', {})).toEqual([]);
  });
});

describe('what "reportedly" does not report (optin26)', () => {
  test.each([
    // in a relative clause
    ['Tobin Hale, who has reportedly resigned, did not attend the meeting on Tuesday.'],
    // with no auxiliary before it
    ['Tobin Hale reportedly got a reply from the mayor on Tuesday night.'],
    // "allegedly" is no reporting adverb
    ['The clerk was allegedly paid $500 by the contractor in cash last spring.'],
    // too short a predicate
    ['Tobin Hale has reportedly resigned.'],
    // inside a quotation
    ['"The club is reportedly spending a fortune on ads," Mara Voss said.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[2] === 'reportedly')).toEqual([]);
  });
  test('a verb of saying after it keeps its own rule', () => {
    expect(rows('Tobin Hale has reportedly said that he will not run again.')).toEqual([
      ['he will not run again', 'Tobin Hale', 'has reportedly said', 'speech'],
    ]);
  });
});

describe('a passive frame ends before a participle phrase after a comma (optin26)', () => {
  test.each([
    ['The final closing of the mill is not expected to happen until 2029, giving workers time to retrain.', 'The final closing of the mill to happen until 2029', 'is not expected'],
    ['The town board is expected to sign the lease, potentially opening a path to a ferry dock.', 'The town board to sign the lease', 'is expected'],
  ])('%s', (text, content, cue) => {
    expect(rows(text)).toEqual([[content, null, cue, 'thought']]);
  });
  test('"including" goes on with the clause', () => {
    expect(rows('The town board is expected to sign three leases, including one for the ferry dock.')).toEqual([
      ['The town board to sign three leases, including one for the ferry dock', null, 'is expected', 'thought'],
    ]);
  });
  test('after "seems" the participle phrase stays in', () => {
    expect(rows('The town board seems ready to sign the lease, opening a path to a ferry dock.')).toEqual([
      ['The town board ready to sign the lease, opening a path to a ferry dock', null, 'seems', 'thought'],
    ]);
  });
});

describe('a lone quantifier before an opt-in verb read as a noun (optin26)', () => {
  test.each([
    ['Many fear the ferry plan will fail before the summer.', 'the ferry plan will fail before the summer', 'Many', 'fear'],
    ['Both think Mara Voss advanced the harbor agenda.', 'Mara Voss advanced the harbor agenda', 'Both', 'think'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'thought']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('Many fear the ferry plan will fail before the summer.', {})).toEqual([]);
  });
  test.each([
    // the quantifier inside a noun phrase, not opening its clause
    ['The union of many fear the ferry plan.'],
    // a noun after the quantifier with no object or clause after it
    ['Many fear is natural in a storm.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[3] === 'thought')).toEqual([]);
  });
});
