/**
 * Current behaviour on shapes of missed reported speech that were measured on
 * the training data and left as they are (issue 11, recall10): each change
 * below was right less often than wrong, or less than three times in four.
 * - A non-response ("did not respond to our questions") reports
 *   nothing: its object was annotated about 62% of the time.
 * - A title after "titled" is no quotation: annotated half of the time.
 * - "said" with a pronoun or indefinite object ("said it") reports nothing.
 * - A subjectless coordinate after the content ("and would not name")
 *   stays in the content: cutting it lost 27 gold items for 6 on train.
 * - Content ends before ", despite": running on to the sentence end fixed 6
 *   and broke 8 strict matches.
 * - Two quoted pieces around "X said." stay one quotation: splitting them
 *   added 1,426 unmatched predictions on train.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['a non-response reports nothing', 'Ada Brook did not respond on Friday to our request for comment.', []],
  ['a non-response after an adjunct reports nothing', 'Tom Reyes replied on Monday to the letter from the union.', []],
  ['an answer after an adjunct still reports its clause', 'Tom Reyes replied on Monday the ferry would run.', [
    row(['the ferry would run'], 'Tom Reyes', 'replied', 'reported/cue-clause'),
  ]],
  ['a non-response to questions reports nothing', 'Tom Reyes did not immediately respond to several questions about the ferry.', []],
  ['a quoted title after "titled" is no quotation', 'The council released a video titled "Harbor Lights" on Monday.', []],
  ['"said" with a pronoun object reports nothing', 'Tom Reyes said it.', []],
  ['"said" with an indefinite object reports nothing', 'Tom Reyes said something strange.', []],
  ['a subjectless coordinate stays in the content', 'Ada Brook said she had no plans to leave and would not name a successor.', [
    row(['she had no plans to leave and would not name a successor'], 'Ada Brook', 'said', 'reported/cue-clause'),
  ]],
  ['content ends before ", despite"', 'Ada Brook said the ferry would run, despite the storm warnings.', [
    row(['the ferry would run'], 'Ada Brook', 'said', 'reported/cue-clause'),
  ]],
  ['two quoted pieces around "X said." stay one quotation', '"The ferry is late," Tom Reyes said. "We will refund every ticket."', [
    row(['The ferry is late,', 'We will refund every ticket.'], 'Tom Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('missed shapes measured and left as they are (recall10)', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
