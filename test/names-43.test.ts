/**
 * Speaker names, round 43 (names43): an attribution set off by commas between
 * a verb and its "that" clause speaks the whole sentence (`The figures
 * indicate, she said, that ...`), not the verb's subject; an irregular
 * participle after its noun ("sent", "hit") describes the noun, which heads
 * the speaker (`A letter sent to the mayor ... said`); "who" goes back past
 * a thing after a participle's preposition to what the participle describes
 * (`many named in the report who said`); a cue form the tagger read as a
 * noun after a subject and before a colon and a quotation is the verb
 * (`The pier board affirms: "..."`); a participle after a quoted object of a
 * clause joined by "and" takes that clause's subject (`..., and Ann Lee
 * called the plan "a folly," saying`).
 * Invented sentences; each row:
 * input, and the expected `quote | cue | name | kind | via | mention` of each
 * quote in order, then the speaker entity of each quote (`name | kind |
 * mentions`).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { entityRows, nameRows } from './support/name-rows.js';

// [rule family, invented input, expected quote rows then the speaker entities]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['inserted attribution before "that"', 'The figures indicate, she said in an interview, that prices fell.', [
    'The figures indicate, she said in an interview, that prices fell | said | she | unknown | pronoun | she',
    'she | unknown | she',
  ]],
  ['inserted attribution before "that"', 'Ann Lee, a farmer, spoke first. The records show, she said, that the mayor knew.', [
    'The records show, she said, that the mayor knew | said | Ann Lee | person | pronoun | she',
    'Ann Lee | person | Ann Lee, she',
  ]],
  ['inserted attribution before "that"', 'The pier may reopen. The engineers expect, Tom Reyes said, that it will open in May.', [
    'The engineers expect, Tom Reyes said, that it will open in May | said | Tom Reyes | person | name | Tom Reyes',
    'Tom Reyes | person | Tom Reyes',
  ]],
  ['irregular participle after its noun', 'A letter sent to the mayor two weeks after the storm said the pier was unsafe.', [
    'the pier was unsafe | said | A letter sent to the mayor two weeks after the storm | unknown | description | A letter sent to the mayor two weeks after the storm',
    'A letter sent to the mayor two weeks after the storm | unknown | A letter sent to the mayor two weeks after the storm',
  ]],
  ['irregular participle after its noun', 'Farmers hit by the drought say the levy is unfair.', [
    'the levy is unfair | say | Farmers hit by the drought | group | description | Farmers hit by the drought',
    'Farmers hit by the drought | group | Farmers hit by the drought',
  ]],
  ['"who" past a thing after a participle', 'Ada Moss, one of many named in the report who said she was innocent, left the city.', [
    'she was innocent | said | many | group | description | who',
    'many | group | many, who',
  ]],
  // (a subject whose kind is known: "Article 12" would be read as a person's name, a kind this row must not pin)
  ['verb read as a noun before a colon and a quotation', 'The charter is clear. The pier board affirms: "No town shall tax a pier."', [
    '"No town shall tax a pier." | affirms | The pier board | organization | description | The pier board',
    'The pier board | organization | The pier board',
  ]],
  ['verb read as a noun before a colon and a quotation', 'The charter is clear. Mayor Ada Moss affirms: "No town shall tax a pier."', [
    '"No town shall tax a pier." | affirms | Ada Moss | person | name | Mayor Ada Moss',
    'Ada Moss | person | Mayor Ada Moss',
  ]],
  ['participle after a joined clause\'s quoted object', 'The mayor pleaded for calm, and Ann Lee called the plan "a folly that fails," saying it would cost too much.', [
    'the plan "a folly that fails," | called | Ann Lee | person | name | Ann Lee',
    'it would cost too much | saying | Ann Lee | person | name | Ann Lee',
    'Ann Lee | person | Ann Lee',
    'Ann Lee | person | Ann Lee',
  ]],
  // negatives: a verb's own clause with no attribution inside; an irregular past before its object is the clause's verb
  ['negative', 'The mayor called the plan "a folly," saying it would cost too much.', [
    'the plan "a folly," | called | The mayor | person | description | The mayor',
    'it would cost too much | saying | The mayor | person | description | The mayor',
    'The mayor | person | The mayor',
    'The mayor | person | The mayor',
  ]],
  ['negative', 'He met the author of the report who said it was wrong.', [
    'it was wrong | said | the author of the report | person | description | who',
    'the author of the report | person | the author of the report, who',
  ]],
  ['negative', 'The mayor held talks after the board said the pier was unsafe.', [
    'the pier was unsafe | said | the board | organization | description | the board',
    'the board | organization | the board',
  ]],
  ['negative', 'The figures indicate that prices fell, she said.', [
    'The figures indicate that prices fell | said | she | unknown | pronoun | she',
    'she | unknown | she',
  ]],
];

describe('names 43: inserted attributions, irregular participles', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
