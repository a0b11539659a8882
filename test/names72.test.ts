/**
 * names72: speaker names and resolution. A surname that is also a title word
 * after a given name the lists do not know, past an abbreviated title inside
 * a run ("Nevada Lt. Gov. Wren Judge" is Wren Judge); "the spokesman" after
 * an indefinite description of one gender that spoke ("A spokesman for the
 * Harbor Authority declined to comment") is that spokesman; a speaking "it"
 * with nothing nearer stands for the organisation that is the subject a few
 * sentences back, with no other organisation named since; the field of an
 * "of" title may hold a body's name with "of the", "of" and "and" before the
 * holder's given name and surname ("Director of the Office of Ports and
 * Harbours Kiran Dube" is Kiran Dube, no pair of names).
 * Invented sentences; each row gives, for every quote in order, its text, its
 * cue, the speaker's name, the mention's text, the entity's kind, `via` and
 * the speaker's id.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | name | mention | kind | via | id`. */
function rows(input: string): string[] {
  const r = extract(input);
  return r.quotes.map((q) => {
    const entity = q.speaker ? r.speakers.find((s) => s.id === q.speaker!.id) : undefined;
    return `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${entity?.kind ?? '-'} | ${q.speaker?.via ?? '-'} | ${q.speaker?.id ?? '-'}`;
  });
}

describe('a surname that is a title word, after a given name and an abbreviated title', () => {
  test.each([
    {
      name: 'place, two abbreviated titles, given name, "Judge"',
      input: 'Nevada Lt. Gov. Wren Judge said the budget was balanced.',
      output: ['the budget was balanced | said | Wren Judge | Nevada Lt. Gov. Wren Judge | person | name | 0'],
    },
    {
      name: 'place, one abbreviated title, given name, "Judge"',
      input: 'Ohio Gov. Wren Judge said the budget was balanced.',
      output: ['the budget was balanced | said | Wren Judge | Ohio Gov. Wren Judge | person | name | 0'],
    },
    {
      name: '"Marshall" after "Former Ohio Gov. Dana"',
      input: 'Former Ohio Gov. Dana Marshall told reporters that the plant would reopen.',
      output: ['the plant would reopen | told | Dana Marshall | Former Ohio Gov. Dana Marshall | person | name | 0'],
    },
    {
      name: 'a title written out in full is left as it was',
      input: 'Harbor Board Chairman Ines Marr said the plant would reopen.',
      output: ['the plant would reopen | said | Ines Marr | Harbor Board Chairman Ines Marr | person | name | 0'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('"the spokesman" after an indefinite description of one gender that spoke', () => {
  test.each([
    {
      name: 'a spokesman for a body, then "the spokesman"',
      input: 'A spokesman for the Harbor Authority declined to comment on the talks. "We are still negotiating," the spokesman said.',
      output: [
        'the talks | comment on | A spokesman for the Harbor Authority | A spokesman for the Harbor Authority | person | description | 0',
        'We are still negotiating, | said | A spokesman for the Harbor Authority | the spokesman | person | description | 0',
      ],
    },
    {
      name: 'a hospital spokeswoman, then "the spokeswoman"',
      input: 'A hospital spokeswoman said the wing would close in May. "We have no choice," the spokeswoman said.',
      output: [
        'the wing would close in May | said | A hospital spokeswoman | A hospital spokeswoman | person | description | 0',
        'We have no choice, | said | A hospital spokeswoman | the spokeswoman | person | description | 0',
      ],
    },
    {
      name: 'negative: another spokesman named in between, who did not speak',
      input: 'A union spokesman said the strike would go on. A city spokesman declined to comment. "We will not back down," the spokesman said.',
      output: [
        'the strike would go on | said | A union spokesman | A union spokesman | person | description | 0',
        'We will not back down, | said | the spokesman | the spokesman | person | description | 1',
      ],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a speaking "it" and the organisation that is the subject a few sentences back', () => {
  test.each([
    {
      name: 'one sentence between',
      input: 'The Harbor Authority raised fees on Monday. Shippers were angry. It said demand was strong.',
      output: ['demand was strong | said | Harbor Authority | It | organization | pronoun | 0'],
    },
    {
      name: 'two sentences between',
      input: 'Acme Power Co. raised prices on Monday. Shares fell. Traders sold. It said demand was strong.',
      output: ['demand was strong | said | Acme Power Co. | It | organization | pronoun | 0'],
    },
    {
      name: 'negative: too far back',
      input: 'The Harbor Authority raised fees on Monday. Shippers were angry. Traders were calm. Buyers came back. It said demand was strong.',
      output: ['demand was strong | said | It | It | unknown | pronoun | 0'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('the field of an "of" title that names a body, before the holder', () => {
  test.each([
    {
      name: '"of the" and "and" inside the field, a known first name',
      input: 'Director of the Office of Ports and Harbours Sam Reyes said the deficit would shrink.',
      output: ['the deficit would shrink | said | Sam Reyes | Director of the Office of Ports and Harbours Sam Reyes | person | name | 0'],
    },
    {
      name: '"of the" and "and" inside the field, a given name the lists do not know',
      input: 'Director of the Office of Ports and Harbours Kiran Dube said the deficit would shrink.',
      output: ['the deficit would shrink | said | Kiran Dube | Director of the Office of Ports and Harbours Kiran Dube | person | name | 0'],
    },
    {
      name: '"of the" before a body with "of", not an organisation',
      input: 'Director of the Office of Personnel Management Kiran Dube said the deficit would shrink.',
      output: ['the deficit would shrink | said | Kiran Dube | Director of the Office of Personnel Management Kiran Dube | person | name | 0'],
    },
    {
      name: '"of" and "and" inside the field',
      input: 'Secretary of Health and Human Services Kiran Dube said the rule would pass.',
      output: ['the rule would pass | said | Kiran Dube | Secretary of Health and Human Services Kiran Dube | person | name | 0'],
    },
    {
      name: 'two people, each with a title, stay a pair',
      input: 'Secretary of State John Kerry and Defense Secretary Ash Carter said the deficit would shrink.',
      output: ['the deficit would shrink | said | John Kerry and Ash Carter | Secretary of State John Kerry and Defense Secretary Ash Carter | person | name | 0'],
    },
    {
      // (fix98: the titles and the body with no one named describe the office-holder, the whole phrase, not the body)
      name: 'negative: the body alone names no person',
      input: 'Director of the Office of Personnel Management said the deficit would shrink.',
      output: ['the deficit would shrink | said | Director of the Office of Personnel Management | Director of the Office of Personnel Management | person | description | 0'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
