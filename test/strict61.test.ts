/**
 * Reported speech whose content was much shorter or longer than what a
 * careful reader marks (strict61), each pinned with the exact quotes it gives
 * now, and negatives that must keep their old reading:
 * - a condition that opens the sentence before a plain "X said" is the
 *   reported clause's ("If the levy fails, Lee said the pool will close": the
 *   content was only "the pool will close"); a part before the speaker.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { describeNamedTables, named, namedRows } from './support/name-rows.js';
import { extract } from './support/invariants.js';

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const };

describeNamedTables('strict61: a condition that opens the sentence before "X said"', {
  fixes: [
    ['"said" and a clause', 'If the levy fails in March, Dana Whitcombe said the Elmford pool will close for good.', [
      named(['If the levy fails in March', 'the Elmford pool will close for good'], 'Dana Whitcombe', 'Dana Whitcombe', 'said', 'reported/cue-clause'),
    ]],
    ['"warned that"', 'If the river rises again, the harbour master warned that the lower quay would flood.', [
      named(['If the river rises again', 'the lower quay would flood'], 'the harbour master', 'the harbour master', 'warned', 'reported/cue-that'),
    ]],
    ['a cue with an adjunct after it', 'If she becomes mayor, Mara Quill suggested in a tweet, tenants will not be evicted.', [
      named(['If she becomes mayor', 'tenants will not be evicted'], 'Mara Quill', 'Mara Quill', 'suggested', 'reported/cue-clause'),
    ]],
    ['a pronoun speaker is not the name inside the condition', 'Tobias Renn runs the Brackley bakery. If Orla Finch loses the vote, he said he would close the shop.', [
      named(['If Orla Finch loses the vote', 'he would close the shop'], 'he', 'Tobias Renn', 'said', 'reported/cue-clause'),
    ]],
  ],
  negatives: [
    ['a fronted time clause stays the saying\'s', 'When the vote ended, Dana Whitcombe said the Elmford pool would close.', [
      named(['the Elmford pool would close'], 'Dana Whitcombe', 'Dana Whitcombe', 'said', 'reported/cue-clause'),
    ]],
    ['an auxiliary before the cue keeps the condition out', 'If the levy fails, Dana Whitcombe has said the Elmford pool will close.', [
      named(['the Elmford pool will close'], 'Dana Whitcombe', 'Dana Whitcombe', 'has said', 'reported/cue-clause'),
    ]],
    ['a speaker that is not right after the comma keeps it out', 'If the levy fails, the council will meet and Dana Whitcombe said the pool will close.', [
      named(['the pool will close'], 'Dana Whitcombe', 'Dana Whitcombe', 'said', 'reported/cue-clause'),
    ]],
    ['a condition put to the reader is the narrator\'s', 'If you ask the lifeguards, Dana Whitcombe said the Elmford pool will close.', [
      named(['the Elmford pool will close'], 'Dana Whitcombe', 'Dana Whitcombe', 'said', 'reported/cue-clause'),
    ]],
    ['an inserted attribution already keeps the condition', 'If the levy fails, Dana Whitcombe said, the Elmford pool will close.', [
      named(['If the levy fails', 'the Elmford pool will close'], 'Dana Whitcombe', 'Dana Whitcombe', 'said', 'reported/content-speaker-cue'),
    ]],
  ],
});

describe('strict61: a condition before a verb of thought stays out', () => {
  test('"believe" with every category', () => {
    const input = 'If we had passed the levy, I believe the Elmford pool would be open today.';
    expect(namedRows(extract(input, { categories: [...EVERY.categories] }))).toEqual([
      named(['the Elmford pool would be open today'], 'I', 'I', 'believe', 'reported/cue-clause'),
    ]);
  });
});
