/**
 * Code review of stop 64 (read82), refactors with the output kept: the
 * closing dash and the content-first rules share one walk over the listener
 * and adjuncts after the verb (attribution-tail.ts). These cases pin the
 * walk from both callers; a relative "who" after a place that a dash
 * (any of data/marks.ts DASHES, U+2015 too) sets off from a person's
 * appositive stays the place's. Sentences and names are invented.
 */
import { describe } from 'vitest';
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

describe('the listener and adjuncts after a trailing attribution (attribution-tail.ts)', () => {
  const fixes: NamedCase[] = [
    ['a dash, a verb of telling, its listener and a time phrase', 'The plant will close in June — the company told reporters on Friday.', [
      named(['The plant will close in June'], 'the company', 'the company', 'told', 'reported/content-speaker-cue'),
    ]],
    ['a dash, a time word, then a place phrase', 'The bridge will reopen in May — the county said yesterday outside the depot.', [
      named(['The bridge will reopen in May'], 'the county', 'the county', 'said', 'reported/content-speaker-cue'),
    ]],
    ['a comma, a listener, a place phrase and a time phrase', 'The bridge will reopen in May, the county engineer told reporters outside the depot on Monday.', [
      named(['The bridge will reopen in May'], 'the county engineer', 'the county engineer', 'told', 'reported/content-speaker-cue'),
    ]],
    ['an aside with a listener and a time phrase, the clause going on after it', 'The bridge, the county engineer told reporters on Monday, will reopen in May.', [
      named(['The bridge', 'will reopen in May'], 'the county engineer', 'the county engineer', 'told', 'reported/content-speaker-cue'),
    ]],
  ];
  const nothing: [string, string][] = [
    ['a dash, then an object after the listener', 'The plant will close in June — the company told reporters the news on Friday.'],
  ];
  describeNamedTables('content first, then the attribution', { fixes, nothing });
});

describe('a dash between a person\'s appositive and the place before "who" (who-antecedent.ts)', () => {
  const fixes: NamedCase[] = [
    ['no dash: "who" is the person the place ends the appositive of', 'The complaint came from Ann Lee, a nurse at Dover General Hospital, who said the ward was cold.', [
      named(['the ward was cold'], 'who', 'Ann Lee', 'said', 'reported/cue-clause'),
    ]],
    ['an em dash: the place is no part of the appositive', 'The complaint came from Ann Lee, a nurse — at Dover General Hospital, who said the ward was cold.', [
      named(['the ward was cold'], 'who', 'Dover General Hospital', 'said', 'reported/cue-clause'),
    ]],
    ['a horizontal bar (U+2015) reads as the em dash does', 'The complaint came from Ann Lee, a nurse \u2015 at Dover General Hospital, who said the ward was cold.', [
      named(['the ward was cold'], 'who', 'Dover General Hospital', 'said', 'reported/cue-clause'),
    ]],
  ];
  describeNamedTables('the antecedent of "who"', { fixes });
});
