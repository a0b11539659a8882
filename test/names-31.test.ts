/**
 * Speaker names, round 31 (names31): a pronoun after a speaker introduced by
 * "according to" or inverted with an appositive (as before, pinned); the
 * writer's own errand `I asked a
 * shopkeeper about the prices` reports no one's words; a title-case run opened
 * by a word of a person's state and closed by a noun for a person is a
 * description named in full (`Former Bank Manager Denies Fraud Charges`), as
 * `Former Senator` already was. Invented sentences; each row: input, and the
 * expected `quote | cue | name | kind | via | mention` of each quote in order,
 * then each quote's speaker entity as `name | kind | mentions`.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `quote | cue | name | kind | via | mention text` (speaker parts null when there is none). */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.span.text} | ${q.cue?.span.text ?? ''} | ${q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via} | ${q.speaker.mention?.text ?? ''}` : null}`);
}

/** Each quote's speaker entity with all its mentions: `name | kind | mention, mention`. */
function entities(r: Extraction): string[] {
  return r.quotes.map((q) => {
    const e = q.speaker ? r.speakers[q.speaker.id] : undefined;
    return e ? `${e.name} | ${e.kind} | ${e.mentions.map((m) => m.text).join(', ')}` : '-';
  });
}

// [rule family, invented input, expected quote rows then the speaker entities]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // a name of known gender, as before
  ['pronoun after according to', 'According to Mary Brook, the ruling was unfair. She added that they would appeal.', [
    'the ruling was unfair | According to | Mary Brook | person | name | Mary Brook',
    'they would appeal | added | Mary Brook | person | pronoun | She',
    'Mary Brook | person | Mary Brook, She',
    'Mary Brook | person | Mary Brook, She',
  ]],
  // an inverted speaker with an appositive, as before
  ['pronoun after an appositive', '"We will appeal," said Ada Brook, the club\'s lawyer. She added that the ruling was unfair.', [
    '"We will appeal," | said | Ada Brook | person | name | Ada Brook, the club\'s lawyer',
    'the ruling was unfair | added | Ada Brook | person | pronoun | She',
    'Ada Brook | person | Ada Brook, the club\'s lawyer, She',
    'Ada Brook | person | Ada Brook, the club\'s lawyer, She',
  ]],
  ['pronoun after an appositive', '"We will appeal," Tom Reyes, the club\'s lawyer, said. "The ruling is unfair," he said.', [
    '"We will appeal," | said | Tom Reyes | person | name | Tom Reyes, the club\'s lawyer',
    '"The ruling is unfair," | said | Tom Reyes | person | pronoun | he',
    'Tom Reyes | person | Tom Reyes, the club\'s lawyer, he',
    'Tom Reyes | person | Tom Reyes, the club\'s lawyer, he',
  ]],
  // the writer's errand: nothing
  ['writer asked about', 'I asked a shopkeeper about the prices.', []],
  ['writer asked about', 'We asked the mayor about the budget on Monday.', []],
  // someone else's question, as before
  ['writer asked about', 'Todd asked the mayor about the budget.', [
    'about the budget | asked | Todd | person | name | Todd',
    'Todd | person | Todd',
  ]],
  ['title-case description', 'Former Bank Manager Denies Fraud Charges', [
    'Fraud Charges | Denies | Former Bank Manager | person | description | Former Bank Manager',
    'Former Bank Manager | person | Former Bank Manager',
  ]],
  ['title-case description', 'Local Teacher Says School Is Unsafe', [
    'School Is Unsafe | Says | Local Teacher | person | description | Local Teacher',
    'Local Teacher | person | Local Teacher',
  ]],
  // a title, a first name or an honorific in the run: a name, as before
  ['title-case description', 'Former Judge Baker Denies Fraud Charges', [
    'Fraud Charges | Denies | Baker | person | name | Former Judge Baker',
    'Baker | person | Former Judge Baker',
  ]],
  ['title-case description', 'Former Mayor Tom Reyes Denies Fraud Charges', [
    'Fraud Charges | Denies | Tom Reyes | person | name | Former Mayor Tom Reyes',
    'Tom Reyes | person | Former Mayor Tom Reyes',
  ]],
];

describe('names 31: pronouns after according to or an appositive, the writer asking, title-case descriptions', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    const r = extract(input);
    expect([...rows(r), ...entities(r)]).toEqual(expected);
  });
});
