/**
 * Attribution beyond speech, tenth round (issue 15): a verb that only takes
 * a side (oppose, applaud) keeps a noun-phrase object of two or three words
 * as a stance ("The union opposed the levy."), where other stances need four
 * words and "support" six. A count of people as the subject stays rule
 * `reported/count-subject`'s, and the other short stances keep their bar.
 * Default output never changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('a side-taking stance with a short object', () => {
  test.each([
    ['two words', 'The union opposed the levy.', 'the levy', 'The union', 'opposed'],
    ['an adverb in the cue', 'Harbor pilots have long opposed the toll.', 'the toll', 'Harbor pilots', 'have long opposed'],
    ['applaud', 'The ferry guild applauded the ruling.', 'the ruling', 'The ferry guild', 'applauded'],
    ['a gerund object', 'Councilor Edda Sorn opposes dredging Kettle Bay.', 'dredging Kettle Bay', 'Edda Sorn', 'opposes'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance', 'reported/cue-object']]);
  });
});

describe('a count of people keeps its own rule', () => {
  test.each([
    ['a percentage', 'Fully 60 percent of the pilots opposed the toll.', 'Fully 60 percent of the pilots'],
    ['a majority', 'A majority of the pilots opposed the toll.', 'A majority of the pilots'],
  ])('%s', (_label, text, speaker) => {
    expect(rows(text)).toEqual([['the toll', speaker, 'opposed', 'stance', 'reported/count-subject']]);
  });
});

describe('other short stances stay out', () => {
  test.each([
    ['a verb that also helps', 'The guild supported the levy.'],
    ['defending a title', 'The champion defended her crown in Rome.'],
    ['a one-word object', 'The guild opposed it.'],
    ['a relative-pronoun subject', 'Pilots who opposed the levy met.'],
  ])('%s', (_label, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('default output unchanged', () => {
  test.each(['The union opposed the levy.', 'The ferry guild applauded the ruling.'])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
