/**
 * fold54: one function (`listenerSplit`, reported/listener-split.ts) decides
 * where the listener after a verb of telling ends (output unchanged); time
 * phrases between a leading cue and its quotation whatever their tags ("As
 * Lee put it last week, "...""; "put it in 2019", "put it earlier this year")
 * and a broadcast after "on" and a possessive ('said on his radio show,
 * "..."'), which stays a title's noun before a title ('on his radio show,
 * "The Lee Hour"'). Exact parts, speaker mention and name, cue, rule and kind.
 * Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import type { Extraction } from '../src/index.js';
import { extract } from './support/invariants.js';

/** One quotation: kind, parts, speaker mention, speaker name, cue, rule. */
type Line = [kind: string, parts: string[], mention: string | null, name: string | null, cue: string | null, rule: string];

function lines(r: Extraction): Line[] {
  return r.quotes.map((q) => [q.kind, q.parts.map((p) => p.text), q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.cue?.span.text ?? null, q.rule]);
}

const SAID = 'We will not back down.';
const lead = (mention: string, cue: string, name = mention): Line => ['direct', [SAID], mention, name, cue, 'direct/leading-speaker-cue'];

const listeners: [string, string, Line[]][] = [
  ['a listener pronoun', 'Ada Brook told me the plan was dead.', [['indirect', ['the plan was dead'], 'Ada Brook', 'Ada Brook', 'told', 'reported/cue-clause']]],
  ['a bare plural, then a bare subject', 'Ada Brook told reporters budgets would pass.', [['indirect', ['budgets would pass'], 'Ada Brook', 'Ada Brook', 'told', 'reported/cue-clause']]],
  ['a name, then a determiner subject', 'Ada Brook told The Associated Press the deal was off.', [['indirect', ['the deal was off'], 'Ada Brook', 'Ada Brook', 'told', 'reported/cue-clause']]],
  ['a listener, then a time possessive', "Ada Brook told reporters Friday's meeting was off.", [['indirect', ["Friday's meeting was off"], 'Ada Brook', 'Ada Brook', 'told', 'reported/cue-clause']]],
  ['a possessive "her" opens the subject', 'Ada Brook warned her old plan would fail.', [['indirect', ['her old plan would fail'], 'Ada Brook', 'Ada Brook', 'warned', 'reported/cue-clause']]],
  ['a determiner phrase before its verb is the subject', 'Ada Brook warned the road would close.', [['indirect', ['the road would close'], 'Ada Brook', 'Ada Brook', 'warned', 'reported/cue-clause']]],
  ['a subject pronoun is no listener', 'Ada Brook cautioned they might sue.', [['indirect', ['they might sue'], 'Ada Brook', 'Ada Brook', 'cautioned', 'reported/cue-clause']]],
];

const times: [string, string, Line[]][] = [
  ['"last week" ("last" tagged as a verb)', `As Lee put it last week, "${SAID}"`, [lead('Lee', 'put it')]],
  ['"last year"', `As Lee put it last year, "${SAID}"`, [lead('Lee', 'put it')]],
  ['"earlier this year"', `As Lee put it earlier this year, "${SAID}"`, [lead('Lee', 'put it')]],
  ['"earlier" alone', `As Lee put it earlier, "${SAID}"`, [lead('Lee', 'put it')]],
  ['a year', `As Lee put it in 2019, "${SAID}"`, [lead('Lee', 'put it')]],
  ['a description and a year', `As the mayor put it in 2019, "${SAID}"`, [lead('the mayor', 'put it')]],
  ['a month and a year', `As Lee put it in May 2019, "${SAID}"`, [lead('Lee', 'put it')]],
  ['a span back', `As Lee put it two weeks ago, "${SAID}"`, [lead('Lee', 'put it')]],
  ['"a year ago"', `As Lee put it a year ago, "${SAID}"`, [lead('Lee', 'put it')]],
  ['"late last year"', `As Lee put it late last year, "${SAID}"`, [lead('Lee', 'put it')]],
  ['a day and its part', `As Lee put it on Monday night, "${SAID}"`, [lead('Lee', 'put it')]],
  ['a listener, then a time phrase', `As Lee put it to reporters last week, "${SAID}"`, [lead('Lee', 'put it')]],
  ['a listener pronoun, then a time phrase', `As she put it to me last month, "${SAID}"`, [lead('she', 'put it')]],
  ['a medium, then a time phrase', `As Lee put it in an interview last week, "${SAID}"`, [lead('Lee', 'put it')]],
  ['before a colon', `As Lee put it last week: "${SAID}"`, [lead('Lee', 'put it')]],
  ['another verb and a year', `As Lee explained in 2019, "${SAID}"`, [lead('Lee', 'explained')]],
  ['another verb and a span back', `As Lee wrote two years ago, "${SAID}"`, [lead('Lee', 'wrote')]],
  ['a verb of telling, a listener and a time phrase', `As she told the BBC last month, "${SAID}"`, [lead('she', 'told')]],
  ['a trailing "put it" and a year', `"We will not back down," as Lee put it in 2019.`, [['direct', ['We will not back down,'], 'Lee', 'Lee', 'put it', 'direct/trailing-speaker-cue']]],
];

