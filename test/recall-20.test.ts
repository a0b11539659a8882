/**
 * Missed speech, round 20 (recall20): a passive hearsay cue with an
 * infinitive (`reported/said-to`) whose subject is a lone pronoun that
 * stands for a person ("he was said to have ...", "who is said to have
 * ..."); an aside in parentheses ends the content at its close. Invented
 * sentences; each row: input, and the expected `content | speaker | cue |
 * rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `content | speaker name | cue lemma | cue text | rule`. */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.lemma ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);
}

// [rule family, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // a person's pronoun as the whole subject of "is said to"
  ['said-to-pronoun', 'Tom Reyes kept quiet. He was said to have opposed the new pier.', ['He to have opposed the new pier | - | say | was said | reported/said-to']],
  ['said-to-pronoun', "He's said to be ill.", ["He to be ill | - | say | 's said | reported/said-to"]],
  ['said-to-pronoun', 'They are said to be furious with the harbor board.', ['They to be furious with the harbor board | - | say | are said | reported/said-to']],
  ['said-to-pronoun', 'Ada Moss, who is said to have pushed for the ferry levy, left.', ['who to have pushed for the ferry levy | - | say | is said | reported/said-to']],
  ['said-to-pronoun', 'Ada Moss, who is said to have pushed for the ferry levy, stayed home.', ['who to have pushed for the ferry levy | - | say | is said | reported/said-to']],
  // an aside in parentheses ends at its close
  ['said-to-parenthesis', 'The clerk kept the files (he was said to have read every letter sent to the mayor) and burned them.', ['he to have read every letter sent to the mayor | - | say | was said | reported/said-to']],
  ['said-to-parenthesis', 'The harbor master (Tom Reyes is reported to be leaving soon) signed the permit.', ['Tom Reyes to be leaving soon | - | report | is reported | reported/said-to']],
  // "it", "this" and "which" stand for no person: nothing
  ['said-to-pronoun-negative', 'It is said to be the oldest bridge in the state.', []],
  ['said-to-pronoun-negative', 'This is said to be the oldest bridge in the state.', []],
  ['said-to-pronoun-negative', 'The pier, which is said to be the oldest in the state, fell.', []],
  // the pronoun's own saying with a "that" clause stays that verb's
  ['said-to-pronoun-negative', 'He is said to have told aides that the pier would close.', ['the pier would close | He | tell | to have told | reported/cue-that']],
];

describe('missed speech, round 20', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
