/**
 * Review round 14b: wrong guesses found by a read-only review of merged
 * rules. Invented sentences and names, with the exact parts, speaker, cue and
 * rule expected, and the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

// 2. a copula inside the sentence ("when Varga was governor") gives a coordinated verb of saying no subject
const copula: [string, string, Row[]][] = [
  ['a name after "when" inside the sentence', 'Ann Lee visited Ohio when Tom Varga was governor and wrote that the state was thriving.', [
    row(['the state was thriving'], 'Ann Lee', 'wrote', 'reported/cue-that'),
  ]],
  ['a pronoun after "when" inside the sentence', 'Ann Lee first met Tom Varga when he was mayor and said that the city was broke.', [
    row(['the city was broke'], 'Ann Lee', 'said', 'reported/cue-that'),
  ]],
  ['a name after "while" inside the sentence', 'Lee stood up while Varga was still in the room and told reporters that the deal was dead.', [
    row(['the deal was dead'], 'Lee', 'told', 'reported/cue-that'),
  ]],
  ['a subordinator opening the sentence keeps its subject', 'While Quill is a fan of the plan and wrote that it would pass, she voted no.', [
    row(['it would pass'], 'Quill', 'wrote', 'reported/cue-that'),
  ]],
  ['a subject opening the sentence keeps it', 'Quill was a fan of the plan and wrote that it would pass.', [
    row(['it would pass'], 'Quill', 'wrote', 'reported/cue-that'),
  ]],
];

describe('review 14b: a copula inside the sentence before "and said"', () => {
  test.each(copula)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
