/**
 * Attribution errors a code review found in default output, with invented
 * sentences: each row is [kind, text, speaker name, rule].
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

const rows = (text: string): (string | null)[][] =>
  extract(text).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.rule]);

describe('the subject of a passive verb of saying before a colon is the listener', () => {
  test('asked, with no agent: no speaker', () => {
    expect(rows('Tova Marsh was asked: "Will you stand for the board again in the spring?"')).toEqual([
      ['direct', 'Will you stand for the board again in the spring?', null, 'direct/leading-cue'],
    ]);
    expect(rows('Shoppers were asked: "Which brand do you like?"')).toEqual([['direct', 'Which brand do you like?', null, 'direct/leading-cue']]);
  });

  test('an agent after "by" speaks', () => {
    expect(rows('The coach was told by Rina Dole: "Your plan will not hold up."')).toEqual([
      ['direct', 'Your plan will not hold up.', 'Rina Dole', 'direct/clause-colon'],
    ]);
  });
});
