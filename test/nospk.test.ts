/**
 * Attributions with a cue but no speaker (stop 44, nospk): the relative
 * pronoun before an aside set off by commas speaks through its antecedent
 * ("Tom Reyes, who, after the vote, said that ..."); negatives where no
 * speaker is right ("It was reported that ...") or where the words between the
 * commas are an attribution of their own ("who, the mayor said, was late").
 * Invented sentences; each row: input, and the expected
 * `kind | text | speaker | cue | rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteLines as rows } from './support/rows.js';

// [class, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['relative-aside', 'The panel included Tom Reyes, who, like several other members, said that the vote was rigged.', ['indirect | the vote was rigged | Tom Reyes | said | reported/cue-that']],
  ['relative-aside', 'The board heard from Ada Moss, who, after the hearing, argued that the levy was too high.', ['indirect | the levy was too high | Ada Moss | argued | reported/cue-that']],
  ['relative-aside', 'The fund is run by Harbor Trust, which, in a filing on Monday, said that it could not repay the loan.', ['indirect | it could not repay the loan | Harbor Trust | said | reported/cue-that']],
  ['relative-aside-unchanged', 'Tom Reyes, who was late, said that the count was rigged.', ['indirect | the count was rigged | Tom Reyes | said | reported/cue-that']],
  ['relative-aside-unchanged', 'The mayor, after the vote, said that the count was rigged.', ['indirect | the count was rigged | The mayor | said | reported/cue-that']],
  ['no-speaker', 'It was reported that the bridge would close.', ['indirect | the bridge would close | - | was reported | reported/cue-that-no-speaker']],
];

describe('nospk: cues whose speaker stands past an aside', () => {
  test.each(TABLE)('%s: %s', (_kind, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  // words between the commas that hold a speaker and a cue are an attribution of their own, no aside: the
  // mayor says it, not the relative pronoun's antecedent (only the speaker is pinned here: the content the
  // rules give this shape, the whole sentence, is not what the mayor said)
  test('relative-aside-not-aside: Tom Reyes, who, the mayor said, was late, left early.', () => {
    const said = extract('Tom Reyes, who, the mayor said, was late, left early.').quotes.filter((q) => q.cue?.span.text === 'said');
    expect(said.map((q) => q.speaker?.name ?? null)).toEqual(['the mayor']);
  });
});
