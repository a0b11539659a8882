/**
 * The span of a cue: the verb with its auxiliaries, negation and the adverbs of
 * time or focus right before them ("also said", "later told"), as annotated
 * corpora mark it; nothing else.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

const cueOf = (text: string): (string | null)[] => extract(text).quotes.map((q) => q.cue?.span.text ?? null);

describe('cue spans', () => {
  test.each([
    ['also said', 'The mayor also said the bridge would reopen in May.', ['also said']],
    ['later told', '"We will win," Lee later told reporters.', ['later told']],
    ['has also said', 'The council has also said the vote will be delayed.', ['has also said']],
    ['an adverb between auxiliary and verb', 'Ms. Ortiz has repeatedly denied the accusations.', ['has repeatedly denied']],
    ['negation', 'Ms. Ortiz had not told anyone that she would run.', ['had not told']],
    // an adverb set off by a comma or of manner stays out
    ['a fronted "Also,"', 'Also, the mayor said the bridge would reopen in May.', ['said']],
    ['a manner adverb', 'The mayor angrily said the bridge would never reopen.', ['said']],
  ])('%s', (_label, text, expected) => {
    expect(cueOf(text)).toEqual(expected);
  });
});
