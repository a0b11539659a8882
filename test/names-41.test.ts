/**
 * Speaker names, round 41 (names41): a pronoun subject set off from its verb
 * by a short adverbial aside still opens the clause a later cue after "and"
 * is coordinated with (`and she, once again, pledged ... and said`); the spot
 * a speaker named after an inverted cue spoke from is no part of the speaker
 * (`shouted one neighbour from her window`). Invented sentences; each row:
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
  // negatives: a body the speaker belongs to stays in the description; a place name stays a tail
  ['negative', '"We will win," said an aide to her campaign.', [
    '"We will win," | said | an aide to her campaign | person | description | an aide to her campaign',
    'an aide to her campaign | person | an aide to her campaign',
  ]],
  ['negative', '"We will win," said one neighbour from her street.', [
    '"We will win," | said | one neighbour from her street | person | description | one neighbour from her street',
    'one neighbour from her street | person | one neighbour from her street',
  ]],
];

describe('names 41: a pronoun set off by an aside, and the spot a speaker spoke from', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
