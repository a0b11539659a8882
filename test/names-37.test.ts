/**
 * Speaker names and kinds, round 37 (names37): a title that ends an
 * affiliation inside a run of capitalised words leaves the name after it
 * (`Law School Dean Ada Foley` speaks as `Ada Foley`, a person; so `District
 * Judge`, `State Senator Dr.`, `Rev.`); a body's head that takes "of" before a
 * capitalised name heads an organisation (`United Auto Workers of America`); and after "the" such an office with no
 * name after it is a description (`The City Manager said`); a name set off
 * after a body's noun is the speaker, of any kind but a place or a group (`...,
 * the company, Acme Holdings, said`), with a word the tagger read as no proper
 * noun (`Starline Live`) or a plural's apostrophe (`Leaders' College`) inside.
 * Invented sentences; each row: input, and the expected
 * `quote | cue | name | kind | via | mention` of each quote in order, then
 * the speaker entities (`name | kind | mentions`).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { entityRows, nameRows } from './support/name-rows.js';

// [rule family, invented input, expected quote rows then the speaker entities]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['inner title', 'Law School Dean Ada Foley said the merger was a mistake.', [
    'the merger was a mistake | said | Ada Foley | person | name | Law School Dean Ada Foley',
    'Ada Foley | person | Law School Dean Ada Foley',
  ]],
  ['inner title', 'U.S. District Judge Carlo Brenneman ruled that the ban was unlawful.', [
    'the ban was unlawful | ruled | Carlo Brenneman | person | name | U.S. District Judge Carlo Brenneman',
    'Carlo Brenneman | person | U.S. District Judge Carlo Brenneman',
  ]],
  ['inner title', 'Former State Senator Dr. Kelda Marrow said the clinic would close.', [
    'the clinic would close | said | Kelda Marrow | person | name | Former State Senator Dr. Kelda Marrow',
    'Kelda Marrow | person | Former State Senator Dr. Kelda Marrow',
  ]],
  ['inner title', 'Baptist Rev. Ann Tillery said the vigil would go ahead.', [
    'the vigil would go ahead | said | Ann Tillery | person | name | Baptist Rev. Ann Tillery',
    'Ann Tillery | person | Baptist Rev. Ann Tillery',
  ]],
  ['body of', 'United Auto Workers of America said the contract was a step back.', [
    'the contract was a step back | said | United Auto Workers of America | organization | name | United Auto Workers of America',
    'United Auto Workers of America | organization | United Auto Workers of America',
  ]],
  ['body of', 'The Harbor City Chamber of Commerce said the toll would hurt shops.', [
    'the toll would hurt shops | said | Harbor City Chamber of Commerce | organization | name | The Harbor City Chamber of Commerce',
    'Harbor City Chamber of Commerce | organization | The Harbor City Chamber of Commerce',
  ]],
  ['bare title', 'The City Manager said the budget was late.', [
    'the budget was late | said | The City Manager | person | description | The City Manager',
    'The City Manager | person | The City Manager',
  ]],
  ['bare title', 'The Police Chief said the road would stay closed.', [
    'the road would stay closed | said | The Police Chief | person | description | The Police Chief',
    'The Police Chief | person | The Police Chief',
  ]],
  ['bare title', 'The Fire Chief, Tomas Rendell, said the road would stay closed.', [
    'the road would stay closed | said | Tomas Rendell | person | name | The Fire Chief, Tomas Rendell',
    'Tomas Rendell | person | The Fire Chief, Tomas Rendell',
  ]],
  ['body appositive', 'The plant will close in May, the company, Acme Holdings, said on Tuesday.', [
    'The plant will close in May | said | Acme Holdings | organization | name | the company, Acme Holdings',
    'Acme Holdings | organization | the company, Acme Holdings',
  ]],
  ['body appositive', 'The show was cancelled after the storm, the promoter, Starline Live, said.', [
    'The show was cancelled after the storm | said | Starline Live | person | name | the promoter, Starline Live',
    'Starline Live | person | the promoter, Starline Live',
  ]],
  ['body appositive', "The trip was cancelled, their children's school, Leaders' College, confirmed.", [
    "The trip was cancelled | confirmed | Leaders' College | organization | name | their children's school, Leaders' College",
    "Leaders' College | organization | their children's school, Leaders' College",
  ]],
  ['plural possessive', "Leaders' College said the trip was off.", [
    "the trip was off | said | Leaders' College | organization | name | Leaders' College",
    "Leaders' College | organization | Leaders' College",
  ]],
  // negative: a plural's apostrophe before a title opens no body's name
  ['negative', "Sanders' Campaign Manager Tom Lee said the vote was rigged.", [
    "the vote was rigged | said | Tom Lee | person | name | Sanders' Campaign Manager Tom Lee",
    "Tom Lee | person | Sanders' Campaign Manager Tom Lee",
  ]],
  // negatives: a first name before the title word, a surname that is a title word, a title phrase with "of"
  ['negative', 'City Manager Ada Moss said the budget was late.', [
    'the budget was late | said | Ada Moss | person | name | City Manager Ada Moss',
    'Ada Moss | person | City Manager Ada Moss',
  ]],
  ['negative', 'Howard Dean said the merger was a mistake.', [
    'the merger was a mistake | said | Howard Dean | person | name | Howard Dean',
    'Howard Dean | person | Howard Dean',
  ]],
  ['negative', 'Secretary of State Ann Colley said the talks had failed.', [
    'the talks had failed | said | Ann Colley | person | name | Secretary of State Ann Colley',
    'Ann Colley | person | Secretary of State Ann Colley',
  ]],
  ['negative', 'Mara Chambers of Dayton said the talks had failed.', [
    'the talks had failed | said | Mara Chambers | person | name | Mara Chambers of Dayton',
    'Mara Chambers | person | Mara Chambers of Dayton',
  ]],
];

describe('names 37: titles inside a run, bodies named with "of"', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
