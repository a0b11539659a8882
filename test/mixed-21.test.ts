/**
 * Mixed-quote content bounds, round 21 (issue 11): a reported quote that took
 * a later quotation of its own sentence as a part holds the words between
 * (`src/refine/sentence-gap.ts`). Invented sentences with the exact parts,
 * speaker, cue and rule expected; and the shapes whose parts stay apart.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // the clause cut before ", which", the quotation after it joined: one stretch
  ['NAME said CLAUSE, which "..."', 'Tom Hale said he was hoping for a big crowd, which "will help the new mayor win."', [
    row(['he was hoping for a big crowd, which "will help the new mayor win.'], 'Tom Hale', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['NAME said CLAUSE, so SUBJECT VERB "..."', 'Ivo Brandt said the ferry was late again, so the town will need "a second boat by the summer."', [
    row(['the ferry was late again, so the town will need "a second boat by the summer."'], 'Ivo Brandt', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  // narrator's words between the quotations of a quoted object
  ['NAME called it "...," made by some "...," who are "..."', 'Ana Ruiz called it a "costly error," made by some "loud voices in the council," who are "simply wrong about the pier."', [
    row(['it a "costly error," made by some "loud voices in the council," who are "simply wrong about the pier.'], 'Ana Ruiz', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['NAME called X a "...," a "..." and a "..."', 'Lena Hart called the mayor a "tireless worker," a "good neighbor" and a "friend of the harbor."', [
    row(['the mayor a "tireless worker," a "good neighbor" and a "friend of the harbor.'], 'Lena Hart', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // an interrupting attribution is no part of the quote (a direct rule's parts are left as they are)
  ['CLAUSE, NAME said, "..."', 'The pier will close in May, Ada Moss said, "and we will rebuild it by June."', [
    row(['The pier will close in May', 'and we will rebuild it by June.'], 'Ada Moss', 'said', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  // the next sentence's quotation keeps its own part
  ['NAME said CLAUSE. "..."', 'Ada Moss said the pier was safe. "We checked it twice."', [
    row(['the pier was safe', 'We checked it twice.'], 'Ada Moss', 'said', 'reported/cue-clause', 'mixed'),
  ]],
];

describe('mixed-quote content bounds, round 21', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  // a dash sets off the narrator's aside: no part runs over it (what the quotation after the aside belongs to is
  // not pinned here; it is the narrator's)
  test('NAME said CLAUSE "..." - an aside "..."', () => {
    const r = extract('Lena Hart said she was willing to meet the "harbor (not) board" - a play on the name "harbor board."');
    const parts = r.quotes.flatMap((q) => q.parts.map((p) => p.text));
    expect(parts).toContain('she was willing to meet the "harbor (not) board"');
    expect(parts.filter((p) => p.includes('a play on'))).toEqual([]);
  });
});
