/**
 * Wrong outputs fixed in round fix33: a section heading with a finite verb
 * before a colon is no speaker ("Drought Threatens Harvest: ..."), though a
 * headline's subject still speaks when the headline goes on after the colon.
 * Invented sentences; each row: input, and the expected
 * `text | cue | speaker | kind` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction, ExtractQuotesOptions } from '../src/index.js';

const ALL: ExtractQuotesOptions = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] };

/** Each quote as `text | cue | speaker name | speaker kind` ("-" for none). */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'} | ${q.speaker ? r.speakers[q.speaker.id]!.kind : '-'}`);
}

// [rule family, every category on, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, boolean, string, readonly string[]])[] = [
  // a section heading with a finite verb before a colon, then a sentence: no speaker
  ['heading-verb', false, 'Veto Power Impedes Peace Efforts: The council met on Tuesday and failed to agree on a resolution.', []],
  ['heading-verb', true, 'Veto Power Impedes Peace Efforts: The council met on Tuesday and failed to agree on a resolution.', []],
  ['heading-verb', false, 'Drought Threatens Harvest: Farmers in the north said the rains had not come.', ['the rains had not come | said | Farmers in the north | group']],
  ['heading-verb', false, 'Strike Disrupts Ports: Dock workers walked off the job at dawn and ships waited offshore.', []],
  // a headline's subject speaks when the headline goes on after the colon
  ['headline-subject', false, 'Senator Lee Endorses Moss: I Am Proud to Stand With Him', ['I Am Proud to Stand With Him | : | Lee | person']],
  // unchanged: a label with no verb, one in capitals, a first name the tagger reads as a verb
  ['heading-verb-unchanged', false, 'Mayor Reyes: Budget Will Pass By June', ['Budget Will Pass By June | : | Reyes | person']],
  ['heading-verb-unchanged', false, 'JOHN HAYES: We are going to win this thing.', ['We are going to win this thing | : | JOHN HAYES | person']],
];

describe('fix33: known wrong outputs', () => {
  test.each(TABLE)('%s: %s', (_family, all, input, expected) => {
    expect(rows(all ? extract(input, ALL) : extract(input))).toEqual(expected);
  });
});
