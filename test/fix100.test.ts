/**
 * Known wrong outputs, round fix100: a town and its state inside content
 * reported under a fronted subordinate cue ("When X said that ... in Pella,
 * Iowa, she ..."); a date before a description read as the speaker's name
 * ("..., Oct. 5, the mayor said"); a town's state abbreviation before a
 * capitalised word ends the sentence ("in Lansing, Mich. Officials said");
 * a party label or "of Ohio" after an inverted speaker's name ("The plan,
 * said Sen. Tom Reed (R-Ohio), was reckless"); content cut inside a
 * parenthesis it opens ends before the bracket.
 * Invented sentences; each row: input, and the expected
 * `kind | text | speaker | cue | rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteLines as rows } from './support/rows.js';

// [class, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['town-state-main-clause', "When Nora Vance said that the governor would hold a rally in Pella, Iowa, she drove there.", ["indirect | the governor would hold a rally in Pella, Iowa | Nora Vance | said | reported/cue-that"]],
  ['town-state-main-clause', "After the aide said the vote would be held in Marlow, Okla., the senator left.", ["indirect | the vote would be held in Marlow, Okla. | the aide | said | reported/cue-clause"]],
  ['town-state-main-clause-unchanged', "When Nora Vance said that the governor would win, she drove to Pella, Iowa.", ["indirect | the governor would win | Nora Vance | said | reported/cue-that"]],
  ['town-state-main-clause-unchanged', "Because the mayor said the fair would open in Dellport, Texas Gov. Ann Lee stayed home.", ["indirect | the fair would open in Dellport | the mayor | said | reported/cue-clause"]],
  ['date-no-name', "The fair opens Sun., Oct. 5, the mayor said.", ["indirect | The fair opens Sun., Oct. 5 | the mayor | said | reported/content-speaker-cue"]],
  ['date-no-name', "The fair opens Saturday, March 12, the mayor said.", ["indirect | The fair opens Saturday, March 12 | the mayor | said | reported/content-speaker-cue"]],
  ['date-no-name-unchanged', "The fair opens Sunday, the mayor said.", ["indirect | The fair opens Sunday | the mayor | said | reported/content-speaker-cue"]],
  ['date-no-name-unchanged', "The fair opens Sunday, May Lee, the mayor, said.", ["indirect | The fair opens Sunday | May Lee | said | reported/content-speaker-cue"]],
  ['state-abbreviation-ends-sentence', "The talks ended in Lansing, Mich. Officials said the deal was close.", ["indirect | the deal was close | Officials | said | reported/cue-clause"]],
  ['state-abbreviation-ends-sentence', "The talks ended in Hollis, N.H. Officials said the deal was close.", ["indirect | the deal was close | Officials | said | reported/cue-clause"]],
  ['state-abbreviation-ends-sentence-unchanged', "The talks ended in Lansing, Mich., officials said.", ["indirect | The talks ended in Lansing, Mich. | officials | said | reported/content-speaker-cue"]],
  ['state-abbreviation-ends-sentence-unchanged', "Police in Lansing, Mich., said the road was closed.", ["indirect | the road was closed | Police in Lansing, Mich. | said | reported/cue-clause"]],
  ['state-abbreviation-ends-sentence-unchanged', "At the plant, Ms. Ray said the deal was close.", ["indirect | the deal was close | Ray | said | reported/cue-clause"]],
  ['state-abbreviation-ends-sentence-unchanged', "Mr. Lee, Ms. Ray and Mr. Oduya said the deal was close.", ["indirect | the deal was close | Lee, Ray and Oduya | said | reported/cue-clause"]],
  ['inverted-speaker-tail', "The plan, said Sen. Tom Reed (R-Ohio), was reckless.", ["indirect | The plan was reckless | Tom Reed | said | reported/content-cue-speaker"]],
  ['inverted-speaker-tail', "The plan, said Sen. Tom Reed of Ohio, was reckless.", ["indirect | The plan was reckless | Tom Reed | said | reported/content-cue-speaker"]],
  ['inverted-speaker-tail', "The plan is reckless, said Sen. Tom Reed (R-Ohio).", ["indirect | The plan is reckless | Tom Reed | said | reported/content-cue-speaker"]],
  ['inverted-speaker-tail-unchanged', "The plan, said Tom Reed, was reckless.", ["indirect | The plan was reckless | Tom Reed | said | reported/content-cue-speaker"]],
  ['inverted-speaker-tail-unchanged', "The plan is reckless, said Sen. Tom Reed of Ohio.", ["indirect | The plan is reckless | Tom Reed | said | reported/content-cue-speaker"]],
  ['open-bracket', "He repeated his assertion that the levy funds 40 schools (the real count is lower, auditors say) across the county.", ["indirect | the levy funds 40 schools | He | repeated his assertion | reported/cue-that"]],
  ['open-bracket', "Ada Moss made the claim that the ferry carried 90 passengers (no records, the port says, survive) that night.", ["indirect | the ferry carried 90 passengers | Ada Moss | claim | reported/noun-cue", "indirect | no records survive) that night | the port | says | reported/content-speaker-cue"]],
  ['open-bracket-unchanged', "He repeated his assertion that the levy funds 40 schools (the real count is lower) across the county.", ["indirect | the levy funds 40 schools (the real count is lower) across the county | He | repeated his assertion | reported/cue-that"]],
];

describe('known wrong outputs, round fix100', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
