/**
 * Attribution beyond speech (issue 15), helper optend53: an opt-in cue inside
 * the subject of its sentence (a participle, a relative clause, a noun with
 * its infinitive) reports a content that ends before the sentence's own verb
 * (rule module `reported/opt-in-subject-phrase.ts`, applied as the reported
 * candidates are found, so that a report of that verb keeps its clause).
 * Measured on PolNeAR train, every category on: exact content 7 fixed, 0
 * broken; lenient 3 fixed, 1 broken; dev unchanged. Default output never
 * changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, rule, kind]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule, q.kind]);
}

describe('an opt-in content in the subject ends before the sentence verb (optend53)', () => {
  test.each([
    ['a participle set off by commas, an adverb before the verb', 'Dock workers, fearing the early frost, quickly moved the boats inland.', [['the early frost', 'Dock workers', 'fearing', 'reported/cue-clause', 'indirect']]],
    ['a participle with an object and its infinitive', 'Anyone expecting the mayor to resign should read the report.', [['the mayor to resign', 'Anyone', 'expecting', 'reported/cue-clause', 'indirect']]],
    ['a relative clause set off by commas', 'The councillors, who see Ms. Varga as the natural heir to the seat, have been quiet.', [['Ms. Varga as the natural heir to the seat', 'The councillors', 'see', 'reported/cue-as', 'indirect']]],
    ['a relative clause without its pronoun', 'The budget she hopes to pass differs from the one the council wrote.', [['to pass', 'she', 'hopes', 'reported/cue-infinitive', 'indirect']]],
  ])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('the report of the sentence verb keeps its words', () => {
    expect(rows('Tenants opposing the rent rise have asked the council for a vote.')).toEqual([
      ['the rent rise', 'Tenants', 'opposing', 'reported/cue-object', 'indirect'],
      ['a vote', 'Tenants opposing the rent rise', 'have asked', 'reported/asked-for', 'indirect'],
    ]);
  });
});

describe('what the subject-phrase cut leaves alone (optend53)', () => {
  test('a cue that is the sentence verb', () => {
    expect(rows('Harbor investors back the new ferry line and the pier plan.')).toEqual([
      ['the new ferry line and the pier plan', 'Harbor investors', 'back', 'reported/cue-object', 'indirect'],
    ]);
  });
  test('a content that is a clause of its own', () => {
    expect(rows('The view that prices had to fall was widely shared.')).toEqual([
      ['prices had to fall was widely shared', null, 'view', 'reported/noun-cue', 'indirect'],
    ]);
  });
  test('a quotation later in the sentence (it would join the cut content as a part)', () => {
    expect(rows('Tenants opposing the rent rise can read "The Harbor Files" online.')).toEqual([
      ['the rent rise can read "The Harbor Files" online', 'Tenants', 'opposing', 'reported/cue-object', 'mixed'],
    ]);
  });
  test('default output reports no opt-in quote', () => {
    expect(rows('Dock workers, fearing the early frost, quickly moved the boats inland.', {})).toEqual([]);
    expect(rows('Tenants opposing the rent rise have asked the council for a vote.', {})).toEqual([
      ['a vote', 'Tenants opposing the rent rise', 'have asked', 'reported/asked-for', 'indirect'],
    ]);
  });
});
