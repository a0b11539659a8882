/**
 * A dateline closed by a spaced hyphen ("HARLOW - ...") at the start of a
 * paragraph is no part of the reported content that follows it, as one closed
 * by a dash already is not. Exact parts, speaker, cue and rule; plus the
 * shapes where a spaced hyphen at the start is no dateline and the content
 * keeps its first words.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const ACCORDING = 'reported/according-to-trail';
const SPEAKER_CUE = 'reported/content-speaker-cue';

const dateline: [string, string, Row[]][] = [
  ['a city before a spaced hyphen, according to', 'HARLOW - The ferry levy will rise by a third next spring, according to the harbor board.', [
    row(['The ferry levy will rise by a third next spring'], 'the harbor board', 'according to', ACCORDING),
  ]],
  ['a city of two words before a spaced hyphen, a trailing cue', 'PORT ELLIS - Mayor Ada Brook will sell the old pier to a builder from Dover, her office said on Monday.', [
    row(['Mayor Ada Brook will sell the old pier to a builder from Dover'], 'her office', 'said', SPEAKER_CUE),
  ]],
  ['a city and its state before a spaced hyphen', 'PORT ELLIS, N.D. - The ferry levy will rise by a third next spring, according to the harbor board.', [
    row(['The ferry levy will rise by a third next spring'], 'the harbor board', 'according to', ACCORDING),
  ]],
];

const noDateline: [string, string, Row[]][] = [
  ['a hyphen with no space after it', 'HARLOW-based ferries will stop in May, according to the harbor board.', [
    row(['HARLOW-based ferries will stop in May'], 'the harbor board', 'according to', ACCORDING),
  ]],
  ['a word in lower case before the hyphen', 'NEW levies - the third this year - will sink the ferry, according to the harbor board.', [
    row(['NEW levies - the third this year - will sink the ferry'], 'the harbor board', 'according to', ACCORDING),
  ]],
];

describe('a dateline closed by a spaced hyphen is left out', () => {
  test.each(dateline)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('a spaced hyphen that closes no dateline', () => {
  test.each(noDateline)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
