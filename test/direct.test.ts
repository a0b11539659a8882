/**
 * Direct quotations: every news pattern of the package issue as an example
 * sentence with the exact quote, cue, speaker mention and name expected.
 */
import { describe, expect, test } from 'vitest';
import { brief, extract, type Brief } from './support/invariants.js';

interface Case {
  name: string;
  input: string;
  output: Partial<Brief>[];
  skip?: boolean;
}

const q = (text: string, cue: string | null, lemma: string | null, mention: string | null, name: string | null, via: string | null = mention ? 'name' : null): Brief => ({
  kind: 'direct',
  text,
  cue,
  lemma,
  mention,
  name,
  via,
});

const cases: Case[] = [
  { name: 'quote, speaker, cue', input: '"We will win," Smith said.', output: [q('We will win,', 'said', 'say', 'Smith', 'Smith')] },
  { name: 'quote, cue, speaker', input: '"We will win," said Jane Smith.', output: [q('We will win,', 'said', 'say', 'Jane Smith', 'Jane Smith')] },
  { name: 'speaker, cue, colon', input: 'Smith said: "The plan is dead."', output: [q('The plan is dead.', 'said', 'say', 'Smith', 'Smith')] },
  {
    name: 'appositive between speaker and cue',
    input: '"It is over," Smith, the party\'s treasurer, said.',
    output: [q('It is over,', 'said', 'say', "Smith, the party's treasurer", 'Smith')],
  },
  {
    name: 'description as speaker, listener after cue',
    input: '"It is over," the senator told reporters.',
    output: [q('It is over,', 'told', 'tell', 'the senator', 'the senator', 'description')],
  },
  {
    name: 'a description with the name in an appositive after the quote',
    input: '"It would have been fairer," the city press secretary, Omar Vance, said on Tuesday.',
    output: [q('It would have been fairer,', 'said', 'say', 'the city press secretary, Omar Vance', 'Omar Vance', 'name')],
  },
  { name: 'question with the cue after a sentence break', input: '"Is it true?" asked Smith.', output: [q('Is it true?', 'asked', 'ask', 'Smith', 'Smith')] },
  {
    name: 'dash appositive and auxiliary',
    input: '"We lost," General John Allen \u2013 the army\'s spokesman \u2013 had told reporters.',
    output: [q('We lost,', 'had told', 'tell', 'General John Allen', 'John Allen')],
  },
  {
    name: 'adjunct between cue and colon',
    input: 'Smith said on Monday: "We will appeal the ruling."',
    output: [q('We will appeal the ruling.', 'said', 'say', 'Smith', 'Smith')],
  },
  {
    name: 'colon lead-in with the quote in the next paragraph',
    input: 'The governor told the assembly:\n\n"We will not raise taxes this year."',
    output: [q('We will not raise taxes this year.', 'told', 'tell', 'The governor', 'The governor', 'description')],
  },
  {
    name: 'curly quotes and a full name resolved from an earlier mention',
    input: 'Jane Smith runs the clinic.\n\n\u201CWe are full,\u201D Smith said.',
    output: [q('We are full,', 'said', 'say', 'Smith', 'Jane Smith')],
  },
  {
    name: 'guillemets',
    input: '\u00ABNous gagnerons\u00BB, said Marie Dupont.',
    output: [q('Nous gagnerons', 'said', 'say', 'Marie Dupont', 'Marie Dupont')],
  },
  {
    name: 'reversed guillemets',
    input: '\u00BBWir schaffen das\u00AB, said Angela Merkel.',
    output: [q('Wir schaffen das', 'said', 'say', 'Angela Merkel', 'Angela Merkel')],
  },
  {
    name: 'low-high quotes',
    input: '\u201EWir schaffen das\u201C, said Angela Merkel.',
    output: [q('Wir schaffen das', 'said', 'say', 'Angela Merkel', 'Angela Merkel')],
  },
  {
    name: 'low-high single quotes',
    input: '\u201AWir schaffen das\u2018, said Angela Merkel.',
    output: [q('Wir schaffen das', 'said', 'say', 'Angela Merkel', 'Angela Merkel')],
  },
  {
    name: 'curly single quotes in a headline style',
    input: '\u2018We will fight on,\u2019 says party leader John Brown.',
    output: [q('We will fight on,', 'says', 'say', 'party leader John Brown', 'John Brown')],
  },
  {
    name: 'pronoun resolved to the person named before',
    input: 'Maria Lopez runs the shelter. "We are full every night," she said.',
    output: [q('We are full every night,', 'said', 'say', 'she', 'Maria Lopez', 'pronoun')],
  },
  {
    name: 'interrupted quote is one quote with two parts',
    input: '"We tried," he said, "but nobody listened."',
    output: [q('We tried, but nobody listened.', 'said', 'say', 'he', 'he', 'pronoun')],
  },
  {
    name: 'quote continued after the attribution sentence',
    input: 'Ann Lee spoke first. "We tried," Lee said. "Nobody listened. Nobody cared."',
    output: [q('We tried, Nobody listened. Nobody cared.', 'said', 'say', 'Lee', 'Ann Lee')],
  },
  {
    name: 'multi-paragraph quote: each paragraph opens, only the last closes',
    input: 'Smith said: "We will build it.\n\n"We will pay for it.\n\n"And we will finish it."',
    output: [q('We will build it. We will pay for it. And we will finish it.', 'said', 'say', 'Smith', 'Smith')],
  },
  {
    name: 'follow-on paragraph continues the quote before it',
    input: '"We will build it," Mayor Ann Lee said.\n\n"It will take ten years and cost a billion dollars."',
    output: [q('We will build it, It will take ten years and cost a billion dollars.', 'said', 'say', 'Mayor Ann Lee', 'Ann Lee')],
  },
  {
    name: 'a paragraph after a longer attribution takes the speaker from context',
    input: '"We will build it," Mayor Ann Lee said. She then left the hall.\n\n"It will take ten years and cost a billion dollars."',
    output: [
      q('We will build it,', 'said', 'say', 'Mayor Ann Lee', 'Ann Lee'),
      { kind: 'direct', text: 'It will take ten years and cost a billion dollars.', cue: null, lemma: null, mention: null, name: 'Ann Lee', via: 'context' },
    ],
  },
  {
    name: 'dash signature',
    input: '"The most unqualified candidate ever." \u2014 John Doe',
    output: [q('The most unqualified candidate ever.', null, null, 'John Doe', 'John Doe')],
  },
  {
    name: 'HTML references for quotation marks',
    input: '&ldquo;We will win,&rdquo; Smith said.',
    output: [q('We will win,', 'said', 'say', 'Smith', 'Smith')],
  },
  {
    name: 'two-apostrophe marks of archive text',
    input: "''We will win,'' Mr. Smith said.",
    output: [q('We will win,', 'said', 'say', 'Mr. Smith', 'Smith')],
  },
];

