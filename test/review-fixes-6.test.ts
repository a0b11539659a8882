/**
 * Fixes for review 6 (fix5 + names6). Invented sentences and names; each row
 * gives, for every quote in order, `text | cue | speaker name`. Rows marked
 * "unchanged" pin outputs the fixes must not touch.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | name`. */
function rows(input: string): string[] {
  return extract(input).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
}

const cases = (table: { name: string; input: string; output: string[] }[]): void => {
  test.each(table)('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
};

describe('terms of anonymity after a verb with an auxiliary (finding 1)', () => {
  cases([
    {
      name: 'an auxiliary before a verb of saying with an object: the terms are cut',
      input: 'An aide said the mayor had told donors the levy was dead on condition of anonymity.',
      output: ['the mayor had told donors the levy was dead | said | An aide'],
    },
    {
      name: 'an auxiliary, a verb of saying and an adjunct: the terms are cut',
      input: 'An aide said the mayor had announced the levy on Friday on condition of anonymity.',
      output: ['the mayor had announced the levy on Friday | said | An aide'],
    },
    {
      name: 'unchanged: a verb of saying right before the terms keeps them',
      input: 'An aide said the clerk had agreed to testify on condition of anonymity.',
      output: ['the clerk had agreed to testify on condition of anonymity | said | An aide'],
    },
    {
      name: 'unchanged: an adverb between the verb of saying and the terms',
      input: 'Orla Penn said she would only speak on the condition that she not be named.',
      output: ['she would only speak on the condition that she not be named | said | Orla Penn'],
    },
  ]);
});

describe('a participle after a clause that a conjunction opens (finding 2)', () => {
  cases([
    {
      name: 'but and a determiner open the clause',
      input: 'Fares will rise in May but the board warned, adding that the ferry would stop.',
      output: ['the ferry would stop | adding | the board'],
    },
    {
      name: 'comma, and and a determiner open the clause',
      input: 'Fares will rise in May, and the board warned, adding that the ferry would stop.',
      output: ['the ferry would stop | adding | the board'],
    },
    {
      name: 'and then and a determiner open the clause',
      input: 'The motion failed, and then the mayor objected, adding that the ferry would stop.',
      output: ['the ferry would stop | adding | the mayor'],
    },
    {
      name: 'unchanged: a determiner after a noun opens no clause',
      input: 'Ann Vey praised the changes the board announced, adding that the ferry would stop.',
      output: ['the changes the board announced | praised | Ann Vey', 'the ferry would stop | adding | Ann Vey'],
    },
  ]);
});

describe('a comma inside the relative clause of a closing aside (finding 3)', () => {
  cases([
    {
      name: 'a comma right after the relative word does not close the aside',
      input: 'Tomas Vey said the ferry would stop, a move that, if approved, would cost jobs.',
      output: ['the ferry would stop | said | Tomas Vey'],
    },
    {
      name: 'unchanged: a closed appositive inside the content',
      input: 'The board will name Ann Vey, a retired judge, as its new chief, Tomas Penn said.',
      output: ['The board will name Ann Vey, a retired judge, as its new chief | said | Tomas Penn'],
    },
  ]);
});

describe('a label before a co- title and a name (finding 5)', () => {
  cases([
    {
      name: 'a co- title after a label with a price, before the cue',
      input: '“We will win,” Fares for $5 co-chair Ann Vey said.',
      output: ['We will win, | said | Ann Vey'],
    },
    {
      name: 'a co- title after a label with a price, reported',
      input: 'Fares for $5 co-chair Ann Vey said the tolls would fall.',
      output: ['the tolls would fall | said | Ann Vey'],
    },
    {
      name: 'a label with a price and a title after an inverted cue',
      input: '“We will win,” said Fair Wage for $20 director Orla Penn.',
      output: ['We will win, | said | Orla Penn'],
    },
    {
      name: 'unchanged: a plain name after an inverted cue',
      input: '“We will win,” said Orla Penn of Dover.',
      output: ['We will win, | said | Orla Penn'],
    },
  ]);
});

describe('a lone word before a plural appositive only when it opens the sentence (finding 6)', () => {
  cases([
    {
      name: 'further on, a lone name and a plural appositive: the name speaks',
      input: 'In May, Vexo, the makers of the pill said the trial was safe.',
      output: ['the trial was safe | said | Vexo'],
    },
    {
      name: 'unchanged: an opening word before a plural subject',
      input: 'Offstage, the dancers agree that the show is too long.',
      output: ['the show is too long | agree | the dancers'],
    },
  ]);
});

describe('the verb of a relative clause is no survey participle (finding 7)', () => {
  cases([
    {
      name: 'a relative pronoun and a determiner before the people',
      input: 'The students that the team surveyed said the fees were too high.',
      output: ['the fees were too high | said | The students'],
    },
    {
      name: 'unchanged: a relative pronoun right before the people',
      input: 'The chairs that reporters interviewed predicted that Lee would win.',
      output: ['Lee would win | predicted | The chairs'],
    },
    {
      name: 'unchanged: a plural noun and its survey participle',
      input: 'Most students surveyed said the fees were too high.',
      output: ['the fees were too high | said | Most students surveyed'],
    },
  ]);
});

describe('a surname that is also a verb, in sentence-case text (finding 4)', () => {
  cases([
    {
      name: 'an inverted cue, the name and a time phrase',
      input: '“The pier is sinking,” said Ann Read on Monday.',
      output: ['The pier is sinking, | said | Ann Read'],
    },
    {
      name: 'an inverted cue, a lower-case title word, a title and the name',
      input: '“The pier is sinking,” said state Sen. Ann Read.',
      output: ['The pier is sinking, | said | Ann Read'],
    },
    {
      name: 'an inverted cue, a title noun and the name',
      input: '“The pier is sinking,” wrote columnist Lee Will.',
      output: ['The pier is sinking, | wrote | Lee Will'],
    },
    {
      name: 'the name before its appositive and the cue',
      input: '“The pier is sinking,” Ann Read, a senator, said.',
      output: ['The pier is sinking, | said | Ann Read'],
    },
    {
      name: 'the name before an auxiliary and the cue',
      input: 'Ann Read has said the pier was sinking.',
      output: ['the pier was sinking | has said | Ann Read'],
    },
    {
      name: 'unchanged: a title-case headline is no attribution',
      input: 'Lee Will Win the Race',
      output: [],
    },
  ]);
});

describe('"say" after a partitive quantifier and an adjective (finding 8)', () => {
  cases([
    {
      name: 'a quantifier, of, a determiner and an adjective before "say ... that"',
      input: 'Many of the poor say, however, that the levy will hurt.',
      output: ['the levy will hurt | say | -'],
    },
    {
      name: 'unchanged: the noun "say" after a preposition',
      input: 'They want more of the final say, however, that is not enough.',
      output: [],
    },
  ]);
});
