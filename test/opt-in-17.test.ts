/**
 * Attribution beyond speech (issue 15), helper optin17: an opinion verb
 * ("believe", "think", "fear", "doubt", "expect" ...) with a bare clause of
 * four to seven words ("Aides believe she can win") reports a thought when
 * thought is on, as one with its "that" does; not when the words after the
 * verb hold no finite verb, nor for verbs of knowing or worrying (a
 * first-person opinion, once left out as an aside, is reported since opt59). A stance verb that takes no clause ("push", "back")
 * reports no stance from a clause after it ("pushing the idea that ...").
 * Default output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('an opinion with a short bare clause (optin17)', () => {
  test.each([
    ['believe', 'Harbor officials believe the ferry will run again.', 'the ferry will run again', 'Harbor officials', 'believe'],
    ['fear', 'Local growers fear the frost could ruin them.', 'the frost could ruin them', 'Local growers', 'fear'],
    ['doubt', 'Many analysts doubt the merger will close.', 'the merger will close', 'Many analysts', 'doubt'],
    ['thought, past', 'The rowing coach thought his crew was ready.', 'his crew was ready', 'The rowing coach', 'thought'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'thought']]);
  });
});

describe('what the short opinion leaves alone (optin17)', () => {
  test('default output reports no thought', () => {
    expect(rows('Harbor officials believe the ferry will run again.', {})).toEqual([]);
  });
  test('a first-person opinion with its clause is a thought since opt59 (25 of 31 new ones right on train)', () => {
    expect(rows('I think the ferry will run again.')).toEqual([['the ferry will run again', 'I', 'think', 'thought']]);
  });
  test('a verb of worrying with a noun object', () => {
    expect(rows('The late delays worried some ferry riders.')).toEqual([]);
  });
  test('a verb of knowing with a short clause keeps the longer bar', () => {
    expect(rows('The rowing coach knew his crew was ready.')).toEqual([]);
  });
});

describe('a stance verb that takes no clause (optin17)', () => {
  test('"pushing" a noun before "that"', () => {
    expect(rows('For months the agency kept pushing the idea that the old pier was unsafe for visitors.').filter((r) => r[3] === 'stance')).toEqual([]);
  });
});
