/**
 * read55: fixes from a review of stop 48 round 2's merges. "Charity" opening
 * a name of two words is a given name, not the organisation noun fix64 added;
 * "landlord" tells no gender; a pronoun two sentences or more after its
 * nearest fitting name does not take the subject of a clause of circumstance
 * that opens that name's sentence (pron10's subject preference); the "to" of
 * a medium's noun after an answering cue ("replied in a letter to the editor
 * ...") is no "to" of what was answered. Exact parts,
 * speaker mention, name, entity kind, cue and rule; plus rows that keep what
 * round 2 fixed, and negatives.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, type NamedRow } from './support/name-rows.js';

/** A quotation with its speaker entity's kind (null when it has no speaker). */
type KindRow = NamedRow & { entity: string | null };

function kindRows(input: string): KindRow[] {
  const r = extract(input);
  return namedRows(r).map((row, i) => {
    const q = r.quotes[i]!;
    return { ...row, entity: q.speaker ? r.speakers[q.speaker.id]!.kind : null };
  });
}

function k(kind: string, parts: string[], mention: string | null, name: string | null, entity: string | null, cue: string | null, rule: string): KindRow {
  return { kind, parts, mention, name, cue, rule, entity };
}

const cases: [string, string, KindRow[]][] = [
  ['"Charity" opening a two-word name is a given name', 'Charity Moss said the beds were full.', [
    k('indirect', ['the beds were full'], 'Charity Moss', 'Charity Moss', 'person', 'said', 'reported/cue-clause'),
  ]],
  ['and "she" after it stands for her', 'Charity Moss runs the shelter. She said the beds were full.', [
    k('indirect', ['the beds were full'], 'She', 'Charity Moss', 'person', 'said', 'reported/cue-clause'),
  ]],
  ['"Charity" closing a name still makes an organisation', 'Harbor Charity said it would close.', [
    k('indirect', ['it would close'], 'Harbor Charity', 'Harbor Charity', 'organization', 'said', 'reported/cue-clause'),
  ]],
  ['a name "the charity" describes stays an organisation (fix64)', 'The charity, Little Lights, said it would close. "We are out of money," it said.', [
    k('indirect', ['it would close'], 'The charity, Little Lights', 'Little Lights', 'organization', 'said', 'reported/cue-clause'),
    k('direct', ['We are out of money,'], 'it', 'Little Lights', 'organization', 'said', 'direct/trailing-speaker-cue'),
  ]],
  ['"a landlord" tells no gender: "she" is the landlord', 'A landlord said rents would rise. "Costs are up," she said.', [
    k('indirect', ['rents would rise'], 'A landlord', 'A landlord', 'person', 'said', 'reported/cue-clause'),
    k('direct', ['Costs are up,'], 'she', 'A landlord', 'person', 'said', 'direct/trailing-speaker-cue'),
  ]],
  ['and neither does "he"', 'A landlord said rents would rise. "Costs are up," he said.', [
    k('indirect', ['rents would rise'], 'A landlord', 'A landlord', 'person', 'said', 'reported/cue-clause'),
    k('direct', ['Costs are up,'], 'he', 'A landlord', 'person', 'said', 'direct/trailing-speaker-cue'),
  ]],
  ['the subject of a fronted "after" clause gives way to the main clause\'s', 'After Lee spoke, Tom Hale left. The room went quiet. "It is over," he said.', [
    k('direct', ['It is over,'], 'he', 'Tom Hale', 'person', 'said', 'direct/trailing-speaker-cue'),
  ]],
  ['and of a fronted "when" clause', 'When Tom Lee arrived, Tom Hale was gone. Nobody knew why. "I had to go," he said.', [
    k('direct', ['I had to go,'], 'he', 'Tom Hale', 'person', 'said', 'direct/trailing-speaker-cue'),
  ]],
  ['a subject after the comma of a fronted phrase is the main clause\'s: it keeps pron10\'s preference', 'During the debate, Tom Reyes spoke of Tom Hale. The room went quiet. "It is over," he said.', [
    k('indirect', ['Tom Hale'], 'Tom Reyes', 'Tom Reyes', 'person', 'spoke of', 'reported/cue-topic'),
    k('direct', ['It is over,'], 'he', 'Tom Reyes', 'person', 'said', 'direct/trailing-speaker-cue'),
  ]],
  ['pron10\'s own shape is unchanged', 'Reyes took a swipe at Tom Hale on Monday. The crowd cheered. "It is over," he wrote.', [
    k('direct', ['It is over,'], 'he', 'Reyes', 'person', 'wrote', 'direct/trailing-speaker-cue'),
  ]],
  ['the "to" of a medium\'s noun after an answering cue takes the noun, and the clause after it is reported', 'Ms. Lee replied in a letter to the editor the fee was fair.', [
    k('indirect', ['the fee was fair'], 'Ms. Lee', 'Lee', 'person', 'replied', 'reported/cue-clause'),
  ]],
  ['and an email to reporters', 'Hale replied in an email to reporters the plan was sound.', [
    k('indirect', ['the plan was sound'], 'Hale', 'Hale', 'person', 'replied', 'reported/cue-clause'),
  ]],
];

const negatives: [string, string][] = [
  ['a given name "Charity" with no cue', 'Charity Moss runs the shelter.'],
  ['a fronted clause with no quotation after it', 'After Lee spoke, Tom Hale left. The room went quiet.'],
  ['a landlord with no cue', 'A landlord raised the rent in May.'],
  ['a non-response after a time phrase ending in a time noun', 'Hale did not respond Friday night to a request for comment.'],
  ['a reply to a letter after a time phrase', 'Hale replied on Monday to the letter.'],
];

describe('read55: round 2 review fixes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(kindRows(input)).toEqual(expected);
  });
  test.each(negatives)('nothing: %s', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
