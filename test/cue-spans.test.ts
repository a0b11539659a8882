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
    // a progressive before "to" is no passive of the verb of saying
    ['was beginning to argue', 'The senator was beginning to argue that the bill would fail.', ['was beginning to argue']],
    // an adverb set off by a comma stays out; a manner adverb in -ly right before the cue joins it (as annotated news marks it)
    ['a fronted "Also,"', 'Also, the mayor said the bridge would reopen in May.', ['said']],
    ['a manner adverb', 'The mayor angrily said the bridge would never reopen.', ['angrily said']],
  ])('%s', (_label, text, expected) => {
    expect(cueOf(text)).toEqual(expected);
  });
});

describe('a capitalised auxiliary that ends a name', () => {
  test.each([
    ['George Will wrote that the plan would fail in the spring.', 'wrote', 'George Will'],
    // the tagger reads "has" as a verb after "Will"
    ['Columnist George Will has said the plan would fail.', 'has said', 'George Will'],
    // a lower-case modal stays in the cue
    ['Tom Reyes will say that the plan has failed.', 'will say', 'Tom Reyes'],
  ])('%s', (text, cue, name) => {
    expect(extract(text).quotes.map((q) => [q.cue?.span.text, q.speaker?.name])).toEqual([[cue, name]]);
  });
});
