/**
 * Speaker names, round 16: names of organisations joined by "for" ("the Club
 * for Growth"), and one-word "names" that only open a sentence ("Things have
 * changed") or are written alone after a preposition of place ("in Brill")
 * as antecedents of he and she, lower-case particles inside names ("Omar bin
 * Talal"), on invented sentences (each row: input, and the expected
 * `name | kind | via | mention` of each quote in order).
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
  // an organisation's head before "for" keeps the whole name, even when the head is a title word
  ['org-for', 'Campaign for Reyes says he will recast his image.', ['Campaign for Reyes | organization | name | Campaign for Reyes']],
  ['org-for', 'Yesterday the Campaign for Reyes said he would recast his image.', ['Campaign for Reyes | organization | name | the Campaign for Reyes']],
  ['org-for', 'The Committee for a Fair Port said the levy would fail.', ['Committee for a Fair Port | organization | name | The Committee for a Fair Port']],
  ['org-for', 'The Center for Harbor Studies said the port would grow.', ['Center for Harbor Studies | organization | name | The Center for Harbor Studies']],
  ['org-for', 'Democracy for Dover said the senator had several options.', ['Democracy for Dover | organization | name | Democracy for Dover']],
  ['org-for', 'A spokesman cited data from the Brantley Center for Port Studies. "The harbor is full," the Brantley Center for Port Studies said.', ['Brantley Center for Port Studies | organization | name | the Brantley Center for Port Studies']],
  // unchanged: a title word before a person's name is a title, and lawyers for a person are a description
  ['org-for', 'Campaign manager Tom Reyes said he would win.', ['Tom Reyes | person | name | Campaign manager Tom Reyes']],
  ['org-for', 'Lawyers for Reyes said the case was weak.', ['Lawyers for Reyes | group | description | Lawyers for Reyes']],
  ['org-for', 'Students for Clean Rivers said the dam was a mistake.', ['Students for Clean Rivers | organization | name | Students for Clean Rivers']],
  // a one-word "name" that only ever opens a sentence is a common word, never the antecedent of he or she
  ['opening-word', 'Tom Hale coached the team for years. Things have changed since the merger. "We will be back," he said.', ['Tom Hale | person | pronoun | he']],
  ['opening-word', 'Ann Lee runs the shelter on Elm Street. Audiences can expect more shows this year. "We will adapt," she said.', ['Ann Lee | person | pronoun | she']],
  ['opening-word', 'Tom Hale wrote the report. Charismatic and blunt, the coach spoke for an hour. "We will be back," he said.', ['the coach | person | description | the coach', 'Tom Hale | person | pronoun | he']],
  ['opening-word', 'Tom Hale coached the club. Sure, the season was long. "We will be back," he said.', ['Tom Hale | person | pronoun | he']],
  // unchanged: a word followed by its own verb, a singular auxiliary or a possessive may be a person named once
  ['opening-word', 'The clinic opened in May. Hale has run it since. "We are full," he said.', ['Hale | person | pronoun | he']],
  ['opening-word', 'Tom Hale coached the team. Reyes defied the board. "We will be back," he said.', ['Reyes | person | pronoun | he']],
  // a one-word name the text writes alone after a preposition of place is a place or a firm, not he or she
  ['place-word', 'Sami Haddad arrived from Aleppo with his wife and found a flat in Brill. Soon, Brill became his home. "I feel safe," he said.', ['Sami Haddad | person | pronoun | he']],
  ['place-word', 'Tom Hale took a job at Kestrel in 2010. Kestrel grew fast. "We hired every month," he said.', ['Tom Hale | person | pronoun | he']],
  ['place-word', 'Tom Hale talks to his sons on Vexo every week. Vexo keeps the family close. "It is our kitchen table," he said.', ['Tom Hale | person | pronoun | he']],
  // unchanged: "on" after a verb may take a person
  ['place-word', 'Ann Lee spied on Hale for years. Hale knew it. "She was everywhere," he said.', ['Hale | person | pronoun | he']],
  // unchanged: the surname of a full name stays a person even after "in" elsewhere ("in Hale's view" is no place)
  ['place-word', 'Ann Lee met Tom Hale in Dover. In Hale\'s view, the port is busy. Hale spoke first. "We need the port," he said.', ['Tom Hale | person | pronoun | he']],
  // a lower-case particle between name words stays in the name
  ['name-particle', 'Omar bin Talal said the talks had failed.', ['Omar bin Talal | person | name | Omar bin Talal']],
  ['name-particle', 'Omar bin Talal arrived in May. "The talks failed," he said.', ['Omar bin Talal | person | pronoun | he']],
  ['name-particle', 'Tom Reyes met Charles de Brill in May. "It went well," said Charles de Brill.', ['Charles de Brill | person | name | Charles de Brill']],
  // unchanged: a particle with no name word before it opens no name
  ['name-particle', 'The report was written de novo. Ann Lee said it was late.', ['Ann Lee | person | name | Ann Lee']],
];

describe('speaker names, round 16', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
});
