/**
 * Reported-speech recall, round 8 (issue 11): "made clear" / "made it clear"
 * as a verb of saying before a "that" clause, or before an object that holds
 * quoted words. Invented sentences with the exact parts, speaker, cue and rule
 * expected, and the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['made clear + day + that', 'Mayor Ada Quill made clear on Monday that the ferry toll would stay.', [
    row(['the ferry toll would stay'], 'Mayor Ada Quill', 'made clear', 'reported/cue-that'),
  ]],
  ['has made it clear that', 'The harbor board has made it clear that it will not sell the pier.', [
    row(['it will not sell the pier'], 'The harbor board', 'made it clear', 'reported/cue-that'),
  ]],
  ['making it clear after a comma', 'Tom Vell thanked his staff, making it clear that he would not run again.', [
    row(['he would not run again'], 'Tom Vell', 'making it clear', 'reported/cue-that'),
  ]],
  ['makes clear with quoted words in the clause', 'Ms. Dunmore makes clear that the pier plan is "dead in the water."', [
    row(['the pier plan is "dead in the water."'], 'Ms. Dunmore', 'makes clear', 'reported/cue-that', 'mixed'),
  ]],
  ['made clear + object holding quoted words', 'Councilwoman Rhea Dunmore made clear her plan to "rebuild every dock" by spring.', [
    row(['her plan to "rebuild every dock" by spring'], 'Councilwoman Rhea Dunmore', 'made clear', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a verb of saying inside a relative clause with a noun subject
  ['adverb between the relative word and the subject', 'The dock plan, which even rival skippers say was among the best, passed on Monday.', [
    row(['which', 'was among the best'], 'rival skippers', 'say', 'reported/relative-subject-cue'),
  ]],
  ['clause verb read as a noun after a plural subject', 'The town passed rules that some say target fishermen.', [
    row(['that', 'target fishermen'], 'some', 'say', 'reported/relative-subject-cue'),
  ]],
  ['clause verb in -s read as a noun', 'It is a gap in the dike that harbor experts say renders the fence useless.', [
    row(['that', 'renders the fence useless'], 'harbor experts', 'say', 'reported/relative-subject-cue'),
  ]],
  ['who + two-word subject + say + auxiliary', 'He runs a crew of divers who port officials say is tied to the navy.', [
    row(['who', 'is tied to the navy'], 'port officials', 'say', 'reported/relative-subject-cue'),
  ]],
];

describe('recall round 8 shapes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

/** Sentences that must yield nothing. */
const negatives: [string, string][] = [
  // "clear" as an adjective of the object, no clause and no quoted words
  ['made clear progress', 'The pilots made clear progress on the harbor talks on Monday.'],
  ['made it clear of ice', 'The crew made it clear of ice before the ferry left.'],
  // an intention, not a report: the base form after a modal or "to"
  ['should make it clear that', 'The board should make it clear that fees will rise.'],
  ['wants to make clear that', 'The skipper wants to make clear that the toll is fair.'],
  // a noun after "say" with no object after it is no clause verb
  ['say goodbye to', 'The boats that some say goodbye to are old.'],
];

describe('recall round 8 shapes: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
