/**
 * read77: review fixes of stop 61's changes.
 * - data/cues.ts CITING_PREPOSITIONS and reported/source-phrase.ts: "without
 *   citing X" and a negated "not citing X" deny the citing, so nothing is
 *   reported (were "X" by default, a source cited by the subject, and the
 *   clause before "not citing" as a source's report); "by citing X" still
 *   reports X.
 * - reported/anonymous-topic.ts: an adverb may split the infinitive after a
 *   word of clearance ("not authorized to publicly discuss the plan"), which
 *   builds no stance (was a stance whose object ran on over the sentence's own
 *   "said" and took its report).
 * - reported/inserted-attribution.ts closingAttributionAt: the subject of a
 *   closing attribution may carry two phrases of a preposition ("two people
 *   with knowledge of the talks said."), not only one, and is still no clause
 *   of a cue before it (was a second report by "to agree" whose content was
 *   the closing attribution).
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read77: a denied citing reports nothing', () => {
  test.each([
    ['Critics faulted the ferry report for not citing its sources.', []],
    ['The harbor board quit the talks, never citing a reason.', []],
    ['Without citing names, the memo said the pier plan failed.', [['the pier plan failed', 'the memo', 'said']]],
    // as before: a preposition that does not deny it keeps the cited object
    ['Orla Brandt won the seat by citing her record on crime.', [['her record on crime', 'Orla Brandt', 'citing']]],
    ['By citing the audit, the mayor won the vote.', [['the audit', 'the mayor', 'citing']]],
  ] as [string, Row[]][])('%s', both);

  test('"without citing" after an object: nothing cited (a stance on the object stays with every category)', () => {
    const text = 'The mayor rejected the ferry audit without citing any evidence.';
    expect(rowsOf(text)).toEqual([]);
    expect(rowsOf(text, EVERY).filter((row) => row[2] === 'citing')).toEqual([]);
  });
});

describe('read77: an adverb inside the infinitive of an anonymous topic', () => {
  test.each([
    ['An aide who was not authorized to publicly discuss the plan said it would pass.', [['it would pass', 'An aide', 'said']]],
    ['A clerk who was not permitted to formally discuss the audit said the ledgers were lost.', [['the ledgers were lost', 'A clerk', 'said']]],
  ] as [string, Row[]][])('%s', both);

  test('an adverb before "discuss" with no word of clearance still takes up the topic (every category)', () => {
    expect(rowsOf('Harbor master Ines Kovac publicly discussed the new schedule for the east ferry with the pilots.', EVERY)).toEqual([
      ['the new schedule for the east ferry with the pilots', 'Ines Kovac', 'publicly discussed'],
    ]);
  });
});

describe('read77: a closing attribution whose subject has two phrases of a preposition', () => {
  test.each([
    ['The crews failed to agree on the ferry fees, two people with knowledge of the talks said.', [['The crews failed to agree on the ferry fees', 'two people with knowledge of the talks', 'said']]],
    ['The pilots refused to sign the ferry rota, a spokesman for the port authority in Kelby said.', [['The pilots refused to sign the ferry rota', 'a spokesman for the port authority in Kelby', 'said']]],
    // as before: one phrase
    ['The crews failed to agree on the ferry fees, a spokesman for the port said.', [['The crews failed to agree on the ferry fees', 'a spokesman for the port', 'said']]],
  ] as [string, Row[]][])('%s', both);
});
