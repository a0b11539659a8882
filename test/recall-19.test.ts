/**
 * Missed speech, round 19 (recall19): an unquoted block after a cue and a
 * colon that end their paragraph (`reported/cue-colon-block`), a subordinate
 * clause put before the reported clause after the cue ("said when the storm
 * hit, the crews were ready"), a gerund subject after "that" and a listener
 * ("complained to reporters that raising taxes was unfair"), and a relative
 * clause inside the reported clause's subject before an auxiliary ("said the
 * plan that he backed is wrong"). A second pass: "pledge" with "support" or
 * "vote" as its object ("pledged her support to"), and the object of a cue
 * right after "who" on the sentence's subject, which ends before the
 * sentence's own verb; and a reduced passive with an adverb of time and an
 * agent (`reported/reduced-passive-subject`: "a fact first reported by the
 * Ledger"). Invented sentences; each row: input, and the
 * expected `content | speaker | cue | rule` of each quote in order.
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
  // a colon that ends the paragraph opens a block of the speaker's words without marks: the whole next paragraph
  ['colon-block', 'At the harbour on Friday, the mayor added:\n\nIt is typical of the council. They never visit the docks.\n\nThe meeting ended.', ['It is typical of the council. They never visit the docks | the mayor | add | reported/cue-colon-block']],
  ['colon-block', 'In a speech last spring, she said:\n\nNobody should doubt it – the ferry plan is a mistake, and it must be dropped.', ['Nobody should doubt it – the ferry plan is a mistake, and it must be dropped | she | say | reported/cue-colon-block']],
  // no subject (a label), a quotation or markup after the colon, or a lower-case line: no block
  ['colon-block-negative', 'Key points:\n\nThe ferry plan is a mistake and it must be dropped.', []],
  ['colon-block-negative', 'The mayor said:\n\n"We will win the vote," she added.', ['We will win the vote, | she | add | direct/trailing-speaker-cue']],
  ['colon-block-negative', 'The mayor wrote:\n\n<tweet id="1"></tweet>', []],
  // a subordinate clause with its own subject and verb, closed by a comma, opens the reported clause
  ['fronted-subordinate', 'The fire chief said when the storm hit, the crews were ready.', ['when the storm hit, the crews were ready | The fire chief | say | reported/cue-clause']],
  ['fronted-subordinate', 'The mayor said because the road was closed, the buses ran late.', ['because the road was closed, the buses ran late | The mayor | say | reported/cue-clause']],
  ['fronted-subordinate', 'The mayor said while he respects the council, he will veto the bill.', ['while he respects the council, he will veto the bill | The mayor | say | reported/cue-clause']],
  // how it was said is no content: "as", a clause with no subject, no comma, or "that" after the comma
  ['fronted-subordinate-negative', 'She said as the crowd cheered, the vote was over.', []],
  ['fronted-subordinate-negative', 'He said when asked, the city would pay.', []],
  ['fronted-subordinate-negative', 'She said while he waited.', []],
  // after a listener, "that" and an -ing form open a gerund subject, not a relative clause on the listener
  ['gerund-after-listener', 'The senator complained to reporters that raising the levy was unfair.', ['raising the levy was unfair | The senator | complain | reported/cue-that']],
  ['gerund-after-listener-negative', 'The mayor spoke about parks that were closed.', ['parks that were closed | The mayor | speak | reported/cue-topic']],
  // a relative clause with its own subject inside the reported clause's subject, then an auxiliary
  ['relative-in-subject', 'The mayor said the plan that he backed is wrong.', ['the plan that he backed is wrong | The mayor | say | reported/cue-clause']],
  ['relative-in-subject', 'The treasurer said the levy that the council passed was unfair.', ['the levy that the council passed was unfair | The treasurer | say | reported/cue-clause']],
  // (second pass, stop 44) "pledge" with a possessive's support or vote as its object, as "declare" takes its nouns
  ['pledged-support', 'Tom Varga formally pledged his support to Ada Lund.', ['his support to Ada Lund | Tom Varga | pledge | reported/cue-object']],
  ['pledged-support', 'Two wardens pledged their support to Ada Moss last week.', ['their support to Ada Moss | Two wardens | pledge | reported/cue-object']],
  ['pledged-support', 'Ada Moss pledged her vote to Tom Reyes.', ['her vote to Tom Reyes | Ada Moss | pledge | reported/cue-object']],
  // allegiance, money and an infinitive are no such object (the infinitive stays the infinitive rule's)
  ['pledged-support-negative', 'The gunman pledged allegiance to the group.', []],
  ['pledged-support-negative', 'Ada Moss pledged $5 million to the hospital.', []],
  ['pledged-support-negative', 'Ada Moss pledged to cut the toll.', ['to cut the toll | Ada Moss | pledge | reported/cue-infinitive']],
  // a cue right after "who" on the sentence's subject: its object ends before the sentence's own verb
  ['relative-subject-object', 'Delegates who pledged their support at the ferry caucus were sent home.', ['their support at the ferry caucus | Delegates | pledge | reported/cue-object']],
  ['relative-subject-object', 'Delegates who denied the claims were sent home.', ['the claims | Delegates | deny | reported/cue-object']],
  // (after a verb of the sentence, the relative clause is on its object and its own object runs on)
  ['relative-subject-object', 'Ada Moss met delegates who denied the claims about the toll.', ['the claims about the toll | delegates | deny | reported/cue-object']],
  // a reduced passive with an adverb of time and an agent after a noun phrase: the phrase, credited to the agent
  ['reduced-passive', "Varga's remarks, first reported by The Dover Ledger on Tuesday, stirred the town.", ["Varga's remarks | Dover Ledger | report | reported/reduced-passive-subject"]],
  ['reduced-passive', 'The pier has no permit — a fact first reported by Tom Reyes, a harbor blogger.', ['a fact | Tom Reyes | report | reported/reduced-passive-subject']],
  ['reduced-passive', 'It was a guess by the campaign - a detail later confirmed by the harbor board.', ['a detail | the harbor board | confirm | reported/reduced-passive-subject']],
  // no adverb, a bare name, or a phrase that is a verb's object: no such attribution
  ['reduced-passive-negative', 'Exit polling reported by the Ledger showed a tie.', []],
  ['reduced-passive-negative', 'Reyes, first reported by the Ledger, left.', []],
  ['reduced-passive-negative', 'The mayor cited a review of the pier, first reported by the Ledger.', []],
];

describe('missed speech, round 19', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
