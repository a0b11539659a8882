/**
 * Helper names35: speaker names and kinds a reader sees.
 * - a rank of a force inside a run of capitalised words ("Chief", "Gen.",
 *   "Lt.") ends the affiliation before the name, as "Mayor" does:
 *   "Harbor Police Chief Tiko Vandermeer" is Tiko Vandermeer, a person, even
 *   when the first name is not a known one and "Police" or "Army" is an
 *   organisation's word;
 * - a capitalised plural of a people noun opening a sentence ("Respondents",
 *   "Proponents") is a group, not a person.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker name, cue text] of each quote. */
type Row = [string, string | null, string | null];

const rowsOf = (text: string): Row[] => extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null]);

describe('names35: a rank inside a run of capitalised words is a title', () => {
  const CASES: [string, Row[], string, string[]][] = [
    ['Harbor Police Chief Tiko Vandermeer said the road was closed.', [['the road was closed', 'Tiko Vandermeer', 'said']], 'person', ['Harbor Police Chief']],
    ['"It is over," said Marine Col. Orla Quibb, who led the search.', [['It is over,', 'Orla Quibb', 'said']], 'person', ['Marine Col.']],
    ['"We held the line," said retired Army Lt. Gen. Brack Oduya.', [['We held the line,', 'Brack Oduya', 'said']], 'person', ['retired Army Lt.', 'Gen.']],
    ['Before the vote, Lakeport Police Chief Varn Essery lobbied to close the road, saying, "The fewer cars, the better."', [['The fewer cars, the better.', 'Varn Essery', 'saying']], 'person', ['Lakeport Police Chief']],
  ];
  test.each(CASES)('%s', (text, expected, kind, titles) => {
    const r = extract(text);
    expect(rowsOf(text)).toEqual(expected);
    expect(r.speakers[0]?.kind).toBe(kind);
    expect(r.speakers[0]?.titles).toEqual(titles);
  });

  // a later surname joins the full name
  test('a surname after the titled name is the same speaker', () => {
    const r = extract('Harbor Police Chief Tiko Vandermeer said the road was closed. Vandermeer added that it would reopen.');
    expect(r.speakers.map((s) => s.name)).toEqual(['Tiko Vandermeer']);
  });

  // a body's name with no name after the rank stays whole; titles after an honorific stay titles
  const KEPT: [string, string, string][] = [
    ['The Harbor Police said the road was closed.', 'Harbor Police', 'organization'],
    ['State Senator Dr. Ann Ward said the road was closed.', 'Ann Ward', 'person'],
    ['Liberal Democrat Ada Moss said the road was closed.', 'Ada Moss', 'person'],
  ];
  test.each(KEPT)('%s', (text, name, kind) => {
    const r = extract(text);
    expect(r.speakers[0]?.name).toBe(name);
    expect(r.speakers[0]?.kind).toBe(kind);
  });
});

describe('names35: a capitalised plural of a people noun opening a sentence is a group', () => {
  const CASES: [string, string, string][] = [
    ['Respondents said the form was too long.', 'Respondents', 'group'],
    ['Readers of the Lakeport Ledger said the column was unfair.', 'Readers of the Lakeport Ledger', 'group'],
    ['Proponents say the levy will pay for the bridge.', 'Proponents', 'group'],
    ['Majorities of Quibblers say they would back the plan.', 'Majorities', 'group'],
    // a plural noun of an action is no person either
    ['Investigations said the bridge was unsafe.', 'Investigations', 'unknown'],
  ];
  test.each(CASES)('%s', (text, name, kind) => {
    const r = extract(text);
    expect(r.quotes[0]?.speaker?.name).toBe(name);
    expect(r.speakers.map((x) => x.kind)).toEqual([kind]);
  });

  // "they" after the group finds it
  test('"they" after a plural opening the sentence is the group', () => {
    const r = extract('Proponents, among them the Harbor Mayors Forum, have urged the council to keep the levy, though they say they would accept a smaller one.');
    expect(r.quotes.find((q) => q.text.startsWith('they would'))?.speaker?.name).toBe('Proponents');
  });

  // a surname that ends in -s is still a person
  const KEPT: [string, string][] = [
    ['Sanders said the road was closed.', 'Sanders'],
    ['Vanders said the road was closed.', 'Vanders'],
    ['Ann Readers said the road was closed.', 'Ann Readers'],
  ];
  test.each(KEPT)('%s', (text, name) => {
    const r = extract(text);
    expect(r.speakers[0]?.name).toBe(name);
    expect(r.speakers[0]?.kind).toBe('person');
  });
});
