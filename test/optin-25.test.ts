/**
 * Attribution beyond speech (issue 15), helper optin25: a side taken as a
 * role after a copula, "Ms. Varga is an outspoken supporter of the levy"
 * (rule `reported/stance-role`, opt-in category stance). The cue runs from
 * the copula to "of", the content is the noun phrase after "of". Default
 * output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

/** The stance rows only. */
function stances(text: string): [string, string | null, string, string][] {
  return rows(text).filter((r) => r[3] === 'stance');
}

describe('a side taken as a role (optin25)', () => {
  test.each([
    ['Ms. Varga is an outspoken supporter of the harbor levy, which passed in May.', 'the harbor levy', 'Varga', 'is an outspoken supporter of'],
    ['Tom Reyes has long been a harsh critic of the ferry contract.', 'the ferry contract', 'Tom Reyes', 'has long been a harsh critic of'],
    ['Councilwoman Dana Okafor was an early backer of Mayor Lia Brandt.', 'Mayor Lia Brandt', 'Dana Okafor', 'was an early backer of'],
    ['The dockworkers union remains a proponent of new rules for the pension plan even after the vote.', 'new rules for the pension plan', 'The dockworkers union', 'remains a proponent of'],
    ["Ms. Varga, a retired nurse, had been a strong supporter of Tom Reyes's campaign.", "Tom Reyes's campaign", 'Varga', 'had been a strong supporter of'],
    ["He's been a vocal opponent of the bridge toll.", 'the bridge toll', 'He', "'s been a vocal opponent of"],
  ])('%s', (text, content, speaker, cue) => {
    expect(stances(text)).toEqual([[content, speaker, cue, 'stance']]);
  });

  test('default options report nothing', () => {
    expect(rows('Ms. Varga is an outspoken supporter of the harbor levy.', {})).toEqual([]);
  });
});

describe('no side taken as a role (optin25)', () => {
  test.each([
    // a negation, a modal, an infinitive: no side taken
    'Tom Reyes is not a supporter of the ferry contract.',
    'Tom Reyes would be a strong supporter of the ferry contract.',
    'Tom Reyes wants to be a champion of the harbor.',
    'Tom Reyes became a supporter of the ferry contract last year.',
    // no article before the role noun, or no "of" after it
    'The supporters of the levy met in Dayton on Monday.',
    'Tom Reyes is a supporter, not a leader.',
    // inside quotation marks, with a first-person subject
    '"I have been a supporter of the levy from the start," Tom Reyes said.',
    'I am a longtime supporter of the harbor levy.',
  ])('%s', (text) => {
    expect(stances(text)).toEqual([]);
  });

  test('a role inside what someone said stays the said content', () => {
    expect(rows('Tom Reyes said Ms. Varga is a supporter of the levy.')).toEqual([
      ['Ms. Varga is a supporter of the levy', 'Tom Reyes', 'said', 'speech'],
    ]);
  });
});

describe('a side taken with a phrase (optin25)', () => {
  test.each([
    ['The dockworkers union came out against the bridge toll.', 'the bridge toll', 'The dockworkers union', 'came out against'],
    ['Ms. Varga has come out in support of Tom Reyes, the harbor commissioner.', 'Tom Reyes', 'Varga', 'has come out in support of'],
    ['The ferry workers came out strongly against the new schedule.', 'the new schedule', 'The ferry workers', 'came out strongly against'],
    ['Mayor Ada Moss threw her support behind Tom Reyes on Monday.', 'Tom Reyes', 'Ada Moss', 'threw her support behind'],
    ['Two council members have thrown their full support behind the harbor levy.', 'the harbor levy', 'Two council members', 'have thrown their full support behind'],
  ])('%s', (text, content, speaker, cue) => {
    expect(stances(text)).toEqual([[content, speaker, cue, 'stance']]);
  });

  test('default options report nothing', () => {
    expect(rows('The dockworkers union came out against the bridge toll.', {})).toEqual([]);
  });
});

describe('no side taken with a phrase (optin25)', () => {
  test.each([
    // not yet, or not at all
    "The dockworkers union hasn't come out in support of Tom Reyes.",
    'Tom Reyes will throw his support behind Ada Moss.',
    'The rules kept the ferry firms from coming out against the toll.',
    // other senses of "come out" and "throw"
    'The new harbor schedule came out on Monday.',
    'Tom Reyes came out for a breakfast with the ferry crews.',
    'Ms. Varga threw her coat behind the chair.',
  ])('%s', (text) => {
    expect(stances(text)).toEqual([]);
  });
});