describe('direct quotations', () => {
  test.each(cases.filter((c) => !c.skip))('$name', ({ input, output }) => {
    expect(brief(extract(input))).toEqual(output.map((o) => expect.objectContaining(o)));
  });
});

describe('not direct quotations', () => {
  test.each([
    ['scare quotes', 'The so-called "experts" were wrong again.'],
    ['a possessive scare quote', 'The minister\'s "reforms" were delayed.'],
    ['a film title', 'The film "Heat" opened in 1995.'],
    ['a book title', 'She read "War and Peace" twice.'],
    ['a nickname', 'Dwayne "The Rock" Johnson arrived.'],
    ['apostrophes', 'Trump\u2019s team don\u2019t like rock \u2019n\u2019 roll from the \u201990s or the Joneses\u2019 car.'],
    ['straight apostrophes', "It's the Joneses' car from the '90s, rock 'n' roll."],
    ['an unclosed short mark', 'He called it "nonsense and left.'],
  ])('%s', (_, input) => {
    expect(extract(input).quotes).toEqual([]);
  });

  test('an unclosed mark ends at its paragraph', () => {
    const input = 'Smith said: "We will win and we will keep on winning\n\nThe second paragraph has no quotes at all, said nobody.';
    const r = extract(input);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.span.end).toBeLessThanOrEqual(input.indexOf('\n\n'));
  });

  test('a nested quote stays inside its quote', () => {
    const r = extract('"He told me \'never again\' and left," Smith said.');
    expect(brief(r)).toEqual([expect.objectContaining({ text: "He told me 'never again' and left,", mention: 'Smith' })]);
  });

  test('a quote with no attribution has no speaker, never a guess', () => {
    const r = extract('The crowd waited.\n\n"This is the longest line I have ever stood in for anything."');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toBeNull();
    expect(r.quotes[0]!.cue).toBeNull();
  });
});
