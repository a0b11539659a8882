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

/*
 * Round 13, second pass: "claim" in the passive with what was claimed as
 * its subject, and a relative "which" after a comma as that subject (rule
 * `reported/passive-subject`); a reported clause whose subject opens with a
 * currency sign or with "about" or "around" before a number; a cue form read
 * as an adjective after a perfect "have", before a possessive listener.
 */

/** [text, kind, content, speaker name, cue, rule] of the one quote expected. */
const found: [string, string, string, string | null, string, string][] = [
  // "claim" in the passive; a relative "which" as the passive subject
  ['Both fires were claimed by the rebel group.', 'indirect', 'Both fires', 'the rebel group', 'were claimed', 'reported/passive-subject'],
  ['The blasts, which were claimed by a militant group, shook the port.', 'indirect', 'which', 'a militant group', 'were claimed', 'reported/passive-subject'],
  ['The fire, which was first reported by The Harbor Gazette, spread fast.', 'indirect', 'which', 'Harbor Gazette', 'was first reported', 'reported/passive-subject'],
  // an amount opening the clause's subject
  ['Councilor Ilse Brandt said $12 million was being set aside for the dam.', 'indirect', '$12 million was being set aside for the dam', 'Ilse Brandt', 'said', 'reported/cue-clause'],
  ['The treasurer said €40 would cover the fee.', 'indirect', '€40 would cover the fee', 'The treasurer', 'said', 'reported/cue-clause'],
  ['The sheriff said about 40 people were hurt in the crash.', 'indirect', 'about 40 people were hurt in the crash', 'The sheriff', 'said', 'reported/cue-clause'],
  ['The utility said around 300 homes had lost power.', 'indirect', 'around 300 homes had lost power', 'The utility', 'said', 'reported/cue-clause'],
  // a participle read as an adjective after a perfect "have", before a possessive
  ['Orla Teague has informed her staff that the office will close.', 'indirect', 'the office will close', 'Orla Teague', 'has informed', 'reported/cue-that'],
  ['I have informed my sister that during the trip, she will drive.', 'indirect', 'during the trip, she will drive', 'I', 'have informed', 'reported/cue-that'],
];

/** Sentences that must give no quote. */
const nothing: string[] = [
  // "point" with no "out", or "out" of a place
  'He pointed the torch at the door.',
  'The lots were pointing out over the bay.',
  // a relative "which" with a verb that reports nothing
  'The building, which was sold in May, stood empty.',
  // "about" before a number as the length of a talk, and an amount that no clause follows
  'The coach talked about 20 minutes.',
  'The gift was $30 for each guest.',
  // a listener and no words
  'The lawyer had informed her client.',
  // boilerplate stays nothing
  'The council never answered our request for a comment.',
];

describe('reported-speech recall, round 13, second pass', () => {
  test.each(found)('%s', (text, kind, content, speaker, cue, rule) => {
    const r = extract(text);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null, q.rule])).toEqual([[kind, content, speaker, cue, rule]]);
  });
  test.each(nothing)('%s yields nothing', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});
