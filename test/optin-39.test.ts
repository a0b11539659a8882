/**
 * Attribution beyond speech (issue 15), helper optin39: "defend" takes sides
 * with a short object ("defended the levy"), unless what it defends is a prize
 * or a place held ("defended her crown") or a quotation follows its object
 * ("defended the remark, saying ..."). Default output never changes.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** The opt-in attributions of a text (thought, evidence, stance) as [content, speaker name, cue]. */
function optIns(text: string, options: object = ALL): [string, string | null, string][] {
  return extract(text, options)
    .quotes.filter((q) => q.cue !== null && ['thought', 'evidence', 'stance'].includes(q.cue.category))
    .map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '']);
}

describe('"defend" with a short object takes a side (optin39)', () => {
  test.each([
    ['Tobin Hale has defended the harbor levy.', 'the harbor levy', 'Tobin Hale', 'has defended'],
    ['Mara Voss defended her vote.', 'her vote', 'Mara Voss', 'defended'],
    ['The ferry board defended the skipper.', 'the skipper', 'The ferry board', 'defended'],
    ['Greta Lind later defended the curfew.', 'the curfew', 'Greta Lind', 'later defended'],
  ])('%s', (text, content, speaker, cue) => {
    expect(optIns(text)).toContainEqual([content, speaker, cue]);
  });
});

describe('"defend" that guards or quotes takes no short side (optin39)', () => {
  test.each([
    ['The champion defended her crown.'],
    ['Tobin Hale defended his title in Lyon.'],
    ['The veterans defended the bridge for two days.'],
    ['Mara Voss defended the remark, saying it was a joke.'],
    ['Greta Lind defended her brother on Friday on the radio, saying: "He did nothing wrong."'],
    ['The mayor has not defended the curfew.'],
  ])('%s', (text) => {
    expect(optIns(text).filter((r) => /defend/.test(r[2]))).toEqual([]);
  });
});

describe('default output is unchanged (optin39)', () => {
  test.each([['Tobin Hale has defended the harbor levy.'], ['Mara Voss defended her vote.']])('%s', (text) => {
    expect(optIns(text, {})).toEqual([]);
  });
});

describe('a feeling voiced alone is the content (optin39, reported/cue-feeling-bare)', () => {
  test.each([
    ['The harbor master also expressed concern.', 'concern', 'The harbor master', 'also expressed'],
    ['Mara Voss has voiced doubts but will vote for the levy.', 'doubts', 'Mara Voss', 'has voiced'],
    ['Tobin Hale expressed frustration; the vote went ahead.', 'frustration', 'Tobin Hale', 'expressed'],
  ])('%s', (text, content, speaker, cue) => {
    expect(optIns(text)).toContainEqual([content, speaker, cue]);
  });
  test.each([
    // a word before the noun, a participle, an infinitive, another word after the noun
    ['Mara Voss voiced qualified support.'],
    ['The board issued a note expressing sympathy.'],
    ['The crowd came to voice concerns peacefully.'],
    ['Tobin Hale expressed concern again.'],
  ])('no bare feeling: %s', (text) => {
    expect(optIns(text).filter((r) => r[0] === text.match(/(support|sympathy|concerns|concern)/)![1])).toEqual([]);
  });
  test('default output is unchanged', () => {
    expect(optIns('The harbor master also expressed concern.', {})).toEqual([]);
  });
});
