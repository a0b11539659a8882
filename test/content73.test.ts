/**
 * Helper content73: two shapes of direct quotes next to another attribution.
 * A quotation set off by a dash after a clause whose subject stands before
 * adverbs or auxiliaries and then its verb (`The union has long bristled at
 * the plan - "..." its leader said.`) is a direct quote of its own trailing
 * attribution, as content72 made it after a plain verb. A second quotation
 * after `"A," Lee said, ` that closes with a comma and has a cue and another
 * person as speaker of its own (`"B," his spokesman added.`) is that person's
 * quote, not the rest of Lee's. A pronoun or the same name after the second
 * quotation, or no attribution of its own, keeps one quote of two parts.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { EVERY } from './support/fix-rows.js';

/** [kind, parts, speaker name, cue] of each quote. */
type Shape = [string, string[], string | null, string | null];

const shapesOf = (text: string, options = {}): Shape[] =>
  extract(text, options).quotes.map((q) => [q.kind, q.parts.map((p) => p.text), q.speaker?.name ?? null, q.cue?.span.text ?? null]);

const both = (text: string, expected: Shape[]): void => {
  expect(shapesOf(text)).toEqual(expected);
  expect(shapesOf(text, EVERY)).toEqual(expected);
};

describe('content73: a dash after subject, adverb and verb sets off a quotation attributed on its own', () => {
  test.each<[string, Shape[]]>([
    ['The union has long bristled at the plan - "It is theft," its leader, Omar Quist, said.',
      [['direct', ['It is theft,'], 'Omar Quist', 'said']]],
    ['The guild had twice fought the merger — "It will cost us our jobs," Pia Lund said.',
      [['direct', ['It will cost us our jobs,'], 'Pia Lund', 'said']]],
    ['The ferry crews long resented the new timetable – “Nobody asked us,” their steward, Cal Brandt, told the council.',
      [['direct', ['Nobody asked us,'], 'Cal Brandt', 'told']]],
  ])('%s', (text, expected) => both(text, expected));
});

describe('content73: no quotation of its own without a subject before the dash, or in lower case', () => {
  test.each<[string, Shape[]]>([
    // an adverb and a verb with no subject before them
    ['Then came the vote - "It is theft," Quist said.',
      [['mixed', ['Then came the vote - "It is theft,"'], 'Quist', 'said']]],
  ])('%s', (text, expected) => both(text, expected));

  test('a quotation in lower case is a phrase its sentence goes on with', () => {
    const shapes = shapesOf('The union has long bristled at the plan - "at the very least," Quist said - and walked out.');
    expect(shapes.some(([kind, parts]) => kind === 'direct' && parts.length === 1 && parts[0] === 'at the very least,')).toBe(false);
  });
});

describe('content73: a second speaker after an interrupted quote takes the second quotation', () => {
  test.each<[string, Shape[]]>([
    ['"We are ready," Lee said, "and we will win," his spokesman added.',
      [
        ['direct', ['We are ready,'], 'Lee', 'said'],
        ['direct', ['and we will win,'], 'his spokesman', 'added'],
      ]],
    ['“The bridge is safe,” Mayor Ines Toma said, “but the ramp is not,” added Rui Okoro, the city engineer.',
      [
        ['direct', ['The bridge is safe,'], 'Ines Toma', 'said'],
        ['direct', ['but the ramp is not,'], 'Rui Okoro', 'added'],
      ]],
    ["''We are ready,'' Lee said, ''and we will win,'' Moss added.",
      [
        ['direct', ['We are ready,'], 'Lee', 'said'],
        ['direct', ['and we will win,'], 'Moss', 'added'],
      ]],
  ])('%s', (text, expected) => both(text, expected));
});

describe('content73: the same speaker, or no attribution of its own, keeps one quote of two parts', () => {
  test.each<[string, Shape[]]>([
    // a pronoun may stand for the first speaker
    ['"We are ready," Lee said, "and we will win," she added.',
      [['direct', ['We are ready,', 'and we will win,'], 'Lee', 'said']]],
    // the first speaker named again
    ['"We are ready," Ann Lee said, "and we will win," Lee added.',
      [['direct', ['We are ready,', 'and we will win,'], 'Ann Lee', 'said']]],
    ['"We are ready," Lee said, "and we will win."',
      [['direct', ['We are ready,', 'and we will win.'], 'Lee', 'said']]],
  ])('%s', (text, expected) => both(text, expected));
});
