/**
 * direct17: direct quotes after a colon that had a speaker but no cue. As
 * annotated news marks them, the colon after a name is the cue
 * (`direct/name-colon`: 'Tomas Brenner: "..."'), and so is the clause's verb
 * phrase through the colon (`direct/clause-colon`: 'Ada Moss went even
 * further: "..."'). Each row: invented input, and the expected
 * `kind | text | speaker name | cue | cue lemma | rule` of each quote in order;
 * negatives (a list, a title, a label after a colon) yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `kind | text | name | cue | lemma | rule`. */
function shown(r: Extraction): string[] {
  return r.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? '-', q.cue?.span.text ?? '-', q.cue?.lemma ?? '-', q.rule].join(' | '));
}

// [invented input, expected quotes in order]
const TABLE: readonly (readonly [string, readonly string[]])[] = [
  // a name, or a short description of a person, alone before the colon: the colon is the cue
  ['Tomas Brenner: "The harbour will reopen in May."', ['direct | The harbour will reopen in May. | Tomas Brenner | : | : | direct/name-colon']],
  ['Mayor Ilse Varga: “We will not sell the ferry.”', ['direct | We will not sell the ferry. | Ilse Varga | : | : | direct/name-colon']],
  ['The commissioner: "Nobody will lose a job."', ['direct | Nobody will lose a job. | The commissioner | : | : | direct/name-colon']],
  // a clause that hands over to the quote: its verb phrase through the colon, the main verb its lemma
  ['Councillor Ada Moss went even further: "The budget is a fantasy."', ['direct | The budget is a fantasy. | Ada Moss | went even further: | go | direct/clause-colon']],
  ['Later that evening, Ned Olsen boomed: "Let us finish the job."', ['direct | Let us finish the job. | Ned Olsen | boomed: | boom | direct/clause-colon']],
  [
    'Rep. Jana Kell, D-Ore., delivered a blunt message to the board: "Fix the bridge."',
    ['direct | Fix the bridge. | Jana Kell | delivered a blunt message to the board: | deliver | direct/clause-colon'],
  ],
  ['Ada Moss did not mince words: "The budget is a fantasy."', ['direct | The budget is a fantasy. | Ada Moss | did not mince words: | mince | direct/clause-colon']],
  // a passive verb of saying: its agent speaks, the verb before "by" is the cue
  ['Petra Lind was asked by Karl Osei: "Will the pier stay open?"', ['direct | Will the pier stay open? | Karl Osei | was asked | ask | direct/clause-colon']],
  // the owner of words said before "was": the colon is the cue
  ['Varga’s reply was short: "No."', ['direct | No. | Varga | : | : | direct/clause-colon']],
  // unchanged: a cue the lexicon reads keeps its own span
  ['The harbor master added: "We are ready."', ['direct | We are ready. | The harbor master | added | add | direct/leading-speaker-cue']],
  // negatives: a list, a title, a label, a clause that introduces no words
  ['The menu lists three dishes: "Soup," "Stew" and "Pie."', []],
  ['Chapter two has a title: "The Long Winter."', []],
  ['Wait, it gets better: "Free parking for all."', []],
  ['Key points: "Lower fares for students."', []],
  ['Ada Moss has a simple rule: "Never borrow."', []],
];

describe('direct17: a cue for the colon before a quote', () => {
  test.each(TABLE)('%s', (input, expected) => {
    expect(shown(extract(input))).toEqual(expected);
  });

  test('the cue spans are the text they cover', () => {
    const text = 'Tomas Brenner: "We sail at dawn." Ada Moss went even further: "We sail tonight."';
    const r = extract(text);
    expect(r.quotes.map((q) => q.cue?.span.text)).toEqual([':', 'went even further:']);
    for (const q of r.quotes) {
      const cue = q.cue!.span;
      expect(text.slice(cue.start, cue.end)).toBe(cue.text);
    }
  });
});
