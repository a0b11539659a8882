/**
 * Half-right reported speech, round 13 (issue 11, precision): one prediction
 * that covered two attributions. A participle cue after a spaced dash starts
 * an attribution of its own, as after a comma; and so does a participle cue
 * after a comma when the content opens with a noun of saying ("repeated
 * claims that ..."). Invented sentences only; rows that must stay as they
 * were, and sentences that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const split: [string, string, Row[]][] = [
  ['a participle cue after a spaced hyphen', 'Tom Varga says the budget was balanced - asserting that the cuts did not change his views.', [
    row(['the budget was balanced'], 'Tom Varga', 'says', 'reported/cue-clause'),
    row(['the cuts did not change his views'], 'Tom Varga', 'asserting', 'reported/cue-that'),
  ]],
  ['a participle cue after an em dash', 'Mayor Ann Lee said the levy was fair \u2014 adding that it would end in May.', [
    row(['the levy was fair'], 'Mayor Ann Lee', 'said', 'reported/cue-clause'),
    row(['it would end in May'], 'Mayor Ann Lee', 'adding', 'reported/cue-that'),
  ]],
  ['a participle cue after a content that opens with a noun of saying', 'Ann Lee repeated claims that Tom Varga recites the same lines, calling him a lazy guy.', [
    row(['claims that Tom Varga recites the same lines'], 'Ann Lee', 'repeated', 'reported/cue-that'),
  ]],
  ['the same, the participle with a quoted object', 'Ann Lee repeated claims that Tom Varga recites the same lines, calling him "a lazy guy."', [
    row(['claims that Tom Varga recites the same lines'], 'Ann Lee', 'repeated', 'reported/cue-that'),
    row(['him "a lazy guy."'], 'Ann Lee', 'calling', 'reported/cue-quoted-object', 'mixed'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a participle after a comma, as before
  ['a participle cue after a comma', 'Tom Varga says the budget was balanced, asserting that the cuts did not change his views.', [
    row(['the budget was balanced'], 'Tom Varga', 'says', 'reported/cue-clause'),
    row(['the cuts did not change his views'], 'Tom Varga', 'asserting', 'reported/cue-that'),
  ]],
  // a participle after a dash that is no cue belongs to the content
  ['a participle that is no cue after a dash', 'Ann Lee said the ferry was late - running two hours behind.', [
    row(['the ferry was late - running two hours behind'], 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  // a hyphen inside a word is no dash
  ['a hyphen inside a word', 'Ann Lee said the plan was a cost-saving measure, one the council backed.', [
    row(['the plan was a cost-saving measure, one the council backed'], 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
];

const nothing: [string, string][] = [
  ['a participle after a dash in plain narration', 'The ferry ran late - leaving the riders stranded on the pier.'],
  ['a participle of saying in no report', 'The ferry ran late again \u2014 prompting a long line at the pier.'],
];

describe('one prediction for two attributions is two', () => {
  test.each(split)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('rows that stay as they were', () => {
  test.each(kept)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('no attribution', () => {
  test.each(nothing)('%s', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
