/**
 * A review of stop 48's merges (read56): "finally" after "and", "or" or "but"
 * stays out of the cue in the -ly widening too (as CUE_ADVERBS_NOT_JOINED
 * says); "he"/"she" one sentence after "NAME asked NAME2 ..." is the one
 * asked, as two sentences on (pron10); a subject of a fronted clause of
 * circumstance gives way to the main clause's one sentence back too (read55);
 * a "when" after what was asked for or about, past the one asked or a comma,
 * opens no question. Exact parts, speaker mention and name, cue, rule and
 * kind; plus shapes that must not change and inputs that must give nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  ['"finally" after "and" is no part of the cue', 'Tom Reyes waited and finally said the ferry would run again.', [
    named(['the ferry would run again'], 'Tom Reyes', 'Tom Reyes', 'said', 'reported/cue-clause'),
  ]],
  ['"finally" after "but" is no part of the cue', 'Ada Brook hesitated but finally admitted that the pier was unsafe.', [
    named(['the pier was unsafe'], 'Ada Brook', 'Ada Brook', 'admitted', 'reported/cue-that'),
  ]],
  ['the one asked answers one sentence on, the asker a man too', 'Tom Reyes asked Paul Hale which towns he could carry. "Most of them," he said.', [
    named(['which towns he could carry'], 'Tom Reyes', 'Tom Reyes', 'asked', 'reported/asked-listener'),
    named(['Most of them,'], 'he', 'Paul Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the one asked answers two sentences on, the asker a man too', 'Tom Reyes asked Paul Hale which towns he could carry. The hall went quiet. "Most of them," he said.', [
    named(['which towns he could carry'], 'Tom Reyes', 'Tom Reyes', 'asked', 'reported/asked-listener'),
    named(['Most of them,'], 'he', 'Paul Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the subject of a fronted "after" clause gives way one sentence on too', 'After Tom Reyes spoke, Paul Hale left the hall. "It is over," he said.', [
    named(['It is over,'], 'he', 'Paul Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a "when" after the one asked and "for" tells when it was asked', 'Ada Brook asked Hale for a recount when the margin was small.', [
    named(['a recount'], 'Ada Brook', 'Ada Brook', 'asked', 'reported/asked-for'),
  ]],
  ['a "when" after "about" and a comma tells when it was asked', 'Ada Brook asked about the levy, when the meeting began.', [
    named(['the levy'], 'Ada Brook', 'Ada Brook', 'asked about', 'reported/cue-topic'),
  ]],
];

const unchanged: [string, string, NamedRow[]][] = [
  ['"finally" right before the cue is still the cue\'s', 'The council finally confirmed that the ferry would run.', [
    named(['the ferry would run'], 'The council', 'The council', 'finally confirmed', 'reported/cue-that'),
  ]],
  ['the subject of the sentence before still wins over a name asked nothing', 'Tom Reyes met Paul Hale on Monday. "We will talk again," he said.', [
    named(['We will talk again,'], 'he', 'Tom Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a fronted phrase set off by a comma keeps its subject', 'During the debate, Tom Reyes sat beside Paul Hale. "It is over," he said.', [
    named(['It is over,'], 'he', 'Tom Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a question after the one asked stays a question', 'Ada Brook asked Hale when the meeting would begin.', [
    named(['when the meeting would begin'], 'Ada Brook', 'Ada Brook', 'asked', 'reported/cue-question'),
  ]],
];

const nothing: [string, string][] = [
  ['a "when" clause of narration', 'Ada Brook left the hall when the meeting began.'],
  ['"finally" with no cue', 'Tom Reyes waited and finally left the hall.'],
];

describe('read56: fixes found reading stop 48', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('read56: shapes left as they were', () => {
  test.each(unchanged)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('read56: inputs that give nothing', () => {
  test.each(nothing)('%s', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
