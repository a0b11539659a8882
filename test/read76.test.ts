/**
 * read76: review fixes of stop 61's first-round merges.
 * - attribution/direct/source-lead.ts trailOverSourceLead: a pronoun
 *   attribution after the quote stands for the person the source phrase
 *   names, who keeps the quote ('According to Lee, "...," she said.' stays
 *   Lee's; was "she", with no one to stand for); a name or a description
 *   after the quote still takes it from a source phrase.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read76: a pronoun after a quote led by a person source phrase', () => {
  test.each([
    ['According to Tamsin Vale, "the ferry was sold," she said.', [['the ferry was sold,', 'Tamsin Vale', 'According to']]],
    ['According to Vale, "the ferry was sold," he said.', [['the ferry was sold,', 'Vale', 'According to']]],
    // as before: a name or a pronoun after a document's source phrase takes the quote
    ['According to Vale, "the ferry was sold," Orrin Pike said.', [['the ferry was sold,', 'Orrin Pike', 'said']]],
    ['According to the ledger, "the ferry was sold," she said.', [['the ferry was sold,', 'she', 'said']]],
    ['According to the ledger, "the ferry was sold," Orrin Pike said.', [['the ferry was sold,', 'Orrin Pike', 'said']]],
  ] as [string, Row[]][])('%s', both);
});
