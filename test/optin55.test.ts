/**
 * Attribution beyond speech (issue 15), helper opt55: a judgement "sees X as
 * Y" (rule `reported/cue-as`, thought) whose object and what it is seen as
 * make four or five words ("builders see the old links as idle land")
 * passes the opt-in bar at a clause's four words instead of a phrase's six
 * (3 of 3 new ones right on PolNeAR train, none broken; three words, "see
 * Reyes as electable", still give nothing outside a sentence of nothing
 * else). Shapes of the missed train gold measured under the bar (share of
 * the train occurrences no rule reports that are annotated) stay unreported:
 * "vote for/against" 52 of 278, "released/issued/filed a ..." 72 of 135,
 * "did not respond to" requests 16 of 27. Default output never changes.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

const seenAs: [string, string, [string, string | null, string, string, string][]][] = [
  ['after a fronted place', 'Along the river, builders see the old links as idle land.', [['the old links as idle land', 'builders', 'see', 'thought', 'reported/cue-as']]],
  ['after a relative clause set off by commas', 'Ada Moss, who chairs the board, sees the ferry as a lifeline.', [['the ferry as a lifeline', 'Ada Moss', 'sees', 'thought', 'reported/cue-as']]],
  ['in a "because" clause', 'Lena Ortiz is upbeat because she sees Tobin Hale as a uniter.', [['Tobin Hale as a uniter', 'Lena Ortiz', 'sees', 'thought', 'reported/cue-as']]],
];

describe('a short "sees X as Y" of four or five words is a thought (opt55)', () => {
  test.each(seenAs)('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
    expect(rows(text, {})).toEqual([]);
  });
});

const negatives: [string, string][] = [
  ['a "sees X as Y" of three words inside a longer sentence', 'In the valley, voters see Reyes as electable.'],
  ['"voted for" and a name', 'Most dockworkers in Marlow voted for Ada Moss in the spring primary, and the rest stayed home.'],
  ['"did not respond to" requests', 'The Varga campaign did not respond to repeated requests from the Marlow Courier.'],
  ['"released a report"', 'On Monday the harbor board released a report on ferry safety in the bay.'],
  ['"filed a lawsuit"', 'Last week the Varga campaign filed a lawsuit against the ferry board in Marlow.'],
];

describe('shapes measured under the opt-in bar give nothing, even with every category on (opt55)', () => {
  test.each(negatives)('%s', (_label, text) => {
    expect(extract(text, ALL).quotes).toEqual([]);
    expect(extract(text).quotes).toEqual([]);
  });
});
