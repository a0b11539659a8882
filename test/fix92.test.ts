/**
 * Known wrong outputs, fix92: a person's given name and surname before a
 * comma and a country or state that is also a given name ("Ann Lee, Chad,")
 * read as a town and its country; and another
 * speaker's reply after an inserted attribution (", Lee said, and Moss
 * agreed") read as more of the content. Invented sentences; each row: input,
 * and the expected `kind | text | speaker | cue | rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';
import { extract } from './support/invariants.js';
import { quoteLines as rows } from './support/rows.js';

const ALL = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;

// [class, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['reply-after-aside', 'The union wants higher pay for drivers, Lee said, and Moss agreed.', ['indirect | The union wants higher pay for drivers | Lee | said | reported/content-speaker-cue']],
  ['reply-after-aside', 'The council needs a new budget, the mayor said, and the treasurer disagreed.', ['indirect | The council needs a new budget | the mayor | said | reported/content-speaker-cue']],
  ['reply-after-aside-unchanged', 'The union wants higher pay for drivers, Lee said, and it will strike if needed.', ['indirect | The union wants higher pay for drivers and it will strike if needed | Lee | said | reported/content-speaker-cue']],
  ['reply-after-aside-unchanged', 'The union wants higher pay for drivers, Lee said, and more holidays.', ['indirect | The union wants higher pay for drivers | Lee | said | reported/content-speaker-cue']],
];

describe('known wrong outputs, fix92', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

// every category: "criticized" takes an object, which a town and its country may end
const EVERY: readonly (readonly [string, string, readonly string[]])[] = [
  ['person-not-town', 'The minister criticized Ann Lee, Chad, for the delay.', ['indirect | Ann Lee | The minister | criticized | reported/cue-object']],
  ['person-not-town', 'The board criticized Tom Reyes, Georgia, for the late report.', ['indirect | Tom Reyes | The board | criticized | reported/cue-object']],
  ['person-not-town-unchanged', 'The mayor criticized Ann Lee, of Concord, N.H., for the delay.', ['indirect | Ann Lee | The mayor | criticized | reported/cue-object']],
  ['town-kept', 'The minister criticized officials in Paris, France, for the delay.', ['indirect | officials in Paris, France | The minister | criticized | reported/cue-object']],
  ['town-kept', 'Police criticized residents of Elizabeth City, N.C., for the delay.', ['indirect | residents of Elizabeth City, N.C. | Police | criticized | reported/cue-object']],
  ['town-kept', 'The report criticized San Pedro Sula, Honduras, for the violence.', ['indirect | San Pedro Sula, Honduras | The report | criticized | reported/cue-object']],
];

describe('known wrong outputs, fix92, every category', () => {
  const extractor = createExtractor({ categories: [...ALL] });
  test.each(EVERY)('%s: %s', (_family, input, expected) => {
    expect(rows(extractor.extract(input))).toEqual(expected);
  });
});
