/**
 * names73: speaker names and resolution. A full name followed by an
 * appositive that makes it someone's relative ("Ada Pell, his wife,", "Tessa
 * Quist, the mayor's daughter,") is no one's full name but the relative's: a
 * surname named alone, or with a title, before it is someone else (it was
 * already so for the relative word before the name, "his wife, Ada Pell").
 * The field of an "of" title is no head of it: "the state" is no "Secretary
 * of State Dora Vance" ("the secretary" still is).
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

describe('a full name set off as a relative after it is not the full name of the surname before', () => {
  test.each([
    {
      name: '"Governor Pell" ... "Ada Pell, his wife," ... "The governor"',
      input: 'Governor Pell spoke on Monday. Ada Pell, his wife, said she was proud. The governor said the budget was done.',
      output: [
        'she was proud | said | Ada Pell | Ada Pell, his wife | person | name | 0',
        'the budget was done | said | Pell | The governor | person | description | 1',
      ],
    },
    {
      name: '"Pell said" before "Ada Pell, his wife,"',
      input: 'Pell said the budget was done. Ada Pell, his wife, said she was proud.',
      output: [
        'the budget was done | said | Pell | Pell | person | name | 0',
        'she was proud | said | Ada Pell | Ada Pell, his wife | person | name | 1',
      ],
    },
    {
      name: 'a possessor with \'s: "Tessa Quist, the mayor\'s daughter,"',
      input: 'Mayor Quist opened the bridge. Tessa Quist, the mayor\'s daughter, cut the ribbon. "It is a good day," the mayor said.',
      output: ['It is a good day, | said | Quist | the mayor | person | description | 0'],
    },
    {
      name: 'the relative word before the name, as before: "His wife, Ada Pell,"',
      input: 'Governor Pell spoke on Monday. His wife, Ada Pell, said she was proud. The governor said the budget was done.',
      output: [
        'she was proud | said | Ada Pell | His wife, Ada Pell | person | name | 0',
        'the budget was done | said | Pell | The governor | person | description | 1',
      ],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });

  test('an appositive that is no relative still gives the full name: "Ada Pell, the treasurer,"', () => {
    expect(rows('Ada Pell, the treasurer, spoke on Monday. Pell said the budget was done.')).toEqual([
      'the budget was done | said | Ada Pell | Pell | person | name | 0',
    ]);
  });
});

describe('the field of an "of" title is no head of it', () => {
  test('"the state" is not "Secretary of State Dora Vance"', () => {
    expect(
      rows('Secretary of State Dora Vance said the count was accurate. Critics disagreed. Earlier, the state said that 9,000 voters had been removed.'),
    ).toEqual([
      'the count was accurate | said | Dora Vance | Secretary of State Dora Vance | person | name | 0',
      '9,000 voters had been removed | said | the state | the state | unknown | description | 1',
    ]);
  });

  test.each([
    {
      name: '"The secretary" is still "Secretary of State Dora Vance"',
      input: 'Secretary of State Dora Vance spoke on Tuesday. The secretary said the count was accurate.',
      output: ['the count was accurate | said | Dora Vance | The secretary | person | description | 0'],
    },
    {
      name: '"The chief" is still "Chief of Staff Ira Kemp"',
      input: 'Chief of Staff Ira Kemp met donors. The chief said the deal was close.',
      output: ['the deal was close | said | Ira Kemp | The chief | person | description | 0'],
    },
    {
      name: 'a title with no preposition keeps its last word: "Defense Secretary Alma Reyes" is "the secretary"',
      input: 'Defense Secretary Alma Reyes spoke on Tuesday. The secretary said the fleet was ready.',
      output: ['the fleet was ready | said | Alma Reyes | The secretary | person | description | 0'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a newspaper named "... Sun." ends its sentence', () => {
  test('"according to the Tulsa Sun." does not run into the next sentence', () => {
    // (the kind is left out: "Tulsa Sun" is read as a person's name, as "Xiaoming Sun" must be)
    const r = extract('The mayor spoke at a rally, according to the Tulsa Sun. Critics were not impressed.');
    expect(r.quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'} | ${q.speaker?.mention?.text ?? '-'}`)).toEqual([
      'The mayor spoke at a rally | according to | Tulsa Sun | the Tulsa Sun',
    ]);
  });

  test('the name keeps no full stop: `"...," the mayor said, according to the Tulsa Sun.`', () => {
    const r = extract('"We will build it," the mayor said, according to the Tulsa Sun. All of the council members agreed.');
    expect(r.quotes.map((q) => q.speaker?.mention?.text)).toEqual(['the Tulsa Sun']);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Tulsa Sun']);
  });

  test('a sentence after "the Tulsa Sun." is a sentence of its own', () => {
    expect(rows('Mayor Vale spoke to the Tulsa Sun. He said the road would reopen.')).toEqual([
      'the road would reopen | said | Vale | He | person | pronoun | 0',
    ]);
  });
});

describe('a noun before the head of an organisation\'s description is a word of its name', () => {
  test.each([
    {
      name: '"the appeals court" is no "Supreme Court"',
      input: 'The Supreme Court heard the case in March. Later, the appeals court said the law was valid.',
      output: ['the law was valid | said | the appeals court | the appeals court | organization | description | 0'],
    },
    {
      name: '"the appeals court" is the "U.S. Court of Appeals"',
      input: 'The U.S. Court of Appeals heard the case in March. Later, the appeals court said the law was valid.',
      output: ['the law was valid | said | U.S. Court of Appeals | the appeals court | organization | description | 0'],
    },
    {
      name: '"the budget office" is the "Congressional Budget Office"',
      input: 'The Congressional Budget Office issued a report. The budget office said the deficit would grow.',
      output: ['the deficit would grow | said | Congressional Budget Office | The budget office | organization | description | 0'],
    },
    {
      name: '"the court" alone is still the "Supreme Court"',
      input: 'The Supreme Court heard the case in March. Later, the court said the law was valid.',
      output: ['the law was valid | said | Supreme Court | the court | organization | description | 0'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
