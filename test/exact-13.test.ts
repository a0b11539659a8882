/**
 * Content boundaries, third pass (issue 11): a named source's appositive
 * after a leading "According to X," is no content (`According to Ada Brook,
 * the club's lawyer, the ruling was wrong.`); a quotation after "X said,
 * adding," is direct, the words before it being the report of "said"
 * (`The pier will close, Ada Brook said, adding, "We have no choice."`).
 * Exact parts, speaker, cue and rule; plus the shapes that stay as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const LEAD = 'reported/according-to-lead';

const appositives: [string, string, Row[]][] = [
  ['a possessive noun phrase', "According to Ada Brook, the club's lawyer, the ruling was wrong.", [
    row(['the ruling was wrong'], 'Ada Brook', 'According to', LEAD),
  ]],
  ['a name with its possessive', "According to Ada Brook, Harbor Trust's chief lawyer, the ruling was wrong.", [
    row(['the ruling was wrong'], 'Ada Brook', 'According to', LEAD),
  ]],
  ['an article and a relative clause', 'According to Tom Reyes, a close friend of the owner who ran the depot, the pier will close in May.', [
    row(['the pier will close in May'], 'Tom Reyes', 'According to', LEAD),
  ]],
  ['a possessive pronoun', 'According to Ada Brook, his former deputy, the budget was cut twice.', [
    row(['the budget was cut twice'], 'Ada Brook', 'According to', LEAD),
  ]],
];

const stays: [string, string, Row[]][] = [
  ['the subject with an appositive of its own', 'According to Ada Brook, the mayor, a Democrat, will resign.', [
    row(['the mayor, a Democrat, will resign'], 'Ada Brook', 'According to', LEAD),
  ]],
  ['a source that names no one', 'According to police, the suspect, a local man, fled the scene.', [
    row(['the suspect, a local man, fled the scene'], 'police', 'According to', LEAD),
  ]],
  ['no appositive', 'According to Ada Brook, the mayor will resign next week.', [
    row(['the mayor will resign next week'], 'Ada Brook', 'According to', LEAD),
  ]],
  ['a noun phrase with no person', 'According to Ada Brook, the new budget, the council will vote on Friday.', [
    row(['the new budget, the council will vote on Friday'], 'Ada Brook', 'According to', LEAD),
  ]],
];

describe("a named source's appositive is no content", () => {
  test.each(appositives)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('the clause after the source stays whole', () => {
  test.each(stays)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

const LEADING = 'direct/leading-speaker-cue';
const CSC = 'reported/content-speaker-cue';

const adding: [string, string, Row[]][] = [
  ['"said, adding,"', 'The two harbor chiefs will meet next week, Ada Brook said, adding, "They need to meet and talk it over."', [
    row(['The two harbor chiefs will meet next week'], 'Ada Brook', 'said', CSC),
    row(['They need to meet and talk it over.'], 'Ada Brook', 'adding', LEADING, 'direct'),
  ]],
  ['"noted, adding," with a pronoun', 'The vote on the pier is close, she noted, adding, "We may lose it."', [
    row(['The vote on the pier is close'], 'she', 'noted', CSC),
    row(['We may lose it.'], 'she', 'adding', LEADING, 'direct'),
  ]],
];

const stillMixed: [string, string, Row[]][] = [
  ['a connective before a lone attribution', 'In other words, Tom Reyes said, "the ferry will stop in May."', [
    row(['In other words', 'the ferry will stop in May.'], 'Tom Reyes', 'said', LEADING, 'mixed'),
  ]],
];

describe('after "X said, adding," the quotation is direct', () => {
  test.each(adding)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(stillMixed)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
