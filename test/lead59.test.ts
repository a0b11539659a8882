/**
 * Open leads on content boundaries and spurious cues (lead59), invented
 * sentences. Each defect has rows that failed before its fix; rows of the
 * same shape that already behaved right pin that behaviour:
 * - a negated nobody (speakers/find/unnamed-subject.ts negatedNobody) speaks
 *   across up to two adverbs before its cue ("No one ever said", "No one here
 *   said" gave nothing), and "ever" is an adverb skipped between a subject
 *   and its cue (data/function-words.ts SKIPPABLE_ADVERBS: "Nobody ever said"
 *   gave nothing).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './support/invariants.js';

/** The quotes of `input`, as [text, speaker name, cue text]. */
function rows(input: string): [string, string | null, string | null][] {
  return extract(input).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null]);
}

describe('a negated nobody across an adverb before the cue', () => {
  // (before lead59: nothing, or no speaker)
  const nobodies: [string, string, string][] = [
    ['No one ever said the dam would hold.', 'No one', 'said'],
    ['No one here said the dam would hold.', 'No one', 'said'],
    ['Nobody ever said the dam would hold.', 'Nobody', 'said'],
    ['No one at the Quarry Board ever said the dam would hold.', 'No one at the Quarry Board', 'said'],
    ['No one there has said the dam would hold.', 'No one', 'has said'],
    ['Nobody in the valley ever said the dam would hold.', 'Nobody in the valley', 'said'],
  ];
  for (const [input, speaker, cue] of nobodies) it(`${speaker}: ${input}`, () => expect(rows(input)).toEqual([['the dam would hold', speaker, cue]]));
  // (near misses that already behaved right)
  it('kept: an "ever" after the auxiliary is the cue\'s', () => {
    expect(rows('No one has ever said the dam would hold.')).toEqual([['the dam would hold', 'No one', 'has ever said']]);
  });
  it('kept: "else" stays the nobody\'s', () => {
    expect(rows('No one else ever said the dam would hold.')).toEqual([['the dam would hold', 'No one else', 'said']]);
  });
  it('kept: "no one" inside another subject does not speak', () => {
    expect(rows('Farmers with no one at home here said the dam would hold.')).toEqual([
      ['the dam would hold', 'Farmers with no one at home', 'said'],
    ]);
  });
});
