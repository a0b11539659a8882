/**
 * Helper spur15: speakers of passive cues whose agent the rules missed.
 * - `reported/passive-subject` reads its agent after a time phrase too
 *   ("was first disclosed last month by the Gazette");
 * - `reported/asked-by`: a passive "asked" whose infinitive closes on its
 *   agent ("had been asked to keep the files by the panel") takes the
 *   agent as the speaker and leaves it out of the content;
 * - a verb of telling or asking after a comma with a phrase and a quotation
 *   after it is no inverted attribution ("Tom Reyes, addressing the board,
 *   asked the members "Why pay?"": the members listen, Tom Reyes speaks).
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker name, cue text] of each quote. */
type Row = [string, string | null, string | null];

const rowsOf = (text: string, options = {}): Row[] =>
  extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null]);

describe('spur15: a passive subject with a time phrase before its agent', () => {
  test.each([
    ['The letter, which was first disclosed last month by the Harbor Ledger, drew forty signatures.', [['which', 'Harbor Ledger', 'was first disclosed']]],
    ['The merger was announced on Monday by the Vell Ferry Company.', [['The merger', 'Vell Ferry Company', 'was announced']]],
    // the agent right after the cue, as before
    ['The deal was first reported by the Harbor Times on Monday.', [['The deal', 'Harbor Times', 'was first reported']]],
    // a time phrase and no agent: no speaker
    ['The merger was announced on Monday.', [['The merger', null, 'was announced']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('spur15: a passive "asked" whose infinitive closes on its agent', () => {
  test.each([
    ['Ada Brook deleted the files, although she had been asked to keep them by the harbor committee.', [['to keep them', 'the harbor committee', 'had been asked']]],
    ['Tom Vale was asked to testify by Senator Ina Kolar.', [['to testify', 'Ina Kolar', 'was asked']]],
    ['The clerk was asked to resign by several council members.', [['to resign', 'several council members', 'was asked']]],
    // "by" and a thing, not an agent: no speaker, the content as before
    ['Tom Vale was asked to speak by phone.', [['to speak by phone', null, 'was asked']]],
    ['Ada Brook was asked to stand by the door.', [['to stand by the door', null, 'was asked']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
  test('a passive inside the infinitive keeps its own agent: nothing is asked by it', () => {
    expect(rowsOf('The players were asked to be judged by the fans.')).toEqual([]);
  });
  test('the agent is the mention, the content stops before "by"', () => {
    const text = 'Tom Vale was asked to testify by Senator Ina Kolar.';
    const q = extract(text).quotes[0]!;
    expect(q.rule).toBe('reported/asked-by');
    expect(q.speaker?.mention?.text).toBe('Senator Ina Kolar');
    expect(text.slice(q.span.start, q.span.end)).toBe('to testify');
  });
});

describe('spur15: a listener and a quotation after a verb of telling or asking', () => {
  test.each([
    ['Tom Reyes, addressing the board, asked the members "Why should we pay?"', 'Tom Reyes', 'asked'],
    ['Ada Brook, reading from a card, told the crowd "We will not close the pier."', 'Ada Brook', 'told'],
  ] as [string, string, string][])('%s', (text, speaker, cue) => {
    const rows = rowsOf(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]![1]).toBe(speaker);
    expect(rows[0]![2]).toBe(cue);
    // the opening words are no content
    expect(rows[0]![0]).not.toMatch(/addressing|reading/);
  });
  test.each([
    // the inverted speaker after the quotation, as before
    ['"Why should we pay?" asked the members.', [['Why should we pay?', 'the members', 'asked']]],
    ['The fee is too high, asked the members.', [['The fee is too high', 'the members', 'asked']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});
