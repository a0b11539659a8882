/**
 * Review 20: known wrong outputs on invented news text, each fixed, next to
 * the cases that must not move (each row: input, and the expected
 * `kind | parts | speaker name | speaker mention | cue | rule` of each quote
 * in order).
 * - prepare: a "noun" in -ed that the tagger did not lemmatise, right after a
 *   plural noun or a subject pronoun and before a determiner, an adjective,
 *   an adverb or a pronoun, is a past-tense verb ("the farmers deserved
 *   better").
 * - reported/content-speaker-cue: a short time phrase between the cue and the
 *   comma after it ("its chairman said on Monday, will vote again") is part
 *   of the attribution; the clause goes on after the comma.
 * - speakers: a capitalised plural that opens its sentence and that the
 *   tagger read as a proper noun, before a participle ("Documents released
 *   Friday show"), is the subject the participle describes.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `kind | parts joined by " + " | name | mention | cue | rule`. */
function shown(r: Extraction): string[] {
  return r.quotes.map((q) => [q.kind, q.parts.map((p) => p.text).join(' + '), q.speaker?.name ?? '-', q.speaker?.mention?.text ?? '-', q.cue?.span.text ?? '-', q.rule].join(' | '));
}

// [family, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // a past-tense verb the tagger read as a noun
  ['misread-past', 'Ann Lee, a Democrat who has refused to back the measure, said the farmers deserved better.', ['indirect | the farmers deserved better | Ann Lee | Ann Lee, a Democrat who has refused to back the measure | said | reported/cue-clause']],
  ['misread-past', 'Ann Lee, a Democrat, said the farmers deserved better.', ['indirect | the farmers deserved better | Ann Lee | Ann Lee, a Democrat | said | reported/cue-clause']],
  ['misread-past', 'The workers deserved a raise, she said.', ['indirect | The workers deserved a raise | she | she | said | reported/content-speaker-cue']],
  ['misread-past', 'The coach said they deserved the win.', ['indirect | they deserved the win | The coach | The coach | said | reported/cue-clause']],
  // unchanged: a noun in -ed stays a noun
  ['misread-past', 'The mayor said the seabed was damaged.', ['indirect | the seabed was damaged | The mayor | The mayor | said | reported/cue-clause']],
  // a time phrase between a parenthetical cue and its comma
  ['cue-time', 'Reyes, a top aide said Tuesday, was never told.', ['indirect | Reyes + was never told | a top aide | a top aide | said | reported/content-speaker-cue']],
  ['cue-time', 'The council, its chairman said on Monday, will vote again.', ['indirect | The council + will vote again | its chairman | its chairman | said | reported/content-speaker-cue']],
  ['cue-time', 'The talks, Lee said last week, would resume in May.', ['indirect | The talks + would resume in May | Lee | Lee | said | reported/content-speaker-cue']],
  // unchanged: no time phrase, or the sentence ends
  ['cue-time', 'The talks, Lee said, would resume in May.', ['indirect | The talks + would resume in May | Lee | Lee | said | reported/content-speaker-cue']],
  // unchanged: a relative clause's subject reports the noun it follows, with or without a time phrase
  ['cue-time', 'The closure of the pier, which officials confirmed, angered the fishing crews.', ['indirect | which | officials | officials | confirmed | reported/relative-object']],
  ['cue-time', 'The closure of the pier, which officials confirmed last week, angered the fishing crews.', ['indirect | which | officials | officials | confirmed | reported/relative-object']],
  ['cue-time', 'The plan failed, Lee said Tuesday.', ['indirect | The plan failed | Lee | Lee | said | reported/content-speaker-cue']],
];

/** Rows read with every cue category on. */
const EVERY: readonly (readonly [string, string, readonly string[]])[] = [
  // a capitalised plural opening the sentence, tagged a proper noun, before a participle and a time
  ['opening-plural', 'Documents released Friday show that the pier was sold twice.', ['indirect | the pier was sold twice | Documents released Friday | Documents released Friday | show | reported/cue-that']],
  ['opening-plural', 'Records released on Friday said the pier was sold twice.', ['indirect | the pier was sold twice | Records released on Friday | Records released on Friday | said | reported/cue-clause']],
  // unchanged
  ['opening-plural', 'Documents show that the pier was sold twice.', ['indirect | the pier was sold twice | Documents | Documents | show | reported/cue-that']],
  ['opening-plural', 'New records released Friday said the pier was sold twice.', ['indirect | the pier was sold twice | New records released Friday | New records released Friday | said | reported/cue-clause']],
];

describe('review 20', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(shown(extract(input))).toEqual(expected);
  });
  test.each(EVERY)('every category, %s: %s', (_family, input, expected) => {
    expect(shown(extract(input, { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] }))).toEqual(expected);
  });
});
