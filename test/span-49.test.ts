/**
 * Speaker spans, fourth pass (issue 11, exact speaker): a time phrase with an
 * edge word ("late on Friday", "early in March") or a season ("last spring",
 * "this past fall") between a speaker and its cue is stepped over, so the
 * speaker is the person (not unknown, not the time phrase) and an appositive
 * before it stays in the span; and a second trailing appositive that opens
 * with "the" joins the speaker span; an aside set off by commas before the
 * cue ("for example", "in turn") no longer blocks an appositive; nor does a
 * compound noun whose first half the tagger reads as a verb ("think tank"). Speaker span, name, cue and content;
 * plus shapes whose speaker keeps its old span.
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

const second: SpeakerTable = [
  ['a second trailing appositive with "the"', 'The ovens were broken, said Ada Moss, a baker, the owner of the pier cafe.', [
    r('The ovens were broken', 'Ada Moss, a baker, the owner of the pier cafe', 'Ada Moss', 'said'),
  ]],
  ['a second trailing appositive with "the" after a job and its place', 'The dock had flooded, said Tom Vale, pilot of the Blue Heron, the ferry that crosses the bay.', [
    r('The dock had flooded', 'Tom Vale, pilot of the Blue Heron, the ferry that crosses the bay', 'Tom Vale', 'said'),
  ]],
];

const aside: SpeakerTable = [
  ['"for example" between the appositive and the cue', 'Ada Moss, a baker at the pier, for example, said the ovens were broken.', [
    r('the ovens were broken', 'Ada Moss, a baker at the pier', 'Ada Moss', 'said'),
  ]],
  ['"in turn" between the appositive and the cue', 'Tom Vale, the ferry pilot, in turn, said the dock had flooded.', [
    r('the dock had flooded', 'Tom Vale, the ferry pilot', 'Tom Vale', 'said'),
  ]],
  ['"meanwhile" between a leading description and the cue', 'The harbor board chief, Nell Arbor, meanwhile, said the boats were late.', [
    r('the boats were late', 'The harbor board chief, Nell Arbor', 'Nell Arbor', 'said'),
  ]],
];

const compound: SpeakerTable = [
  ['"think tank" closing an appositive before the cue', 'Ada Moss, an analyst at the Pier Institute think tank, said the ovens were broken.', [
    r('the ovens were broken', 'Ada Moss, an analyst at the Pier Institute think tank', 'Ada Moss', 'said'),
  ]],
  ['"think tank" closing an appositive after an inverted speaker', 'The ovens were broken, said Ada Moss, an analyst at the Pier Institute think tank.', [
    r('The ovens were broken', 'Ada Moss, an analyst at the Pier Institute think tank', 'Ada Moss', 'said'),
  ]],
];

const kept: SpeakerTable = [
  ['a verb of its own before a time word is no compound', 'Tom Vale, the pilot Ada hired today, said the dock had flooded.', [
    r('the dock had flooded', 'Tom Vale', 'Tom Vale', 'said'),
  ]],
  ['an aside with no appositive leaves the name alone', 'Ada Moss, for example, said the ovens were broken.', [
    r('the ovens were broken', 'Ada Moss', 'Ada Moss', 'said'),
  ]],
  ['a phrase set off by commas that is no listed aside still blocks the appositive', 'Ada Moss, a baker at the pier, on the whole, said the ovens were broken.', [
    r('the ovens were broken', 'Ada Moss', 'Ada Moss', 'said'),
  ]],
  ['a second trailing appositive with "a" stays out', 'The ovens were broken, said Ada Moss, a baker, a partner in the pier cafe.', [
    r('The ovens were broken', 'Ada Moss, a baker', 'Ada Moss', 'said'),
  ]],
  ['a time aside with "the" after the appositive stays out', 'The ovens were broken, said Ada Moss, a baker, the next day.', [
    r('The ovens were broken', 'Ada Moss, a baker', 'Ada Moss', 'said'),
  ]],
  ['a second appositive that runs into a quotation leaves the first', 'The ovens were broken, said Ada Moss, a baker, the owner of the cafe "Hot Loaf."', [
    r('The ovens were broken', 'Ada Moss, a baker', 'Ada Moss', 'said'),
  ]],
  ['a season with no lead is no time phrase', 'The spring board said the pool was closed.', [
    r('the pool was closed', 'The spring board', 'The spring board', 'said'),
  ]],
  ['a season after a lead before a verb that is no cue', 'Ada Moss, a baker at the pier, last spring sold the ovens.', []],
];

describeSpeakerSpans('speaker spans over a time phrase with an edge word or a season', timed);
describeSpeakerSpans('speaker spans over a second trailing appositive with "the"', second);
describeSpeakerSpans('speaker spans past an aside set off by commas', aside);
describeSpeakerSpans('speaker spans over a compound noun read as a verb', compound);
describeSpeakerSpans('speaker spans that stay as they were', kept);
