/**
 * Attribution beyond speech (issue 15), helper optin23: evidence and nominal
 * forms. A finding credited through an opt-in verb nearer its clause than a
 * participle inside the subject ("New figures published on Wednesday show
 * that ...") takes that verb as its cue, with no length bar since a default
 * cue already reports the clause. The that-clause of an opt-in noun that opens
 * its sentence ("His belief that ...") ends before the sentence's own verb
 * after an adverb or after a noun. Default output never changes. Sentences
 * and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('an evidence verb nearer its clause than a participle in the subject (optin23)', () => {
  test('"figures published on Wednesday show that ..."', () => {
    expect(rows('New figures published on Wednesday show that rents rose.')).toEqual([['rents rose', 'New figures published on Wednesday', 'show', 'evidence']]);
    expect(rows('New figures published on Tuesday show that ferry fares rose by a third last year.')).toEqual([
      ['ferry fares rose by a third last year', 'New figures published on Tuesday', 'show', 'evidence'],
    ]);
  });
  test('a verb of saying whose clause holds the finding keeps it', () => {
    expect(rows('Aides say those audits show that the problem is not limited to the harbor office.')).toEqual([
      ['the problem is not limited to the harbor office', 'Aides', 'say', 'speech'],
    ]);
  });
  test('default options keep the participle', () => {
    expect(rows('New figures published on Wednesday show that rents rose.', {})).toEqual([['rents rose', 'New figures', 'published', 'writing']]);
  });
});

describe('the clause of an opt-in noun that opens its sentence (optin23)', () => {
  test('ends before an adverb and the sentence verb', () => {
    expect(rows('His belief that the deal was fair never wavered.')).toEqual([['the deal was fair', 'His', 'belief', 'thought']]);
    expect(rows('Her hope that the talks would resume quickly faded.')).toEqual([['the talks would resume', 'Her', 'hope', 'thought']]);
  });
  test('ends before a past verb after a noun, with an object', () => {
    expect(rows('The finding that rents rose by six percent surprised nobody.')).toEqual([['rents rose by six percent', null, 'finding', 'evidence']]);
  });
  test('an adverb inside the clause verb group stays', () => {
    expect(rows('His belief that the mayor would never leave the party was wrong.')).toEqual([['the mayor would never leave the party', 'His', 'belief', 'thought']]);
  });
  test('default options report none of them', () => {
    expect(rows('His belief that the deal was fair never wavered.', {})).toEqual([]);
  });
});

describe('nothing without a clause (optin23)', () => {
  test('negatives', () => {
    expect(rows('The show that opened on Wednesday was a hit.')).toEqual([]);
    expect(rows('His belief in the harbor plan never wavered.')).toEqual([]);
  });
});
