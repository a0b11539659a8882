/**
 * Reported-speech recall, round 13 (issue 11): "as first reported by X" after
 * a clause, a plural subject before a noun-tagged "caution that", and a
 * reported clause whose verb in -s the tagger reads as a noun, a title quoted
 * inside the source of "according to", and "(According to X, ...)".
 * Invented sentences with the exact parts, speaker, cue and rule expected, and
 * the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // an adverb of time between "as" and "reported by"
  ['clause, as first reported by X', 'The ferry line stopped selling winter passes, as first reported by the Harbor Gazette.', [
    row(['The ferry line stopped selling winter passes'], 'the Harbor Gazette', 'as first reported by', 'reported/according-to-trail'),
  ]],
  ['clause, as previously reported by X', 'The pier will close for repairs in May, as previously reported by the Coast Weekly.', [
    row(['The pier will close for repairs in May'], 'the Coast Weekly', 'as previously reported by', 'reported/according-to-trail'),
  ]],
  // "caution" read as a noun after a plural subject
  ['plural subject + caution that', 'Harbor engineers caution that the old seawall could fail in a strong storm.', [
    row(['the old seawall could fail in a strong storm'], 'Harbor engineers', 'caution', 'reported/cue-that'),
  ]],
  // a present-tense verb in -s the tagger reads as a noun, before "to" or "for" and a noun phrase
  ['says + subject + misread verb + to', 'Ms. Lund says the ferry plan appeals to the young.', [
    row(['the ferry plan appeals to the young'], 'Ms. Lund', 'says', 'reported/cue-clause'),
  ]],
  ['says + subject with a relative clause + misread verb', 'The harbor chief says the movement that is spreading across the coast appeals to the young.', [
    row(['the movement that is spreading across the coast appeals to the young'], 'The harbor chief', 'says', 'reported/cue-clause'),
  ]],
  // a title quoted inside the source of "according to" is part of the source, no quote
  ['clause, according to the "Title" paper', 'The mayor would skip the parade, according to the "Harbor Notes" newsletter she sends.', [
    row(['The mayor would skip the parade'], 'the "Harbor Notes" newsletter she sends', 'according to', 'reported/according-to-trail'),
  ]],
  ['fronted phrase, according to "Title" by X, clause', 'One night in 2001, according to "Harbor Days" by Ann Lee, the mayor called the board.', [
    row(['One night in 2001', 'the mayor called the board'], '"Harbor Days" by Ann Lee', 'according to', 'reported/according-to-trail'),
  ]],
  // (quoted words after the source's comma are a quote, not a title)
  ['clause, according to X, "quote"', 'The pier is safe, according to the mayor, "and it will stay open."', [
    row(['and it will stay open.'], 'the mayor', 'according to', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // "According to X, ..." inside parentheses
  ['(According to X, clause.)', '(According to the port office, the pier gets 300 visitors a day.)', [
    row(['the pier gets 300 visitors a day'], 'the port office', 'According to', 'reported/according-to-lead'),
  ]],
];

const none: [string, string][] = [
  // "caution" as a noun, and "reported" with no "by" after the adverb
  ['a note of caution', 'The engineers added a note of caution about the seawall.'],
  ['as first reported', 'The pier will close in May, as first reported last week.'],
];

describe('reported-speech recall, round 13', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
