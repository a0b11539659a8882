/**
 * Opt-in categories (issue 15): a poll finding whose subject is a count of
 * people that the count-subject rule used to miss. The count phrase may hold a
 * participle clause ("A majority of voters looking for a new mayor"), "half
 * the" before its noun, "most in" a place, a time phrase before the count
 * ("Last year only 32 percent of ..."), or be a bare "Most" opening the
 * sentence; a listed verb's past form read as an adjective ("preferred") is the
 * cue. Things, places and thanks counted are no source. Default output never
 * changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('a count of people newly found as the source of a finding', () => {
  test.each([
    ['a participle clause in the count', 'A majority of voters looking for a new mayor supported Reyes.', 'Reyes', 'A majority of voters looking for a new mayor', 'supported', 'stance'],
    [
      'questioned ... conducted',
      'Under half of the farmers questioned in a harbor survey conducted Friday support Mayor Tilda Reyes.',
      'Mayor Tilda Reyes',
      'Under half of the farmers questioned in a harbor survey conducted Friday',
      'support',
      'stance',
    ],
    ['half the', 'More than half the farmers surveyed support the levy.', 'the levy', 'More than half the farmers surveyed', 'support', 'stance'],
    ['most in a place', 'Most in both valley towns supported Okafor.', 'Okafor', 'Most in both valley towns', 'supported', 'stance'],
    ['a bare Most at the start', 'Most oppose closing the pier.', 'closing the pier', 'Most', 'oppose', 'stance'],
    ['a time phrase before the count', 'Last year only 32 percent of Brevanians opposed the ferry toll.', 'the ferry toll', 'only 32 percent of Brevanians', 'opposed', 'stance'],
    ['most with a noun of people', 'Most farmers support keeping the night ferry.', 'keeping the night ferry', 'Most farmers', 'support', 'stance'],
    ['a past form read as an adjective', 'More than half of older women preferred Okafor.', 'Okafor', 'More than half of older women', 'preferred', 'thought'],
    ['after a dash only the count', 'Among men the race is closer - 57 percent see Okafor favorably.', 'Okafor favorably', '57 percent', 'see', 'thought'],
  ])('%s', (_label, text, content, speaker, cue, category) => {
    expect(rows(text)).toEqual([[content, speaker, cue, category, 'reported/count-subject']]);
  });
});

describe('counts that are no source', () => {
  test.each([
    ['a count of a thing', 'Most of the pier was closed.'],
    ['a town', 'Half the town flooded.'],
    ['thanks', 'Many thanks to the ferry crew.'],
    ['most with a thing', 'Most referenda favor incumbents.'],
    ['a most-favored status', 'Most favored nation status was granted to Brevania.'],
    ['the most', 'She is the one the most want to see.'],
    ['a share of support as a noun', 'His 32 percent support gives him a lead over Okafor.'],
    ['a share of a thing', 'The board holds about 40 percent of the planned harbor budget.'],
    // a passive's subject is not the one who expects or thinks
    ['a passive after "and most"', 'About 30 riders were hurt, and most were expected to go home by Friday.'],
    ['a passive after a bare Most', 'Most were thought to be safe from the flood.'],
    ['a passive after a count of people', 'Half the growers were expected to sell the harvest early.'],
  ])('%s', (_label, text) => {
    expect(rows(text).filter((r) => r[4] === 'reported/count-subject')).toEqual([]);
  });
});

describe('default options report none of them', () => {
  test.each([
    'A majority of voters looking for a new mayor supported Reyes.',
    'Most oppose closing the pier.',
    'More than half of older women preferred Okafor.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
