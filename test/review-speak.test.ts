/**
 * Fixes from the review of the speakers area: a phrase hard-wrapped over a
 * line break, a description set off after a name, a surname the text also
 * writes in lower case, a plural before a title and a name. Invented
 * sentences and names; each row gives the quote text, the cue, the speaker
 * mention and the speaker name of every quote, in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | mention | name`. */
function rows(input: string): string[] {
  return extract(input).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
}

// [what, invented input, expected rows]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // a hard-wrapped line runs on into the speaker phrase
  ['a name wrapped over a line break', 'The vote was close. Mayor Ann\nReyes said it was fair.',
    ['it was fair | said | Mayor Ann\nReyes | Ann Reyes']],
  // the wrapped name and the same name on one line are one speaker
  ['a wrapped name and the plain name', 'The vote was close. Mayor Ann\nReyes said it was fair. Later, Ann Reyes said that the count was done.',
    ['it was fair | said | Mayor Ann\nReyes | Ann Reyes', 'the count was done | said | Ann Reyes | Ann Reyes']],
  ['a description wrapped over a line break', 'After the vote, the port authority chief financial\nofficer said the fee was fair.',
    ['the fee was fair | said | the port authority chief financial\nofficer | the port authority chief financial officer']],
  // a headline or a paragraph break does not
  ['a headline before the name', 'Budget Talks Stall\nMayor Ann Reyes said it was fair.',
    ['it was fair | said | Mayor Ann Reyes | Ann Reyes']],
  ['a paragraph break before the name', 'The ferry board met in the hall\n\nMayor Ann Reyes said it was fair.',
    ['it was fair | said | Mayor Ann Reyes | Ann Reyes']],
  // the description after a name counts by its head, not by its last word
  ['"a friend of the mayor" is no mayor', 'Ann Lee, a friend of the mayor, spoke. The mayor said the fee was fair.',
    ['the fee was fair | said | The mayor | The mayor']],
  ['"the owner of the ferry" is an owner', 'Ann Lee, the owner of the ferry, met Tom Hale. Tom Hale, the mayor, spoke. The owner said the fee was fair.',
    ['the fee was fair | said | The owner | Ann Lee']],
  ['"the mayor" set off after a name is the mayor', 'Tom Hale, the mayor, spoke. The mayor said the fee was fair.',
    ['the fee was fair | said | The mayor | Tom Hale']],
  // a surname next to a verb stays a person although the text writes the word in lower case too
  ['a surname also written in lower case', 'The board praised Marsh on Monday. The marsh was flooded by noon. He said the quay was safe.',
    ['the quay was safe | said | He | Marsh']],
  ['a capitalised common word opening a sentence is no person', 'Growth slowed in the spring. The growth of the port was small. He said the quay was safe.',
    ['the quay was safe | said | He | He']],
  // a plural before a title and a name speaks itself; an organisation's title before a person does not
  ['"Colleagues of" a titled person', 'Colleagues of Mayor Ann Lee said the fee was fair.',
    ['the fee was fair | said | Colleagues of Mayor Ann Lee | Colleagues']],
  ['"Associates of" a titled person', 'Associates of Mayor Ann Lee said the fee was fair.',
    ['the fee was fair | said | Associates of Mayor Ann Lee | Associates']],
  ['an organisation\'s title before a person', 'Centers for Harbour Safety Director Tom Reyes said the fee was fair.',
    ['the fee was fair | said | Centers for Harbour Safety Director Tom Reyes | Tom Reyes']],
];

describe('review fixes in the speakers area', () => {
  test.each(TABLE)('%s', (_what, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });
});
