/**
 * Speaker names, round 42 (names42): the past of a verb that takes no object
 * is the clause's verb, no participle describing a long subject (`The quarrel
 * erupted a week after the mayor joined ..., vowing`); a quoted paragraph
 * that continues a speaker goes back to the quote that holds the nested one
 * before it; an auxiliary joined by "and" to the cue's (`has and will continue
 * to advise`); a quantifier alone before a participle and its preposition
 * heads the subject (`several included on it told`); the whole object of a
 * verb of perceiving with a participle before its head speaks (`we watch Ann
 * Lee's loyal negotiating partners in Dover referring to`); a capitalised word
 * read as an adverb opens the name after it (`the left-leaning New Democratic
 * Party`); two adverbs in -ly joined by a comma before the verb (`she
 * repeatedly, implicitly criticized`).
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
  ['verb that takes no object', 'The quarrel erupted a week after the mayor joined the contest with harsh words, vowing to cut taxes.', [
    'to cut taxes | vowing | the mayor | person | description | the mayor',
    'the mayor | person | the mayor',
  ]],
  ['verb that takes no object', 'The row happened a day after the senator entered the race, promising to cut taxes.', [
    'to cut taxes | promising | the senator | person | description | the senator',
    'the senator | person | the senator',
  ]],
  ['nested quote before a continued paragraph', 'Her neighbours have mocked the plan, calling it "a folly," Ann Vey said as she turned around.\n\n"But it is our folly, and we love it!"', [
    'Her neighbours have mocked the plan, calling it "a folly," | said | Ann Vey | person | name | Ann Vey',
    'the plan | have mocked | Her neighbours | group | description | Her neighbours',
    '"But it is our folly, and we love it!" |  | Ann Vey | person | context | ',
    'Ann Vey | person | Ann Vey',
    'Her neighbours | group | Her neighbours',
    'Ann Vey | person | Ann Vey',
  ]],
  ['auxiliaries joined by "and"', 'Lee is no expert, which is why Tom Reyes has and will continue to advise the council on strategy.', [
    'the council on strategy | will continue to advise | Tom Reyes | person | name | Tom Reyes',
    'Tom Reyes | person | Tom Reyes',
  ]],
  ['auxiliaries joined by "and"', 'The mayor can and will say that the pier is safe.', [
    'the pier is safe | will say | The mayor | person | description | The mayor',
    'The mayor | person | The mayor',
  ]],
  ['quantifier before a participle', 'The list was leaked, and several included on it told the paper they were never asked.', [
    'they were never asked | told | several included on it | group | description | several included on it',
    'several included on it | group | several included on it',
  ]],
  ['quantifier before a participle', 'Many named in it told the paper they were never asked.', [
    'they were never asked | told | Many named in it | group | description | Many named in it',
    'Many named in it | group | Many named in it',
  ]],
  ['object of a verb of perceiving', 'Each night we watch Ann Lee’s loyal negotiating partners in Dover openly referring to the levy as "a tax."', [
    'the levy as "a tax." | openly referring to | Ann Lee’s loyal negotiating partners in Dover | unknown | description | Ann Lee’s loyal negotiating partners in Dover',
    'Ann Lee’s loyal negotiating partners in Dover | unknown | Ann Lee’s loyal negotiating partners in Dover',
  ]],
  ['capitalised adverb opening a name', 'Voters cheered when the left-leaning New Democratic Party said the toll was "a grab."', [
    'the toll was "a grab." | said | New Democratic Party | organization | name | the left-leaning New Democratic Party',
    'New Democratic Party | organization | the left-leaning New Democratic Party',
  ]],
  ['adverbs joined by a comma', '"We will win," Ann Lee told the voters of Dover on Friday, after a day on which she repeatedly, implicitly criticized the mayor on taxes.', [
    '"We will win," | told | Ann Lee | person | name | Ann Lee',
    'the mayor on taxes | implicitly criticized | Ann Lee | person | pronoun | she',
    'Ann Lee | person | Ann Lee, she',
    'Ann Lee | person | Ann Lee, she',
  ]],
  // negatives: a participle of a verb that takes an object still describes the subject; a verb that is no
  // perceiving keeps its subject as speaker; a lone adverb set off by commas is no pair
  ['negative', 'Residents evacuated after the storm said the pier was unsafe.', [
    'the pier was unsafe | said | Residents evacuated after the storm | group | description | Residents evacuated after the storm',
    'Residents evacuated after the storm | group | Residents evacuated after the storm',
  ]],
  ['negative', 'Lee emailed her loyal campaigning volunteers saying the vote was close.', [
    'the vote was close | saying | Lee | person | name | Lee',
    'Lee | person | Lee',
  ]],
  ['negative', 'Tom Reyes, quickly, said the pier was safe.', [
    'the pier was safe | said | Tom Reyes | person | name | Tom Reyes',
    'Tom Reyes | person | Tom Reyes',
  ]],
];

describe('names 42: intransitive pasts, nested quotes, joined auxiliaries, counted and perceived subjects', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...nameRows(r), ...entityRows(r)]).toEqual(expected);
  });
});
