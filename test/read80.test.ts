/**
 * Review of stop 64's changes (read80). Invented sentences only; each row: input, and the expected
 * `kind | text | speaker | cue | rule` of each quote in order.
 * - fix92 read a given name and a surname before a comma as a person, never a town: right before a state's or a
 *   country's full name ("Ann Lee, Chad,"), but before a state's abbreviation with its period news writes a town
 *   ("Ann Arbor, Mich.", "Glen Burnie, Md."), which keeps its state.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';
import { quoteLines as rows } from './support/rows.js';

const ALL = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;

// every category: "praised" and "criticized" take an object, which a town and its state may end
const PLACES: readonly (readonly [string, string, readonly string[]])[] = [
  ['town-before-abbreviation', 'The mayor praised Ann Arbor, Mich., for its new parks.', ['indirect | Ann Arbor, Mich. | The mayor | praised | reported/cue-object']],
  ['town-before-abbreviation', 'The governor criticized Glen Burnie, Md., for the late repairs.', ['indirect | Glen Burnie, Md. | The governor | criticized | reported/cue-object']],
  ['town-before-two-letter-abbreviation', 'The report criticized Grace Hollow, N.C., for the violence.', ['indirect | Grace Hollow, N.C. | The report | criticized | reported/cue-object']],
  ['person-before-full-name', 'The board criticized Tom Reyes, Ohio, for the late report.', ['indirect | Tom Reyes | The board | criticized | reported/cue-object']],
  ['person-before-full-name', 'The minister criticized Ann Lee, Chad, for the delay.', ['indirect | Ann Lee | The minister | criticized | reported/cue-object']],
];

describe('a given name and a surname before a state (read80), every category', () => {
  const extractor = createExtractor({ categories: [...ALL] });
  test.each(PLACES)('%s: %s', (_family, input, expected) => {
    expect(rows(extractor.extract(input))).toEqual(expected);
  });
});
