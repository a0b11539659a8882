/**
 * Speed round 72 (issue 12): a mention copied with changes (`mentionWith`) or
 * handed out again by the speaker memo is made by `shapedMention`, not by a
 * spread or a frozen object, so that mentions keep one hidden class in V8.
 * What is found does not change. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { speakerBefore } from '../src/speakers/phrase.js';
import { mentionWith, shapedMention, type Mention } from '../src/speakers/shape.js';
import { extract } from './support/invariants.js';

const tokenizer = new Tokenizer();
const FIELDS = ['first', 'last', 'start', 'end', 'kind', 'titles', 'name', 'antecedent', 'description', 'head', 'turn'];

describe('mentionWith', () => {
  const base = shapedMention({ first: 2, last: 4, start: 10, end: 22, kind: 'name', titles: ['Sen.'], name: 'Orla Vantree', head: 3 });

  test('makes the changes on a new mention of the one shape', () => {
    const m = mentionWith(base, { last: 6, end: 40, description: 'the committee chair' });
    expect(Object.keys(m)).toEqual(FIELDS);
    expect(m).toEqual({ first: 2, last: 6, start: 10, end: 40, kind: 'name', titles: ['Sen.'], name: 'Orla Vantree', description: 'the committee chair', head: 3 });
    expect(m).not.toBe(base);
    expect([base.last, base.end, base.description]).toEqual([4, 22, undefined]);
  });

  test('a change to undefined clears the field, as a spread does', () => {
    const m = mentionWith(base, { head: undefined });
    expect(m.head).toBeUndefined();
    expect(m).toEqual({ ...base, head: undefined });
  });

  test('keeps the antecedent given', () => {
    const who = mentionWith(base, { first: 5, last: 6, kind: 'pronoun', name: 'who', titles: [], antecedent: base });
    expect(Object.keys(who)).toEqual(FIELDS);
    expect(who.antecedent).toBe(base);
    expect(who.kind).toBe('pronoun');
  });
});

describe('the speaker memo', () => {
  test('hands out unfrozen copies of the one shape, none the same object', () => {
    const doc = prepare('Councillor Bram Oduya, who chairs the board, said the vote would wait.', tokenizer);
    const k = doc.tokens.findIndex((t) => t.value === 'said');
    const first = speakerBefore(doc, k, 0)!;
    const again = speakerBefore(doc, k, 0)!;
    expect(first.name).toBe('Bram Oduya');
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(false);
    expect(Object.keys(first)).toEqual(FIELDS);
    expect(Object.keys(again)).toEqual(FIELDS);
    // the first caller's object is its own: a change to it does not reach a later caller
    (first as { name: string }).name = 'changed';
    expect(speakerBefore(doc, k, 0)!.name).toBe('Bram Oduya');
  });

  test('copies an antecedent too', () => {
    const doc = prepare('The panel heard from Councillor Bram Oduya, who said the vote would wait.', tokenizer);
    const k = doc.tokens.findIndex((t) => t.value === 'said');
    const first = speakerBefore(doc, k, 0)!;
    const again = speakerBefore(doc, k, 0)!;
    expect(first.name).toBe('who');
    expect(again.antecedent?.name).toBe('Bram Oduya');
    expect(again.antecedent).not.toBe(first.antecedent);
    expect(Object.keys(again.antecedent as Mention)).toEqual(FIELDS);
  });
});

describe('extraction with widened mentions', () => {
  const table: readonly (readonly [string, string, readonly string[]])[] = [
    ['an appositive description', 'Tilda Brennock, the harbor master, said the channel would close on Friday.',
      ['the channel would close on Friday | said | Tilda Brennock']],
    ['a speaker after the cue with an appositive', '"The channel will close," said Hanne Ostrova, the harbor master.',
      ['The channel will close, | said | Hanne Ostrova']],
    ['no cue', 'The ferry left the harbor at noon.', []],
  ];
  test.each(table)('%s', (_label, text, expected) => {
    const rows = extract(text).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
    expect(rows).toEqual(expected);
  });
});
