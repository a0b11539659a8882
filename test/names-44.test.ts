/**
 * Speaker names, round 44 (names44): a name in apposition after a
 * description that holds a relative clause speaks (`The head of the firm
 * that built the bridge, Tom Reyes, said ...` is Tom Reyes, not the whole
 * description); a phrase with no verb before "told" and a participle is the
 * cue's subject, not a content with an inverted speaker (`The candidate, Ann
 * Lee, told voters in the square, speaking ...`); an infinitive of purpose
 * after a verb's object and a prepositional phrase takes the verb's subject
 * (`Ann Lee called a meeting on Monday to announce that ...`).
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
  ['appositive name after a relative clause', 'The head of the firm that built the bridge, Tom Reyes, said the deck was safe.', [
    'the deck was safe | said | Tom Reyes | person | name | The head of the firm that built the bridge, Tom Reyes',
    'Tom Reyes | person | The head of the firm that built the bridge, Tom Reyes',
  ]],
  ['appositive name after a relative clause', 'The editor of the weekly that printed the letter, Dr Mina Brook, said she stood by it.', [
    'she stood by it | said | Mina Brook | person | name | The editor of the weekly that printed the letter, Dr Mina Brook',
    'Mina Brook | person | The editor of the weekly that printed the letter, Dr Mina Brook',
  ]],
  ['appositive name after a relative clause', 'A spokesman for the group that runs the shelter, Ivo Tamm, told reporters the doors would stay open.', [
    'the doors would stay open | told | Ivo Tamm | person | name | A spokesman for the group that runs the shelter, Ivo Tamm',
    'Ivo Tamm | person | A spokesman for the group that runs the shelter, Ivo Tamm',
  ]],
  ['no verb before "told" and a participle', 'The candidate, Ann Lee, told voters in the square, speaking in Welsh.', []],
  ['no verb before "told" and a participle', 'The new coach, Tom Reyes, told players at the camp, standing by the gate.', []],
  ['purpose infinitive after an object and an adjunct', 'Ann Lee called a meeting on Monday to announce that the vote was off.', [
    'the vote was off | to announce | Ann Lee | person | name | Ann Lee',
    'Ann Lee | person | Ann Lee',
  ]],
  ['purpose infinitive after an object and an adjunct', 'Tom Reyes stopped me in the hall to say that the pier was closed.', [
    'the pier was closed | to say | Tom Reyes | person | name | Tom Reyes',
    'Tom Reyes | person | Tom Reyes',
  ]],
  // negatives: a name with its own appositive after "like" keeps the group; an inverted speaker after a clause still reports it
  ['negative', 'Some critics of the levy, like Ann Lee, a lawyer in Dover, also argue that it is unfair.', [
    'it is unfair | also argue | Some critics of the levy, like Ann Lee | group | description | Some critics of the levy, like Ann Lee, a lawyer in Dover',
    'Some critics of the levy, like Ann Lee | group | Some critics of the levy, like Ann Lee, a lawyer in Dover',
  ]],
  ['negative', 'The mayor urged voters in the town to say that the levy was fair.', [
    'voters in the town to say that the levy was fair | urged | The mayor | person | description | The mayor',
    'The mayor | person | The mayor',
  ]],
  ['negative', 'The scandal put pressure on the mayor to explain that the vote was off.', [
    'the vote was off | to explain | null',
    '-',
  ]],
  ['negative', 'The levy is unfair to the poor, said Ann Lee, speaking in Dover.', [
    'The levy is unfair to the poor | said | Ann Lee | person | name | Ann Lee',
    'Ann Lee | person | Ann Lee',
  ]],
];

describe('names 44: appositive names after relative clauses, verbless subjects before "told"', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
