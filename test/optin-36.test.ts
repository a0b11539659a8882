/**
 * Attribution beyond speech (issue 15), helper optin36: `removeCues` removes
 * the nouns listed as a removed verb's forms too (`['claim']` drops "the
 * claims by X that ..."), in every rule that reads a noun cue. Sentences and
 * names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';
import { NOUN_CUE_VERBS } from '../src/data/cues.js';
import { builtInCueLemma } from '../src/cues/built-in.js';

/** Each quote as [content, speaker name, cue]. */
function rows(text: string, options: object = {}): [string, string | null, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '']);
}

describe('removing a verb removes its noun cues (optin36)', () => {
  test.each([
    // a noun with its maker after "by"
    ['The claims by Senator Bo Lark that the toll had doubled were false.', 'the toll had doubled', 'Bo Lark', 'claims', 'claim'],
    // the same, removed through an inflected form
    ['The claims by Senator Bo Lark that the toll had doubled were false.', 'the toll had doubled', 'Bo Lark', 'claims', 'claims'],
    // a quotation set off by dashes after an owned noun of saying
    ['Lena Ardo\'s remarks -- "we will not fold" -- drew applause.', 'we will not fold', 'Lena Ardo', 'remarks', 'remark'],
    // an owned noun with a that-clause
    ["Rita Vance's warning that the dam would fail went unheeded.", 'the dam would fail', 'Rita Vance', 'warning', 'warned'],
  ])('%s (removing %s)', (text, content, speaker, cue, removed) => {
    expect(rows(text)).toEqual([[content, speaker, cue]]);
    expect(rows(text, { removeCues: [removed] })).toEqual([]);
  });

  test('a thought noun goes with its verb (every category on)', () => {
    const text = "Ada Quill's belief that the levy was fair never wavered.";
    expect(rows(text, ALL)).toEqual([['the levy was fair', 'Ada Quill', 'belief']]);
    expect(rows(text, { ...ALL, removeCues: ['believe'] })).toEqual([]);
  });

  test('removing another verb leaves the noun cue', () => {
    const text = 'The claims by Senator Bo Lark that the toll had doubled were false.';
    expect(rows(text, { removeCues: ['remark', 'warn'] })).toEqual([['the toll had doubled', 'Bo Lark', 'claims']]);
  });

  test('removing the verb leaves the nouns of other verbs', () => {
    const text = 'Lena Ardo\'s remarks -- "we will not fold" -- drew applause.';
    expect(rows(text, { removeCues: ['claim'] })).toEqual([['we will not fold', 'Lena Ardo', 'remarks']]);
  });
});

describe('the noun forms of the cue verbs (optin36)', () => {
  test('every verb a noun is listed under is a built-in cue that removeCues accepts', () => {
    const notBuiltIn = [...new Set(NOUN_CUE_VERBS.values())].filter((verb) => builtInCueLemma(verb) !== verb);
    expect(notBuiltIn).toEqual([]);
  });
  test('nouns no verb stands behind are not listed', () => {
    for (const noun of ['concern', 'sense', 'feeling', 'conviction']) expect(NOUN_CUE_VERBS.has(noun)).toBe(false);
  });
});

/** Each quote as [content, speaker name, cue, category]. */
function categoryRows(text: string, options: object): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('a verb of appearance before a verb of saying keeps the speech cue with every category (optin36)', () => {
  test.each([
    ['Tom Vessel seemed to mock the plan in his speech.', 'the plan', 'Tom Vessel', 'seemed to mock'],
    ['Mayor Lena Ardo appeared to imply that the budget would fail.', 'the budget would fail', 'Lena Ardo', 'appeared to imply'],
    ['Councillor Rina Tamm has appeared to acknowledge that the vote was lost.', 'the vote was lost', 'Rina Tamm', 'has appeared to acknowledge'],
  ])('%s', (text, content, speaker, cue) => {
    const expected = [[content, speaker, cue, 'speech']];
    expect(categoryRows(text, {})).toEqual(expected);
    expect(categoryRows(text, ALL)).toEqual(expected);
  });

  test('a verb that is no cue after "seemed to" leaves the impersonal thought', () => {
    const found = categoryRows('The ferry service seemed to improve after the new schedule began.', ALL);
    expect(found.map((r) => [r[1], r[2], r[3]])).toEqual([[null, 'seemed', 'thought']]);
  });
});
