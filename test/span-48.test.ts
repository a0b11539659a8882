/**
 * Speaker spans, third pass (issue 11, exact speaker): a longer time phrase
 * between an appositive and its cue ("this past week", "Tuesday morning",
 * "late Friday") still closes the appositive, so the speaker span keeps
 * it. The speaker's name stays the person. Speaker span, name, cue and
 * content; plus shapes whose speaker keeps its old span.
 */
import { describeSpeakerSpans, r, type SpeakerTable } from './support/speaker-span-rows.js';

const widened: SpeakerTable = [
  ['"this past week" between the appositive and the cue', 'Ada Moss, a baker at the pier, this past week said the ovens were broken.', [
    r('the ovens were broken', 'Ada Moss, a baker at the pier', 'Ada Moss', 'said'),
  ]],
  ['a weekday and its part of the day between the appositive and the cue', 'Tom Vale, the ferry pilot, Tuesday morning said the dock had flooded.', [
    r('the dock had flooded', 'Tom Vale, the ferry pilot', 'Tom Vale', 'said'),
  ]],
  ['"late" before a weekday between the appositive and the cue', 'Nell Arbor, a harbor clerk, late Friday said the boats were delayed.', [
    r('the boats were delayed', 'Nell Arbor, a harbor clerk', 'Nell Arbor', 'said'),
  ]],
];

const kept: SpeakerTable = [
  ['a single weekday, as before', 'Tom Vale, the ferry pilot, Tuesday said the dock had flooded.', [
    r('the dock had flooded', 'Tom Vale, the ferry pilot', 'Tom Vale', 'said'),
  ]],
  ['a longer time phrase before a verb that is no cue', 'Ada Moss, a baker at the pier, this past week sold the ovens.', []],
  ['a part of the day before a verb that is no cue', 'Tom Vale, the ferry pilot, Tuesday morning painted the dock.', []],
];

describeSpeakerSpans('speaker spans keep an appositive before a longer time phrase', widened);
describeSpeakerSpans('speaker spans that stay as they were', kept);
