/**
 * org52: a definite description of a business ("the company", "the firm",
 * "the airline") that nothing else settles stands for the nearest business
 * named in its sentence or the two before: an organisation's name, or a bare
 * proper name that nothing marks as a person's. Names after "of", "for" or
 * "by" (a noun's complement, a passive's agent) and places are passed over;
 * a person's name, a newspaper's, a crowd or no name at all leaves the
 * description. Exact parts, speaker mention and name, cue and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // (a bare name opening the quote's own words is what the business said something of: a product)
  ['a bare name that opens the quote\'s own words is no business', 'Shops have waited for Porter, a robot that moves shelves, since March. Porter will be sold from September, the company said.', [
    named(['Porter will be sold from September'], 'the company', 'the company', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a bare name after a preposition, in the same sentence', 'Pilots had flown with Skyvale for years, the airline said on Monday.', [
    named(['Pilots had flown with Skyvale for years'], 'the airline', 'Skyvale', 'said', 'reported/content-speaker-cue'),
  ]],
  ['an organisation named in the sentence before, past a person and a place', 'Ada Moss worked at Brantwell Logistics Group in Ghent. The company confirmed she had left in May.', [
    named(['she had left in May'], 'The company', 'Brantwell Logistics Group', 'confirmed', 'reported/cue-clause'),
  ]],
  ['a bare name after "such as", before a direct quote', 'Farmers backed the bill, and so did local employers such as Grenmark. "We oppose the ban," the company tweeted.', [
    named(['We oppose the ban,'], 'the company', 'Grenmark', 'tweeted', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a bare name opening its sentence, also written inside one', 'Tessaly fell 4 percent, and shares of Tessaly slid. The company said costs rose.', [
    named(['costs rose'], 'The company', 'Tessaly', 'said', 'reported/cue-clause'),
  ]],
  ['a short form of a business named before is that business', 'Workers at Harlow Industries voted on Monday. Harlow spent $3 million on a plant, and the company said it would hire 200 workers.', [
    named(['it would hire 200 workers'], 'the company', 'Harlow Industries', 'said', 'reported/cue-clause'),
  ]],
  // negatives: the description stays
  ['a short form of a name that may be a person\'s', 'Harlow Mills said profits rose. Shares of Harlow gained. The company said it would hire 200 workers.', [
    named(['profits rose'], 'Harlow Mills', 'Harlow Mills', 'said', 'reported/cue-clause'),
    named(['it would hire 200 workers'], 'The company', 'The company', 'said', 'reported/cue-clause'),
  ]],
  ['a bare name opening its sentence only', 'Corvane was one of several lenders sued by the NRTA, and last year the company said it would pay $20 million.', [
    named(['it would pay $20 million'], 'the company', 'the company', 'said', 'reported/cue-clause'),
  ]],
  ['a common noun opening the sentence before', 'Prices rose in Denver last week. The company said demand was strong.', [
    named(['demand was strong'], 'The company', 'The company', 'said', 'reported/cue-clause'),
  ]],
  ['a person named before', 'Ruth Ames opened a bakery in 2010. The company said sales doubled.', [
    named(['sales doubled'], 'The company', 'The company', 'said', 'reported/cue-clause'),
  ]],
  ['a newspaper named before', 'The Daily Ledger ran the story on Friday. The company said it stood by it.', [
    named(['it stood by it'], 'The company', 'The company', 'said', 'reported/cue-clause'),
  ]],
  ['a business more than two sentences back', 'Tessaly fell 4 percent. Analysts were surprised. Markets were calm. Traders left early. The company said costs rose.', [
    named(['costs rose'], 'The company', 'The company', 'said', 'reported/cue-clause'),
  ]],
  ['a crowd after a place: "the group shouted"', 'Several hundred marchers gathered near Temple Square. "Power to us!" the group shouted.', [
    named(['Power to us!'], 'the group', 'the group', 'shouted', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a group after a person and a place', 'Mark Holloway now leads a program in Denver. The group said it would expand.', [
    named(['it would expand'], 'The group', 'The group', 'said', 'reported/cue-clause'),
  ]],
];

describe('"the company" stands for the business named nearest before it', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
