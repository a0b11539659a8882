/**
 * Review of stop 48's merges (read54): fixes to the rules they added, found by
 * trying invented variants of each. A quotation that goes on after a
 * participle aside ('"A," Ada Moss said, referring to the vote, "and B."')
 * now joins the quote before it after any closing mark (curly single marks
 * included) and when the speaker follows the cue ('"A," said Ada Moss,
 * referring to ...'). Exact parts, speaker mention, cue, rule and kind; plus
 * shapes that keep two quotes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const joined = (speaker: string, cue: string, rule: string, first = 'We will win,', second = 'and we will keep the pier.'): Row[] => [
  row([first, second], speaker, cue, rule, 'direct'),
];

const interrupted: [string, string, Row[]][] = [
  ['straight double marks (as before)', '"We will win," Ada Moss said, referring to the vote, "and we will keep the pier."',
    joined('Ada Moss', 'said', 'direct/trailing-speaker-cue')],
  ['curly single marks', '‘We will win,’ Ada Moss said, referring to the vote, ‘and we will keep the pier.’',
    joined('Ada Moss', 'said', 'direct/trailing-speaker-cue')],
  ['curly double marks and a listener', '“We will win,” Tom Reyes told reporters, pointing at the map, “and we will keep the pier.”',
    joined('Tom Reyes', 'told', 'direct/trailing-speaker-cue')],
  ['the speaker after the cue', '"We will win," said Ada Moss, referring to the vote, "and we will keep the pier."',
    joined('Ada Moss', 'said', 'direct/trailing-cue-speaker')],
  ['the speaker after the cue, curly single marks', '‘We will win,’ said Tom Reyes, waving at the crowd, ‘and we will keep the pier.’',
    joined('Tom Reyes', 'said', 'direct/trailing-cue-speaker')],
  ['the speaker after the cue, then a time phrase', '“We will win,” said Ada Moss on Monday, referring to the vote, “and we will keep the pier.”',
    joined('Ada Moss', 'said', 'direct/trailing-cue-speaker')],
  ['a pronoun speaker', '"We will win," she said, referring to the vote, "and we will keep the pier."',
    joined('she', 'said', 'direct/trailing-speaker-cue')],
];

const apart: [string, string, Row[]][] = [
  // a capital after the mark opens a quotation of its own, by the participle
  ['a capital after the second mark', '‘We will win,’ said Ada Moss, referring to the vote, ‘And we will keep the pier.’', [
    row(['We will win,'], 'Ada Moss', 'said', 'direct/trailing-cue-speaker', 'direct'),
    row(['And we will keep the pier.'], 'Ada Moss', 'referring', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // a full stop closes the first quote: no quote goes on
  ['a full stop inside the first quote', '"We will win." Ada Moss said, referring to the vote, "and we will keep the pier."', [
    row(['and we will keep the pier.'], 'Ada Moss', 'referring', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // a place after the speaker is no time phrase: the participle keeps its quotation
  ['a place after the speaker', '"We will win," said Ada Moss in Dover, referring to the vote, "and we will keep the pier."', [
    row(['We will win,'], 'Ada Moss', 'said', 'direct/trailing-cue-speaker', 'direct'),
    row(['and we will keep the pier.'], 'Ada Moss', 'referring', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // no quote before the attribution
  ['no quote before the speaker', 'Ada Moss said, referring to the vote, "and we will keep the pier."', [
    row(['and we will keep the pier.'], 'Ada Moss', 'referring', 'direct/leading-speaker-cue', 'direct'),
  ]],
];

describe('a quotation goes on after a participle aside (read54)', () => {
  test.each(interrupted)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(apart)('two quotes or one: %s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test('no cue, no quote: nothing', () => {
    expect(rows(extract('We will win, Ada Moss thought, and we will keep the pier.'))).toEqual([]);
  });
});

const inserted: [string, string, Row[]][] = [
  ['a bare day, then a prepositional adjunct', 'The plan, the mayor said Friday in an interview, will fail.', [
    row(['The plan', 'will fail'], 'the mayor', 'said', 'reported/content-speaker-cue'),
  ]],
  ['"yesterday", then a place', 'These workers, Ada Brook said yesterday at the hearing, were paid well.', [
    row(['These workers', 'were paid well'], 'Ada Brook', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a bare day alone (as before)', 'The plan, Tom Reyes said Tuesday, will fail.', [
    row(['The plan', 'will fail'], 'Tom Reyes', 'said', 'reported/content-speaker-cue'),
  ]],
];

describe('an attribution inside its clause: a time word before the adjunct (read54)', () => {
  test.each(inserted)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each([
    // no auxiliary after the comma
    'The plan, the mayor said Friday in an interview, failed.',
    // no clause after the attribution
    'The plan, the mayor said Friday in an interview.',
  ])('nothing: %s', (input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});

describe('"never", "further" and "finally" before a verb that is no cue: nothing (read54, negatives for optexact)', () => {
  test.each([
    'The ferry never arrived.',
    'Ada Brook finally left the council.',
    'Further talks were held on Monday.',
    'The council never met, and finally the mayor resigned.',
  ])('%s', (input) => {
    expect(rows(extract(input, { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] }))).toEqual([]);
    expect(rows(extract(input))).toEqual([]);
  });
});

const thatBeforeNoun: [string, string, Row[]][] = [
  // a base form ending in "s" or "ss" is no third person: "that" is the subordinator
  ['"focus groups"', 'Ada Brook said that focus groups liked the plan.', [
    row(['focus groups liked the plan'], 'Ada Brook', 'said', 'reported/cue-that'),
  ]],
  ['"address records"', 'Tom Reyes said that address records were lost.', [
    row(['address records were lost'], 'Tom Reyes', 'said', 'reported/cue-that'),
  ]],
  // (a third person keeps "that" as its subject, as a past the same as its base does)
  ['"that uses"', 'Ada Brook said that uses words.', [
    row(['that uses words'], 'Ada Brook', 'said', 'reported/cue-that'),
  ]],
  ['"that cut"', 'Tom Reyes said that cut jobs.', [
    row(['that cut jobs'], 'Tom Reyes', 'said', 'reported/cue-that'),
  ]],
];

describe('"that" before a base form read in the subject ending in "s" (read54)', () => {
  test.each(thatBeforeNoun)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
