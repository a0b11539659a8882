/**
 * Missed reported speech, issue 11 (recall11): a past tense the tagger read as
 * a noun right after the reported clause's subject ("said the Ames family
 * deserved better").
 * Invented sentences; each row: input, and the expected
 * `kind | text | speaker | cue | rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `kind | text | speaker name | cue | rule`. */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.kind} | ${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);
}

// [class, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['misread-past', "Tom Varga said the Reyes family deserved better.", ["indirect | the Reyes family deserved better | Tom Varga | said | reported/cue-clause"]],
  ['misread-past', "The mayor said the city deserved an apology.", ["indirect | the city deserved an apology | The mayor | said | reported/cue-clause"]],
  ['misread-past', "Ada Moss said the council deserved credit.", ["indirect | the council deserved credit | Ada Moss | said | reported/cue-clause"]],
  ['misread-past-unchanged', "Ada Moss said the committee approved the plan.", ["indirect | the committee approved the plan | Ada Moss | said | reported/cue-clause"]],
  ['misread-past-not', "Ada Moss said the two hundred.", []],
  ['misread-past-not', "The mayor said the sacred oath.", []],
];

describe('missed reported speech (recall11)', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
