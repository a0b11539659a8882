/**
 * Helper names34: speaker names.
 * - an office written as post-nominal letters (MP, MEP, MSP, MLA) inside a run
 *   of capitalised words ends the affiliation before the name, as "Mayor" or
 *   "Senator" do: "Liberal Democrat MP Ada Moss" is Ada Moss;
 * - people "from the group Fair Homes" (an article and a kind of body before
 *   the body's name) speak themselves, as "from Fair Homes" did already;
 * - a headline label that ends in a phrasal verb in title case ("Reyes Hits
 *   Back:") is spoken by the words before the verb.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker name, cue text] of each quote. */
type Row = [string, string | null, string | null];

const rowsOf = (text: string): Row[] => extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null]);

describe('names34: an office in post-nominal letters before a name is a title', () => {
  const CASES: [string, Row[], string][] = [
    ['During the debate, Liberal Democrat MP Ada Moss was heard shouting that the bill was a disgrace.', [['the bill was a disgrace', 'Ada Moss', 'was heard shouting']], 'Liberal Democrat MP'],
    ['On Monday, Liberal Democrat MP Zorba Kettle said the levy was unfair.', [['the levy was unfair', 'Zorba Kettle', 'said']], 'Liberal Democrat MP'],
    ['In Brussels, Scottish Green MEP Ilsa Varden said the quota would hold.', [['the quota would hold', 'Ilsa Varden', 'said']], 'Scottish Green MEP'],
  ];
  test.each(CASES)('%s', (text, expected, title) => {
    const r = extract(text);
    expect(rowsOf(text)).toEqual(expected);
    expect(r.speakers[0]?.titles).toEqual([title]);
  });

  // letters after the name stay post-nominal; one word after the letters is no full name
  const KEPT: [string, Row[]][] = [
    ['Tom Hale MP said the levy was unfair.', [['the levy was unfair', 'Tom Hale', 'said']]],
    ['On Monday, Liberal Democrat MP Kettle said the levy was unfair.', [['the levy was unfair', 'Liberal Democrat MP Kettle', 'said']]],
  ];
  test.each(KEPT)('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('names34: people from "the group Fair Homes" speak themselves', () => {
  const CASES: [string, Row[], string][] = [
    ['Campaigners from the group Fair Homes said the rents were too high.', [['the rents were too high', 'Campaigners from the group Fair Homes', 'said']], 'description'],
    ['Volunteers with the charity Clean Rivers said the water was unsafe.', [['the water was unsafe', 'Volunteers with the charity Clean Rivers', 'said']], 'description'],
    ['On Monday, analysts at the firm Harbor Capital said the deal would close.', [['the deal would close', 'analysts at the firm Harbor Capital', 'said']], 'description'],
    // a person named before the preposition is still the speaker
    ['Ada Moss from the group Fair Homes said the rents were too high.', [['the rents were too high', 'Ada Moss', 'said']], 'name'],
  ];
  test.each(CASES)('%s', (text, expected, via) => {
    expect(rowsOf(text)).toEqual(expected);
    expect(extract(text).quotes[0]?.speaker?.via).toBe(via);
  });

  // the group itself, named with no people before it, is still a name
  const KEPT: [string, Row[]][] = [
    ['The group Fair Homes said the rents were too high.', [['the rents were too high', 'Fair Homes', 'said']]],
    ['Fair Homes said the rents were too high.', [['the rents were too high', 'Fair Homes', 'said']]],
  ];
  test.each(KEPT)('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });

  // negatives: no speech, no quote
  test.each(['Campaigners from the group Fair Homes marched on Monday.', 'Volunteers with the charity Clean Rivers cleaned the bank.'])('%s', (text) => {
    expect(rowsOf(text)).toEqual([]);
  });
});

describe('names34: a headline label that ends in a phrasal verb', () => {
  const CASES: [string, Row[]][] = [
    ['Reyes Hits Back: Critics Have No Plan For The Port\n\nThe council met on Monday.', [['Critics Have No Plan For The Port', 'Reyes', ':']]],
    ['Moss Wades In: Urges Voters to Back the Levy in May\n\nThe council met on Monday.', [['Urges Voters to Back the Levy in May', 'Moss', ':']]],
    ['Hale Steps Up: Vows To Rebuild The Pier By June\n\nThe council met on Monday.', [['Vows To Rebuild The Pier By June', 'Hale', ':']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });

  // negatives: a label with no headline after its colon, or no colon at all
  test.each(['Tom Reyes Hits Back: the council met on Monday and nobody listened to the plan at all.', 'Lee Weighs In\n\nThe council met on Monday.'])('%s', (text) => {
    expect(rowsOf(text)).toEqual([]);
  });
});
