/**
 * names68: speaker names found inside phrases (a title's holder inside a
 * headline run, a surname that is an organisation's word after a title and a
 * given name, the person set off after "one" or "another", particles).
 * Invented sentences; each row gives, for every quote in order, its text, its
 * cue, the speaker's name, the entity's kind and `via`.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | name | kind | via`. */
function rows(input: string): string[] {
  const r = extract(input);
  return r.quotes.map((q) => {
    const entity = q.speaker ? r.speakers.find((s) => s.id === q.speaker!.id) : undefined;
    return `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'} | ${entity?.kind ?? '-'} | ${q.speaker?.via ?? '-'}`;
  });
}

describe('a title and a full name inside a headline run are a person the body may look back at', () => {
  test.each([
    {
      name: 'a given name the list does not know, ended by a capitalised verb',
      input: 'Admiral Tessa Holm Speaks Out.\n\nShe told the harbour board in March that the fleet would stay.',
      output: ['the fleet would stay | told | Tessa Holm | person | pronoun'],
    },
    {
      name: 'a known given name, headline without a period',
      input: 'Mayor Ann Reyes: A Profile\n\nShe told the harbour board in March that the ferry would run.',
      output: ['the ferry would run | told | Ann Reyes | person | pronoun'],
    },
    {
      name: 'a middle initial',
      input: 'Sen. Ann B. Reyes Speaks\n\nShe told the harbour board in March that the ferry would run.',
      output: ['the ferry would run | told | Ann B. Reyes | person | pronoun'],
    },
    {
      name: 'negative: a title and one word is no full name',
      input: 'Hacker Guccio Unmasked\n\nHe told the harbour board in March that the files were safe.',
      output: ['the files were safe | told | He | unknown | pronoun'],
    },
    {
      name: 'negative: a headline noun the tagger took into the name leaves the pronoun unresolved',
      input: 'Sen. Ann Reyes Fights Back\n\nShe told the harbour board in March that the fleet would stay.',
      output: ['the fleet would stay | told | She | unknown | pronoun'],
    },
    {
      name: 'negative: a full name without a title in a headline run is still no antecedent',
      input: 'Tessa Holm Unleashed\n\nShe told the harbour board in March that the fleet would stay.',
      output: ['the fleet would stay | told | She | unknown | pronoun'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a person named in apposition after "one" or "another" speaks', () => {
  test.each([
    {
      name: 'after an inverted cue, the sentence ending',
      input: '“We are used to the floods,” said one, Piet Jansen. “The river rises every spring.”',
      output: ['We are used to the floods, The river rises every spring. | said | Piet Jansen | person | name'],
    },
    {
      name: 'another, with a relative clause after the name',
      input: 'Residents were divided. “The dam will hold,” said another, Ann Okafor, who has lived by the river for years.',
      output: ['The dam will hold, | said | Ann Okafor | person | name'],
    },
    {
      name: 'negative: a word in lower case after the comma leaves "one"',
      input: '“The dam will hold,” said one, smiling.',
      output: ['The dam will hold, | said | one | unknown | description'],
    },
    {
      name: 'negative: an organisation after the comma is no person',
      input: '“The dam will hold,” said one, Harbor Trust.',
      output: ['The dam will hold, | said | one | organization | description'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a Dutch particle with the elided article stays inside the name', () => {
  test.each([
    {
      name: 'subject before the cue, straight apostrophe',
      input: "Marieke in 't Hout said the harbour rules were clear.",
      output: ["the harbour rules were clear | said | Marieke in 't Hout | person | name"],
    },
    {
      name: 'after an inverted cue, a curly apostrophe, and a pronoun after it',
      input: '“The vote will wait,” said Joris van ’t Hek, a Dutch lawmaker. Later he said the hall was full.',
      output: ['The vote will wait, | said | Joris van ’t Hek | person | name', 'the hall was full | said | Joris van ’t Hek | person | pronoun'],
    },
    {
      name: 'negative: a preposition and a quoted word after a verb are no particle',
      input: "He worked in 't Hout for years, Ann Okafor said.",
      output: ["He worked in 't Hout for years | said | Ann Okafor | person | name"],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('two titles of one person joined by "and", and a given name the list lacked', () => {
  test.each([
    {
      name: 'a state\'s title and a party\'s title before one name',
      input: '“We will win the county,” said former Ohio Gov. and Harbor Party Chairman Tom Reeve.',
      output: ['We will win the county, | said | Tom Reeve | person | name'],
    },
    {
      name: 'a title with "of" and a field before a name opened by Phil',
      input: 'The union will sit out the race, Miners Union Director of Government Affairs Phil Okafor told reporters.',
      output: ['The union will sit out the race | told | Phil Okafor | person | name'],
    },
    {
      name: 'negative: two titled people are still two',
      input: '“We will win the county,” said Gov. Tom Reeve and Sen. Ann Okafor.',
      output: ['We will win the county, | said | Tom Reeve and Ann Okafor | person | name'],
    },
    {
      name: 'negative: two honorific surnames, one of them a title word, are still two',
      input: 'Both Mr. King and Mr. Shultz say the bosses never told them what to say.',
      output: ['the bosses never told them what to say | say | King and Shultz | person | name'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
