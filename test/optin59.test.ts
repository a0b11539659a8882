/**
 * Attribution beyond speech (issue 15), helper opt59: opt-in cue words that
 * are no verb where they stand report nothing. The first part of a hyphenated
 * word ("a sought-after host"), the preposition "regarding" ("breaches
 * regarding the rules") and "known as" with quoted words right after a noun
 * (the name the noun goes by: "a genre known as ''farm lit''") had each made a
 * spurious thought on PolNeAR train (3 removed, 0 annotated among them);
 * A first-person opinion with its clause ("I think the pier will open", "We
 * believe that six stops are enough"), refused until opt58 measured it, is
 * reported: 25 of 31 new ones right on train (thought precision 87.1 to
 * 86.9), 2 of 2 on dev. Default output never changes. Sentences and names are
 * invented.
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

describe('a first-person opinion with its clause is a thought (opt59)', () => {
  test.each([
    ['The ferry was late again. I don\u2019t think the new pier will open before the summer.', 'the new pier will open before the summer', 'I', 'don\u2019t think', 'reported/cue-clause'],
    ['We believe six stops are enough for the harbor line.', 'six stops are enough for the harbor line', 'We', 'believe', 'reported/cue-clause'],
    ['We believe that six stops are enough for the harbor line.', 'six stops are enough for the harbor line', 'We', 'believe', 'reported/cue-that'],
  ])('%s', (text, content, speaker, cue, rule) => {
    expect(optInRows(text, ALL)).toEqual([[content, speaker, cue, rule]]);
  });

  test.each([
    // no clause, a wish, a question to a listener
    ['I think so.'],
    ['I hope the pier opens.'],
    ['Do you think the pier will open?'],
    // a modal before the opinion verb: an idiom or a hypothesis, no view held
    ['I will believe it when I see it.'],
  ])('%s yields no opt-in quote', (text) => {
    expect(optInRows(text, ALL)).toEqual([]);
  });

  test('the default categories do not report it', () => {
    expect(quoteTuples('We believe six stops are enough for the harbor line.', {})).toEqual([]);
  });
});
