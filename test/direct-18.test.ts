/**
 * direct18: the bounds of direct quotes, as annotated news draws them. Each
 * row: invented input, and the expected `kind | parts | speaker mention | cue
 * | rule` of each quote in order; negatives keep the reading they had.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `kind | part ‖ part | mention | cue | rule`. */
function shown(r: Extraction): string[] {
  return r.quotes.map((q) => [q.kind, q.parts.map((p) => p.text).join(' ‖ '), q.speaker?.mention?.text ?? '-', q.cue?.span.text ?? '-', q.rule].join(' | '));
}

const LEAD = 'Officials met on Monday. ';

// [invented input, expected quotes in order]
const TABLE: readonly (readonly [string, readonly string[]])[] = [
  // a listener or an occasion opened by a possessive, between the cue and the quotation, is no part of the quote
  [`${LEAD}Ada Moss told her supporters, "We will keep the pier open, and we always will."`, ['direct | We will keep the pier open, and we always will. | Ada Moss | told | direct/leading-speaker-cue']],
  [`${LEAD}Tom Reyes wrote to his 4,000 online followers, "The vote is next week."`, ['direct | The vote is next week. | Tom Reyes | wrote | direct/leading-speaker-cue']],
  [`${LEAD}Ada Moss said at her final rally, "We will keep the pier open."`, ['direct | We will keep the pier open. | Ada Moss | said | direct/leading-speaker-cue']],
  [`${LEAD}Ada Moss assured her neighbours, "The pier will stay open."`, ['direct | The pier will stay open. | Ada Moss | assured | direct/leading-speaker-cue']],
  // negatives: an object pronoun, a work's title, a possessive after a verb that takes no listener
  [`${LEAD}Ada Moss sometimes referred to her by a pet name, "Birdie."`, ['mixed | her by a pet name, "Birdie." | Ada Moss | referred to | reported/cue-quoted-object']],
  [`${LEAD}Ada Moss wrote in her memoir, "Quiet Waters."`, ['direct | Quiet Waters. | Ada Moss | wrote in | reported/cue-quoted-object']],
  [`${LEAD}Tom Reyes said his brother, Karl, "never wanted the job."`, ['mixed | his brother, Karl, "never wanted the job." | Tom Reyes | said | reported/cue-clause']],
  [`${LEAD}The mayor thanked her staff.`, []],
];

describe('direct18: bounds of direct quotes', () => {
  test.each(TABLE)('%s', (input, expected) => {
    expect(shown(extract(input))).toEqual(expected);
  });
});
