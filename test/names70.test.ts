/**
 * names70: titles inside a run of capitalised words before a name. The field
 * of an "of" title belongs to the title, not to the name ("Chief of Staff
 * Denis Marrow" is Denis Marrow, when "Denis" is no first name the lists
 * know), and a surname said alone after an abbreviated title inside the run is
 * the name ("Ohio Gov. Kasich" is Kasich, linked to "John Kasich").
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

/** The titles of the entity that speaks the first quote. */
function firstTitles(input: string): readonly string[] {
  const r = extract(input);
  const id = r.quotes[0]?.speaker?.id;
  return r.speakers.find((s) => s.id === id)?.titles ?? [];
}

describe('the field of an "of" title before a given name the lists do not know', () => {
  test.each([
    {
      name: 'Chief of Staff: the field is one word',
      input: 'White House Chief of Staff Denis Marrow said the talks would resume on Monday.',
      output: ['the talks would resume on Monday | said | Denis Marrow | White House Chief of Staff Denis Marrow | person | name'],
      titles: ['White House Chief of Staff'],
    },
    {
      name: 'a field of two words',
      input: 'Secretary of Homeland Security Jeh Okoro told reporters that the border was secure.',
      output: ['the border was secure | told | Jeh Okoro | Secretary of Homeland Security Jeh Okoro | person | name'],
      titles: ['Secretary of Homeland Security'],
    },
    {
      name: 'an initial between the given name and the surname stays in the name',
      input: 'Chief of Staff Denis R. Marrow said the talks would resume on Monday.',
      output: ['the talks would resume on Monday | said | Denis R. Marrow | Chief of Staff Denis R. Marrow | person | name'],
      titles: ['Chief of Staff'],
    },
    {
      name: 'a particle opening the surname stays with it',
      input: 'Chief of Staff Ana de Lima said the talks would resume on Monday.',
      output: ['the talks would resume on Monday | said | Ana de Lima | Chief of Staff Ana de Lima | person | name'],
      titles: ['Chief of Staff'],
    },
    {
      name: 'a later surname alone is the same person',
      input: '"We are close to a deal," Chief of Staff Denis Marrow said. Marrow said the talks would resume on Monday.',
      output: [
        'We are close to a deal, | said | Denis Marrow | Chief of Staff Denis Marrow | person | name',
        'the talks would resume on Monday | said | Denis Marrow | Marrow | person | name',
      ],
      titles: ['Chief of Staff'],
    },
  ])('$name', ({ input, output, titles }) => {
    expect(rows(input)).toEqual(output);
    expect(firstTitles(input)).toEqual(titles);
  });

  test.each([
    {
      name: 'a surname alone after the field is the name (unchanged)',
      input: 'Secretary of State Marrow said the talks would resume on Monday.',
      output: ['the talks would resume on Monday | said | Marrow | Secretary of State Marrow | person | name'],
    },
    {
      name: 'a known first name already starts the name (unchanged)',
      input: 'Secretary of State John Marrow said the talks would resume on Monday.',
      output: ['the talks would resume on Monday | said | John Marrow | Secretary of State John Marrow | person | name'],
    },
    {
      name: 'an organisation\'s "of" name is no title',
      input: 'The Department of Homeland Security said the border was secure.',
      output: ['the border was secure | said | Department of Homeland Security | The Department of Homeland Security | organization | name'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a surname alone after an abbreviated title inside the run', () => {
  test.each([
    {
      name: 'a state before "Gov."',
      input: 'Kansas Gov. Brandt said the budget would balance.',
      output: ['the budget would balance | said | Brandt | Kansas Gov. Brandt | person | name'],
      titles: ['Kansas Gov.'],
    },
    {
      name: 'after the cue',
      input: '"The budget will balance," said Texas Sen. Marrow.',
      output: ['The budget will balance, | said | Marrow | Texas Sen. Marrow | person | name'],
      titles: ['Texas Sen.'],
    },
    {
      name: 'two abbreviated titles',
      input: 'Army Lt. Gen. Okafor said the base would close.',
      output: ['the base would close | said | Okafor | Army Lt. Gen. Okafor | person | name'],
      titles: ['Army Lt.', 'Gen.'],
    },
  ])('$name', ({ input, output, titles }) => {
    expect(rows(input)).toEqual(output);
    expect(firstTitles(input)).toEqual(titles);
  });

  test('the surname alone joins the full name said before', () => {
    const input = 'Ohio Gov. Tom Brandt opened the session. Later, Ohio Gov. Brandt said the budget would balance.';
    expect(rows(input)).toEqual(['the budget would balance | said | Tom Brandt | Ohio Gov. Brandt | person | name']);
  });

  test.each([
    {
      name: 'a given name and a surname after the title (unchanged)',
      input: 'Ohio Gov. Tom Brandt said the budget would balance.',
      output: ['the budget would balance | said | Tom Brandt | Ohio Gov. Tom Brandt | person | name'],
    },
    {
      name: 'no name after the titles: a description, no name taken from it',
      input: 'The Iowa Lt. Gov. said the budget would balance.',
      output: ['the budget would balance | said | The Iowa Lt. Gov. | The Iowa Lt. Gov. | unknown | description'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

/** The name and titles of every speaker entity that speaks a quote, as `name [titles]`. */
function speakerTitles(input: string): string[] {
  const r = extract(input);
  return r.speakers.filter((s) => s.quotes.length > 0).map((s) => `${s.name} [${s.titles.join(' / ')}]`);
}

describe('words before a name joined to it by a preposition or conjunction are no titles', () => {
  test.each([
    {
      name: 'a study "by" a person: no title',
      input: 'According to an analysis by Professor Ann Reyes, the tax cut would cost more than planned.',
      output: ['Ann Reyes [Professor]'],
    },
    {
      name: 'a document "by" a body: no title',
      input: 'According to a recent survey by the Dover Institute, most voters favor the plan.',
      output: ['Dover Institute []'],
    },
    {
      name: '"and" right before the name (past a determiner): the first conjunct is no title',
      input: 'According to Acme and the Harbor Board, the pier would reopen in May.',
      output: ['Harbor Board []'],
    },
    {
      name: 'a count "by" two bodies: neither the count nor the first body is a title',
      input: 'According to a count by Acme and the Harbor Board, the pier would reopen in May.',
      output: ['Harbor Board []'],
    },
  ])('$name', ({ input, output }) => {
    expect(speakerTitles(input)).toEqual(output);
  });

  test.each([
    {
      name: '"of" inside a title stays',
      input: 'Supervisor of Elections Ann Reyes said the count was complete.',
      output: ['Ann Reyes [Supervisor of Elections]'],
    },
    {
      name: '"and" between two titles stays',
      input: 'Author and former Mayor Tom Hale said the pier would reopen in May.',
      output: ['Tom Hale [Author and former Mayor]'],
    },
    {
      name: '"for" after a title stays',
      input: 'Vice President for Policy Ann Reyes said the plan would pass.',
      output: ['Ann Reyes [Vice President for Policy]'],
    },
  ])('$name', ({ input, output }) => {
    expect(speakerTitles(input)).toEqual(output);
  });
});
