/**
 * An inserted attribution whose speaker's name holds a hyphen ("The figures
 * indicate, Ivo Kasza-Lind said, that prices fell.") reports the whole
 * sentence, as one without a hyphen does; the verb before the attribution
 * gives no second quote of its own. robust-15's property found it once
 * fix69 let a subject run over a hyphen inside a word.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const cases: [string, string, NamedRow[]][] = [
  ['a hyphened name', 'The figures indicate, Ivo Kasza-Lind said, that prices fell.', [
    named(['The figures indicate', 'that prices fell'], 'Ivo Kasza-Lind', 'Ivo Kasza-Lind', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a hyphened name with words after the verb', 'The data suggest, Mara Quint-Ellis told reporters, that the port is busy.', [
    named(['The data suggest', 'that the port is busy'], 'Mara Quint-Ellis', 'Mara Quint-Ellis', 'told', 'reported/content-speaker-cue'),
  ]],
  ['no hyphen (unchanged)', 'The figures indicate, Tom Reyes said, that prices fell.', [
    named(['The figures indicate', 'that prices fell'], 'Tom Reyes', 'Tom Reyes', 'said', 'reported/content-speaker-cue'),
  ]],
];

describe('an inserted attribution with a hyphened name', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
