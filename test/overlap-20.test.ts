/**
 * A quoted paragraph with no attribution of its own goes on with the quote of
 * the paragraph before when that paragraph ends with the quote's attribution
 * (src/refine/merge.ts, `continuesParagraph`): also after a long attribution
 * sentence with adjuncts and appositives, and after a mixed quote whose cue
 * follows its quoted words, as annotated news counts one quote running on.
 * Exact parts, speaker, cue, rule and kind; negatives stay two quotes.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const longAttribution: [string, string, Row[]][] = [
  [
    'a place, an appositive and a clause after the cue',
    '"We will build the bridge by May," Tom Reyes said on Monday at the harbor office in Eastport, the county seat, after the board voted to fund the project.\n\n"The steel is already ordered."',
    [row(['We will build the bridge by May,', 'The steel is already ordered.'], 'Tom Reyes', 'said', 'direct/trailing-speaker-cue', 'direct')],
  ],
  [
    'a relative clause after the speaker',
    '"The clinic will stay open," said Dr. Lena Ortiz, who has run the small county clinic on the east side of town since the flood of the spring.\n\n"Nobody here will lose a bed."',
    [row(['The clinic will stay open,', 'Nobody here will lose a bed.'], 'Dr. Lena Ortiz, who has run the small county clinic on the east side of town since the flood of the spring', 'said', 'direct/trailing-cue-speaker', 'direct')],
  ],
];

const mixedHost: [string, string, Row[]][] = [
  [
    'one quoted paragraph',
    'The new levy "will hurt every renter in the valley," Ann Vidal said.\n\n"It is a tax on the poor."',
    [row(['The new levy "will hurt every renter in the valley,"', 'It is a tax on the poor.'], 'Ann Vidal', 'said', 'reported/content-speaker-cue', 'mixed')],
  ],
  [
    'two quoted paragraphs',
    'The new levy "will hurt every renter in the valley," Ann Vidal told reporters.\n\n"It is a tax on the poor. We will fight it."\n\n"And we will win."',
    [
      row(
        ['The new levy "will hurt every renter in the valley,"', 'It is a tax on the poor. We will fight it.', 'And we will win.'],
        'Ann Vidal',
        'told',
        'reported/content-speaker-cue',
        'mixed',
      ),
    ],
  ],
];

const negatives: [string, string, Row[]][] = [
  [
    'a sentence of the narrator after the attribution',
    'The new levy "will hurt every renter in the valley," Ann Vidal said. The hall went quiet.\n\n"It is a tax on the poor."',
    [
      row(['The new levy "will hurt every renter in the valley,"'], 'Ann Vidal', 'said', 'reported/content-speaker-cue', 'mixed'),
      row(['It is a tax on the poor.'], null, null, 'direct/context', 'direct'),
    ],
  ],
  [
    'a report with no quoted words',
    'The new levy will hurt every renter in the valley, Ann Vidal said.\n\n"It is a tax on the poor."',
    [
      row(['The new levy will hurt every renter in the valley'], 'Ann Vidal', 'said', 'reported/content-speaker-cue'),
      row(['It is a tax on the poor.'], null, null, 'direct/context', 'direct'),
    ],
  ],
  [
    'a paragraph of the narrator between',
    'The new levy "will hurt every renter in the valley," Ann Vidal said.\n\nThe council did not answer.\n\n"It is a tax on the poor."',
    [
      row(['The new levy "will hurt every renter in the valley,"'], 'Ann Vidal', 'said', 'reported/content-speaker-cue', 'mixed'),
      row(['It is a tax on the poor.'], null, null, 'direct/unattributed', 'direct'),
    ],
  ],
  [
    'a long attribution followed by a second sentence',
    '"We will build the bridge by May," Tom Reyes said on Monday at the harbor office in Eastport. He then left for the airport.\n\n"The steel is already ordered."',
    [
      row(['We will build the bridge by May,'], 'Tom Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
      row(['The steel is already ordered.'], null, null, 'direct/context', 'direct'),
    ],
  ],
];

const tables: [string, [string, string, Row[]][]][] = [
  ['a quoted paragraph goes on with the quote after a long attribution sentence', longAttribution],
  ['and after a mixed quote whose cue follows its quoted words', mixedHost],
  ['but not after another sentence, paragraph or a report with no quotation', negatives],
];

for (const [title, table] of tables) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
