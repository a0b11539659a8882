/**
 * Known wrong outputs, round 28 (fix26): quoted words after a second verb
 * that neither judges nor speaks ("and painted the harbor \"...\""), a time
 * word's possessive opening the clause after a cue or its listener ("said
 * yesterday's ruling ...", "told reporters Friday's meeting ..."), a place or
 * occasion phrase before an infinitive ("promised in a speech to ..."), a
 * group's name with "of the" ("a group called Friends of the Pier"), and a
 * "not" before a speaker's participle ("Residents not affected by ..."); with
 * every category, a state of mind with a clause and no "that" ("is confident
 * the reforms will clear the upper house ...").
 * Invented sentences; each row: input, and the expected
 * `kind | text | speaker | cue | rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteLines as rows } from './support/rows.js';

// [class, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['conjoined-not-report', 'The mayor called the plan "a joke" and painted the harbor "bright blue."', ['mixed | the plan "a joke" | The mayor | called | reported/cue-quoted-object']],
  ['conjoined-not-report', 'The mayor called the plan "a joke" and watched the vote on "channel four."', ['mixed | the plan "a joke" | The mayor | called | reported/cue-quoted-object']],
  ['conjoined-not-report', 'The coach called the loss "a wake-up call" and cleaned the locker room "top to bottom."', ['mixed | the loss "a wake-up call" | The coach | called | reported/cue-quoted-object']],
  ['conjoined-unchanged', 'The mayor called the plan "a joke" and likened it to "a sinking ship."', ['mixed | the plan "a joke" | The mayor | called | reported/cue-quoted-object', 'mixed | it to "a sinking ship." | The mayor | likened | reported/cue-quoted-object']],
  ['conjoined-unchanged', 'The critic called the film "a mess" and ranked it among the "worst of the year."', ['mixed | the film "a mess" | The critic | called | reported/cue-quoted-object', 'mixed | it among the "worst of the year." | The critic | ranked | reported/conjoined-quoted']],
  ['time-possessive', 'The governor said yesterday\'s ruling was unfair.', ['indirect | yesterday\'s ruling was unfair | The governor | said | reported/cue-clause']],
  ['time-possessive', 'The governor said today\'s vote was a mistake.', ['indirect | today\'s vote was a mistake | The governor | said | reported/cue-clause']],
  ['time-possessive', 'The governor told reporters Friday\'s meeting was canceled.', ['indirect | Friday\'s meeting was canceled | The governor | told | reported/cue-clause']],
  ['time-possessive', 'The governor told reporters last week\'s vote was a mistake.', ['indirect | last week\'s vote was a mistake | The governor | told | reported/cue-clause']],
  ['time-possessive', 'The governor told the panel yesterday\'s ruling was unfair.', ['indirect | yesterday\'s ruling was unfair | The governor | told | reported/cue-clause']],
  ['time-possessive-unchanged', 'The governor said Friday\'s vote was a mistake.', ['indirect | Friday\'s vote was a mistake | The governor | said | reported/cue-clause']],
  ['time-possessive-unchanged', 'The chief told reporters on Friday the road would reopen.', ['indirect | the road would reopen | The chief | told | reported/cue-clause']],
  ['occasion-infinitive', 'The council promised in a speech to cut fares.', ['indirect | to cut fares | The council | promised | reported/cue-infinitive']],
  ['occasion-infinitive', 'The mayor pledged during the debate to lower taxes.', ['indirect | to lower taxes | The mayor | pledged | reported/cue-infinitive']],
  ['occasion-infinitive', 'The union vowed at the rally to keep striking.', ['indirect | to keep striking | The union | vowed | reported/cue-infinitive']],
  ['occasion-infinitive-unchanged', 'The council vowed last month to cut fares.', ['indirect | to cut fares | The council | vowed | reported/cue-infinitive']],
  ['occasion-infinitive-unchanged', 'The chief promised in a letter to residents that the road would open.', ['indirect | the road would open | The chief | promised | reported/cue-that']],
  ['group-of-name', 'A coalition called Friends of the Pier said the plan would fail.', ['indirect | the plan would fail | Friends of the Pier | said | reported/cue-clause']],
  ['group-of-name', 'A group named Friends of the Library said it would sue.', ['indirect | it would sue | Friends of the Library | said | reported/cue-clause']],
  ['group-of-name-unchanged', 'Friends of the Pier said the plan would fail.', ['indirect | the plan would fail | Friends of the Pier | said | reported/cue-clause']],
  ['group-of-name-unchanged', 'Friends of the mayor said the plan would fail.', ['indirect | the plan would fail | Friends of the mayor | said | reported/cue-clause']],
  ['not-participle', 'Residents not affected by the flood said the repairs were slow.', ['indirect | the repairs were slow | Residents not affected by the flood | said | reported/cue-clause']],
  ['not-participle', 'Teachers not covered by the deal said they would strike.', ['indirect | they would strike | Teachers not covered by the deal | said | reported/cue-clause']],
  ['not-participle-unchanged', 'Residents affected by the flood said the repairs were slow.', ['indirect | the repairs were slow | Residents affected by the flood | said | reported/cue-clause']],
  ['pronoun-unchanged', 'Ana Ruiz thanked Peter Kane. "We are done," she said.', ['direct | We are done, | Ana Ruiz | said | direct/trailing-speaker-cue']],
];

/** Every cue category on. */
const ALL = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

// every category: an adjective of a state of mind takes a clause with no "that" (a short one stays under the thought bar)
const THOUGHT: readonly (readonly [string, string, readonly string[]])[] = [
  ['bare-thought-clause', 'The minister is confident the reforms will clear the upper house by early spring.', ['indirect | the reforms will clear the upper house by early spring | The minister | is confident | reported/cue-clause']],
  ['bare-thought-clause', 'Aides are sure they will win the vote in the state senate next week.', ['indirect | they will win the vote in the state senate next week | Aides | are sure | reported/cue-clause']],
  // (the subject pronoun "I" too, capital and all)
  ['bare-thought-clause', 'The mayor is confident I will sign the harbor bill before the end of the month.', ['indirect | I will sign the harbor bill before the end of the month | The mayor | is confident | reported/cue-clause']],
  ['bare-thought-clause-short', 'The minister is confident the reforms will pass.', ['indirect | the reforms will pass | The minister | is confident | reported/cue-clause']],
  ['bare-thought-clause-unchanged', 'The minister is confident that the reforms will pass.', ['indirect | the reforms will pass | The minister | is confident | reported/cue-that']],
  // (an adjective with its preposition is reported/state-object's, since optin28)
  ['bare-thought-clause-unchanged', 'She was confident about the plan for the new harbor and the ferry.', ['indirect | the plan for the new harbor and the ferry | She | was confident about | reported/state-object']],
];

describe('known wrong outputs, round 28 (fix26), every category', () => {
  test.each(THOUGHT)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input, { categories: [...ALL.categories] }))).toEqual(expected);
  });
  test('the bare thought clause is opt-in', () => {
    expect(rows(extract('Aides are sure they will win the vote in the state senate next week.'))).toEqual([]);
  });
});

describe('known wrong outputs, round 28 (fix26)', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
