/**
 * Two speakers joined by "and" when a conjunct carries a party-state code, an
 * appositive or a description (issue 10): both speak, as in the plain "Ada
 * Moss and Tom Reyes said". The mention spans both conjuncts with their tags;
 * the name is "Ada Moss and Tom Reyes", with no codes, titles or
 * descriptions, and the entity has no titles, as in the plain case. Invented
 * sentences and names; each row gives the quote text, the cue, the speaker
 * mention and the speaker name of every quote, in order. After the cue the
 * pair must end its clause (`said Ada Moss and Tom Reyes.`); two titles
 * joined by "and" before one name are one person.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | mention | name`. */
function rows(input: string): string[] {
  return extract(input).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
}

// [what, invented input, expected rows]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // the plain coordinations these follow (unchanged)
  ['plain names', 'Ada Moss and Tom Reyes said the levy would pass.',
    ['the levy would pass | said | Ada Moss and Tom Reyes | Ada Moss and Tom Reyes']],
  ['names with places', 'Ada Moss of Vermont and Tom Reyes of Kentucky said the levy would pass.',
    ['the levy would pass | said | Ada Moss of Vermont and Tom Reyes of Kentucky | Ada Moss and Tom Reyes']],
  // party-state codes after commas or in parentheses
  ['codes after commas', 'Senators Ada Moss, D-Vt., and Tom Reyes, R-Ky., said the levy would pass.',
    ['the levy would pass | said | Senators Ada Moss, D-Vt., and Tom Reyes, R-Ky. | Ada Moss and Tom Reyes']],
  ['codes in parentheses', 'Sen. Ada Moss (D-Vt.) and Rep. Tom Reyes (R-Ky.) said the levy would pass.',
    ['the levy would pass | said | Sen. Ada Moss (D-Vt.) and Rep. Tom Reyes (R-Ky.) | Ada Moss and Tom Reyes']],
  ['a code on the first conjunct only', 'Ada Moss, D-Vt., and Tom Reyes said the levy would pass.',
    ['the levy would pass | said | Ada Moss, D-Vt., and Tom Reyes | Ada Moss and Tom Reyes']],
  ['a code on the second conjunct only (already so)', 'Ada Moss and Tom Reyes, R-Ky., said the levy would pass.',
    ['the levy would pass | said | Ada Moss and Tom Reyes, R-Ky. | Ada Moss and Tom Reyes']],
  // appositives
  ['descriptions before the names', 'The mayor, Ada Moss, and the governor, Tom Reyes, said the levy would pass.',
    ['the levy would pass | said | The mayor, Ada Moss, and the governor, Tom Reyes | Ada Moss and Tom Reyes']],
  ['descriptions after the names', 'Ada Moss, a Democrat, and Tom Reyes, a Republican, said the levy would pass.',
    ['the levy would pass | said | Ada Moss, a Democrat, and Tom Reyes, a Republican | Ada Moss and Tom Reyes']],
  // a coordinated cue shares the pair
  ['a coordinated cue', 'Sen. Ada Moss (D-Vt.) and Rep. Tom Reyes (R-Ky.) wrote a letter and said the levy would pass.',
    ['a letter | wrote | Sen. Ada Moss (D-Vt.) and Rep. Tom Reyes (R-Ky.) | Ada Moss and Tom Reyes',
      'the levy would pass | said | Sen. Ada Moss (D-Vt.) and Rep. Tom Reyes (R-Ky.) | Ada Moss and Tom Reyes']],
  // after the quotation
  ['the pair after a quotation', '"It will pass," Ada Moss, D-Vt., and Tom Reyes, R-Ky., said.',
    ['It will pass, | said | Ada Moss, D-Vt., and Tom Reyes, R-Ky. | Ada Moss and Tom Reyes']],
  ['a tagged pair after the cue', '"It will pass," said Ada Moss, D-Vt., and Tom Reyes, R-Ky.',
    ['It will pass, | said | Ada Moss, D-Vt., and Tom Reyes, R-Ky. | Ada Moss and Tom Reyes']],
  ['a pair with codes in parentheses after the cue', '"It will pass," said Sen. Ada Moss (D-Vt.) and Rep. Tom Reyes (R-Ky.).',
    ['It will pass, | said | Sen. Ada Moss (D-Vt.) and Rep. Tom Reyes (R-Ky.) | Ada Moss and Tom Reyes']],
  ['a plain pair after the cue', '"It will pass," said Ada Moss and Tom Reyes.',
    ['It will pass, | said | Ada Moss and Tom Reyes | Ada Moss and Tom Reyes']],
  ['two titles of one person after the cue', '"It will pass," said former Ohio Gov. and party Chairman Tom Reyes.',
    ['It will pass, | said | former Ohio Gov. and party Chairman Tom Reyes | Tom Reyes']],
  // a tagged person and a partner named by "his" or "her" speak together, as in the plain "Ada Moss and her aides said"
  ['a tagged person and her aides', 'Ada Moss, the mayor, and her aides said the levy would pass.',
    ['the levy would pass | said | Ada Moss, the mayor, and her aides | Ada Moss and her aides']],
  // negatives: stay as today
  ['a person and her aides after the cue', '"It will pass," said Ada Moss and her aides.',
    ['It will pass, | said | Ada Moss | Ada Moss']],
  ['a clause before ", and her aides" is no tagged person', 'Ada Moss spoke first, and her aides said the levy would pass.',
    ['the levy would pass | said | her aides | her aides']],
  ['a bare description and a tagged name keep the name, as the plain case does', 'The mayor and Tom Reyes, R-Ky., said the levy would pass.',
    ['the levy would pass | said | The mayor and Tom Reyes, R-Ky. | Tom Reyes']],
  ['a list of three is no pair', 'Ada Moss, Tom Reyes, R-Ky., and Mia Ortiz, D-Vt., said the levy would pass.',
    ['the levy would pass | said | Mia Ortiz, D-Vt. | Mia Ortiz']],
  ['a single tagged name', 'Sen. Tom Reyes (R-Ky.) said the levy would pass.',
    ['the levy would pass | said | Sen. Tom Reyes (R-Ky.) | Tom Reyes']],
];

describe('coordinated speakers with tags or appositives', () => {
  test.each(TABLE)('%s', (_what, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });

  test('the pair is one entity with no titles, and a later surname keeps its own person', () => {
    const r = extract('Sen. Ada Moss (D-Vt.) and Rep. Tom Reyes (R-Ky.) said the levy would pass. Later, Reyes said the vote was close.');
    const [first, second] = r.quotes;
    const pair = r.speakers.find((s) => s.id === first!.speaker!.id)!;
    expect(pair.name).toBe('Ada Moss and Tom Reyes');
    expect(pair.titles).toEqual([]);
    expect(second!.speaker!.name).toBe('Tom Reyes');
    expect(second!.speaker!.id).not.toBe(pair.id);
  });
});
