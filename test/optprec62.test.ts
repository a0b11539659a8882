/**
 * Opt-in content ends inside a list of nouns (issue 15, stop 62): a thought,
 * finding or stance whose content stopped at the first comma of a list of
 * short noun phrases that closes its sentence takes the whole list ("the new
 * fees on ferries, buses and trams"), also when the tagger read a plural noun
 * of the list as a verb ("phone calls"). A list that holds an article, a time
 * word or a verb, or that does not close the sentence, is not taken. Default
 * output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('a list of nouns closing the sentence stays in the content', () => {
  test.each([
    ['a stance object', 'The union opposed the new fees on ferries, buses and trams.', 'the new fees on ferries, buses and trams', 'The union', 'opposed', 'stance', 'reported/cue-object'],
    ['a serial comma', 'The union opposed the new fees on ferries, buses, and trams.', 'the new fees on ferries, buses, and trams', 'The union', 'opposed', 'stance', 'reported/cue-object'],
    [
      'a plural noun tagged as a verb',
      'A harbor group also plans to target Alder voters via mail, phone calls and radio ads.',
      'to target Alder voters via mail, phone calls and radio ads',
      'A harbor group',
      'also plans',
      'thought',
      'reported/cue-infinitive-short',
    ],
  ])('%s', (_label, text, content, speaker, cue, category, rule) => {
    expect(rows(text)).toEqual([[content, speaker, cue, category, rule]]);
  });
});

describe('other tails after the comma stay out', () => {
  test.each([
    ['a time adjunct after the list', 'The union opposed the new fees on ferries, buses and trams last year.', 'the new fees on ferries'],
    ['items with articles', 'The guild opposes the toll, the new fees and the parking rules.', 'the toll'],
    ['a clause of its own', 'Dock workers blamed the port for delays, and the council agreed.', 'the port for delays'],
  ])('%s', (_label, text, content) => {
    expect(rows(text).map((r) => r[0])).toEqual([content]);
  });
});

describe('default output unchanged', () => {
  test.each([
    'The union opposed the new fees on ferries, buses and trams.',
    'A harbor group also plans to target Alder voters via mail, phone calls and radio ads.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
