/**
 * Attribution beyond speech (issue 15), helper opt59: opt-in cue words that
 * are no verb where they stand report nothing. The first part of a hyphenated
 * word ("a sought-after host"), the preposition "regarding" ("breaches
 * regarding the rules") and "known as" with quoted words right after a noun
 * (the name the noun goes by: "a genre known as ''farm lit''") had each made a
 * spurious thought on PolNeAR train (3 removed, 0 annotated among them);
 * default output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { ALL, optInRows, quoteTuples } from './support/category-rows.js';

describe('an opt-in cue word that is no verb yields no opt-in quote (opt59)', () => {
  test.each([
    // the first part of a hyphenated word
    ["The prize went to Ms. Vane, for years a cheerful and sought-after presenter as host of ''Harbor Nights'' on island radio."],
    // "regarding" as a preposition
    ['The council is studying breaches of the Harbor Act regarding rules relating to \u201cgross neglect\u201d in the handling of records.'],
    // the name a noun goes by
    ["The book is a twist on a genre of modern fiction known as ''farm lit.'' Warner Films bought it."],
  ])('%s', (text) => {
    expect(optInRows(text, ALL)).toEqual([]);
  });

  test('no quote at all is left in the naming sentence', () => {
    expect(quoteTuples("The book is a twist on a genre of modern fiction known as ''farm lit.''", ALL)).toEqual([]);
  });
});

describe('the same words as verbs still report (opt59)', () => {
  test('"regarded ... as" keeps its view', () => {
    expect(optInRows('Tessa Vane has long regarded Mr. Dunmore as a rival for the harbor seat.', ALL)).toEqual([
      ['Mr. Dunmore as a rival for the harbor seat', 'Tessa Vane', 'has long regarded', 'reported/cue-as'],
    ]);
  });

  test('"sought" without a hyphen keeps its infinitive', () => {
    expect(optInRows('Ms. Vane has sought to expand the ferry service to the northern islands.', ALL)).toEqual([
      ['to expand the ferry service to the northern islands', 'Vane', 'has sought', 'reported/cue-infinitive'],
    ]);
  });

  test('a quotation after "said" beside a hyphenated word is still speech', () => {
    expect(quoteTuples("Ms. Vane, a sought-after speaker, called the plan ''a mess.''", ALL).map((t) => [t[0], t[1], t[4]])).toEqual([
      ["the plan ''a mess.''", 'Vane', 'called'],
    ]);
  });
});
