/**
 * Attribution beyond speech (issue 15, opt73): the comma inside a date, a
 * town's and state's name or a business's name ends no opt-in content. A
 * fronted "When X learned that ..." clause ends at the comma before the main
 * clause, not at the one in "Pella, Iowa"; the object of "cited" or
 * "questioned" keeps "Aug. 9, 2018" and "Brennick, Inc." whole. A judgement
 * "sees X as Y" takes an object of two joined nouns or with an adverb or a
 * participle after its noun. Default output never changes. Sentences and
 * names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker mention, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

const cases: [string, string, string, string, string, string, string][] = [
  ['fronted clause, town and state', 'When Nora Vance learned that the governor would hold a rally in Pella, Iowa, she drove there.',
    'the governor would hold a rally in Pella, Iowa', 'Nora Vance', 'learned', 'thought', 'reported/cue-that'],
  ['fronted clause, town and state before "where"', 'When Nora Vance learned that the governor would hold a rally in Pella, Iowa, where she teaches, she drove there.',
    'the governor would hold a rally in Pella, Iowa', 'Nora Vance', 'learned', 'thought', 'reported/cue-that'],
  ['fronted clause, a date', 'While the ferry board expects to vote on Jan. 5, 2026, the union wants a delay.',
    'to vote on Jan. 5, 2026', 'the ferry board', 'expects', 'thought', 'reported/cue-infinitive-short'],
  ['object of a speech-object verb, a business name', 'Harbor officials questioned the contract with Brennick, Inc., last week.',
    'the contract with Brennick, Inc.', 'Harbor officials', 'questioned', 'stance', 'reported/speech-object'],
  ['object of a stance verb, a business name', 'The dockworkers opposed the deal with Coldwater Freight, Ltd., in March.',
    'the deal with Coldwater Freight, Ltd.', 'The dockworkers', 'opposed', 'stance', 'reported/cue-object'],
  ['object of "cited", a date', 'Councilman Ray Oduya cited the flood of Aug. 9, 2018, as the reason for the new levee.',
    'the flood of Aug. 9, 2018', 'Councilman Ray Oduya', 'cited', 'evidence', 'reported/speech-object'],
];

describe('a comma inside a date or a name ends no opt-in content', () => {
  test.each(cases)('%s', (_label, text, content, speaker, cue, category, rule) => {
    expect(rows(text)).toEqual([[content, speaker, cue, category, rule]]);
  });

  test.each(cases)('%s: nothing with default options', (_label, text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});

describe('other commas still end the object', () => {
  test.each([
    ['a comma before a time phrase', 'Harbor officials questioned the contract with Brennick, last week.', 'the contract with Brennick', 'Harbor officials', 'questioned', 'stance', 'reported/speech-object'],
    ['an appositive after a name', 'The dockworkers opposed the deal with Brennick, a freight firm, in March.', 'the deal with Brennick', 'The dockworkers', 'opposed', 'stance', 'reported/cue-object'],
    ['a day with no year', 'Councilman Ray Oduya cited the flood of Aug. 9, two years ago, as the reason.', 'the flood of Aug. 9', 'Councilman Ray Oduya', 'cited', 'evidence', 'reported/speech-object'],
    // (a name and a country's possessive are no town and state: the object of "attack" stays the name)
    ['a name before a country', "However when Nora Vance tried to attack Reyes, Japan's leaders grew uneasy.", 'Reyes', 'Nora Vance', 'tried to attack', 'stance', 'reported/speech-object'],
  ])('%s', (_label, text, content, speaker, cue, category, rule) => {
    expect(rows(text)).toEqual([[content, speaker, cue, category, rule]]);
  });
});

describe('"sees X as Y" with a joined or modified object', () => {
  test.each([
    ['two nouns joined by "and"', 'Harbor pilots see safety and wages as their top concerns.', 'safety and wages as their top concerns', 'Harbor pilots'],
    ['adverbs after the noun', 'He sees the schedule farther ahead as increasingly favorable.', 'the schedule farther ahead as increasingly favorable', 'He'],
    ['a participle after the noun', 'Dock workers see the crowds waiting outside as a sign of trouble.', 'the crowds waiting outside as a sign of trouble', 'Dock workers'],
  ])('%s', (_label, text, content, speaker) => {
    expect(rows(text)).toEqual([[content, speaker, text.includes('sees') ? 'sees' : 'see', 'thought', 'reported/cue-as']]);
    expect(extract(text).quotes).toEqual([]);
  });

  test('an adverb before an adjective is no such object ("as" tells when)', () => {
    expect(rows('The town has seen a decidedly fiercer debate as more than a thousand visitors crossed the bridge.')).toEqual([]);
  });
});
