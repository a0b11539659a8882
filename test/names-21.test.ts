/**
 * Speaker names, round 21 (names21): a subject that ends in a place written
 * with its state or country ("Tom Reyes of Dover, Del., said", "Teachers in
 * Leeds, England, say"), whose closing comma is no appositive, and the state
 * after a place in a subject's tail, which is part of the place and no name
 * in apposition ("Officials in Dover, Delaware, have filed a lawsuit,
 * alleging ..." is the officials', not "Delaware"'s), on invented sentences
 * (each row: input, and the expected `name | kind | via | mention` of each
 * quote in order); and a noun of calling after a verb of answering
 * ("Supporters responded with chants of "..."") is the verb's subject's.
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
  // a subject ending in a place and its state or country, right before the verb: the comma closing the place ends the subject
  ['place-comma', 'Tom Reyes of Dover, Del., said the storm was over.', ['Tom Reyes | person | name | Tom Reyes of Dover, Del.']],
  ['place-comma', 'Teachers in Leeds, England, said the classrooms were too cold.', ['Teachers in Leeds, England | group | description | Teachers in Leeds, England']],
  ['place-comma', 'Nurses at a hospital in Dayton, Ohio, said the wards were full.', ['Nurses at a hospital in Dayton, Ohio | group | description | Nurses at a hospital in Dayton, Ohio']],
  ['place-comma', 'Farmers near Ames, Iowa, say the harvest was poor.', ['Farmers near Ames, Iowa | group | description | Farmers near Ames, Iowa']],
  ['place-comma', 'The mayor of Santa Fe, New Mexico, said the roads would reopen.', ['The mayor of Santa Fe, New Mexico | person | description | The mayor of Santa Fe, New Mexico']],
  // the state or country after a place in a subject's tail belongs to the place; it is no name in apposition
  ['place-state', 'Officials in Dover, Delaware, have filed a lawsuit, alleging that the builder was negligent.', ['Officials in Dover, Delaware | group | description | Officials in Dover, Delaware']],
  ['place-state', 'Parents of the pupils in Newtown, Connecticut, have sued the district, claiming that the buses were unsafe.', ['Parents of the pupils in Newtown, Connecticut | group | description | Parents of the pupils in Newtown, Connecticut']],
  // unchanged: an appositive before the verb, a fronted place, a state after a subject, a day before a place, and an appositive after the place
  ['place-unchanged', 'Ann Lee, a nurse in Dover, Del., said the storm was over.', ['Ann Lee | person | name | Ann Lee, a nurse in Dover, Del.']],
  ['place-unchanged', 'In Dover, Del., officials said the storm was over.', ['officials | group | description | officials']],
  ['place-unchanged', 'Residents of Tulsa, Oklahoma, complained that the water tasted odd.', ['Residents of Tulsa, Oklahoma | group | description | Residents of Tulsa, Oklahoma']],
  ['place-unchanged', 'On Friday, Texas officials said the count was finished.', ['Texas officials | group | description | Texas officials']],
  ['place-unchanged', 'The mayor of Columbus, Ohio, a former teacher, said the schools would open.', ['The mayor of Columbus, Ohio | person | description | The mayor of Columbus, Ohio, a former teacher']],
  // a noun of calling after a verb of answering and its preposition: the verb's subject called it out
  ['chant-reaction', 'Union members responded with chants of "No more cuts!" as the mayor left the stage.', ['Union members | group | description | Union members']],
  ['chant-reaction', 'The crowd joined in a loud chant of "Save our harbor!" outside the hall.', ['The crowd | group | description | The crowd']],
  ['chant-reaction', 'The fans broke into chants of "One more year!" when the coach walked out.', ['The fans | group | description | The fans']],
  ['chant-reaction', 'The students greeted him with cries of "Shame on you!" at the gate.', ['The students | group | description | The students']],
  // unchanged: a passive, another verb (the object is the crowd), the noun's owner, and a verb not in the list
  ['chant-reaction', 'The speaker was met with chants of "Go home now!" from the back of the room.', [null]],
  ['chant-reaction', 'The senator roused the crowd to chants of "Fix the roads!" before the vote.', [null]],
  ['chant-reaction', 'Their chants of "Save the pier!" drowned out the gulls.', ['Their | unknown | pronoun | Their']],
  ['chant-reaction', 'Outside, protesters kept up chants of "Close the plant!" for an hour.', [null]],
];

describe('speaker names, round 21', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
});
