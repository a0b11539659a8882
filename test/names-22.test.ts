/**
 * Speaker names, round 22 (names22): the object of a verb of perceiving or of
 * leaving in a state speaks for the gerund cue right after it ("The ruling
 * left many farmers wondering whether ...", "Reporters heard the governor
 * saying that ..."), not the verb's subject; and a subject with long
 * modifiers ("Most teachers in and around the city think ... and have been
 * asking ...") is shared by a coordinated cue. Invented sentences; each
 * row: input, and the expected `name | kind | via | mention` of each quote
 * in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote's speaker as `name | kind | via | mention text`, or null. */
function speakers(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via} | ${q.speaker.mention?.text ?? ''}` : null));
}

// [rule family, invented input, expected speaker of each quote in order]
const TABLE: readonly (readonly [string, string, readonly (string | null)[]])[] = [
  // the people a verb of perceiving or of leaving in a state takes as its object speak for the gerund after it
  ['gerund-object', 'The ruling left many farmers wondering whether the dam would hold.', ['many farmers | group | description | many farmers']],
  ['gerund-object', 'The meeting got people talking about whether the two would run together.', ['people | group | description | people']],
  ['gerund-object', 'Reporters heard the governor saying that the budget would pass.', ['the governor | person | description | the governor']],
  // unchanged: a thing as the object, a verb of sending, and a video that shows someone (news gives the words to the video)
  // (a text found speaks, not its finder: fix27, test/fix-27.test.ts)
  ['gerund-object-text', 'Tom Reyes found a note saying that the office had closed.', ['a note | unknown | description | a note']],
  ['gerund-object-unchanged', 'His office sent supporters an email saying that the rally was moved.', ['an email | unknown | description | an email']],
  ['gerund-object-unchanged', 'A video shows the mayor saying that the bridge is safe.', ['A video | unknown | description | A video']],
  // a subject with long modifiers, shared by a cue coordinated with its verb
  ['long-subject', 'Most teachers in and around the city think the plan is rushed and have been asking the board to wait.', ['Most teachers in and around the city | group | description | Most teachers in and around the city']],
  // unchanged: no people at the head of the subject
  ['long-subject-unchanged', 'Her handling of the storm and of the cleanup drew praise and prompted calls for a statue.', []],
];

describe('speaker names, round 22', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
  // with every category: a quotation after a gerund of defending (stance) has the object as its speaker too
  test('gerund-object with every category: a quotation after the gerund', () => {
    const input = 'Voters saw the senator defending the idea that "cheap money can soften a recession."';
    const all = extract(input, { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });
    expect(speakers(all)).toEqual(['the senator | person | description | the senator']);
  });
});
