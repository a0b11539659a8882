/**
 * Attribution beyond speech (issue 15), helper optin31: "propose" takes a
 * side with an object that opens with "a", "an" or "the" ("The mayor proposed
 * a levy on ferry tickets."); a bare plural or a participle before a noun
 * ("proposed cuts", "proposed new rules") is none. Default output never
 * changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('"propose" with a, an or the opening its object (optin31)', () => {
  test.each([
    ['The mayor proposed a levy on ferry tickets.', 'a levy on ferry tickets', 'The mayor', 'proposed'],
    ['Tom Varga has proposed an audit of the harbor fund.', 'an audit of the harbor fund', 'Tom Varga', 'has proposed'],
    ['Ada Moss proposed the creation of a water board.', 'the creation of a water board', 'Ada Moss', 'proposed'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('The mayor proposed a levy on ferry tickets.', {})).toEqual([]);
  });
});

describe('what "propose" leaves alone (optin31)', () => {
  test.each([
    // a bare plural object
    ['The mayor proposed cuts to the ferry budget.'],
    // an adjective before a plural
    ['The mayor proposed new rules for the harbor.'],
    // a plural with an adjective, no determiner
    ['Lena Ortiz proposed steep changes to the ferry schedule.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[3] === 'stance')).toEqual([]);
  });
});
