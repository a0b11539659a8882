/**
 * names71: a place or body and a title before a person's name. The name is the
 * person's ("Harbor City Mayor Len Guardian" -> "Len Guardian", titles
 * ["Harbor City Mayor"]) when the surname is also an organisation's word, and a
 * surname alone after a title written out in full is a person's ("Harbor Board
 * Chairman Okafor"). A bare unknown word followed by its own "its" is an
 * organisation ("Acme says its ..."). Invented sentences; each row gives, for
 * every quote in order, its text, its cue, the speaker's name, the mention's
 * text, the entity's kind and titles.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | name | mention | kind | titles`. */
function rows(input: string): string[] {
  const r = extract(input);
  return r.quotes.map((q) => {
    const entity = q.speaker ? r.speakers.find((s) => s.id === q.speaker!.id) : undefined;
    return `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${entity?.kind ?? '-'} | ${(entity?.titles ?? []).join('; ')}`;
  });
}

describe('a place and a title before a name whose surname is an organisation word', () => {
  test.each([
    {
      name: 'the place and title go to titles; a later bare surname and "he" are the same person',
      input: '"The pier will reopen in May," said Harbor City Mayor Len Guardian. "We found the money," Guardian said. He said the council agreed.',
      output: [
        'The pier will reopen in May, | said | Len Guardian | Harbor City Mayor Len Guardian | person | Harbor City Mayor',
        'We found the money, | said | Len Guardian | Guardian | person | Harbor City Mayor',
        'the council agreed | said | Len Guardian | He | person | Harbor City Mayor',
      ],
    },
    {
      name: 'a body before the title and "Fox" for the surname',
      input: '"Rents will be frozen," Lakeport Housing Board Chairwoman Mira Fox said.',
      output: ['Rents will be frozen, | said | Mira Fox | Lakeport Housing Board Chairwoman Mira Fox | person | Lakeport Housing Board Chairwoman'],
    },
    {
      name: 'negative: "the Guardian" after a Mayor Guardian is still the newspaper',
      input: '"The pier will reopen," said Mayor Len Guardian. "The money was found," the Guardian reported.',
      output: [
        'The pier will reopen, | said | Len Guardian | Mayor Len Guardian | person | Mayor',
        'The money was found, | reported | Guardian | the Guardian | organization | ',
      ],
    },
    {
      name: 'negative: "the Guardian" with no title stays an organisation',
      input: '"The minister knew of the leak," the Guardian reported.',
      output: ['The minister knew of the leak, | reported | Guardian | the Guardian | organization | '],
    },
    {
      name: 'negative: a newspaper\'s name before a title is a title of the columnist',
      input: '"The port deal is off," New York Times columnist Ann Lee said.',
      output: ['The port deal is off, | said | Ann Lee | New York Times columnist Ann Lee | person | New York Times columnist'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a surname alone after a title written out in full', () => {
  test.each([
    {
      name: 'a body and a title before the surname: a person, with the body and title as titles',
      input: '"The harbor is safe," Harbor Board Chairman Okafor said.',
      output: ['The harbor is safe, | said | Okafor | Harbor Board Chairman Okafor | person | Harbor Board Chairman'],
    },
    {
      name: 'the cue before the speaker',
      input: '"The harbor is safe," said Lakeport Police Chief Varga.',
      output: ['The harbor is safe, | said | Varga | Lakeport Police Chief Varga | person | Lakeport Police Chief'],
    },
    {
      name: 'an abbreviated title keeps its rule',
      input: '"The harbor is safe," Ohio Gov. Kasprzak said.',
      output: ['The harbor is safe, | said | Kasprzak | Ohio Gov. Kasprzak | person | Ohio Gov.'],
    },
    {
      name: 'negative: an organisation word after the title is no surname',
      input: '"The harbor is safe," Harbor Police Chief Council said.',
      output: ['The harbor is safe, | said | Harbor Police Chief Council | Harbor Police Chief Council | organization | '],
    },
    {
      name: 'negative: titles joined by "and" with no name after them: no title or surname is cut off',
      input: '"The harbor is safe," Dover Mayor and Kent Sheriff said.',
      output: ['The harbor is safe, | said | Dover Mayor and Kent Sheriff | Dover Mayor and Kent Sheriff | person | '],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a bare name followed by its own "its"', () => {
  test.each([
    {
      name: 'a cue right before "its"',
      input: 'Acme says its profits will rise this year.',
      output: ['its profits will rise this year | says | Acme | Acme | organization | '],
    },
    {
      name: 'an infinitive before "its"',
      input: 'Varnholt refused to extend its contract with the league, saying the fee was too high.',
      output: ['the fee was too high | saying | Varnholt | Varnholt | organization | '],
    },
    {
      name: 'negative: a noun between the name and "its" is what "its" stands for',
      input: 'Hale said the firm would cut its staff.',
      output: ['the firm would cut its staff | said | Hale | Hale | person | '],
    },
    {
      name: 'negative: an "it" between the name and "its"',
      input: 'Hale said it would cut its staff.',
      output: ['it would cut its staff | said | Hale | Hale | person | '],
    },
    {
      name: 'negative: a known first name is a person\'s',
      input: 'Maria says its time is up.',
      output: ['its time is up | says | Maria | Maria | person | '],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
