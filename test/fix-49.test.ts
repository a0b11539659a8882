/**
 * Helper fix49: name and transcript leftovers. A transcript's label in
 * capitals ("MENDES:") names a person, not an acronym's organisation, and a
 * listener after "promised" is no part of what was promised. A name set off
 * after "one" or "another" opening a sentence is the speaker counted. "as"
 * after a noun opens a clause of its own inside a long subject. A name of
 * unknown gender in a list of three names stands for no later pronoun.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker name, mention text] of each quote. */
const speakers = (text: string): [string, string | null, string | null][] =>
  extract(text, {}).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]);

describe('fix49: transcript labels in capitals name persons', () => {
  test('a surname label is a person, and "I" in the turn is them', () => {
    const r = extract('MENDES: We will win. I promised the voters a new hospital.', {});
    expect(r.quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null])).toEqual([
      ['We will win. I promised the voters a new hospital', 'MENDES', 'MENDES'],
      ['a new hospital', 'MENDES', 'I'],
    ]);
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([['MENDES', 'person']]);
  });
  test('each turn of two speakers is a person', () => {
    const r = extract('The debate began at nine.\nKOVAC: We will take this seat.\nBRANDT: I doubt that very much.', {});
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([['KOVAC', 'person'], ['BRANDT', 'person']]);
  });
  test('an organisation word in capitals stays an organisation', () => {
    const r = extract('POLICE: The road will stay closed until noon.\nKOVAC: That is far too long.', {});
    expect(r.speakers.find((s) => s.name === 'POLICE')?.kind).toBe('organization');
  });
});

describe('fix49: a listener after "promised" is no object of speech', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['The mayor promised the voters a new hospital.', [['a new hospital', 'The mayor', 'The mayor']]],
    ['The mayor promised them a vote on the plan.', [['a vote on the plan', 'The mayor', 'The mayor']]],
    ['The mayor promised local residents.', []],
    ['The mayor promised voters he would stay.', [['he would stay', 'The mayor', 'The mayor']]],
    ['The mayor promised a new hospital.', [['a new hospital', 'The mayor', 'The mayor']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('fix49: "One, <Name>," and "Another, <Name>," at a sentence start', () => {
  test('both readers are named', () => {
    expect(speakers('Two readers wrote in. One, Ms Jane Cole, wrote that the plan was unfair. Another, Mr Alan Price, wrote that it was overdue.')).toEqual([
      ['the plan was unfair', 'Jane Cole', 'One, Ms Jane Cole'],
      ['it was overdue', 'Alan Price', 'Another, Mr Alan Price'],
    ]);
  });
  test('after an opening adverb', () => {
    expect(speakers('Yet another, Tom Reed, said the fare rise was too steep.')).toEqual([['the fare rise was too steep', 'Tom Reed', 'Yet another, Tom Reed']]);
  });
  test('a description after "another" is no name', () => {
    expect(speakers('Another, a teacher, said that the fare rise was too steep.')).toEqual([['the fare rise was too steep', 'Another', 'Another, a teacher']]);
  });
});

describe('fix49: "as" after a noun opens a clause inside a long subject', () => {
  const CASES: [string, string, string][] = [
    ['The chair called for calm as protesters shouted that the vote was rigged.', 'the vote was rigged', 'protesters'],
    ['The chair called for calm as the protesters shouted that the vote was rigged.', 'the vote was rigged', 'the protesters'],
    // (after a participle "as" is no clause's opener)
    ['A man known as Lee said the vote was rigged.', 'the vote was rigged', 'A man known as Lee'],
  ];
  test.each(CASES)('%s', (text, quote, name) => {
    expect(speakers(text)).toEqual([[quote, name, name]]);
  });
});

describe('fix49: "The member for <place>, <Name>," names the member later', () => {
  test('the later description is the same person', () => {
    expect(speakers('The member for Northfield, Sarah Quint, said the bill was a disgrace. Later the member for Northfield said she would vote against it.')).toEqual([
      ['the bill was a disgrace', 'Sarah Quint', 'The member for Northfield, Sarah Quint'],
      ['she would vote against it', 'Sarah Quint', 'the member for Northfield'],
    ]);
  });
});

describe('fix49: names in a list of three are no antecedents', () => {
  const CASES: [string, string, string][] = [
    ['Mark Stone runs the club. The award went to Lee, Hale and Ward last year. "We will win it back," he said.', 'We will win it back,', 'Mark Stone'],
    ['Mark Stone runs the club. The cup went to Lee, Hale or Ward each year. "We will win it back," he said.', 'We will win it back,', 'Mark Stone'],
    // (a name whose gender is known still fits its pronoun)
    ['Tom Hale, Ann Lee and Mark Ward met on Monday. "We agreed," she said.', 'We agreed,', 'Ann Lee'],
    // (two names are no list)
    ['Mark Stone runs the club. The award went to Tom Hale last year. "We will win it back," he said.', 'We will win it back,', 'Tom Hale'],
  ];
  test.each(CASES)('%s', (text, quote, name) => {
    expect(speakers(text).find((s) => s[0] === quote)?.[1]).toBe(name);
  });
});
