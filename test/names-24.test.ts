/**
 * Speaker names, round 24 (names24, issue 10 leftovers): a name set off after
 * a long description whose organisation holds "of" and is followed by a place
 * ("The director of the Museum of Modern Art in Boston, Peter Lang, said");
 * a two-letter surname the tagger does not read as a name ("said Li Na"); an
 * inverted cue with a description, its name and a colon ('Said the owner,
 * Ruth Klein: "..."'); "they" opening a sentence after a group that opened
 * the one before; and plural heads that name people or bodies ("Investors",
 * "Aid agencies") as groups. Invented sentences; each row: input, and the
 * expected `name | kind | via | mention` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote's speaker as `name | kind | via | mention text`, or null. */
function speakers(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via} | ${q.speaker.mention?.text ?? ''}` : null));
}

// [rule family, invented input, expected speaker of each quote in order]
const TABLE: readonly (readonly [string, string, readonly (string | null)[]])[] = [
  // a person head, "of", an organisation with "of" inside, a place phrase, then the name set off by commas
  ['appositive-after-place', 'The director of the Museum of Modern Art in Boston, Peter Lang, said the show would travel.', ['Peter Lang | person | name | The director of the Museum of Modern Art in Boston, Peter Lang']],
  ['appositive-after-place', 'The head of the Bank of England in London, Carla Beck, said rates would stay high.', ['Carla Beck | person | name | The head of the Bank of England in London, Carla Beck']],
  ['appositive-after-place', 'A spokesman for the Department of Health in Ohio, Mark Hale, said the clinic would close.', ['Mark Hale | person | name | A spokesman for the Department of Health in Ohio, Mark Hale']],
  ['appositive-after-place', 'The curator of the Museum of Fine Arts in Houston, Ann Lee, told reporters that the loan was approved.', ['Ann Lee | person | name | The curator of the Museum of Fine Arts in Houston, Ann Lee']],
  // unchanged: without a name after it, the description speaks
  ['appositive-after-place-unchanged', 'The director of the museum in Boston said the show would travel.', ['The director of the museum in Boston | person | description | The director of the museum in Boston']],
  // a two-letter surname after a first name
  ['short-surname', '"We will appeal," said Li Na.', ['Li Na | person | name | Li Na']],
  ['short-surname', 'Li Na said the team would rest.', ['Li Na | person | name | Li Na']],
  ['short-surname', '"We are done," said Chen Yu.', ['Chen Yu | person | name | Chen Yu']],
  ['short-surname', '"We are done," said Jin Oh.', ['Jin Oh | person | name | Jin Oh']],
  ['short-surname', '"We are done," said Lee An.', ['Lee An | person | name | Lee An']],
  // unchanged: a lower-case word, or a word opening the next sentence, is no surname
  ['short-surname-unchanged', '"We will appeal," said Li on Friday.', ['Li | person | name | Li']],
  ['short-surname-unchanged', '"That is all," said Ann Lee. Do you agree?', ['Ann Lee | person | name | Ann Lee']],
  // an inverted cue: the name set off after the description, before the colon, speaks
  ['inverted-colon', 'Said the owner, Ruth Klein: "We will rebuild."', ['Ruth Klein | person | name | the owner, Ruth Klein']],
  ['inverted-colon', 'Said a spokesman for the airline, Mark Hale: "Flights will resume."', ['Mark Hale | person | name | a spokesman for the airline, Mark Hale']],
  ['inverted-colon-unchanged', 'Said the owner: "We will rebuild."', ['the owner | person | description | the owner']],
  // "they" opening a sentence: the group that opened the sentence before
  ['they-group', 'Nurses at the hospital walked out. They said the wards were unsafe.', ['Nurses at the hospital | group | pronoun | They']],
  ['they-group', 'Parents of the pupils met the board. They said the school was failing.', ['Parents of the pupils | group | pronoun | They']],
  // unchanged: a thing is no group
  ['they-group-unchanged', 'The bridge collapsed on Monday. They said the repairs would take months.', ['They | unknown | pronoun | They']],
  // plural heads of people or bodies are groups
  ['plural-kind', 'Human rights groups said the law was unfair.', ['Human rights groups | group | description | Human rights groups']],
  ['plural-kind', 'The fishing crews said the quotas were too low.', ['The fishing crews | group | description | The fishing crews']],
  ['plural-kind', 'Investors said the deal was a mistake.', ['Investors | group | description | Investors']],
  ['plural-kind', 'Aid agencies said the convoy had been stopped.', ['Aid agencies | group | description | Aid agencies']],
  ['plural-kind-unchanged', 'The documents said the plan was old.', ['The documents | unknown | description | The documents']],
];

describe('speaker names, round 24', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
});
