/**
 * read75: review fixes of stop 60's second-round merges.
 * - speakers/find/participle.ts: a plain present of saying after a plural
 *   noun and a determiner that opens its clause is the verb a participle
 *   continues, as "says" and "said" are ("Taxes must fall, the mayors say,
 *   adding ..." gives "adding" the mayors, was "Taxes").
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('read75: a plural present of saying before a participle', () => {
  test.each([
    ['Taxes must fall, the mayors say, adding that rents will rise.', [['Taxes must fall', 'the mayors', 'say'], ['rents will rise', 'the mayors', 'adding']]],
    ['"Ferries will be late," the wardens say, adding that the pier is shut.', [['Ferries will be late,', 'the wardens', 'say'], ['the pier is shut', 'the wardens', 'adding']]],
    // as before: a word between the determiner and the noun, a past, a present in "-s", a bare plural
    ['"Taxes must fall," the Tory mayors say, adding that rents will rise.', [['Taxes must fall,', 'the Tory mayors', 'say'], ['rents will rise', 'the Tory mayors', 'adding']]],
    ['Taxes must fall, the mayors said, adding that rents will rise.', [['Taxes must fall', 'the mayors', 'said'], ['rents will rise', 'the mayors', 'adding']]],
    ['Taxes must fall, the mayor says, adding that rents will rise.', [['Taxes must fall', 'the mayor', 'says'], ['rents will rise', 'the mayor', 'adding']]],
    ['Taxes must fall, officials say, adding that rents will rise.', [['Taxes must fall', 'officials', 'say'], ['rents will rise', 'officials', 'adding']]],
  ] as [string, Row[]][])('%s', both);
});