const timeNegatives: [string, string, Line[]][] = [
  ['"put it last" places a thing', `As Lee put it last, "${SAID}"`, [['direct', [SAID], null, null, null, 'direct/unattributed']]],
  ['"put it in the box" places a thing', `As Lee put it in the box, "${SAID}"`, [['direct', [SAID], null, null, null, 'direct/unattributed']]],
  ['a year, then a place: no cue', 'As Lee put it in 2019 the party was over.', []],
];

const SHOW = 'We will win the vote.';
const onShow = (mention: string, cue: string, name = mention): Line => ['direct', [SHOW], mention, name, cue, 'direct/leading-speaker-cue'];

const media: [string, string, Line[]][] = [
  ['a radio show', `Lee said on his radio show, "${SHOW}"`, [onShow('Lee', 'said')]],
  ['a weekly TV show', `Lee said on her weekly TV show, "${SHOW}"`, [onShow('Lee', 'said')]],
  ['a talk show before a colon', `Lee said on their talk show: "${SHOW}"`, [onShow('Lee', 'said')]],
  ['a podcast', `Lee said on his podcast, "${SHOW}"`, [onShow('Lee', 'said')]],
  ['a podcast and a time phrase before a colon', `Lee said on her podcast this week: "${SHOW}"`, [onShow('Lee', 'said')]],
  ['a show and a time phrase', `Lee said on his show last week, "${SHOW}"`, [onShow('Lee', 'said')]],
  ['a show and a year', `He said on his show in 2019, "${SHOW}"`, [onShow('He', 'said')]],
  ['a show and a day', `Lee said on his radio show on Monday, "${SHOW}"`, [onShow('Lee', 'said')]],
  ['another verb', `Lee warned on their weekly radio show, "${SHOW}"`, [onShow('Lee', 'warned')]],
  ['a listener, then the show', `Lee told listeners on his radio show, "${SHOW}"`, [onShow('Lee', 'told')]],
  ['an appositive speaker', `Ann Lee, the mayor, said on her radio show, "${SHOW}"`, [onShow('Ann Lee, the mayor', 'said', 'Ann Lee')]],
  ['a column (no work noun)', `Lee wrote in her column, "${SHOW}"`, [onShow('Lee', 'wrote')]],
  ['a TV interview (no possessive)', `Lee said in a TV interview, "${SHOW}"`, [onShow('Lee', 'said')]],
  ['a programme named without marks stays outside the quote', `Lee said on Morning Edition, "${SHOW}"`, [onShow('Lee', 'said')]],
];

const mediaNegatives: [string, string, Line[]][] = [
  ['a quoted title after the show', 'Lee said on his radio show, "The Lee Hour."', []],
  ['a title set off by commas', 'Lee spoke on his weekly radio show, "Generations with Ann Lee," about the vote.', []],
  ['a work that is no broadcast', 'Lee wrote in her memoir, "Rules of Water."', []],
  ['an album title', 'Lee sang on her new album, "We Will Win."', []],
  ['no cue before the show: only the sentence subject, no cue', `Lee appeared on his radio show, "${SHOW}"`, [['direct', [SHOW], 'Lee', 'Lee', null, 'direct/fallback-subject']]],
];

describe('fold54: the listener after a verb of telling (listenerSplit)', () => {
  test.each(listeners)('%s', (_name, input, expected) => {
    expect(lines(extract(input))).toEqual(expected);
  });
});

describe('fold54: a time phrase between a leading cue and its quotation', () => {
  test.each(times)('%s', (_name, input, expected) => {
    expect(lines(extract(input))).toEqual(expected);
  });
  test.each(timeNegatives)('no speaker: %s', (_name, input, expected) => {
    expect(lines(extract(input))).toEqual(expected);
  });
});

describe('fold54: a broadcast after "on" and a possessive', () => {
  test.each(media)('%s', (_name, input, expected) => {
    expect(lines(extract(input))).toEqual(expected);
  });
  test.each(mediaNegatives)('no leading cue: %s', (_name, input, expected) => {
    expect(lines(extract(input))).toEqual(expected);
  });
});
