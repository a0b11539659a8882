/**
 * Missed speech, round 17 (recall17): an embedded question after a verb of
 * explaining or recounting (`reported/cue-wh`), a noun-phrase object of a
 * verb of saying that `reported/cue-object` leaves alone
 * (`reported/cue-np-object`), and a passive cue that says a state of its
 * subject ("was reported missing"), which reports nothing. Invented
 * sentences; each row: input, and the expected `content | speaker | cue |
 * rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `content | speaker name | cue lemma | rule`. */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.lemma ?? '-'} | ${q.rule}`);
}

// [rule family, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // an embedded question after explain, describe, recount, recall, reveal
  ['cue-wh', 'The actress explained why being cast as a villain felt like a compliment.', ['why being cast as a villain felt like a compliment | The actress | explain | reported/cue-wh']],
  ['cue-wh', 'The engineer described how the water had reached the second floor.', ['how the water had reached the second floor | The engineer | describe | reported/cue-wh']],
  ['cue-wh', 'A shop owner described what happens when the ferry is late, and left.', ['what happens when the ferry is late | A shop owner | describe | reported/cue-wh']],
  // a question word standing alone asks nothing the text reports; a particle is no question
  ['cue-wh-negative', 'She explained why.', []],
  ['cue-wh-negative', 'The clerk explained away the missing files.', []],
  // a noun phrase after congratulate, rebut, signal; not answer ("answered the survey")
  ['np-object', 'The mayor congratulated the winners of the regatta.', ['the winners of the regatta | The mayor | congratulate | reported/cue-np-object']],
  ['np-object', 'The minister rebutted every charge in the audit.', ['every charge in the audit | The minister | rebut | reported/cue-np-object']],
  // accuse, dismiss and question take stances, reported only with the stance category on (rule speech-object)
  ['np-object-stance', 'The senator questioned the cost of the new bridge.', []],
  ['np-object-stance', 'Aides dismissed the report as a distraction.', []],
  ['np-object-stance', 'The governor accused the council of wasting money on consultants.', []],
  // a passive or progressive cue takes no object; asking for a thing is rule asked-for's
  ['np-object-negative', 'He was accused of fraud.', []],
  ['np-object-negative', 'The guard is questioning the driver.', []],
  ['np-object-negative', 'Most of the families answered the census by mail.', []],
  ['np-object-negative', 'He asked for a refund.', ['a refund | He | ask | reported/asked-for']],
  // a passive cue saying a state of its subject reports nothing
  ['passive-state', 'The hiker was reported missing on Sunday.', []],
  ['passive-state', 'The closure of the pier was announced on Monday.', ['The closure of the pier | - | announce | reported/passive-subject']],
];

describe('missed speech, round 17', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test('the new rules sit below a clause: minConfidence 0.6 drops them', () => {
    const r = extract('The engineer described how the water had reached the second floor. The mayor congratulated the winners of the regatta.', { minConfidence: 0.6 });
    expect(r.quotes).toEqual([]);
  });
});

// Stop 43 (recall17 again): "complaints" opens a that-clause like "complaint"; "estimates" read as a noun
// after a singular subject and before "that" is the verb (the tagger's misreading); a clause after a cue
// never starts inside the noun phrase of a topic preposition (src/attribution/reported/topic-phrase.ts).
const STOP43: readonly (readonly [string, string, readonly string[]])[] = [
  ['complaints that', 'Despite complaints that the ferry toll is unfair, the harbor board kept it.', ['the ferry toll is unfair | - | complaint | reported/noun-cue']],
  ['complaints that', 'The pier plan drew complaints that it was too costly.', ['it was too costly | - | complaint | reported/noun-cue']],
  ['complaints that', 'Ms. Varga renewed her complaints that the harbor board had ignored her.', ['the harbor board had ignored her | Varga | complaint | reported/noun-cue']],
  // a relative "that" before a verb opens no report
  ['complaints-negative', 'The harbor board heard complaints that were filed last year.', []],
  ['complaints-negative', 'The complaints that reached the harbor board were ignored.', []],
  ['estimates that', 'The Harbor Institute estimates that the new toll would raise $5 million a year.', ['the new toll would raise $5 million a year | Harbor Institute | estimate | reported/cue-that']],
  ['estimates that', 'Dr. Lena Varga estimates that half of the ferries are late.', ['half of the ferries are late | Lena Varga | estimate | reported/cue-that']],
  // the noun "estimates" after a possessive or a determiner stays a noun
  ['estimates-negative', "The institute's estimates that year were wrong.", []],
  ['estimates-negative', 'Her estimates that the toll would raise $5 million were wrong.', []],
  // a clause read after a topic preposition starts with the topic's noun phrase, not inside it
  ['topic phrase', 'Reyes often reminded the crowd of the ten winters the ferry had run without a fare.', ['the ten winters the ferry had run without a fare | Reyes | remind | reported/cue-clause']],
  ['topic phrase', 'Ms. Varga bragged about her uncle teaching her to row when the pier was new.', ['her uncle teaching her to row when the pier was new | Varga | brag | reported/cue-clause']],
  // a pronoun or a determiner after the skipped words opens the clause itself
  ['topic phrase-negative', 'Reyes told the Gazette of Dover last week she would run again.', ['she would run again | Reyes | tell | reported/cue-clause']],
  ['topic phrase-negative', 'Reyes said on Tuesday the plan would fail.', ['the plan would fail | Reyes | say | reported/cue-clause']],
];

describe('missed speech, round 17, stop 43', () => {
  test.each(STOP43)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
