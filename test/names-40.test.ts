/**
 * Speaker names, round 40 (names40): the one who spends time or words doing
 * something speaks the gerund cue after them, not the time or the speech
 * (`Tom Reyes spent much of his speech praising ...`); a participle after a
 * clause opened by a subordinator takes that clause's subject when its verb
 * stands further back (up to 14 tokens before the comma) or a short adjunct
 * stands between the subordinator and the subject (`though in a radio
 * interview last week she used stronger words, saying ...`). Invented
 * sentences; each row: input, and the expected `quote | cue | name | kind |
 * via | mention` of each quote in order, then the speaker entity of each
 * quote (`name | kind | mentions`).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { entityRows, nameRows } from './support/name-rows.js';

// [rule family, invented input, expected quote rows then the speaker entities]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['time spent', 'On Friday, Tom Reyes spent much of his own long speech praising the new mayor.', [
    'the new mayor | praising | Tom Reyes | person | name | Tom Reyes',
    'Tom Reyes | person | Tom Reyes',
  ]],
  ['time spent', 'Ann Lee spoke first, and then, flanked by aides, she spent most of the evening praising her rival.', [
    'her rival | praising | Ann Lee | person | pronoun | she',
    'Ann Lee | person | Ann Lee, she',
  ]],
  ['time spent', 'Mr. Ortiz spent the rest of the hearing insisting that the vote was fair.', [
    'the vote was fair | insisting | Ortiz | person | name | Mr. Ortiz',
    'Ortiz | person | Mr. Ortiz',
  ]],
  ['subordinate clause, verb further back', 'The uproar began two months after the former banker entered the race for the county board with harsh words about local farmers, calling them thieves and vowing to cut their subsidies.', [
    'to cut their subsidies | vowing | the former banker | person | description | the former banker',
    'the former banker | person | the former banker',
  ]],
  ['subordinate clause, adjunct after the subordinator', 'Mayor Ann Lee has been criticized for her budget, though in a radio interview last week she used stronger words, saying the levy must pass.', [
    'the levy must pass | saying | Ann Lee | person | pronoun | she',
    'Ann Lee | person | Mayor Ann Lee, she',
  ]],
  ['subordinate clause, adjunct after the subordinator', 'The crowd grew quiet when, at the rally, Tom Reyes turned to the stage, shouting that the plan was dead.', [
    'the plan was dead | shouting | Tom Reyes | person | name | Tom Reyes',
    'Tom Reyes | person | Tom Reyes',
  ]],
  ['subordinate clause, adjunct after the subordinator', 'Ann Lee was booed, though in the end the crowd cheered, saying the levy was fair.', [
    'the levy was fair | saying | the crowd | group | description | the crowd',
    'the crowd | group | the crowd',
  ]],
  // negatives: a medium after "on" stays its issuer's; money spent on ads is no cue
  ['negative', 'Ann Lee spent the money on a radio spot saying that Reyes had lied.', [
    'Reyes had lied | saying | Ann Lee | person | name | Ann Lee',
    'Ann Lee | person | Ann Lee',
  ]],
  ['negative', 'The group spent two million dollars on ads attacking the mayor.', []],
];

describe('names 40: time spent doing, and a subordinate clause further back or after an adjunct', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
