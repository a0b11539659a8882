/**
 * Attribution beyond speech (issue 15), helper optin19: a short clause framed
 * by "seem" or "appear" whose subject is a proper name ("Varela appears to
 * have a narrow lead") passes the opt-in bar at six words, cue included,
 * instead of a thought's eight; any other subject keeps the eight. A thought
 * in a relative clause ("what he believes are the union's core values")
 * passes at six words, not eight. Default
 * output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('a short clause of appearance with a named subject (optin19)', () => {
  test('a surname and "appears to have"', () => {
    expect(rows('Varela appears to have a narrow lead.')).toEqual([['Varela to have a narrow lead', null, 'appears', 'thought']]);
  });
  test('a full name and "seemed to"', () => {
    expect(rows('Marco Tellez seemed to welcome the delay.')).toEqual([['Marco Tellez to welcome the delay', null, 'seemed', 'thought']]);
  });
  test('a title and a name', () => {
    expect(rows('Councilwoman Ada Varela appears to be losing ground.')).toEqual([
      ['Councilwoman Ada Varela to be losing ground', null, 'appears', 'thought'],
    ]);
  });
  test('default options report none of them', () => {
    expect(rows('Varela appears to have a narrow lead.', {})).toEqual([]);
    expect(rows('Marco Tellez seemed to welcome the delay.', {})).toEqual([]);
  });
});

describe('short clauses that keep the eight-word bar (optin19)', () => {
  test('a common-noun subject', () => {
    expect(rows('The harbor plan appears to be failing.')).toEqual([]);
    expect(rows('The ferry seemed to run late.')).toEqual([]);
  });
  test('a named subject under six words', () => {
    expect(rows('Tellez seems tired.')).toEqual([]);
    expect(rows('Varela appears to lead.')).toEqual([]);
  });
  test('"it seems" with a short clause', () => {
    expect(rows('It seems the ferry will run late.')).toEqual([]);
  });
  test('a common-noun subject of eight words still passes', () => {
    expect(rows('The harbor plan appears to be losing support.')).toEqual([
      ['The harbor plan to be losing support', null, 'appears', 'thought'],
    ]);
  });
});

describe('a thought in a relative clause (optin19)', () => {
  test('six words of content pass', () => {
    expect(rows("Ortiz has defended what he believes are the union's core values.")).toEqual([
      ["what are the union's core values", 'Ortiz', 'believes', 'thought'],
    ]);
  });
  test('default options report none', () => {
    expect(rows("Ortiz has defended what he believes are the union's core values.", {})).toEqual([]);
  });
  test('four words keep the eight-word bar', () => {
    expect(rows('Ortiz has defended what he believes are fair rules.')).toEqual([]);
  });
});
