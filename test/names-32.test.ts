/**
 * Helper names32 (issue 11, names): the speaker name a careful reader gives.
 * A source phrase whose description is followed by a person's name set off by
 * commas names that person (`according to its lawyer, Ada Brook, ...`), and
 * the name is no part of what was said. `As X put it` finds its speaker over
 * a long appositive that quotes a title (`as Ada Brook, ..., author of
 * "Unwritten Rules," put it, "..."`). Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker name, speaker mention, cue text] of each quote. */
const rows = (text: string): [string, string | null, string | null, string | null][] =>
  extract(text, {}).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.cue?.span.text ?? null]);

describe('names32: a name set off after the description in a source phrase', () => {
  const CASES: [string, [string, string | null, string | null, string | null][]][] = [
    ['The firm denied any wrongdoing, according to its lawyer, Ada Brook, who spoke on Monday.', [
      ['The firm denied any wrongdoing', 'Ada Brook', 'its lawyer, Ada Brook', 'according to'],
    ]],
    ['According to its lawyer, Ada Brook, the firm had done nothing wrong.', [
      ['the firm had done nothing wrong', 'Ada Brook', 'its lawyer, Ada Brook', 'According to'],
    ]],
    ["According to Varga's spokesman, Ned Olsen, the harbor deal is dead.", [
      ['the harbor deal is dead', 'Ned Olsen', "Varga's spokesman, Ned Olsen", 'According to'],
    ]],
    ["The levy will pass in June, according to the mayor's spokesman, Sen. Oren Dale.", [
      ['The levy will pass in June', 'Oren Dale', "the mayor's spokesman, Sen. Oren Dale", 'according to'],
    ]],
    ['Turnout fell sharply, according to the county clerk, Mira Osei, who counted the ballots on Friday.', [
      ['Turnout fell sharply', 'Mira Osei', 'the county clerk, Mira Osei', 'according to'],
    ]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  const UNCHANGED: [string, [string, string | null, string | null, string | null][]][] = [
    // a document is no person: the name opens the clause
    ['According to an inquiry report, Rhea Tamsin, a senior aide, sent the files to a private server.', [
      ['Rhea Tamsin, a senior aide, sent the files to a private server', 'an inquiry report', 'an inquiry report', 'According to'],
    ]],
    // no comma after the name: it is the clause's subject
    ['According to the lawyer, Ada Brook had done nothing wrong.', [
      ['Ada Brook had done nothing wrong', 'the lawyer', 'the lawyer', 'According to'],
    ]],
  ];
  test.each(UNCHANGED)('no appositive name: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('names32: "as X put it" over a long appositive with a quoted title', () => {
  const CASES: [string, [string, string | null, string | null, string | null][]][] = [
    ['As Ada Brook, a professor of law at Dover and author of "Unwritten Rules," put it, "The court cannot fix this."', [
      ['The court cannot fix this.', 'Ada Brook', 'Ada Brook', 'put it'],
    ]],
    ["As Ada Brook, professor of law at Dover and author of ''Dover's Unwritten Rules,'' put it, ''The court cannot fix this.''", [
      ['The court cannot fix this.', 'Ada Brook', 'Ada Brook', 'put it'],
    ]],
    ['As Tobin Varga, a senior fellow at the Harbor Policy Center and a former county treasurer, recently put it, "The levy will not pay for the pier."', [
      ['The levy will not pay for the pier.', 'Tobin Varga', 'Tobin Varga, a senior fellow at the Harbor Policy Center and a former county treasurer', 'recently put it'],
    ]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
