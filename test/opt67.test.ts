/**
 * Attribution beyond speech (issue 15), helper opt67: verbs of taking a stand
 * made of a verb and a particle ("balk at", "single out", "walk back") take
 * their noun-phrase object as a stance when the stance category is on (7 of 8
 * new ones annotated on PolNeAR train). Default output never changes; the
 * words keep their other senses ("walked back to the car"). Sentences and
 * names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('stance phrases with their object (opt67)', () => {
  test.each([
    ['Council members in Dunmore have since balked at the developer\'s plan to build a marina on the old pier.', 'the developer\'s plan to build a marina on the old pier', null, 'have since balked at'],
    ['Governor Ilse Marant singled out the state\'s aging water system in her budget address.', 'the state\'s aging water system', 'Ilse Marant', 'singled out'],
    ['Senator Paulo Brandt later walked back his remarks about the harbor tax.', 'his remarks about the harbor tax', 'Paulo Brandt', 'later walked back'],
  ])('%s', (text, content, speaker, cue) => {
    const got = rows(text);
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toBe(content);
    if (speaker !== null) expect(got[0]![1]).toBe(speaker);
    expect(got[0]![2]).toBe(cue);
    expect(got[0]![3]).toBe('stance');
  });
  test('the speaker of a plural subject', () => {
    expect(rows('Council members in Dunmore have since balked at the developer\'s plan to build a marina on the old pier.')).toEqual([
      ['the developer\'s plan to build a marina on the old pier', 'Council members in Dunmore', 'have since balked at', 'stance'],
    ]);
  });
  test('nothing with the default categories', () => {
    expect(rows('Governor Ilse Marant singled out the state\'s aging water system in her budget address.', {})).toEqual([]);
    expect(rows('Senator Paulo Brandt later walked back his remarks about the harbor tax.', {})).toEqual([]);
  });
  test('removeCues turns a phrase off', () => {
    expect(rows('Senator Paulo Brandt later walked back his remarks about the harbor tax.', { ...ALL, removeCues: ['walk back'] })).toEqual([]);
  });
});

describe('what the stance phrases leave alone (opt67)', () => {
  test.each([
    // a walk, not a stand
    ['Senator Paulo Brandt walked back to the podium after the vote.'],
    ['The two aides walked back along the river to the hotel.'],
    // an opening participle is the main clause's circumstance
    ['Singling out the water board, Governor Ilse Marant called for new rules.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[3] === 'stance')).toEqual([]);
  });
});
