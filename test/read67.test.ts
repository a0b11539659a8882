/**
 * Review of stop 56's later merges (read67): near misses of the new rules,
 * invented sentences. Each defect has rows that failed before its fix; rows
 * of the same shape that already behaved right pin that behaviour:
 * - a question's subject names no speaker (speakers/find/unnamed-subject.ts),
 *   and with that speaker gone, `reported/relative-subject-cue` read the
 *   question's "which" as a relative word and a bare listener in -s as the
 *   clause's verb ("Which senator told reporters the bill was dead?" ->
 *   "Which reporters the bill was dead" by "senator"); it reports nothing.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './support/invariants.js';

/** The quotes of `input`, as [text, speaker name, cue lemma]. */
function rows(input: string): [string, string | null, string | null][] {
  return extract(input).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.lemma ?? null]);
}

describe('a question\'s "which" opens no relative clause', () => {
  // (each gave "Which reporters ..." or the like by the bare noun after stop 56)
  const questions: string[] = [
    'Which senator told reporters the bill was dead?',
    'Which aide told voters the levy would pass?',
    'Which senator warned farmers the dam would fail?',
  ];
  for (const input of questions) it(`nothing: ${input}`, () => expect(rows(input)).toEqual([]));
  // (near misses that already behaved right)
  it('kept: "which of" and a phrase asks too', () => expect(rows('Which of the senators told reporters the bill was dead?')).toEqual([]));
  it('kept: a relative "which" after a noun, and "that" after a noun', () => {
    expect(rows('The dock plan, which even rival skippers say was among the best, failed.')).toEqual([['which was among the best', 'rival skippers', 'say']]);
    expect(rows('Laws that some say target fishermen were passed.')).toEqual([['that target fishermen were passed', 'some', 'say']]);
  });
  it('kept: the same words as a statement name the speaker', () => {
    expect(rows('The senator told reporters the bill was dead.')).toEqual([['the bill was dead', 'The senator', 'tell']]);
  });
});
