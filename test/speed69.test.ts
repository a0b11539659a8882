/**
 * Speed round 69 (issue 12): every mention the speaker finders build has one
 * object shape (`shapedMention`: the same fields in the same order, an absent
 * optional field undefined), so that the functions reading mentions stay
 * monomorphic. What is found does not change. Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { makeMention, speakerBefore } from '../src/speakers/phrase.js';
import { shapedMention, type Mention } from '../src/speakers/shape.js';
import { extract } from './support/invariants.js';

const tokenizer = new Tokenizer();
const FIELDS = ['first', 'last', 'start', 'end', 'kind', 'titles', 'name', 'antecedent', 'description', 'head', 'turn'];

/** Index of the first token whose text is `word`. */
function tokenOf(text: string, word: string): { doc: ReturnType<typeof prepare>; k: number } {
  const doc = prepare(text, tokenizer);
  const k = doc.tokens.findIndex((t) => t.value === word);
  expect(k).toBeGreaterThan(0);
  return { doc, k };
}

describe('shapedMention', () => {
  test('sets every field in one order, an absent one undefined', () => {
    const m = shapedMention({ kind: 'pronoun', name: 'she', titles: [], end: 3, start: 0, last: 1, first: 0 } as Mention);
    expect(Object.keys(m)).toEqual(FIELDS);
    expect(m).toEqual({ first: 0, last: 1, start: 0, end: 3, kind: 'pronoun', titles: [], name: 'she' });
    expect(m.antecedent).toBeUndefined();
    expect(m.head).toBeUndefined();
  });

  test('keeps the optional fields given', () => {
    const antecedent = shapedMention({ first: 0, last: 2, start: 0, end: 9, kind: 'name', titles: [], name: 'Ann Lee' });
    const m = shapedMention({ first: 3, last: 4, start: 11, end: 14, kind: 'pronoun', titles: [], name: 'who', antecedent, head: 3, description: 'the clerk', turn: true });
    expect(Object.keys(m)).toEqual(FIELDS);
    expect(m.antecedent).toBe(antecedent);
    expect([m.head, m.description, m.turn]).toEqual([3, 'the clerk', true]);
  });
});

describe('the finders build mentions of the one shape', () => {
  const cases: readonly (readonly [string, string, string, Mention['kind'], string])[] = [
    ['a titled name', 'Deputy Mayor Tilda Brennock said the bridge would reopen in May.', 'said', 'name', 'Tilda Brennock'],
    ['a description', 'Several growers in the lower valley said the frost came late.', 'said', 'description', 'Several growers in the lower valley'],
    ['a pronoun', 'She said the budget was short by a million dollars.', 'said', 'pronoun', 'She'],
    ['two names', 'Orla Vantree and Piet Hollander said the deal was off.', 'said', 'name', 'Orla Vantree and Piet Hollander'],
  ];
  test.each(cases)('%s', (_label, text, cue, kind, name) => {
    const { doc, k } = tokenOf(text, cue);
    const found = speakerBefore(doc, k, 0);
    expect(found?.kind).toBe(kind);
    expect(found?.name).toBe(name);
    expect(Object.keys(found!)).toEqual(FIELDS);
    // a copy handed out again by the memo keeps the shape
    expect(Object.keys(speakerBefore(doc, k, 0)!)).toEqual(FIELDS);
  });

  test('a relative pronoun and its antecedent', () => {
    const { doc, k } = tokenOf('The panel heard from Councillor Bram Oduya, who said the vote would wait.', 'said');
    const found = speakerBefore(doc, k, 0);
    expect(found?.kind).toBe('pronoun');
    expect(found?.name).toBe('who');
    expect(found?.antecedent?.name).toBe('Bram Oduya');
    expect(Object.keys(found!)).toEqual(FIELDS);
    expect(Object.keys(found!.antecedent!)).toEqual(FIELDS);
  });

  test('an empty range is no mention', () => {
    const { doc } = tokenOf('Tilda Brennock said nothing.', 'said');
    expect(makeMention(doc, 2, 2)).toBeNull();
  });
});

describe('extraction with shaped mentions', () => {
  const table: readonly (readonly [string, string, readonly string[]])[] = [
    ['a reported quote and a pronoun after it',
      'Lise Quenneville, the harbor master, said the channel would close on Friday. She added that dredging would take a month.',
      ['the channel would close on Friday | said | Lise Quenneville', 'dredging would take a month | added | Lise Quenneville']],
    ['a direct quote and a reported one', '"We will rebuild," said Hanne Ostrova. Later, Ostrova said the plan was ready.',
      ['We will rebuild, | said | Hanne Ostrova', 'the plan was ready | said | Hanne Ostrova']],
    ['no cue', 'The ferry left the harbor at noon.', []],
  ];
  test.each(table)('%s', (_label, text, expected) => {
    const rows = extract(text).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
    expect(rows).toEqual(expected);
  });
});
