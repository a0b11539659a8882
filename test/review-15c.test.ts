/**
 * Fixes from review 15c: a gerund of saying after "began" or "kept" that the
 * tagger reads as an adjective; a time phrase joined by "and" to a subject; a
 * list of names before a pair joined by "and"; "records show" set off by
 * commas, an evidence cue when that category is on. Invented sentences and names; each row gives
 * the quote text, the cue, the speaker mention and the speaker name of every
 * quote, in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | mention | name`. */
function rows(input: string): string[] {
  return extract(input).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
}

// [what, invented input, expected rows]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // "telling" after "began" or "kept" is the verb, and the verb group is the cue ("began" alone is none)
  ['"began telling" a listener that', 'The senator began telling reporters that the bill would fail.',
    ['the bill would fail | began telling | The senator | The senator']],
  ['"kept telling" a listener that', 'The senator kept telling reporters that the bill would fail.',
    ['the bill would fail | kept telling | The senator | The senator']],
  ['"began saying that" stays as it was', 'The senator began saying that the bill would fail.',
    ['the bill would fail | began saying | The senator | The senator']],
  ['"began" opening a direct quote stays a cue', '"Well," the senator began. "The bill will fail."',
    ['Well, The bill will fail. | began | the senator | the senator']],
  // a time phrase after a preposition is no conjunct of the subject
  ['a day before "and" and the subject', 'The river began rising on Monday and officials said the bridge would close.',
    ['the bridge would close | said | officials | officials']],
  ['a month before "and" and the subject', 'The river rose in May and officials said the bridge would close.',
    ['the bridge would close | said | officials | officials']],
  ['"Monday night" before "and" and the subject', 'The river rose on Monday night and officials said the bridge would close.',
    ['the bridge would close | said | officials | officials']],
  ['a coordinated object of a tail preposition stays', 'Writers on Peru and coastal fishing said the bridge would close.',
    ['the bridge would close | said | Writers on Peru and coastal fishing | Writers on Peru and coastal fishing']],
  // a list of names before a pair joined by "and" speaks together, as the pair does
  ['a titled list of three names', 'Sens. Ann Lee, Tom Reyes and Mia Ortiz said the bill would fail.',
    ['the bill would fail | said | Sens. Ann Lee, Tom Reyes and Mia Ortiz | Ann Lee, Tom Reyes and Mia Ortiz']],
  ['a titled pair as before', 'Sens. Ann Lee and Tom Reyes said the bill would fail.',
    ['the bill would fail | said | Sens. Ann Lee and Tom Reyes | Ann Lee and Tom Reyes']],
  ['a list after a conjunction', 'But Ann Lee, Tom Reyes and Mia Ortiz said the bill would fail.',
    ['the bill would fail | said | Ann Lee, Tom Reyes and Mia Ortiz | Ann Lee, Tom Reyes and Mia Ortiz']],
  ['a place set off before the pair is no list member', 'In Dover, Tom Reyes and Mia Ortiz said the bill would fail.',
    ['the bill would fail | said | Tom Reyes and Mia Ortiz | Tom Reyes and Mia Ortiz']],
];

/** Every category on: evidence ("records show") is opt-in. */
const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

/** Each quote as `text | cue | category | mention | name`, with every category on. */
function everyRows(input: string): string[] {
  return extract(input, { categories: [...EVERY.categories] }).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.cue?.category ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
}

// [what, invented input, expected rows with every category on, expected rows by default]
const EVERY_TABLE: readonly (readonly [string, string, readonly string[], readonly string[]])[] = [
  // "records show" set off by commas inside a clause is an evidence cue, as "officials said" is a speech cue
  ['"records show" set off by commas', 'Over the summer, county records show, the ferry ran empty twice a week.',
    ['Over the summer the ferry ran empty twice a week | show | evidence | county records | county records'], []],
  ['"officials said" set off by commas', 'Over the summer, officials said, the ferry ran empty twice a week.',
    ['Over the summer the ferry ran empty twice a week | said | speech | officials | officials'],
    ['Over the summer the ferry ran empty twice a week | said | officials | officials']],
  // not after "and" (inside a second verb phrase) or before it (between two clauses)
  ['"and, records show," inside a verb phrase', 'The ferry ran full in June and, county records show, ran empty in July.', [], []],
  ['"records show, and" between two clauses', 'The ferry ran full in June, county records show, and the mayor said it would run again.',
    ['it would run again | said | speech | the mayor | the mayor'], ['it would run again | said | the mayor | the mayor']],
];

describe('review 15c fixes', () => {
  test.each(TABLE)('%s', (_what, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });
  test.each(EVERY_TABLE)('%s (every category, then default)', (_what, input, every, fallback) => {
    expect(everyRows(input)).toEqual(every);
    expect(rows(input)).toEqual(fallback);
  });
});
