/**
 * Speaker names, round 17: a tagged pair of people after an opening phrase
 * ("On Monday, Sen. Ann Lee (R-Tenn.) and ..."), what a "whose" description
 * stands for ("Ann Lee, whose campaign ..." -> "Ann Lee's campaign"), and
 * past forms the tagger reads as nouns after a name ("Ann Lee shot back",
 * "Ann Lee shot and killed"), a word of a capitalised title ("No Child Left
 * Behind") as an antecedent, the gender an honorific on one name gives the
 * others of the same person ("President Vardy" ... "Mr. Vardy"), "she" for
 * a man known only by title and surname, the person
 * a quote standing as a paragraph of its own follows, on invented sentences (each row: input, and the
 * expected `name | kind | via | mention` of each quote in order).
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
  // a tagged pair after an opening phrase and its comma: both speak
  ['tagged-opening', 'On Monday, Senators Ann Holt, R-Tenn., and Joe Marsh, D-Ore., said the bill would fail.', ['Ann Holt and Joe Marsh | person | name | Senators Ann Holt, R-Tenn., and Joe Marsh, D-Ore.']],
  ['tagged-opening', 'After the vote, Rep. Ann Holt (R-Tenn.) and Rep. Joe Marsh (D-Ore.) said the bill would fail.', ['Ann Holt and Joe Marsh | person | name | Rep. Ann Holt (R-Tenn.) and Rep. Joe Marsh (D-Ore.)']],
  ['tagged-opening', 'In a joint letter, Ann Holt, a lawyer, and Joe Marsh, a banker, wrote that the bill would fail.', ['Ann Holt and Joe Marsh | person | name | Ann Holt, a lawyer, and Joe Marsh, a banker']],
  // unchanged: without an opening phrase; and a clause before the comma is no opening phrase
  ['tagged-opening', 'Senators Ann Holt, R-Tenn., and Joe Marsh, D-Ore., said the bill would fail.', ['Ann Holt and Joe Marsh | person | name | Senators Ann Holt, R-Tenn., and Joe Marsh, D-Ore.']],
  ['tagged-opening', 'Tom Reyes spoke first, and Joe Marsh, a banker, said the bill would fail.', ['Joe Marsh | person | name | Joe Marsh, a banker']],
  // a "whose" description that speaks is named after its owner (the owner's full name)
  ['whose-owned', 'Ann Holt, whose campaign released an ad that says the mayor lied, won the primary.', ["Ann Holt's campaign | organization | description | whose campaign"]],
  ['whose-owned', 'Tom Hale ran the port for years. Mr. Hale, whose aides say the port is full, stayed home.', ["Tom Hale's aides | group | description | whose aides"]],
  // unchanged: no name right before the comma
  ['whose-owned', 'The mayor, whose aides say the port is full, stayed home.', ['whose aides | group | description | whose aides']],
  // a past form read as a noun between a name and its particle is the verb, not part of the name
  ['particle-verb', 'The mayor attacked the plan. Ann Lee shot back, saying the claim was false.', ['Ann Lee | person | name | Ann Lee']],
  ['particle-verb', 'The mayor attacked the plan. Ann Lee shot back on Monday, arguing that the plan would work.', ['Ann Lee | person | name | Ann Lee']],
  ['particle-verb', 'The mayor attacked the plan. Ann Lee shot back that the claim was false.', ['Ann Lee | person | name | Ann Lee']],
  // ... and so is one joined by "and" to a verb, whose subject a later coordinated cue shares
  ['joined-verb', 'Ann Lee shot and killed a deer, but claimed that she acted in self-defense.', ['Ann Lee | person | name | Ann Lee']],
  ['joined-verb', 'Ann Lee shot and killed a deer but claimed that she acted in self-defense.', ['Ann Lee | person | name | Ann Lee']],
  // unchanged: a verb the tagger reads right
  ['joined-verb', 'Ann Lee killed a deer in May, but claimed that she acted in self-defense.', ['Ann Lee | person | name | Ann Lee']],
  // a name inside a capitalised title that reads as a phrase names a law, not a person he or she stands for
  ['title-word', 'Tom Hale wrote about schools. The law, known as No Child Left Behind, was passed in 2002. "It helped our schools," he said.', ['Tom Hale | person | pronoun | he']],
  ['title-word', 'Tom Hale backs the Every Student Succeeds act. "It helps," he said.', ['Tom Hale | person | pronoun | he']],
  // unchanged: a name after a capitalised preposition that opens the sentence
  ['title-word', 'For Tom Hale, the vote was a win. "It went well," he said.', ['Tom Hale | person | pronoun | he']],
  // an honorific on one name gives its gender to the others that stand for the same person
  ['honored-gender', 'Ann Lee met President Vardy on Monday. Mr. Vardy spoke first. "We will win," she said.', ['Ann Lee | person | pronoun | she']],
  ['honored-gender', 'Tom Hale met Senator Vardy on Monday. Ms. Vardy spoke first. "We will win," he said.', ['Tom Hale | person | pronoun | he']],
  // unchanged: with no honorific, the nearest person of unknown gender; and honorifics of both genders tell nothing
  ['honored-gender', 'Ann Lee met President Vardy on Monday. "We will win," she said.', ['Ann Lee | person | pronoun | she']],
  ['honored-gender', 'Ann Lee met Mr. Vardy and Mrs. Vardy on Monday. Later, Vardy spoke. "We will win," she said.', ['Vardy | person | pronoun | she']],
  // "she" for a surname the text never writes with a first name gives way to a woman named in reach
  ['she-surname', 'President Vardy thanked Ann Lee for the work on Monday. "We will win," she said.', ['Ann Lee | person | pronoun | she']],
  ['she-surname', 'Ann Lee spoke at noon. Later, Governor Vardy took the stage. "We will win," she said.', ['Ann Lee | person | pronoun | she']],
  // unchanged: "he" keeps such a surname; a full name with a first name of unknown gender keeps "she"
  ['she-surname', 'President Vardy thanked Tom Hale for the work on Monday. "We will win," he said.', ['Vardy | person | pronoun | he']],
  ['she-surname', 'Ann Lee met Sasha Vardy. Sasha Vardy spoke first. "We will win," she said.', ['Sasha Vardy | person | pronoun | she']],
  // a quote that is a paragraph of its own: the person named as the subject of the paragraph before it
  ['previous-paragraph', 'Tom Hale is upbeat about the race.\n\n"We can win. The voters are with us."', ['Tom Hale | person | name | Tom Hale']],
  // unchanged: a description or a pronoun there is no guess, nor is a person who is no subject
  ['previous-paragraph', 'The mayor is upbeat about the race.\n\n"We can win. The voters are with us."', [null]],
  ['previous-paragraph', 'The board thanked Tom Hale for his work.\n\n"We can win. The voters are with us."', [null]],
];

describe('speaker names, round 17', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
});
