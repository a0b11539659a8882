/**
 * A quoted paragraph with no attribution of its own goes on with the direct
 * quote of the paragraph before when that quote follows its attribution and
 * closes its paragraph (src/refine/lead-in-paragraph.ts): after a comma, after
 * a colon, and after a lead-in paragraph of its own. One quoted paragraph
 * joins. Exact parts, speaker, cue, rule and kind; negatives stay apart.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const joined: [string, string, Row[]][] = [
  [
    'a comma after the attribution',
    'Tom Reyes said on Monday, "We will build the bridge by May."\n\n"The steel is already ordered."',
    [row(['We will build the bridge by May.', 'The steel is already ordered.'], 'Tom Reyes', 'said', 'direct/leading-speaker-cue', 'direct')],
  ],
  [
    'a colon after a listener',
    'Tom Reyes told the harbor board: "We will build the bridge by May."\n\n"The steel is already ordered."',
    [row(['We will build the bridge by May.', 'The steel is already ordered.'], 'Tom Reyes', 'told', 'direct/leading-speaker-cue', 'direct')],
  ],
  [
    'a lead-in paragraph of its own',
    'Said Reyes:\n\n"We will build the bridge by May."\n\n"The steel is already ordered."',
    [row(['We will build the bridge by May.', 'The steel is already ordered.'], 'Reyes', 'Said', 'direct/colon-lead-in', 'direct')],
  ],
];

const negatives: [string, string, Row[]][] = [
  [
    'a second quoted paragraph stays a quote of its own',
    'Tom Reyes said on Monday, "We will build the bridge by May."\n\n"The steel is already ordered."\n\n"And the crews are hired."',
    [
      row(['We will build the bridge by May.', 'The steel is already ordered.'], 'Tom Reyes', 'said', 'direct/leading-speaker-cue', 'direct'),
      row(['And the crews are hired.'], null, null, 'direct/context', 'direct'),
    ],
  ],
  [
    'the next paragraph names its own speaker',
    'Tom Reyes said on Monday, "We will build the bridge by May."\n\n"The steel is not ordered yet," Ann Vidal said.',
    [
      row(['We will build the bridge by May.'], 'Tom Reyes', 'said', 'direct/leading-speaker-cue', 'direct'),
      row(['The steel is not ordered yet,'], 'Ann Vidal', 'said', 'direct/trailing-speaker-cue', 'direct'),
    ],
  ],
  [
    'a sentence of the narrator after the quote',
    'Tom Reyes said on Monday, "We will build the bridge by May." The board clapped.\n\n"The steel is already ordered."',
    [
      row(['We will build the bridge by May.'], 'Tom Reyes', 'said', 'direct/leading-speaker-cue', 'direct'),
      row(['The steel is already ordered.'], null, null, 'direct/context', 'direct'),
    ],
  ],
  [
    'the quoted paragraph goes on with narration',
    'Tom Reyes said on Monday, "We will build the bridge by May."\n\n"The steel is already ordered." The crews start in June.',
    [
      row(['We will build the bridge by May.'], 'Tom Reyes', 'said', 'direct/leading-speaker-cue', 'direct'),
      row(['The steel is already ordered.'], null, null, 'direct/context', 'direct'),
    ],
  ],
  [
    'a paragraph of the narrator between',
    'Tom Reyes said on Monday, "We will build the bridge by May."\n\nThe board voted.\n\n"The steel is already ordered."',
    [
      row(['We will build the bridge by May.'], 'Tom Reyes', 'said', 'direct/leading-speaker-cue', 'direct'),
      row(['The steel is already ordered.'], null, null, 'direct/unattributed', 'direct'),
    ],
  ],
];

const tables: [string, [string, string, Row[]][]][] = [
  ['a quoted paragraph goes on with the quote its attribution leads in', joined],
  ['but not a second one, one with its own speaker, or one after narration', negatives],
];

for (const [title, table] of tables) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
