/**
 * Content boundaries, round 12 (issue 11): invented texts with the exact
 * parts, speaker, cue and rule expected, and the rows each change must leave
 * as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // the open second stretch of an interrupted quote does not run on into a quoted paragraph with its own attribution
  ['"A," X said. "B ... / "C," she said. "D."', '"The ferry will run again in May," Ms. Farrow said. "The crews have waited long enough. They want to work.\n\n"The new pier is the second question," she said. "It needs a year of repairs."', [
    row(['The ferry will run again in May,', 'The crews have waited long enough. They want to work.'], 'Ms. Farrow', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['The new pier is the second question,', 'It needs a year of repairs.'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"A," X said. "B ... / "C," X said.', '"The ferry will run again in May," Ms. Farrow said. "The crews have waited long enough.\n\n"The new pier will take a year," Ms. Farrow said.', [
    row(['The ferry will run again in May,', 'The crews have waited long enough.'], 'Ms. Farrow', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['The new pier will take a year,'], 'Ms. Farrow', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a quote left open at the end of its first paragraph still takes the attribution of the next one
  ['"A ... / "B," X said.', '"The ferry will run again in May. The crews have waited long enough.\n\n"The new pier is the second question," Ms. Farrow said.', [
    row(['The ferry will run again in May. The crews have waited long enough.', 'The new pier is the second question,'], 'Ms. Farrow', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // and a quoted paragraph with no attribution of its own still goes on with the open stretch before it
  ['"A," X said. "B ... / "C."', '"The ferry will run again in May," Ms. Farrow said. "The crews have waited long enough.\n\n"The new pier is the second question. It needs a year of repairs."', [
    row(['The ferry will run again in May,', 'The crews have waited long enough.', 'The new pier is the second question. It needs a year of repairs.'], 'Ms. Farrow', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

for (const [title, table] of [['content boundaries, round 12', cases], ['content boundaries, round 12, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
