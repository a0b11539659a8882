/**
 * Options: changing the cue lexicon, choosing categories and kinds, the
 * confidence floor.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

describe('cue lexicon', () => {
  test('addCues: a verb the tagger does not know, in its inflected form', () => {
    const r = extract('Lopez blogged that the plan would fail.', { addCues: [{ lemma: 'blog', category: 'writing' }] });
    expect(r.quotes.map((q) => [q.text, q.cue?.lemma, q.cue?.category, q.speaker?.name])).toEqual([['the plan would fail', 'blog', 'writing', 'Lopez']]);
  });

  test('addCues: a phrase of several words works like a verb', () => {
    const r = extract('Lopez went on to say that the plan would fail.', { addCues: ['went on to say'] });
    expect(r.quotes.map((q) => [q.text, q.cue?.span.text, q.cue?.lemma])).toEqual([['the plan would fail', 'went on to say', 'went on to say']]);
  });

  test('removeCues: a removed verb attributes nothing', () => {
    const input = 'Smith added that the plan would fail.';
    expect(extract(input).quotes).toHaveLength(1);
    expect(extract(input, { removeCues: ['add'] }).quotes).toEqual([]);
  });

  test('removeCues: a cue verb of 0.1.0 that is no longer built in is accepted in any form and removes nothing', () => {
    const input = 'Ms. Varga believes the plan to rebuild the old pier will fail next year. "It is over," Lee said.';
    const all = { categories: ['speech', 'thought'] as const };
    const expected = extract(input, all).quotes;
    expect(expected.length).toBe(2);
    expect(extract(input, { ...all, removeCues: ['feel', 'felt', 'proved', 'figures', 'aim'] }).quotes).toEqual(expected);
    expect(() => extract(input, { removeCues: ['feell'] })).toThrow(TypeError);
  });

  test('removeCues: according to', () => {
    expect(extract('Two ships were seized, according to state television.', { removeCues: ['according to'] }).quotes).toEqual([]);
  });
});

describe('what is reported', () => {
  const input = '"We will win," Smith said. Jones said the vote was close. Voters believe that the economy is weak in the river towns.';

  test('kinds', () => {
    expect(extract(input, { kinds: ['direct'] }).quotes.map((q) => q.kind)).toEqual(['direct']);
    expect(extract(input, { kinds: ['indirect'] }).quotes.map((q) => q.kind)).toEqual(['indirect']);
  });

  test('categories', () => {
    expect(extract(input).quotes.map((q) => q.cue?.category)).toEqual(['speech', 'speech']);
    expect(extract(input, { categories: ['speech', 'thought'] }).quotes.map((q) => q.cue?.category)).toEqual(['speech', 'speech', 'thought']);
    expect(extract(input, { categories: ['writing'] }).quotes).toEqual([]);
  });

  test('minConfidence drops guesses and leaves no mention behind', () => {
    const all = extract('"It will fail," Lopez said. She added that the vote was rigged.');
    expect(all.quotes.map((q) => q.confidence)).toEqual([0.95, 0.72]);
    const sure = extract('"It will fail," Lopez said. She added that the vote was rigged.', { minConfidence: 0.9 });
    expect(sure.quotes.map((q) => q.text)).toEqual(['It will fail,']);
    expect(sure.speakers[0]!.mentions.map((m) => m.text)).toEqual(['Lopez']);
  });
});

describe('option validation', () => {
  test.each([
    [{ minConfidence: 2 }, /minConfidence/],
    [{ kinds: ['quoted'] }, /kinds\[0\]/],
    [{ categories: 'speech' }, /categories/],
    [{ addCues: [42] }, /addCues\[0\]/],
    [{ knownSpeakers: [{ aliases: [] }] }, /knownSpeakers\[0\]/],
    [{ colour: 'red' }, /unknown option `colour`/],
  ])('%o', (options, message) => {
    expect(() => extract('x', options as never)).toThrow(message);
    expect(() => extract('x', options as never)).toThrow(TypeError);
  });
});
