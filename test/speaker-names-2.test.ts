/**
 * Speaker names, round 2: which clause's subject a participle or a
 * coordinated cue shares, on invented sentences (each row: input, and the
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
  // a participle after the verb of a clause opened by when, as, while, where ... takes that clause's subject
  ['participle-subordinate', 'The hearing turned tense when protesters stormed the room, shouting that the plan was a fraud.', ['protesters | group | description | protesters']],
  // "and" before a clause of its own: the participle is that clause's
  ['participle-subordinate', 'The mayor opened the meeting and protesters rushed the stage, shouting that the levy was a fraud.', ['protesters | group | description | protesters']],
  ['participle-subordinate', 'Tom Reyes was booed at the fair, where about 40 farmers had gathered that morning, chanting "no deal, no vote" at him.', ['about 40 farmers | group | description | about 40 farmers']],
  ['participle-subordinate', 'Paul Hart stayed on message, even as he defended his brother, saying, "Family comes first."', ['Paul Hart | person | pronoun | he']],
  // unchanged: the clause's subject is no person or group, so the sentence's subject speaks
  ['participle-main', 'Ann Lee spoke for an hour after the vote ended, saying the deal was dead.', ['Ann Lee | person | name | Ann Lee']],
  ['participle-main', 'Tom Reyes defended the plan on Monday, saying it would pass.', ['Tom Reyes | person | name | Tom Reyes']],
  // a cue coordinated with the verb of a clause opened by when, as or while inside the sentence
  ['coordinated-subordinate', 'The debate grew loud as Nina Park raised the tax issue and argued that the levy was unfair.', ['Nina Park | person | name | Nina Park']],
  // a coordinated subject after an opening phrase and its comma, or after "both", is whole
  ['coordinated-subject', 'At the same time, Tom Reyes and his supporters argue that the count was unfair.', ['Tom Reyes and his supporters | group | description | Tom Reyes and his supporters']],
  ['coordinated-subject', 'Until the vote, both Ann Lee and her campaign had said that the server was safe.', ['both Ann Lee and her campaign | organization | description | both Ann Lee and her campaign']],
  ['coordinated-subject', 'Ann Lee and her staff said the plan would work.', ['Ann Lee and her staff | group | description | Ann Lee and her staff']],
  // unchanged: the phrase before the comma is not part of the coordination
  ['coordinated-subject', 'In a letter on Monday, officials said the plan would work.', ['officials | group | description | officials']],
  // a demonstrative or a participle the tagger misread, opening the sentence, belongs to the phrase
  ['phrase-start', 'That person said the deal was close.', ['That person | person | description | That person']],
  ['phrase-start', 'The bank is calm. That official said the deal was close.', ['That official | person | description | That official']],
  ['phrase-start', 'Fed officials have said that rates will rise.', ['Fed officials | group | description | Fed officials']],
  ['phrase-start', 'Retired officers said the base should stay open.', ['Retired officers | group | description | Retired officers']],
  // unchanged: "that" inside the sentence is a conjunction
  ['phrase-start', 'Ann Lee said that officials had left.', ['Ann Lee | person | name | Ann Lee']],
  // a name in apposition to the organisation that ends a person's description names the organisation, not the speaker
  ['organisation-appositive', "Ivo Marchetti, editor of the city's oldest newspaper, La Voce, said the mayor had lied.", ['Ivo Marchetti | person | name | Ivo Marchetti']],
  ['organisation-appositive', 'Ann Lee, a spokeswoman for the group, Harbor Watch, said the port was unsafe.', ['Ann Lee | person | name | Ann Lee']],
  // unchanged: no person before the description, so the organisation speaks
  ['organisation-appositive', 'The firm hired by the council, Calder & Moss, said the audit was clean.', ['Calder & Moss | organization | name | The firm hired by the council, Calder & Moss']],
  // a dash signature in a paragraph of its own after the quote, or ending its sentence, or with a place after a comma
  ['dash-signature', 'We review claims here.\n\n"The idea that I would cut it is wrong."\n\n- Ann Lee.\n\nLee exaggerates when she says it.', ['Ann Lee | person | name | Ann Lee']],
  ['dash-signature', 'We review claims here.\n\n"The idea that I would cut it is wrong." - Ann Lee. Lee exaggerates when she says it.', ['Ann Lee | person | name | Ann Lee']],
  ['dash-signature', '"The whole idea is odd." -Mia Marks, Dover.', ['Mia Marks | person | name | Mia Marks']],
  // unchanged: a dash that goes on with the narrator's words signs nothing
  ['dash-signature', '"It was a good year" - and it was. Sales rose.', [null]],
  // a place and its state after the dash sign nothing; a title and one name do
  ['dash-signature', '"We will stay until the end." - Springfield, Ill., June 2.', [null]],
  ['dash-signature', '"We will stay until the end." - Dover, Delaware.', [null]],
  ['dash-signature', '"We will stay until the end."\n\n-President Reyes, writing on Monday.', ['Reyes | person | name | President Reyes']],
  // a cue coordinated with a verb whose subject a relative clause sets off, or that a bullet opens
  ['coordinated-subject', 'In the interview, Reyes, who endorsed Lee in May, repeated those views and stressed the need for calm.', ['Reyes | person | name | Reyes, who endorsed Lee in May', 'Reyes | person | name | Reyes, who endorsed Lee in May']],
  ['coordinated-subject', '~ Nina Park went on a long rant about the landlord and also hinted she might move.', ['Nina Park | person | name | Nina Park']],
  // a lone adverb or interjection before a comma is no name the description stands in apposition to
  ['appositive-owner', 'Sure, official figures suggest that output peaked in 2013.', ['official figures | unknown | description | official figures']],
  ['appositive-owner', 'Lee, the governor, said the plan was weak.', ['Lee | person | name | Lee, the governor']],
  // "guy" and "janitor" are people words
  ['participle-subordinate', 'The mayor left early as a janitor walked past the podium, saying the hall was closed.', ['a janitor | person | description | a janitor']],
];

describe('speaker names, round 2', () => {
  test.each(TABLE.map(([family, input, output]) => ({ family, input, output })))('$family: $input', ({ input, output }) => {
    expect(speakers(extract(input))).toEqual(output);
  });
});
