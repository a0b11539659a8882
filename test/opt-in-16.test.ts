/**
 * Attribution beyond speech (issue 15), helper optin16: an adjective of a
 * state of mind after a linking verb, with "that" and its clause ("Aides are
 * confident that ...", "The growers remain hopeful that ..."), reports a
 * thought when thought is on; its cue runs from the linking verb (and its
 * auxiliaries) to the adjective, and its clause needs only a clause's four
 * words, as a belief's does. Not without "that", not without a linking verb
 * ("make sure that", "left them fearful that"), not the verb "upset", and a
 * clause of speech that holds such an adjective is not cut at it. Default
 * output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('an adjective of a state of mind with "that" (optin16)', () => {
  test.each([
    ['are optimistic', 'Local officials are optimistic that the bridge will reopen by the end of the summer.', 'the bridge will reopen by the end of the summer', 'Local officials', 'are optimistic'],
    ['remain confident, a short clause', 'Her supporters remain confident that she will win the runoff.', 'she will win the runoff', 'Her supporters', 'remain confident'],
    ['an adverb between', 'The farmers were acutely aware that the drought could ruin the harvest.', 'the drought could ruin the harvest', 'The farmers', 'were acutely aware'],
    ['negated', 'The dock workers are not confident that the port will stay open.', 'the port will stay open', 'The dock workers', 'are not confident'],
    ['concerned', 'Some council members are concerned that the new budget could force cuts to schools.', 'the new budget could force cuts to schools', 'Some council members', 'are concerned'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'thought']]);
  });
});

describe('what the adjective cue leaves alone (optin16)', () => {
  test('default output reports no thought', () => {
    expect(rows('Local officials are optimistic that the bridge will reopen by the end of the summer.', {})).toEqual([]);
  });
  test('no "that" after the adjective: the object of the preposition is the thought (reported/state-object)', () => {
    expect(rows('The growers are hopeful about the rain forecast for the coming week.')).toEqual([
      ['the rain forecast for the coming week', 'The growers', 'are hopeful about', 'thought'],
    ]);
  });
  test('no linking verb before it', () => {
    expect(rows('Make sure that the gates are locked before the crew leaves the yard.')).toEqual([]);
  });
  test('the verb "upset" is no cue', () => {
    expect(rows('The young striker upset the champion in the final round on Sunday.')).toEqual([]);
  });
  test('a clause of speech holding the adjective goes on past it', () => {
    expect(rows('The coach said the team was confident that it could win the cup this year.')).toEqual([
      ['the team was confident that it could win the cup this year', 'The coach', 'said', 'speech'],
    ]);
  });
});
