/**
 * Attribution beyond speech (issue 15), helper optin32: exact content of a
 * raising or expectation frame ("NP seems to ...", "NP is expected to ...").
 * A noun phrase with "between", "among", "of" or "for" before a pair joined by
 * "and" is one subject ("The trade between Norland and Vesta appears to ..."),
 * and a subject pronoun opens the framed clause, so the narrator's words
 * before it stay out ("... a loss in the week she is widely expected to win").
 * Default output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('the whole subject of a raising frame (optin32)', () => {
  test.each([
    ['The trade between Norland and Vesta appears to be growing again.', 'The trade between Norland and Vesta to be growing again', 'appears'],
    ['The rivalry among the ferry crews and the harbor pilots seems to be easing.', 'The rivalry among the ferry crews and the harbor pilots to be easing', 'seems'],
    ['The list of towns and villages seems to be growing.', 'The list of towns and villages to be growing', 'seems'],
    ['The council braces for a hard loss in the week she is widely expected to win the district.', 'she to win the district', 'is widely expected'],
    ['On some matters of cost she appears to grasp more than the panel.', 'she to grasp more than the panel', 'appears'],
    // unchanged: a pair of names back to the sentence start
    // (optin36: "differ", no cue verb; "appeared to agree" is the verb group of the speech cue "agree" now)
    ['Ada Moss and Tom Varga appeared to differ on the levy.', 'Ada Moss and Tom Varga to differ on the levy', 'appeared'],
  ])('%s', (text, content, cue) => {
    expect(rows(text)).toEqual([[content, null, cue, 'thought']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('The trade between Norland and Vesta appears to be growing again.', {})).toEqual([]);
    expect(rows('The council braces for a hard loss in the week she is widely expected to win the district.', {})).toEqual([]);
  });
});

describe('what the raising subject leaves alone (optin32)', () => {
  test.each([
    // a question word before the pronoun: no free-standing clause
    ['Nobody knew why she seemed so calm about the vote.'],
    ['The panel asked what he appeared to want from the deal.'],
  ])('%s', (text) => {
    // (no frame of appearance; "Nobody knew why ..." is a thought of its own since optin33)
    expect(rows(text).filter((r) => r[3] === 'thought' && /^(seem|appear)/.test(r[2]))).toEqual([]);
  });
});
