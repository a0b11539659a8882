/**
 * Content boundaries, second pass (issue 11): the words before a
 * parenthetical attribution that a quotation finishes open what was said
 * when the attribution is set inside that sentence: after a lone conjunction
 * ("But, she added, ..."), as an inverted attribution ("..., said Ada Voss,
 * ...") or with a "that" after it ("..., Lee said, that ..."); and a noun with
 * its preposition that opens a verb's object joins the cue ("signaled her
 * support for", "claimed responsibility for"). Exact parts, speaker, cue and
 * rule; plus the shapes that stay as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const LEADING = 'direct/leading-speaker-cue';

const opens: [string, string, Row[]][] = [
  ['a lone conjunction before the attribution', 'The council met late. But, she added, “We will not raise the fare this year.”', [
    row(['But', 'We will not raise the fare this year.'], 'she', 'added', LEADING, 'mixed'),
  ]],
  ['an inverted attribution after a conjunction', 'The vote was close. But, said Ada Voss, “Nobody expected the bridge to pass.”', [
    row(['But', 'Nobody expected the bridge to pass.'], 'Ada Voss', 'said', LEADING, 'mixed'),
  ]],
  ['an inverted attribution after a clause', 'Because the ferry runs at a loss, explained Tom Reyes, “The town cannot keep the pier open.”', [
    row(['Because the ferry runs at a loss', 'The town cannot keep the pier open.'], 'Tom Reyes', 'explained', LEADING, 'mixed'),
  ]],
  ['a "that" after the attribution', 'It is a warning, Tom Reyes said, that “the harbor will flood again.”', [
    row(['It is a warning', 'the harbor will flood again.'], 'Tom Reyes', 'said', LEADING, 'mixed'),
  ]],
];

const frames: [string, string, Row[]][] = [
  ['a fronted phrase of the narrator', 'In a statement, Ada Voss said, “We will not raise the fare.”', [
    row(['We will not raise the fare.'], 'Ada Voss', 'said', LEADING, 'direct'),
  ]],
  ['a participle of the narrator', 'Holding up a map, Tom Reyes said, “We will rebuild it.”', [
    row(['We will rebuild it.'], 'Tom Reyes', 'said', LEADING, 'direct'),
  ]],
];

describe('the words before a parenthetical attribution open the quotation', () => {
  test.each(opens)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('the narrator\'s framing stays out', () => {
  test.each(frames)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

const nounCues: [string, string, Row[]][] = [
  ['a possessive and "support for"', 'Ada Voss has signaled her support for the new levy.', [
    row(['the new levy'], 'Ada Voss', 'has signaled her support for', 'reported/cue-np-object'),
  ]],
  ['"support for" with no determiner', 'Tom Reyes signaled support for a toll on the bridge.', [
    row(['a toll on the bridge'], 'Tom Reyes', 'signaled support for', 'reported/cue-np-object'),
  ]],
  ['an infinitive keeps its "to"', 'The mayor has signaled his desire to sell the pier.', [
    row(['to sell the pier'], 'The mayor', 'has signaled his desire', 'reported/cue-clause'),
  ]],
];

const nounStays: [string, string, Row[]][] = [
  ['a verb outside the list keeps the noun in the content', 'Ada Voss announced her support for the new levy.', [
    row(['her support for the new levy'], 'Ada Voss', 'announced', 'reported/cue-object'),
  ]],
];

describe('a noun and its preposition that open the object join the cue', () => {
  test.each(nounCues)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(nounStays)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
