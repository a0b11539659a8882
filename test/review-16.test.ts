/**
 * Fixes from review 16: "which" goes back to the nearest noun phrase only
 * over a main verb, not over a participle that describes the subject; a
 * "whose" clause ends at the last comma before the sentence's own verb; two
 * times joined by "and" stay one object of a preposition; a noun of saying's
 * maker followed by "that" and a bare pronoun-and-verb clause is a relative
 * clause, no report. Invented sentences and names; each row gives the quote
 * text, the cue, the speaker mention and the speaker name of every quote, in
 * order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | mention | name`. */
function rows(input: string): string[] {
  return extract(input).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
}

// [what, invented input, expected rows]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // a participle in the subject is no main verb for "which" to jump over
  ['"based in" before "which"', 'A company based in Ohio, which said it would appeal, lost the case.',
    ['it would appeal | said | which | A company based in Ohio']],
  ['"led by" before "which"', 'A coalition led by the union, which says wages are too low, plans a strike.',
    ['wages are too low | says | which | A coalition led by the union']],
  ['an -ing participle before "which"', 'A group representing farmers, which says prices are too low, will protest on Monday.',
    ['prices are too low | says | which | A group representing farmers']],
  ['a main verb before "which" still gives the nearest phrase', 'The council voted for a resolution which said the pier must close.',
    ['the pier must close | said | which | a resolution']],
  // a "whose" clause ends at the last comma before the sentence's own verb
  ['a list inside a "whose" clause', 'Tom Reyes, whose aides say taxes, fees and fines will rise, left early.',
    ['taxes, fees and fines will rise | say | whose aides | Tom Reyes\'s aides']],
  ['an aside inside a "whose" clause', 'The firm, whose lawyers argued that the contract, signed in May, was void, lost the case.',
    ['the contract, signed in May, was void | argued | whose lawyers | whose lawyers']],
  ['a plain "whose" clause', 'Tom Reyes, whose aides say the plan is dead, left early.',
    ['the plan is dead | say | whose aides | Tom Reyes\'s aides']],
  // two times joined by "and" are one object of the preposition
  ['two months joined', 'Officials in May and June said the plan was dead.',
    ['the plan was dead | said | Officials in May and June | Officials in May and June']],
  ['two other months joined', 'Shoppers in December and January said prices were high.',
    ['prices were high | said | Shoppers in December and January | Shoppers in December and January']],
  // a maker's "that" before a bare pronoun and verb is relative
  ['"that he wrote" after a maker', 'She read the reports from officials that he wrote.', []],
  ['a passive clause after a maker is a report', 'She faced criticism from rivals that the plan was rushed.',
    ['the plan was rushed | criticism | rivals | rivals']],
  ['a pronoun with "was" and an adjective is a report', 'There were complaints from tenants that he was rude.',
    ['he was rude | complaints | tenants | tenants']],
];

describe('review 16 fixes', () => {
  test.each(TABLE)('%s', (_what, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });
});
