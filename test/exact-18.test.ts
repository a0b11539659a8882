/**
 * Cue spans (issue 11, exact parts): a verb cue in its base form right after
 * the "to" of an infinitive takes it, as annotated news marks it ("used the
 * hearing to argue that ..."). Exact parts, speaker, cue and rule; plus the
 * shapes whose cue keeps its old span.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const THAT = 'reported/cue-that';
const CLAUSE = 'reported/cue-clause';

const widened: [string, string, Row[]][] = [
  ['an infinitive of purpose', 'Ada Moss used the hearing to argue that the ferry should run until May.', [
    row(['the ferry should run until May'], 'Ada Moss', 'to argue', THAT),
  ]],
  ['an infinitive after an object', 'The vote led Tom Vale to declare that the harbor would stay open.', [
    row(['the harbor would stay open'], 'Tom Vale', 'to declare', THAT),
  ]],
  ['an infinitive after a place', 'Ada Moss rushed to the studio to say she did not back the levy.', [
    row(['she did not back the levy'], 'Ada Moss', 'to say', CLAUSE),
  ]],
];

const kept: [string, string, Row[]][] = [
  ['a verb of holding back before "to"', 'Tom Vale declined to say whether the pier would reopen.', [
    row(['whether the pier would reopen'], 'Tom Vale', 'say', CLAUSE),
  ]],
  ['"to" as a preposition before a gerund', 'In addition to stating that the pier was safe, Ada Moss said the ferry would run.', [
    row(['the pier was safe'], 'Ada Moss', 'stating', THAT),
    row(['the ferry would run'], 'Ada Moss', 'said', CLAUSE),
  ]],
  ['a catenative verb group keeps its head', '"We are ready," Tom Vale went on to say.', [
    row(['We are ready,'], 'Tom Vale', 'went on to say', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('a verb cue after the "to" of an infinitive takes it', () => {
  test.each(widened)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('cues that keep their span', () => {
  test.each(kept)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
