/**
 * read60: a review of stop 50's merges (read59, check50, fix72, fix73, fix74,
 * org52), on invented near-miss sentences. Exact parts, speaker mention and
 * name, cue and rule; plus negatives.
 *
 * - fix72's name an appositive gives with "named" ("a retired teacher named
 *   Ann Lee") was taken from a noun inside a preposition's phrase too ("a
 *   partner at a firm named Harlow Partners" made the firm the speaker): the
 *   noun named must come before any preposition.
 * - fix72's bare role in sport ("the striker") for the one person who spoke
 *   just before took roles common outside sport ("Ann Lee, a customer, said
 *   ... the manager said" made Ann Lee the manager; "the driver", "the
 *   captain", "the receiver" alike): the list keeps players' roles only, and
 *   a person with a title or description of their own is another role.
 * - org52's and fix72's "the company" for the business named nearest before
 *   it took a news outlet credited with the report ("..., Reuters reported.
 *   The company said" -> Reuters; "reported by the Daily Post. The company
 *   said" -> Daily Post): an outlet's name is passed over (after names51
 *   folded the trade-name case into businessNamedBefore, the search goes on
 *   past the outlet to the business: "Shares of Harlow Foods fell ...,
 *   Reuters reported. The company said" -> Harlow Foods).
 * - fix74's place and its state before a colon ('Dover, Delaware: "..."')
 *   also dropped a vox pop's person and home state ('Tom Hartley, Ohio:
 *   "..."', a roundup quote before): a known first name opening the name
 *   makes it a person's.
 * - fix72's kind of business opening a sentence before a body's name
 *   ("Developer Harlow Homes says") listed "charity", a given name too
 *   ("Charity Mwangi Otieno said" lost its first name): dropped (and a
 *   second "insurer").
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // 1. "DESCRIPTION, a NOUN PREP a NOUN named NAME, CUE": the name is the second noun's
  ['"a partner at a firm named X" leaves the description', 'The lawyer, a partner at a firm named Harlow Partners, said the rules will change.', [
    // (read61: the span keeps the appositive, as a description's appositive does; the name stays the description's)
    named(['the rules will change'], 'The lawyer, a partner at a firm named Harlow Partners', 'The lawyer', 'said', 'reported/cue-clause'),
  ]],
  ['"a member of a club called X" leaves the description', 'The buyer, a member of a club called Hale Rovers, said the price was fair.', [
    named(['the price was fair'], 'The buyer, a member of a club called Hale Rovers', 'The buyer', 'said', 'reported/cue-clause'),
  ]],
  ['"a retired teacher named X" still names the speaker', 'The first witness, a retired teacher named Ann Lee, said she saw the crash.', [
    named(['she saw the crash'], 'The first witness, a retired teacher named Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  // 2. a role outside sport, or a person with a role of their own, is no link
  ['"the manager" after a customer who spoke is the manager', 'Ann Lee, a customer, said she saw smoke. "We closed the doors," the manager said.', [
    named(['she saw smoke'], 'Ann Lee, a customer', 'Ann Lee', 'said', 'reported/cue-clause'),
    named(['We closed the doors,'], 'the manager', 'the manager', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"The driver" after a witness who spoke is the driver', 'Witness Tom Hale said the car swerved. The driver said he was not hurt.', [
    named(['the car swerved'], 'Witness Tom Hale', 'Tom Hale', 'said', 'reported/cue-clause'),
    named(['he was not hurt'], 'The driver', 'The driver', 'said', 'reported/cue-clause'),
  ]],
  ['"the captain" of a ship is no one named before', 'Ann Lee said the ship was listing. "We lost power," the captain said.', [
    named(['the ship was listing'], 'Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
    named(['We lost power,'], 'the captain', 'the captain', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the striker" after a coach who spoke is no link', 'Coach Ann Lee said the team played well. "It hurts," the striker said.', [
    named(['the team played well'], 'Coach Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
    named(['It hurts,'], 'the striker', 'the striker', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the striker" after a fan who spoke is no link', 'Ann Lee, a fan, said the team played well. "It hurts," the striker said.', [
    named(['the team played well'], 'Ann Lee, a fan', 'Ann Lee', 'said', 'reported/cue-clause'),
    named(['It hurts,'], 'the striker', 'the striker', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the striker" after a bare name that spoke still links', 'Dellavalle said the team played well. "It hurts," the striker said.', [
    named(['the team played well'], 'Dellavalle', 'Dellavalle', 'said', 'reported/cue-clause'),
    named(['It hurts,'], 'the striker', 'Dellavalle', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // 3. "the company" after a news outlet
  ['"Reuters reported. The company said": the business before the outlet', 'Shares of Harlow Foods fell 5 percent, Reuters reported. The company said it would cut jobs.', [
    named(['Shares of Harlow Foods fell 5 percent'], 'Reuters', 'Reuters', 'reported', 'reported/content-speaker-cue'),
    named(['it would cut jobs'], 'The company', 'Harlow Foods', 'said', 'reported/cue-clause'),
  ]],
  ['"reported by the Daily Post. The company said": no outlet for the company', 'The deal was first reported by the Daily Post. The company said it would comment later.', [
    named(['The deal'], 'the Daily Post', 'Daily Post', 'was first reported', 'reported/passive-subject'),
    named(['it would comment later'], 'The company', 'The company', 'said', 'reported/cue-clause'),
  ]],
  ['a business whose name ends in a trade word is still the company', 'Guardian Industries cut 200 jobs on Monday. The company said demand had fallen.', [
    named(['demand had fallen'], 'The company', 'Guardian Industries', 'said', 'reported/cue-clause'),
  ]],
  ['"Shares of X Industries fell. The company said" still names X', 'Shares of Corvane Industries fell. The company said it would cut jobs.', [
    named(['it would cut jobs'], 'The company', 'Corvane Industries', 'said', 'reported/cue-clause'),
  ]],
  // 4. "NAME, STATE:" before a quotation
  ['a person and a home state before a colon is a vox pop', 'Tom Hartley, Ohio: "I voted for change."', [
    named(['I voted for change.'], 'Tom Hartley', 'Tom Hartley', null, 'direct/roundup', 'direct'),
  ]],
  ['a person and a state\'s name of two words', 'Ann Lee, New York: "Prices are too high."', [
    named(['Prices are too high.'], 'Ann Lee', 'Ann Lee', null, 'direct/roundup', 'direct'),
  ]],
  ['a town and its state still names no one', 'Dover, Delaware: "Nobody came."', []],
  ['a city of three words and its state still names no one', 'Salt Lake City, Utah: "The roads are closed."', []],
  // 5. a given name is no kind of business
  ['"Charity" opening a name of three words is a first name', 'Charity Mwangi Otieno said the fund was empty.', [
    named(['the fund was empty'], 'Charity Mwangi Otieno', 'Charity Mwangi Otieno', 'said', 'reported/cue-clause'),
  ]],
  ['"Insurer" before a body\'s name is still left out', 'Insurer Norvale Mutual Group said claims rose.', [
    named(['claims rose'], 'Insurer Norvale Mutual Group', 'Norvale Mutual Group', 'said', 'reported/cue-clause'),
  ]],
];

describe('read60: review fixes', () => {
  test.each(cases)('%s', (_name, input, rows) => {
    expect(namedRows(extract(input))).toEqual(rows);
  });
});
