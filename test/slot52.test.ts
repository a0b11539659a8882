/**
 * One slot for the description of a person that spoke (slot52): "he" or
 * "she" reads the last description that spoke, in its sentence or the two
 * before. A settled one (a person named before, "The judge" for Judge Ann
 * Carver, or someone new by an indefinite article, "A retired teacher")
 * comes before the names when no fitting name stands between; an unsettled
 * one ("The minister", no one named) only when nothing else fits. Before
 * slot52 the settled one reached back one sentence only. Exact parts,
 * speaker mention and name, cue, rule and kind; negatives that must not
 * change.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const changed: [string, string, NamedRow[]][] = [
  ['"she" two sentences after "The judge" found to be a judge named before', 'Judge Ann Carver heard the case. Her lawyer, Ruth Moss, said the ruling was fair. The judge said the appeal would fail. The hearing ends on Friday. "I have decided," she said.', [
    named(['the ruling was fair'], 'Her lawyer, Ruth Moss', 'Ruth Moss', 'said', 'reported/cue-clause'),
    named(['the appeal would fail'], 'The judge', 'Ann Carver', 'said', 'reported/cue-clause'),
    named(['I have decided,'], 'she', 'Ann Carver', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"he" two sentences after an indefinite description that spoke', 'One longtime delegate said he had tried to sell his tickets. He found no buyer, he said. "Not a single one," he said.', [
    named(['he had tried to sell his tickets'], 'One longtime delegate', 'One longtime delegate', 'said', 'reported/cue-clause'),
    named(['He found no buyer'], 'he', 'One longtime delegate', 'said', 'reported/content-speaker-cue'),
    named(['Not a single one,'], 'he', 'One longtime delegate', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"she" two sentences after "A retired teacher"', 'A retired teacher said the school had closed. The bus stops at noon. "Nobody came," she said.', [
    named(['the school had closed'], 'A retired teacher', 'A retired teacher', 'said', 'reported/cue-clause'),
    named(['Nobody came,'], 'she', 'A retired teacher', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const unchanged: [string, string, NamedRow[]][] = [
  ['"he" two sentences after an unnamed "The minister"', 'The minister said taxes would rise next year. The budget is due in May. "We have no choice," he said.', [
    named(['taxes would rise next year'], 'The minister', 'The minister', 'said', 'reported/cue-clause'),
    named(['We have no choice,'], 'he', 'The minister', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['three sentences after "The minister": no one', 'The minister said taxes would rise next year. The budget is due in May. The vote is on Friday. "We have no choice," he said.', [
    named(['taxes would rise next year'], 'The minister', 'The minister', 'said', 'reported/cue-clause'),
    named(['We have no choice,'], 'he', 'he', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['three sentences after "The judge": the name before it', 'Judge Ann Carver heard the case. Her lawyer, Ruth Moss, said the ruling was fair. The judge said the appeal would fail. The hearing ends on Friday. The court is shut on Monday. "I have decided," she said.', [
    named(['the ruling was fair'], 'Her lawyer, Ruth Moss', 'Ruth Moss', 'said', 'reported/cue-clause'),
    named(['the appeal would fail'], 'The judge', 'Ann Carver', 'said', 'reported/cue-clause'),
    named(['I have decided,'], 'she', 'Ruth Moss', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['three sentences after "A retired teacher": no one', 'A retired teacher said the school had closed. The bus stops at noon. The town hall is empty. "Nobody came," she said.', [
    named(['the school had closed'], 'A retired teacher', 'A retired teacher', 'said', 'reported/cue-clause'),
    named(['Nobody came,'], 'she', 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a fitting name between the description and "she" is hers', 'A retired teacher said the school had closed. Ruth Moss wrote to the council. "Nobody came," she said.', [
    named(['the school had closed'], 'A retired teacher', 'A retired teacher', 'said', 'reported/cue-clause'),
    named(['Nobody came,'], 'she', 'Ruth Moss', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('a settled description that spoke reaches two sentences back (slot52)', () => {
  test.each(changed)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('shapes slot52 leaves as they were', () => {
  test.each(unchanged)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
