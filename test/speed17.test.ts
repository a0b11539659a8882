/**
 * Speed round 17 (issue 12): rule `reported/verb-as-quoted` reads only the
 * sentences in which a quotation opens; a pronoun's look-back tests whether a
 * name is a person's before the tests of the word's use; a mention tests the
 * organisation-noun list before the capital letter. What they find must come
 * out as before. Invented sentences and names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text <- speaker name | cue | kind`. */
function quotes(text: string): string[] {
  return extract(text).quotes.map((q) => `${q.text} <- ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.kind}`);
}

describe('reported/verb-as-quoted reads the sentences in which a quotation opens', () => {
  test('a sentence without quotation marks before one with them', () => {
    const text = 'Councillor Pell Varrow painted the ferry plan as a costly mistake. Mayor Ines Marr painted her rival as "a man with no plan" at the rally.';
    expect(quotes(text).filter((q) => q.includes('| painted |'))).toEqual(['her rival as "a man with no plan" <- Ines Marr | painted | mixed']);
  });

  test('a quotation in the next sentence does not reach back', () => {
    const text = 'Pell Varrow painted the ferry plan as a costly mistake.\n\n"We will not pay for it," the councillor added.';
    expect(quotes(text).filter((q) => q.includes('| painted |'))).toEqual([]);
  });

  test('a quotation that opens before the verb in its sentence is no object of it', () => {
    const text = 'A "clean start," Pell Varrow called it, and he painted the ferry plan as a costly mistake.';
    expect(quotes(text).filter((q) => q.includes('| painted |'))).toEqual([]);
  });

  test('a sentence in the middle of a paragraph, after sentences without marks', () => {
    const text = 'The ferry runs twice a day. Fares rose in March. Tovan Brell chided the board for its "lazy and late" budget. The board met again.';
    expect(quotes(text).filter((q) => q.includes('| chided |'))).toEqual(['the board for its "lazy and late" budget <- Tovan Brell | chided | mixed']);
  });
});

describe('a pronoun still finds the person it stands for', () => {
  test('a person named before a place and a common word', () => {
    const r = extract('Tovan Brell toured the dock in Harwick on Monday. Growth there has stalled. He said the port needs a new crane.');
    expect(r.quotes.map((q) => `${q.text} <- ${q.speaker?.name ?? '-'}`)).toEqual(['the port needs a new crane <- Tovan Brell']);
  });

  test('an organisation named with its noun keeps its name', () => {
    const r = extract('The Harwick Port Authority said the crane would arrive in May.');
    expect(r.quotes.map((q) => `${q.text} <- ${q.speaker?.name ?? '-'}`)).toEqual(['the crane would arrive in May <- Harwick Port Authority']);
  });
});
