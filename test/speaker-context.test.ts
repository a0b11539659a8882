/**
 * Quotes whose speaker is not in a cue clause: colon lead-ins ("X did Y:
 * "..."), names after the quote with a verb the lexicon lacks, context carry
 * and where it must not fire. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `text | speaker name <- mention [via] | rule`. */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => {
    const s = q.speaker ? `${q.speaker.name} <- ${q.speaker.mention?.text ?? '(context)'} [${q.speaker.via}]` : '-';
    return `${q.text} | ${s} | ${q.rule}`;
  });
}

describe('a clause ending in a colon before the quote', () => {
  test.each([
    {
      name: 'a named subject and a verb the lexicon lacks',
      input: 'Mayor Dan Kirk delivered a blunt message to the council: "It is time to stop the fighting."',
      output: ['It is time to stop the fighting. | Dan Kirk <- Mayor Dan Kirk [name] | direct/clause-colon'],
    },
    {
      name: 'a document speaks',
      input: 'The audit makes that clear: "These figures do not apply to the harbor fund."',
      output: ['These figures do not apply to the harbor fund. | The audit <- The audit [description] | direct/clause-colon'],
    },
    {
      name: 'a pronoun resolves to the person named before',
      input: 'Lena Ortiz sighed. She went on: "It is like a house whose roof is leaking."',
      output: ['It is like a house whose roof is leaking. | Lena Ortiz <- She [pronoun] | direct/clause-colon'],
    },
    {
      name: 'the subject of the main clause, not of the clause before the comma',
      input: 'When Pell retired in 2001, Governor Rita Vance released the following statement: "We owe him a great deal of thanks."',
      output: ['We owe him a great deal of thanks. | Rita Vance <- Governor Rita Vance [name] | direct/clause-colon'],
    },
    {
      name: 'the colon ends the paragraph before',
      input: 'Councilwoman Ada Brill then turned to the budget:\n\n"We cannot keep paying for roads we never use."',
      output: ['We cannot keep paying for roads we never use. | Ada Brill <- Councilwoman Ada Brill [name] | direct/clause-colon'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });

  test.each([
    { name: '"it" never speaks', input: 'Wait, it gets better: "By law, the city sets the limit every single year."' },
    { name: 'a description of a state speaks nothing', input: 'In Harlow, the mood at the plant was grim: "We have lost everything we built here."' },
    { name: 'a time phrase is no subject', input: 'Each election cycle, there is a threat many people make: "If he wins, I am moving to the coast!"' },
  ])('no speaker: $name', ({ input }) => {
    const r = extract(input);
    expect(r.quotes.map((q) => q.speaker)).toEqual(r.quotes.map(() => null));
  });
});

describe('a name after the quote with a verb the lexicon lacks', () => {
  test.each([
    {
      name: 'name, then verb',
      input: '"They are all here because he is promising them free stuff," Tom Bennick grinned with a laugh.',
      output: ['They are all here because he is promising them free stuff, | Tom Bennick <- Tom Bennick [name] | direct/trailing-name'],
    },
    {
      name: 'verb, then name, after a question',
      input: '"Which bridge does she mean, and when?" stammered Harlan Petrie.',
      output: ['Which bridge does she mean, and when? | Harlan Petrie <- Harlan Petrie [name] | direct/trailing-name'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });

  test('a pronoun and a verb after a comma', () => {
    const r = extract('Tom Vance spoke for an hour. "I believe the ferry should run again, and it should run every day," he went on.');
    expect(rows(r)).toEqual(['I believe the ferry should run again, and it should run every day, | Tom Vance <- he [pronoun] | direct/trailing-name']);
  });

  test('a verb of speech left out by the categories is not read as a verb', () => {
    const r = extract('"We will win this county," Smith said.', { categories: ['writing'] });
    expect(r.quotes.map((q) => `${q.rule} | ${q.speaker?.name ?? '-'}`)).toEqual(['direct/unattributed | -']);
  });

  test('after a question a name and a verb open the next sentence', () => {
    const r = extract('Ms. Pardo asked whether the plan was over. "My God, what have we done to the valley?" Others saw the same fear in her eyes.');
    const q = r.quotes.find((x) => x.text.startsWith('My God'));
    expect(q?.speaker ?? null).toBeNull();
  });

  test('after a full stop a name and a verb open the next sentence', () => {
    const r = extract('"The river has risen two feet since Monday and the levee will not hold." Mara Jensen left the meeting early.');
    expect(r.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('context carry', () => {
  test('a quote whose own sentence goes on after it takes no speaker from context', () => {
    const r = extract('"Look at all these people here," Sandra Pell said with a smirk.\n\n"They are all here because he is giving them all this free stuff," Bennick grinned at the gate.');
    expect(rows(r)).toEqual([
      'Look at all these people here, | Sandra Pell <- Sandra Pell [name] | direct/trailing-speaker-cue',
      'They are all here because he is giving them all this free stuff, | Bennick <- Bennick [name] | direct/trailing-name',
    ]);
  });

  test('a dash signature after the quote blocks the carry', () => {
    const r = extract('"We will win this county," Ann Vole said.\n\n"Companies in this state pay zero taxes and nobody cares." - Perrin.');
    expect(rows(r)).toEqual([
      'We will win this county, | Ann Vole <- Ann Vole [name] | direct/trailing-speaker-cue',
      'Companies in this state pay zero taxes and nobody cares. | Perrin <- Perrin [name] | direct/dash-signature',
    ]);
  });

  test('a quoted paragraph after an attributed one still takes its speaker', () => {
    const r = extract('"We will win this county," Ann Vole said. She then left the hall.\n\n"Nobody here is giving up on the mill or the school."');
    expect(rows(r)).toEqual([
      'We will win this county, | Ann Vole <- Ann Vole [name] | direct/trailing-speaker-cue',
      'Nobody here is giving up on the mill or the school. | Ann Vole <- (context) [context] | direct/context',
    ]);
  });

  test('"X said, adding:" attributes the quote before it', () => {
    const r = extract('"That will help every race down the ballot," Omar Reddi said, adding: "It is only fair."');
    expect(rows(r)).toEqual([
      'That will help every race down the ballot, | Omar Reddi <- Omar Reddi [name] | direct/trailing-speaker-cue',
      'It is only fair. | Omar Reddi <- Omar Reddi [name] | direct/leading-speaker-cue',
    ]);
  });
});

describe('pronouns and objects', () => {
  test('a party-state code is no antecedent', () => {
    const r = extract('"We are ready," Del. Carl Price (D-Norfolk) told the crowd.\n\n"I never minded a hard look at my record," he said.');
    expect(rows(r)).toEqual([
      'We are ready, | Carl Price <- Del. Carl Price (D-Norfolk) [name] | direct/trailing-speaker-cue',
      'I never minded a hard look at my record, | Carl Price <- he [pronoun] | direct/trailing-speaker-cue',
    ]);
  });

  test('a name glued by a hyphen to a word before it is no antecedent', () => {
    const r = extract('Tom Vance said he could not remember whether the Reyes cousins had rented rooms at Casa-del-Monte near Palm Grove. "If they rented there, the cousins simply like quiet lakes," he added.');
    expect(r.quotes[1]?.speaker?.name).toBe('Tom Vance');
  });

  test('"Mr." before a surname keeps a pronoun off a woman with that surname', () => {
    const r = extract('Mary Holt left in 1990. Mr. Holt, however, said he was "the perfect messenger for this town," and he reiterated his claim that the mayor had bullied the board.');
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Holt', 'Holt']);
  });

  test("a place in a description must be the person's place", () => {
    const nevada = extract('Gov. John Reyes of Ohio spoke first. Later, Nevada\'s governor cautioned against a rush, saying the state needed time.');
    expect(nevada.quotes.map((q) => q.speaker?.name)).toEqual(["Nevada's governor", "Nevada's governor"]);
    const ohio = extract('Gov. John Reyes of Ohio spoke first. Later, Ohio\'s governor cautioned against a rush, saying the state needed time.');
    expect(ohio.quotes.map((q) => q.speaker?.name)).toEqual(['John Reyes', 'John Reyes']);
  });

  test('a description right after a verb is its object, not the speaker', () => {
    const r = extract('Senator Ola Brandt made the following comment: "Young people here are out of work."');
    expect(rows(r)).toEqual(['Young people here are out of work. | Ola Brandt <- Senator Ola Brandt [name] | direct/clause-colon']);
  });
});

describe('"citing X": the one who cites speaks', () => {
  test.each([
    {
      name: 'after the clause',
      input: 'In 1990, the Harbor Board blocked a Delmont company from leaving its plants, citing a threat to public health.',
      output: ['a threat to public health | Harbor Board <- the Harbor Board [name] | reported/speech-object'],
    },
    {
      name: 'before the clause',
      input: 'Citing an old rumour, Ray Tolliver repeatedly accused Ada Brill of lying to the board.',
      output: ['Ray Tolliver repeatedly accused Ada Brill of lying to the board | Ray Tolliver <- Ray Tolliver [name] | reported/according-to-lead'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });

  test('citing after a cue earlier in the sentence leaves its quote whole and reports what is cited, same speaker', () => {
    const r = extract('The county "has made great changes for the better," Marta Oyelaran said in June, citing the new clinics.');
    expect(r.quotes.map((q) => `${q.speaker?.name} | ${q.cue?.span.text}`)).toEqual(['Marta Oyelaran | said', 'Marta Oyelaran | citing']);
  });
});

describe('a cue before the quote', () => {
  test.each([
    {
      name: 'a participle after a comma shares the clause subject, not the noun before the comma',
      input: 'Tenant organisers interrupted the hearing at the Calder County Courthouse, shouting, "Fix the heat now!"',
      output: ['Fix the heat now! | Tenant organisers <- Tenant organisers [description] | direct/leading-speaker-cue'],
    },
    {
      name: '"according to" names its source before the quote, never inside it',
      input: 'According to the newspaper, "Dealers in Harlow County sell rifles to almost any adult."',
      output: ['Dealers in Harlow County sell rifles to almost any adult. | the newspaper <- the newspaper [description] | direct/leading-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('a participle that goes on from an earlier attribution', () => {
  test('the speaker of the cue before it in the sentence', () => {
    const r = extract('"It is not new here," said Rep. Bobby Kemp at the time, adding that "we have been electing them for a long time."');
    expect(r.quotes.map((q) => `${q.speaker?.name} | ${q.cue?.span.text}`)).toEqual(['Bobby Kemp | said', 'Bobby Kemp | adding']);
  });

  test("the speaker of the quote right before it", () => {
    const r = extract('Asked about the flood, Mr. Tolle said of the levee, "I never trusted it," adding that "the repairs were done on the cheap."');
    const last = r.quotes[r.quotes.length - 1]!;
    expect(`${last.text} | ${last.speaker?.name} | ${last.cue?.span.text}`).toBe('that "the repairs were done on the cheap." | Tolle | adding');
  });

  test('a party-state code in parentheses does not end the search', () => {
    const r = extract('"The ferry has always run late," said Rep. Tom Arkle (D-Va.) on the dock, adding that "riders stopped waiting years ago."');
    expect(rows(r)).toEqual([
      'The ferry has always run late, | Tom Arkle <- Rep. Tom Arkle (D-Va.) [name] | direct/trailing-cue-speaker',
      'that "riders stopped waiting years ago." | Tom Arkle <- Rep. Tom Arkle (D-Va.) [name] | direct/leading-speaker-cue',
    ]);
  });

  test.each([
    {
      name: 'a quoted title inside the clause',
      input: 'Senator Ray Dolan criticized the deal on "Morning Hour," adding, "Nobody in this state wants it."',
      speaker: 'Ray Dolan <- Senator Ray Dolan [name]',
    },
    {
      name: 'a quoted object before a colon',
      input: 'In the letter, Mara Quint called the vote a "grave mistake," adding: "We will appeal the ruling next week."',
      speaker: 'Mara Quint <- Mara Quint [name]',
    },
    {
      name: 'a quoted phrase in reported speech',
      input: 'Paul Venner said the plan was "a total failure," adding, "It has to be scrapped now."',
      speaker: 'Paul Venner <- Paul Venner [name]',
    },
  ])('after a quotation inside the clause: $name', ({ input, speaker }) => {
    const last = rows(extract(input)).at(-1)!;
    expect(last.split(' | ').slice(1)).toEqual([speaker, 'direct/leading-speaker-cue']);
  });

  test('the subject of the sentence of the quotation, not a name in the sentence before', () => {
    const r = extract('Paul Venner spoke first. The crowd chanted "No more," shouting, "Go home now."');
    expect(rows(r).at(-1)).toBe('Go home now. | The crowd <- The crowd [description] | direct/leading-speaker-cue');
  });
});
