/**
 * names69: names with given names the lists do not know. A title before a
 * given name and a surname that is also an organisation's word names a person
 * ("Mayor Len Guardian"), and a Dutch particle with the elided article "'t"
 * ("op ’t Hof", "In 't Veld") neither opens a quotation nor cuts the name.
 * Invented sentences; each row gives, for every quote in order, its text, its
 * cue, the speaker's name, the mention's text, the entity's kind and `via`.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | name | mention | kind | via`. */
function rows(input: string): string[] {
  const r = extract(input);
  return r.quotes.map((q) => {
    const entity = q.speaker ? r.speakers.find((s) => s.id === q.speaker!.id) : undefined;
    return `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${entity?.kind ?? '-'} | ${q.speaker?.via ?? '-'}`;
  });
}

describe('a title before an unknown given name and a surname that is an organisation word', () => {
  test.each([
    {
      name: 'title split off: the entity is a person and a later "he" resolves to it',
      input: '"The pier will reopen in May," Mayor Len Guardian said. He said the council had found the money.',
      output: [
        'The pier will reopen in May, | said | Len Guardian | Mayor Len Guardian | person | name',
        'the council had found the money | said | Len Guardian | He | person | pronoun',
      ],
    },
    {
      name: 'a place before the title: the person is named without the place and title (names71)',
      input: '"The pier will reopen in May," Harbor City Mayor Len Guardian said. He said the council had found the money.',
      output: [
        'The pier will reopen in May, | said | Len Guardian | Harbor City Mayor Len Guardian | person | name',
        'the council had found the money | said | Len Guardian | He | person | pronoun',
      ],
    },
    {
      name: 'a known given name before "Bloomberg"',
      input: '"Nobody can win without a party," Michael Bloomberg said. Bloomberg said he would not run.',
      output: [
        'Nobody can win without a party, | said | Michael Bloomberg | Michael Bloomberg | person | name',
        'he would not run | said | Michael Bloomberg | Bloomberg | person | name',
      ],
    },
    {
      name: 'negative: "the Guardian" with no title stays an organisation',
      input: '"The minister knew of the leak," the Guardian reported. He said nothing more.',
      output: ['The minister knew of the leak, | reported | Guardian | the Guardian | organization | name'],
    },
    {
      name: 'negative: "Bloomberg News" stays an organisation',
      input: '"Freight rates fell for a third week," Bloomberg News reported.',
      output: ['Freight rates fell for a third week, | reported | Bloomberg News | Bloomberg News | organization | name'],
    },
    {
      name: 'negative: a newspaper\'s name with no title stays an organisation',
      input: '"The port deal is off," the Harbor City Post reported.',
      output: ['The port deal is off, | reported | Harbor City Post | the Harbor City Post | organization | name'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a particle with the elided article "\'t" inside a name', () => {
  test.each([
    {
      name: 'curly apostrophe, speaker before the cue after the quote',
      input: '"The dikes will hold," Marten op ’t Hof said.',
      output: ['The dikes will hold, | said | Marten op ’t Hof | Marten op ’t Hof | person | name'],
    },
    {
      name: 'straight apostrophe, speaker before the cue after the quote',
      input: '"The dikes will hold," Lotte van \'t Riet said.',
      output: ['The dikes will hold, | said | Lotte van \'t Riet | Lotte van \'t Riet | person | name'],
    },
    {
      name: 'the apostrophe opens no quotation before a colon lead',
      input: 'Lotte van ’t Riet said: "The dikes will hold."',
      output: ['The dikes will hold. | said | Lotte van ’t Riet | Lotte van ’t Riet | person | name'],
    },
    {
      name: 'a quotation in two parts around the name stays one',
      input: '"The dikes will hold," said Marten op ’t Hof, a water board member. "We built them well."',
      output: ['The dikes will hold, We built them well. | said | Marten op ’t Hof | Marten op ’t Hof, a water board member | person | name'],
    },
    {
      name: 'the capitalised particle opening a sentence starts the surname',
      input: 'Marten op \'t Hof sits on the water board. Op \'t Hof said: "The dikes will hold."',
      output: ['The dikes will hold. | said | Marten op \'t Hof | Op \'t Hof | person | name'],
    },
    {
      name: 'the elided article after a common noun opens no quotation either',
      input: 'The cafe in \'t Hoekje shut. "The dikes will hold," Anna Lee said.',
      output: ['The dikes will hold, | said | Anna Lee | Anna Lee | person | name'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
