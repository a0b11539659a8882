/**
 * Speaker names of stop 56 (names56): a given name that is also a person
 * noun opening the sentence before a nickname in quotation marks ('Baker
 * "Slim" Jones said') is a given name; a phrase of the medium after an
 * inverted or inserted attribution ("..., said Ann Ruiz, in a statement.")
 * tells how it was said, not what. Exact parts, speaker mention and name,
 * cue, rule and kind; negatives (near misses) that must keep their reading.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const fixes: [string, string, NamedRow[]][] = [
  ['a person noun as the given name before a nickname', 'Baker "Slim" Jones said the mill would close.', [
    named(['the mill would close'], 'Baker "Slim" Jones', 'Baker Jones', 'said', 'reported/cue-clause'),
  ]],
  ['and the surname alone later is the same man', 'Farmer "Red" Quill said the creek was dry. Quill added that the wells were low.', [
    named(['the creek was dry'], 'Farmer "Red" Quill', 'Farmer Quill', 'said', 'reported/cue-clause'),
    named(['the wells were low'], 'Quill', 'Farmer Quill', 'added', 'reported/cue-that'),
  ]],
  ['a medium after an inverted speaker of two people', 'The farm is gone, said Ann Ruiz and Tom Ruiz, in a statement.', [
    named(['The farm is gone'], 'Ann Ruiz and Tom Ruiz', 'Ann Ruiz and Tom Ruiz', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a medium with more words after an inverted speaker', 'The farm was sold, said Ann Ruiz, in an interview on Monday.', [
    named(['The farm was sold'], 'Ann Ruiz', 'Ann Ruiz', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a medium after an inserted attribution', 'The farm is gone, Ann Ruiz said, in a statement released by her lawyer.', [
    named(['The farm is gone'], 'Ann Ruiz', 'Ann Ruiz', 'said', 'reported/content-speaker-cue'),
  ]],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a direct quote with the medium after the speakers', '"The farm is gone," said Ann Ruiz and Tom Ruiz, in a statement.', [
    named(['The farm is gone,'], 'Ann Ruiz and Tom Ruiz', 'Ann Ruiz and Tom Ruiz', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a preposition that finishes the clause still goes on with the report', 'The plan is aimed, said Ann Ruiz, at farmers.', [
    named(['The plan is aimed', 'at farmers'], 'Ann Ruiz', 'Ann Ruiz', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a phrase with no medium after an inserted attribution goes on with it', 'The argument would be aided, Ann Ruiz said, by the new calendar.', [
    named(['The argument would be aided', 'by the new calendar'], 'Ann Ruiz', 'Ann Ruiz', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a person noun opening the sentence with no nickname is no name', 'Bakers said the flour was late.', [
    named(['the flour was late'], 'Bakers', 'Bakers', 'said', 'reported/cue-clause'),
  ]],
  ['a nickname after a known first name keeps working', 'Ann "Slim" Jones said the mill would close.', [
    named(['the mill would close'], 'Ann "Slim" Jones', 'Ann Jones', 'said', 'reported/cue-clause'),
  ]],
];

describe('names56: speaker-name leftovers', () => {
  test.each(fixes)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(negatives)('negative: %s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
