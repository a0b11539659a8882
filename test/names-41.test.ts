/**
 * Speaker names, round 41 (names41): a pronoun subject set off from its verb
 * by a short adverbial aside still opens the clause a later cue after "and"
 * is coordinated with (`and she, once again, pledged ... and said`); the spot
 * a speaker named after an inverted cue spoke from is no part of the speaker
 * (`shouted one neighbour from her window`); a verb of retort read as a noun
 * before "back" opens a medium like a verb (`Ivo Brandt shot back in an
 * article explaining ...`); a participle after a comma and a time adjunct
 * (`, at one point calling`) takes the nearer clause's subject after "and",
 * past an infinitive in that clause's object; the object of "like" after
 * "and" is no subject (`runs a farm, and like Ann Lee has spoken about`).
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
  ['pronoun set off by an aside', 'Ana Moss thanked the crew, and she, once again, pledged to rebuild and said the pier would open.', [
    'to rebuild | pledged | Ana Moss | person | pronoun | she',
    'the pier would open | said | Ana Moss | person | pronoun | she',
    'Ana Moss | person | Ana Moss, she',
    'Ana Moss | person | Ana Moss, she',
  ]],
  ['pronoun set off by an aside', 'Tom Reyes greeted the crowd, and he, for his part, vowed to stay and said the plan was sound.', [
    'to stay | vowed | Tom Reyes | person | pronoun | he',
    'the plan was sound | said | Tom Reyes | person | pronoun | he',
    'Tom Reyes | person | Tom Reyes, he',
    'Tom Reyes | person | Tom Reyes, he',
  ]],
  ['spot the speaker spoke from', '"Turn it down!" shouted one neighbour from her window.', [
    '"Turn it down!" | shouted | one neighbour | person | description | one neighbour',
    'one neighbour | person | one neighbour',
  ]],
  ['spot the speaker spoke from', '"Order, please," called a clerk from his cluttered desk.', [
    '"Order, please," | called | a clerk | person | description | a clerk',
    'a clerk | person | a clerk',
  ]],
  ['retort read as a noun before its particle', 'Mia Ortiz fired back in an article stating that the mill had never closed.', [
    'the mill had never closed | stating | Mia Ortiz | person | name | Mia Ortiz',
    'Mia Ortiz | person | Mia Ortiz',
  ]],
  ['retort read as a noun before its particle', 'Ivo Brandt shot back in an article explaining that the pier was safe.', [
    'the pier was safe | explaining | Ivo Brandt | person | name | Ivo Brandt',
    'Ivo Brandt | person | Ivo Brandt',
  ]],
  ['adjunct before a participle, nearer clause', 'Mayor Ann Lee pushed a new pier, but the plan collapsed, and she has fought with the port over how best to fix its books, at one point calling the director a "liar."', [
    'the director a "liar." | calling | Ann Lee | person | pronoun | she',
    'Ann Lee | person | Mayor Ann Lee, she',
  ]],
  ['adjunct before a participle, nearer clause', 'Ann Lee spoke for an hour, at one point calling the levy "a disgrace."', [
    'the levy "a disgrace." | calling | Ann Lee | person | name | Ann Lee',
    'Ann Lee | person | Ann Lee',
  ]],
  ['comparison after "and"', 'Tom Reyes runs a farm, and like Ann Lee has spoken about the need for water.', [
    'the need for water | has spoken about | Tom Reyes | person | name | Tom Reyes',
    'Tom Reyes | person | Tom Reyes',
  ]],
  ['comparison after "and"', 'Tom Reyes runs a farm but unlike Ann Lee has argued that the plan was bad.', [
    'the plan was bad | has argued | Tom Reyes | person | name | Tom Reyes',
    'Tom Reyes | person | Tom Reyes',
  ]],
  // (not "like" as a conjunction after a verb: its clause's subject speaks)
  ['negative', 'It looks like Ann Lee has said the plan was bad.', [
    'the plan was bad | has said | Ann Lee | person | name | Ann Lee',
    'Ann Lee | person | Ann Lee',
  ]],
  // negatives: a body the speaker belongs to stays in the description; a place name stays a tail; a noun "shot" is no verb
  ['negative', 'The coach took a shot back in the ring, saying he was fine.', [
    'he was fine | saying | The coach | person | description | The coach',
    'The coach | person | The coach',
  ]],
  ['negative', '"We will win," said an aide to her campaign.', [
    '"We will win," | said | an aide to her campaign | person | description | an aide to her campaign',
    'an aide to her campaign | person | an aide to her campaign',
  ]],
  ['negative', '"We will win," said one neighbour from her street.', [
    '"We will win," | said | one neighbour from her street | person | description | one neighbour from her street',
    'one neighbour from her street | person | one neighbour from her street',
  ]],
];

describe('names 41: asides, spots, retorts and adjuncts before a participle', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
