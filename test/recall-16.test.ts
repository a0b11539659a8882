/**
 * Reported speech (issue 11), recall shapes of round 16 (recall16): "this"
 * before a noun that names no time opens the reported clause, not a time
 * adjunct ("said this levy would fail"; "said this week the levy ..." keeps
 * the adjunct), a time adjunct or an adverb may stand between a verb of
 * promising and its infinitive ("vowed last month to stay in the race"), and
 * a spaced dash after "CLAUSE, X reported on Tuesday" opens the narrator's
 * aside, not a reason to drop the report.
 * Invented sentences with the exact parts, speaker, cue and rule expected,
 * and negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // "this" + a noun that is no time: the clause's subject
  ['said this NOUN VERB', 'Ms. Lund said this levy would hurt the harbor towns.', [
    row(['this levy would hurt the harbor towns'], 'Ms. Lund', 'said', 'reported/cue-clause'),
  ]],
  ['suggests this NOUN is ADJ', 'Professor Reed suggests this gap is mostly about habits.', [
    row(['this gap is mostly about habits'], 'Professor Reed', 'suggests', 'reported/cue-clause'),
  ]],
  // a time after "this" stays an adjunct before the clause
  ['said this week CLAUSE', 'Ms. Lund said this week the ferry would run again.', [
    row(['the ferry would run again'], 'Ms. Lund', 'said', 'reported/cue-clause'),
  ]],
  ['said this spring CLAUSE', 'Reed said this spring the pier would reopen.', [
    row(['the pier would reopen'], 'Reed', 'said', 'reported/cue-clause'),
  ]],
  ['said this is ...', 'Reed said this is a bad toll.', [
    row(['this is a bad toll'], 'Reed', 'said', 'reported/cue-clause'),
  ]],
  // a time adjunct or an adverb between the cue and the infinitive
  ['vowed last month to VERB', 'The senator vowed last month to take her fight to the convention floor.', [
    row(['to take her fight to the convention floor'], 'The senator', 'vowed', 'reported/cue-infinitive'),
  ]],
  ['vowed DAY to VERB', 'The mayor vowed Tuesday to keep her ferry plan alive until autumn.', [
    row(['to keep her ferry plan alive until autumn'], 'The mayor', 'vowed', 'reported/cue-infinitive'),
  ]],
  ['promised on DAY to VERB', 'Ms. Lund promised on Friday to cut the ferry toll.', [
    row(['to cut the ferry toll'], 'Ms. Lund', 'promised', 'reported/cue-infinitive'),
  ]],
  ['pledged in MONTH to VERB', 'Reed pledged in March to rebuild the pier.', [
    row(['to rebuild the pier'], 'Reed', 'pledged', 'reported/cue-infinitive'),
  ]],
  ['vowed ADVERB to VERB', 'Reed vowed repeatedly to fight the new toll.', [
    row(['to fight the new toll'], 'Reed', 'vowed', 'reported/cue-infinitive'),
  ]],
  // a spaced dash after "CLAUSE, X reported on DAY" opens the narrator's aside
  ['CLAUSE, X reported on DAY -- ASIDE', 'Ferry fares will rise again this year, sooner than expected, the harbor board reported on Tuesday -- a blow to commuters.', [
    row(['Ferry fares will rise again this year, sooner than expected'], 'the harbor board', 'reported', 'reported/content-speaker-cue'),
  ]],
  ['CLAUSE, X said DAY — ASIDE', 'The pier will reopen in May, Ms. Lund said Friday — a month later than planned.', [
    row(['The pier will reopen in May'], 'Ms. Lund', 'said', 'reported/content-speaker-cue'),
  ]],
];

const none: [string, string][] = [
  // "in principle" is no time: the infinitive rule does not reach past it
  ['agreed in principle to NOUN', 'The union agreed in principle to the new contract.'],
  // "to" a place after the time is no infinitive
  ['promised on DAY to PLACE', 'Reed promised on Friday to the harbor board.'],
  ['this NOUN as a time, then a noun phrase', 'Reed said this week.'],
];

describe('reported-speech recall, round 16', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
  test('a cue with an object before the dash reports no clause before its comma', () => {
    const quotes = extract('The town was told the ferry had stopped and that Lund, Reed and Hale had mentioned it on the radio -- all true.').quotes;
    expect(quotes.some((q) => q.cue?.span.text === 'had mentioned')).toBe(false);
  });
});

// Stop 42 (recall16 again): speakers found after the cue, swallowed -ing cues and nested shapes.
const stop42: [string, string, Row[]][] = [
  // a participle that opens the sentence: its content ends at the comma before the main clause's subject
  ['Noting that CLAUSE, X VERB', 'Noting that the pier would reopen, Reyes toured the harbor.', [
    row(['the pier would reopen'], 'Reyes', 'Noting', 'reported/cue-that'),
  ]],
  ['Stressing NP, X VERB', 'Stressing the urgency of the repairs, Ms. Lund toured the pier.', [
    row(['the urgency of the repairs'], 'Ms. Lund', 'Stressing', 'reported/cue-clause'),
  ]],
  // a pronoun alone before the comma is the object
  ['Acknowledging this, X VERB', 'Acknowledging this, Ms. Lund joined the harbor board.', [
    row(['this'], 'Ms. Lund', 'Acknowledging', 'reported/cue-clause'),
  ]],
  // the main clause with a cue of its own keeps its report
  ['Noting that CLAUSE, X said CLAUSE', 'Noting that the pier would reopen, Reyes said the harbor was safe.', [
    row(['the pier would reopen'], 'Reyes', 'Noting', 'reported/cue-that'),
    row(['the harbor was safe'], 'Reyes', 'said', 'reported/cue-clause'),
  ]],
  // an outcome or a deed claimed (rule reported/claimed-outcome)
  ['is claiming a ADJ victory in PLACE', 'The Vell campaign is already claiming a partial victory in Dover.', [
    row(['a partial victory in Dover'], 'The Vell campaign', 'is already claiming', 'reported/claimed-outcome'),
  ]],
  ['was claiming success.', 'Not every delegate was claiming success.', [
    row(['success'], 'Not every delegate', 'was claiming', 'reported/claimed-outcome'),
  ]],
  ['claimed victory in a post', 'Ms. Lund claimed victory in a post on Monday.', [
    row(['victory'], 'Ms. Lund', 'claimed', 'reported/claimed-outcome'),
  ]],
  ['claimed victory in the so-called "X"', 'The Vell campaign claimed victory in the so-called "harbor bracket."', [
    row(['victory in the so-called "harbor bracket."'], 'The Vell campaign', 'claimed', 'reported/claimed-outcome', 'mixed'),
  ]],
  ['declined to claim outright victory', 'Ms. Lund declined to claim outright victory.', [
    row(['outright victory'], 'Ms. Lund', 'claim', 'reported/claimed-outcome'),
  ]],
  ['claimed credit for NP', 'A gang from Dover claimed credit for the raid on the depot.', [
    row(['the raid on the depot'], 'A gang from Dover', 'claimed credit for', 'reported/claimed-outcome'),
  ]],
  ['has claimed responsibility for NP, PARTICIPLE', 'No gang has claimed responsibility for the raid, leading the police to question whether it was a prank.', [
    row(['the raid'], 'No gang', 'has claimed responsibility for', 'reported/claimed-outcome'),
    row(['whether it was a prank'], 'the police', 'to question', 'reported/cue-question'),
  ]],
  // a participle read as an adjective after a comma inside the closing mark
  ['called X "Y," promising to VERB', 'Ms. Lund called the toll "a mess," promising to scrap it.', [
    row(['the toll "a mess,"'], 'Ms. Lund', 'called', 'reported/cue-quoted-object', 'mixed'),
    row(['to scrap it'], 'Ms. Lund', 'promising', 'reported/cue-infinitive'),
  ]],
];

const stop42None: [string, string][] = [
  // an adjective after a quotation, no verb
  ['"X," promising NOUN', 'The pier, "newly painted," looked promising.'],
  // a thing taken, not an outcome claimed
  ['claimed the title', 'The Dover club claimed the title on Sunday.'],
  ['claimed a seat', 'Ms. Lund claimed a seat on the harbor board.'],
  // "that" as a determiner before a noun and the comma: no clause, and the main clause is no content
  ['Recalling that NOUN, X VERB', 'Recalling that summer, Tom Vell smiled.'],
];

describe('reported-speech recall, round 16 (stop 42)', () => {
  test.each(stop42)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(stop42None)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
