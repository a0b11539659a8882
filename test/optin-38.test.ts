/**
 * Attribution beyond speech (issue 15), helper optin38: a stance taken on a
 * person named (or "him", "her", "them") has the name as its content; what
 * follows the name without a comma (a preposition of how or when, a relative
 * clause, a dash, an adverb, "and whom ...") is the narrator's. Default output
 * never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** The stances of a text as [content, speaker name, cue]. */
function stances(text: string, options: object = ALL): [string, string | null, string][] {
  return extract(text, options)
    .quotes.filter((q) => q.cue?.category === 'stance')
    .map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '']);
}

describe('a stance on a name ends at the name (optin38)', () => {
  test.each([
    ['The dockworkers union endorsed Tobin Hale during the second debate.', 'Tobin Hale', 'endorsed'],
    ['The farmers league backed Mara Voss by a wide margin.', 'Mara Voss', 'backed'],
    ['Senator Ilse Brandt assailed Mayor Corwin from every side.', 'Mayor Corwin', 'assailed'],
    ['The teachers guild endorsed her early over two rivals.', 'her', 'endorsed'],
    ['The pilots union has also endorsed Tobin Hale - the first time it has taken a side.', 'Tobin Hale', 'has also endorsed'],
    ['The river council endorsed Mara Voss despite a long feud over the dam.', 'Mara Voss', 'endorsed'],
  ])('%s', (text, content, cue) => {
    const found = stances(text);
    expect(found.map((r) => r[0])).toContain(content);
    expect(found.find((r) => r[0] === content)?.[2]).toBe(cue);
  });
});

describe('what goes on after a name object stays (optin38)', () => {
  test.each([
    // the verb's second argument after an adverb
    ['Greta Lind blamed Tobin Hale directly for the closing of the mill.', 'Tobin Hale directly for the closing of the mill'],
    // "for" names what the person is backed for
    ['The miners union endorsed Mara Voss for governor.', 'Mara Voss for governor'],
    // a common noun object is left as it was
    ['The guild will support the harbor bill despite its cost.', 'the harbor bill despite its cost'],
  ])('%s', (text, content) => {
    expect(stances(text).map((r) => r[0])).toContain(content);
  });
  test('a possessive "her" before a noun is no whole object', () => {
    expect(stances('Greta Lind defended her record as harbor master.').map((r) => r[0])).toContain('her record as harbor master');
  });
});

describe('default output is unchanged (optin38)', () => {
  test.each([
    ['The dockworkers union endorsed Tobin Hale during the second debate.'],
    ['Senator Ilse Brandt assailed Mayor Corwin from every side.'],
  ])('%s', (text) => {
    expect(stances(text, {})).toEqual([]);
  });
});

describe('"early" after a possessive "her" (optin38)', () => {
  test('"her early years" stays whole', () => {
    expect(stances('Greta Lind defended her early years as harbor master.').map((r) => r[0])).toContain('her early years as harbor master');
  });
});

/** The opt-in quotes of a text (thought, evidence, stance) as [content, cue]. */
function optIns(text: string, options: object = ALL): [string, string][] {
  return extract(text, options)
    .quotes.filter((q) => ['thought', 'evidence', 'stance'].includes(q.cue?.category ?? ''))
    .map((q) => [q.text, q.cue?.span.text ?? '']);
}

describe('an infinitive ends before a second predicate of its subject (optin38)', () => {
  test.each([
    ['A harbor pilot declined to be named and is not on the board.', 'to be named', 'declined'],
    ['Greta Lind plans to vote in the May primary but is undecided.', 'to vote in the May primary', 'plans'],
    ['Senator Ilse Brandt decided not to run again and she won the council seat instead.', 'not to run again', 'decided'],
    ['Tobin Hale refused to sign the lease, but was told to leave anyway.', 'to sign the lease', 'refused'],
  ])('%s', (text, content, cue) => {
    expect(optIns(text)).toContainEqual([content, cue]);
  });
});

describe('what an infinitive keeps (optin38)', () => {
  test.each([
    // a bare infinitive joined to the first
    ['Greta Lind hopes to win the seat and have the dock rebuilt.', 'to win the seat and have the dock rebuilt'],
    // "and" inside an inner clause
    ['Tobin Hale wants to show that the ferry is safe and it will run all winter.', 'to show that the ferry is safe and it will run all winter'],
  ])('%s', (text, content) => {
    expect(optIns(text).map((r) => r[0])).toContain(content);
  });
  test('nothing with the default categories', () => {
    expect(optIns('A harbor pilot declined to be named and is not on the board.', {})).toEqual([]);
  });
});
