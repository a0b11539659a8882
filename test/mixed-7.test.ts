/**
 * Mixed quotes, round 7 (issue 11): a direct quotation that no rule attributed
 * and that opens inside a "that" clause takes the clause from "that" (a mixed
 * quote, `attribution/reported/that-fragment.ts`), and the scare-quote filter
 * keeps a short fragment that ends such a clause and its sentence; a quoted object whose
 * quotation opens up to 20 tokens after its cue, unless a new clause opens
 * between (`reported/cue-quoted-object`).
 * Invented sentences with the exact parts, speaker, cue and rule expected, and
 * the negatives the widening must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['a verb outside the lexicon before "that"', 'Ada Moss worried that the harbor fund was becoming "a piggy bank for the well connected and their friends on the board."', [
    row(['that the harbor fund was becoming', 'a piggy bank for the well connected and their friends on the board.'], 'Ada Moss', null, 'direct/fallback-subject', 'mixed'),
  ]],
  // (a noun of a feeling voiced, "voiced confidence that", makes a cue of its own: test/cue-18.test.ts)
  ['a noun before "that", a relative clause inside the quotation', 'The council voiced the hope that the new ferry would not be a problem "that is going to hurt the town or its budget."', [
    row(['that the new ferry would not be a problem', 'that is going to hurt the town or its budget.'], 'The council', null, 'direct/fallback-subject', 'mixed'),
  ]],
  ['no speaker', 'There is no sign that the new levy "will pay for every school and every road in the county within a decade or two."', [
    row(['that the new levy', 'will pay for every school and every road in the county within a decade or two.'], null, null, 'direct/unattributed', 'mixed'),
  ]],
  ['words after the quotation stay out', 'Hope that the ferry "would bring thousands of visitors to the harbor every single summer weekend" faded fast.', [
    row(['that the ferry', 'would bring thousands of visitors to the harbor every single summer weekend'], null, null, 'direct/unattributed', 'mixed'),
  ]],
];

const negatives: [string, string, Row[]][] = [
  // "that" right before the opening mark: the quotation is the clause
  ['"that" right before the quotation', 'Ada Moss worried that "the fund is becoming a piggy bank for the well connected."', [
    row(['the fund is becoming a piggy bank for the well connected.'], 'Ada Moss', null, 'direct/fallback-subject', 'direct'),
  ]],
  // a determiner opens no clause
  ['"that" as a determiner', 'Mayor Tom Reyes filed a request later that month for "records showing every toll paid at the bridge since the spring of last year."', [
    row(['records showing every toll paid at the bridge since the spring of last year.'], 'Mayor Tom Reyes', null, 'direct/fallback-subject', 'direct'),
  ]],
  // a verb right after "that": a relative clause about a noun, and the quotation is a title or an example
  ['a relative "that"', 'The port runs a website that has stories such as "Ferries make towns richer and happier than bridges ever could"', [
    row(['Ferries make towns richer and happier than bridges ever could'], null, null, 'direct/unattributed', 'direct'),
  ]],
  // a colon between "that" and the quotation
  ['a colon ends the clause', 'Ada Moss worried about the fund: it was becoming "a piggy bank for the well connected and their friends on the board."', [
    row(['a piggy bank for the well connected and their friends on the board.'], 'Ada Moss', null, 'direct/fallback-subject', 'direct'),
  ]],
  // a quotation with a cue of its own is cut by its rule
  ['a cue of its own', 'The union stressed in its letter that the pier "may have already been sold to a developer who plans to close it to the public."', [
    row(['the pier "may have already been sold to a developer who plans to close it to the public."'], 'The union', 'stressed', 'reported/cue-that', 'mixed'),
  ]],
];

const far: [string, string, Row[]][] = [
  ['a relative clause inside the object', 'Mayor Ann Reyes accused the harbor board, which is chosen every spring by the county council, of acting like "a private club."', [
    row(['the harbor board, which is chosen every spring by the county council, of acting like "a private club."'], 'Mayor Ann Reyes', 'accused', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a list of objects', 'Reyes praised the ferry crews, the dock workers who stayed through the storm, and the volunteers for their "quiet courage."', [
    row(['the ferry crews, the dock workers who stayed through the storm, and the volunteers for their "quiet courage."'], 'Reyes', 'praised', 'reported/cue-quoted-object', 'mixed'),
  ]],
];

const farNegatives: [string, string][] = [
  // a comma and "but" or a subject pronoun open a new clause: the quoted words are not the cue's object
  ['", but" before the quotation', 'The mayor did not offer details, but several members of the board who signed a "no confidence" letter have pressed her.'],
  ['", he" before the quotation', 'Lee began campaigning much later than Moss, he quickly sent staff to all of the "harbor towns" along the coast.'],
  // more than 20 tokens from the cue to the quotation
  ['too far from the cue', 'Reyes accused the board, which the county council chooses every spring after a long public hearing at the old town hall on the pier, of running "a private club."'],
];

describe('a quoted object far from its cue', () => {
  test.each(far)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(farNegatives)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});

describe('a quotation inside a "that" clause takes the clause', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

const shortFragments: [string, string, Row[]][] = [
  ['a short fragment ends the clause and the sentence', 'Ada Moss worried that the harbor fund was becoming "a piggy bank."', [
    row(['that the harbor fund was becoming', 'a piggy bank.'], 'Ada Moss', null, 'direct/fallback-subject', 'mixed'),
  ]],
  // a scare quote the clause goes on after, a sentence-opening "That", a relative or a determiner "that": dropped
  ['the clause goes on after the fragment', 'Ada Moss worried that the fund was "a piggy bank" for years.', []],
  ['"That" opens the sentence', 'That "plan" is dead.', []],
  ['a relative "that"', 'The town backed a levy that became "a burden."', []],
  ['a determiner "that"', 'The town voted for the levy later that "spring."', []],
];

describe('a short fragment that ends a "that" clause is kept', () => {
  test.each(shortFragments)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('a quotation inside a "that" clause: negatives', () => {
  test.each(negatives)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
