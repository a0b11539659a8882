/**
 * Speaker spans, fourth pass (issue 11, exact speaker): a time phrase with an
 * edge word ("late on Friday", "early in March") or a season ("last spring",
 * "this past fall") between a speaker and its cue is stepped over, so the
 * speaker is the person (not unknown, not the time phrase) and an appositive
 * before it stays in the span. Speaker span, name, cue and content; plus
 * shapes whose speaker keeps its old span.
 */
import { describeSpeakerSpans, r, type SpeakerTable } from './support/speaker-span-rows.js';

const timed: SpeakerTable = [
  ['"late on" a weekday after an appositive', 'Ada Moss, a baker at the pier, late on Friday said the ovens were broken.', [
    r('the ovens were broken', 'Ada Moss, a baker at the pier', 'Ada Moss', 'said'),
  ]],
  ['"early in" a month after an appositive', 'Tom Vale, the ferry pilot, early in March said the dock had flooded.', [
    r('the dock had flooded', 'Tom Vale, the ferry pilot', 'Tom Vale', 'said'),
  ]],
  ['"late on" a weekday with no appositive', 'Nell Arbor late on Monday said the boats were delayed.', [
    r('the boats were delayed', 'Nell Arbor', 'Nell Arbor', 'said'),
  ]],
  ['a season after "last"', 'Ada Moss, a baker at the pier, last spring said the ovens were broken.', [
    r('the ovens were broken', 'Ada Moss, a baker at the pier', 'Ada Moss', 'said'),
  ]],
  ['a season after "this past"', 'Tom Vale, the ferry pilot, this past winter said the dock had flooded.', [
    r('the dock had flooded', 'Tom Vale, the ferry pilot', 'Tom Vale', 'said'),
  ]],
  ['a time of day after "past"', 'Nell Arbor past noon said the boats were delayed.', [
    r('the boats were delayed', 'Nell Arbor', 'Nell Arbor', 'said'),
  ]],
];

const kept: SpeakerTable = [
  ['a season with no lead is no time phrase', 'The spring board said the pool was closed.', [
    r('the pool was closed', 'The spring board', 'The spring board', 'said'),
  ]],
  ['a season after a lead before a verb that is no cue', 'Ada Moss, a baker at the pier, last spring sold the ovens.', []],
];

describeSpeakerSpans('speaker spans over a time phrase with an edge word or a season', timed);
describeSpeakerSpans('speaker spans that stay as they were', kept);
