/**
 * Speaker names, round 25 (names25, wrong names): "Angela" and "Kellyanne"
 * were on both first-name lists, so no gender and no first name; a word that
 * opens a public body's name and never a person's ("Public Citizen", "Public
 * Health England", "National Review") makes the name an organisation's, so
 * "it" finds it, and keeps its place in the name after the title words are
 * stripped ("National Review", not "Review"); "it" after a bare one-word
 * name that spoke in the sentence before ("Greenpeace said ... It added")
 * stands for it, as "the company" does. Invented sentences; each row:
 * input, and the expected `name | kind | via | mention` of each quote in
 * order.
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
  // a female first name once on both lists: a first name again, and the name starts at it
  ['first-name', 'Trade Minister Angela Moss told reporters the talks had stalled. "We need more time," she said.', [
    'Angela Moss | person | name | Trade Minister Angela Moss',
    'Angela Moss | person | pronoun | she',
  ]],
  ['first-name', 'Kellyanne Dunn, the campaign manager, said the poll was wrong. "We are ahead," she said.', [
    'Kellyanne Dunn | person | name | Kellyanne Dunn, the campaign manager',
    'Kellyanne Dunn | person | pronoun | she',
  ]],
  // a word that opens a body's name: an organisation, which "it" finds
  ['organisation-opening', 'Public Health England said the risk was low. "We are watching closely," it said.', [
    'Public Health England | organization | name | Public Health England',
    'Public Health England | organization | pronoun | it',
  ]],
  ['organisation-opening', 'Public Citizen said the new rule was too weak.', ['Public Citizen | organization | name | Public Citizen']],
  ['organisation-opening', 'International Crisis Group said the truce would not hold.', ['International Crisis Group | organization | name | International Crisis Group']],
  // and stays in the name when no title word or first name follows it
  ['organisation-opening', 'National Review said the bill would fail. "It has no votes," it said.', [
    'National Review | organization | name | National Review',
    'National Review | organization | pronoun | it',
  ]],
  ['organisation-opening', 'The National Guard said the roads were closed.', ['National Guard | organization | name | The National Guard']],
  // unchanged: a title after it, or a person with the word as a surname
  ['organisation-opening-unchanged', 'National Security Adviser Ben Rhodes said the talks would go on.', ['Ben Rhodes | person | name | National Security Adviser Ben Rhodes']],
  ['organisation-opening-unchanged', 'Tom Public said the rule was too weak. "We expected more," he said.', [
    'Tom Public | person | name | Tom Public',
    'Tom Public | person | pronoun | he',
  ]],
  ['organisation-opening-unchanged', 'National Guard officials said the roads were closed.', ['National Guard officials | group | description | National Guard officials']],
  // "it" after a bare one-word name that spoke in the sentence before: an organisation, as "the company" is
  ['bare-organisation-it', 'Greenpeace said the new mine would poison the river. "It will kill the fish," it added.', [
    'Greenpeace | organization | name | Greenpeace',
    'Greenpeace | organization | pronoun | it',
  ]],
  ['bare-organisation-it', 'Oxfam said the aid had not arrived. It added that the roads were closed.', [
    'Oxfam | organization | name | Oxfam',
    'Oxfam | organization | pronoun | It',
  ]],
  // unchanged: a surname of a full name, a title, or a "she" between marks a person, and "it" is no Reyes (pron70:
  // it is the report the sentence before names, which no organisation sent)
  ['bare-organisation-it-unchanged', 'Tom Reyes runs the port. Reyes said the report was late. It said the port had lost money.', [
    'Tom Reyes | person | name | Reyes',
    'the report | unknown | pronoun | It',
  ]],
  ['bare-organisation-it-unchanged', 'Dr. Reyes said the report was late. It said the port had lost money.', [
    'Reyes | person | name | Dr. Reyes',
    'the report | unknown | pronoun | It',
  ]],
  ['bare-organisation-it-unchanged', 'Reyes said she had read the report. It said the port had lost money.', [
    'Reyes | person | name | Reyes',
    'the report | unknown | pronoun | It',
  ]],
];

describe('names 25: speaker names and kinds', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
});
