/**
 * Helper fix45: name leftovers. A "she" or "he" quote right after a speaker
 * described by a relative noun of that gender ("the daughter of one victim")
 * is that speaker, not a person named before. Post-nominal letters ("QC",
 * "MP") end no person's name; a company's state word ("Struggling",
 * "Former") opening a sentence is no part of its name. The quoted attribute
 * values of an HTML-like tag (`<tweet tweet-date="...">`) are markup, not
 * quotations. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { quoteTuples as rows } from './support/category-rows.js';
import { extract } from './support/invariants.js';

/** [content, speaker name, mention text] of each quote. */
const speakers = (text: string): [string, string | null, string | null][] =>
  extract(text, {}).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]);

describe('fix45: a pronoun after a speaker described as a relative', () => {
  const CASES: [string, string, string, string][] = [
    [
      'The judge, Mary Hill, sentenced him to life. "He took our father from us," said the daughter of one victim. "We will never recover," she said.',
      'We will never recover,',
      'the daughter of one victim',
      'she',
    ],
    [
      'Police named the driver as Tom Brown. "My boy was kind," the mother of the teenager said. "He loved football," she added.',
      'He loved football,',
      'the mother of the teenager',
      'she',
    ],
    [
      'Mayor John Reed attended the service. "He was my hero," said the son of the pilot. "I miss him every day," he said.',
      'I miss him every day,',
      'the son of the pilot',
      'he',
    ],
    [
      'Senator Jane Cole laid a wreath. "Nobody came when he called," said the widow of the firefighter. "Nobody," she said.',
      'Nobody,',
      'the widow of the firefighter',
      'she',
    ],
  ];
  test.each(CASES)('%s', (text, quote, name, pronoun) => {
    expect(speakers(text).find((s) => s[0] === quote)).toEqual([quote, name, pronoun]);
  });
  // (a person of that gender named after the description is the one meant; a relative of the other gender is not)
  test('a name after the description wins', () => {
    const text = 'Mayor John Reed attended. "He was my hero," said the son of the pilot. Reed thanked the crew. "We owe them," he said.';
    expect(speakers(text).at(-1)).toEqual(['We owe them,', 'John Reed', 'he']);
  });
  test('a relative of the other gender is not the pronoun', () => {
    const text = 'Mayor John Reed attended. "She was my hero," said the daughter of the pilot. "We owe them," he said.';
    expect(speakers(text).at(-1)).toEqual(['We owe them,', 'John Reed', 'he']);
  });
});

describe('fix45: post-nominal letters end a name', () => {
  const CASES: [string, string][] = [
    ['Defence counsel Mark Ellis QC said the evidence was weak.', 'Mark Ellis'],
    ['Prosecutor Alan Price KC said the sentence was fair.', 'Alan Price'],
    ['The bill was flawed, Tom Hale MP said.', 'Tom Hale'],
    ['Rita Moss MEP said the vote was close.', 'Rita Moss'],
    // (a generational suffix belongs to the name)
    ['Robert Dane Jr. said the bill would pass.', 'Robert Dane Jr.'],
  ];
  test.each(CASES)('%s', (text, name) => {
    expect(rows(text, {}).map((r) => r[1])).toEqual([name]);
  });
  test('the surname alone later is the same person', () => {
    const text = 'Defence counsel Mark Ellis QC addressed the jury. "The case is thin," Ellis said.';
    expect(speakers(text).at(-1)).toEqual(['The case is thin,', 'Mark Ellis', 'Ellis']);
  });
});

describe('fix45: a company state word opening a sentence', () => {
  const CASES: [string, string][] = [
    ['Struggling Acme Corp said profits had fallen.', 'Acme Corp'],
    ['Former Acme Corp said it would appeal.', 'Acme Corp'],
    ['Ailing Globex Inc said it would cut jobs.', 'Globex Inc'],
    ['Embattled Harbor Holdings said the sale was off.', 'Harbor Holdings'],
    // (a noun that opens a name stays)
    ['Bank of Avalon Corp said it would cut jobs.', 'Bank of Avalon Corp'],
    ['New Harbor Holdings said it would cut jobs.', 'New Harbor Holdings'],
  ];
  test.each(CASES)('%s', (text, name) => {
    expect(rows(text, {}).map((r) => r[1])).toEqual([name]);
  });
});

describe('fix45: the marks of a tag attribute are markup', () => {
  test('a tag ending on a line of its own opens no quotation', () => {
    const text = 'The senator replied online.\n\n<tweet tweet-author="@senlee" tweet-date="May 2, 2016\n">We will not give up on this bill. Not now, not ever.<tweet/>.\n\nAides said more posts would follow.';
    expect(rows(text, {}).map((r) => [r[0], r[1]])).toEqual([['more posts would follow', 'Aides']]);
  });
  test('a quotation after a tag is still read', () => {
    const text = '<tweet id="5" author="@cityhall" date="May 2, 2016">The roads will be fixed by June.</tweet> "We are on it," said Tom Reed.';
    expect(rows(text, {}).map((r) => [r[0], r[1]])).toEqual([['We are on it,', 'Tom Reed']]);
  });
  test('a less-than sign is no tag', () => {
    const text = 'Tom Reed wrote 3 < 4 on the board. "The rule is clear," he said. "Learn it."';
    expect(rows(text, {}).map((r) => r[0])).toEqual(['The rule is clear, Learn it.']);
  });
});

describe('fix45: a word the tagger reads as an adverb between "the" and a verb', () => {
  const CASES: [string, string][] = [
    ['Owners of shops located on the square said sales had fallen.', 'Owners of shops located on the square'],
    ['Vendors near the square said trade was slow.', 'Vendors near the square'],
  ];
  test.each(CASES)('%s', (text, speaker) => {
    expect(rows(text, {}).map((r) => r[1])).toEqual([speaker]);
  });
});
