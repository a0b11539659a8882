/**
 * Known wrong outputs, round 26 (fix25): an imperative the tagger read as a
 * name before ", she said." ("Mark the date, she said."), content that ran
 * into an inverted attribution after it ("They said the deal is off, said
 * reporters."), and a "whose" clause with no comma inside the sentence's
 * subject whose bare clause swallowed the sentence's own verb ("The hacker
 * whose prank revealed the leak pleaded guilty"), and a speaker's tail with
 * "not" before its adjective ("People not involved in the talks said").
 * Invented sentences; each
 * row: input, and the expected `kind | text | speaker | cue | rule` of each
 * quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteLines as rows } from './support/rows.js';

// [class, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // an imperative before ", X said.": the sentence's first word, read as a name or noun, before an article or a possessive
  ['imperative', 'Mark the date, she said.', ['indirect | Mark the date | she | said | reported/content-speaker-cue']],
  ['imperative', 'Check the forecast, he said.', ['indirect | Check the forecast | he | said | reported/content-speaker-cue']],
  ['imperative', 'Book your tickets early, she said.', ['indirect | Book your tickets early | she | said | reported/content-speaker-cue']],
  ['imperative', 'Sign the petition, the organizer said.', ['indirect | Sign the petition | the organizer | said | reported/content-speaker-cue']],
  // unchanged: an introductory phrase with no verb reports nothing; a clause with its own verb worked before
  ['imperative-unchanged', 'During the storm, she said nothing.', []],
  ['imperative-unchanged', 'We will win, she said.', ['indirect | We will win | she | said | reported/content-speaker-cue']],
  // an inverted "said" and a bare plural noun credit the whole report, inner "said" included (issue 11: words
  // inside someone's reported statement belong to that statement)
  ['inverted-tail', 'They said the deal is off, said reporters.', ['indirect | They said the deal is off | reporters | said | reported/content-cue-speaker']],
  ['inverted-tail', 'The mayor said taxes would rise, said aides.', ['indirect | The mayor said taxes would rise | aides | said | reported/content-cue-speaker']],
  ['inverted-tail', 'She said the vote was rigged, officials said.', ['indirect | She said the vote was rigged | officials | said | reported/content-speaker-cue']],
  // unchanged: a clause with no report of its own, and a news outlet reporting a report
  ['inverted-tail-unchanged', 'The plan is dead, said officials.', ['indirect | The plan is dead | officials | said | reported/content-cue-speaker']],
  // a "whose" clause with no comma inside the subject: its bare clause is not the cue's
  ['restrictive-whose', 'A woman whose son said he was bullied filed a complaint.', []],
  ['restrictive-whose', 'The driver whose lawyer said the brakes failed was fined on Monday.', []],
  // its object cue: the object ends before the sentence's own verb
  ['restrictive-whose-object', 'The hacker whose prank first revealed the leak pleaded guilty on Monday.', ['indirect | the leak | whose prank | first revealed | reported/cue-object']],
  ['restrictive-whose-object', 'The senator whose aides denied the report stepped down.', ['indirect | the report | whose aides | denied | reported/cue-object']],
  // unchanged: after the sentence's verb, or set off by commas
  ['restrictive-whose-unchanged', 'He met a woman whose son said he was bullied.', ['indirect | he was bullied | whose son | said | reported/cue-clause']],
  ['restrictive-whose-unchanged', 'The senator, whose office said the bill was dead, declined to comment.', ['indirect | the bill was dead | whose office | said | reported/cue-clause']],
  // a "not" before the adjective of a speaker's tail goes with it
  ['not-adjective', 'People not involved in the talks said the deal was close.', ['indirect | the deal was close | People not involved in the talks | said | reported/cue-clause']],
  ['not-adjective', 'Lawyers not involved in the case said the ruling was narrow.', ['indirect | the ruling was narrow | Lawyers not involved in the case | said | reported/cue-clause']],
  ['not-adjective', 'Two analysts not connected to the firm say the shares are cheap.', ['indirect | the shares are cheap | Two analysts not connected to the firm | say | reported/cue-clause']],
  ['not-adjective-unchanged', 'People familiar with the talks said the deal was close.', ['indirect | the deal was close | People familiar with the talks | said | reported/cue-clause']],
];

describe('known wrong outputs, round 26', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
