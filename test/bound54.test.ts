/**
 * bound54: "on" and a weekday after the object of a stance or speech verb stay
 * in the object, and the object goes on past them to its usual end
 * ("criticized the harbor board on Monday over its new fees"). PolNeAR keeps
 * the day in such objects (train 9 fixed / 1 broken by default). A bare
 * weekday ("Monday"), a weekday before a word of time ("on Monday night"),
 * "last week" and "in June" still end the object. Exact parts, speaker
 * mention and name, cue, rule and kind; invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['"on" and a weekday, then the object goes on', 'Mayor Ada Brook criticized the harbor board on Monday over its new fees.', [
    row(['the harbor board on Monday over its new fees'], 'Mayor Ada Brook', 'criticized', 'reported/cue-object'),
  ]],
  ['"on" and a weekday close the sentence', 'Senator Tom Reyes praised the rescue crews on Thursday.', [
    row(['the rescue crews on Thursday'], 'Senator Tom Reyes', 'praised', 'reported/cue-object'),
  ]],
  ['a quoted word inside the object', 'Ada Brook denounced the "shameful" ferry cuts on Tuesday.', [
    row(['the "shameful" ferry cuts on Tuesday'], 'Ada Brook', 'denounced', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a topic after "about", and a place after the day', 'Ada Brook talked about the ferry cuts on Wednesday in Dover.', [
    row(['the ferry cuts on Wednesday in Dover'], 'Ada Brook', 'talked about', 'reported/cue-topic'),
  ]],
  ['an infinitive after the day goes on too', 'Ada Brook criticized the plan on Monday to win votes.', [
    row(['the plan on Monday to win votes'], 'Ada Brook', 'criticized', 'reported/cue-object'),
  ]],
  // the shapes that still end the object
  ['a weekday before a word of time ends it', 'Mayor Ada Brook criticized the harbor board on Monday night.', [
    row(['the harbor board'], 'Mayor Ada Brook', 'criticized', 'reported/cue-object'),
  ]],
  ['a bare weekday ends it', 'Mayor Ada Brook criticized the harbor board Monday.', [
    row(['the harbor board'], 'Mayor Ada Brook', 'criticized', 'reported/cue-object'),
  ]],
  ['"last week" ends it', 'Mayor Ada Brook criticized the harbor board last week.', [
    row(['the harbor board'], 'Mayor Ada Brook', 'criticized', 'reported/cue-object'),
  ]],
  ['"in" and a month ends it', 'Senator Tom Reyes praised the rescue crews in June.', [
    row(['the rescue crews'], 'Senator Tom Reyes', 'praised', 'reported/cue-object'),
  ]],
  ['a clause after "said on Monday" is unchanged', 'Ada Brook said on Monday the talks would resume.', [
    row(['the talks would resume'], 'Ada Brook', 'said', 'reported/cue-clause'),
  ]],
];

describe('"on" and a weekday stay in an object', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });

  test('the speaker name is the full name', () => {
    const r = extract('Mayor Ada Brook criticized the harbor board on Monday over its new fees.');
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Ada Brook']);
  });

  test.each([
    ['no verb of stance or speech', 'The ferry left the harbor on Monday.'],
    ['a day in a sentence with no object', 'The council met on Tuesday.'],
  ])('%s: nothing', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
