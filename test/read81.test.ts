/**
 * Review of stop 64's merges (read81): the mentions that the finders added
 * after speed69 branched (a person named after "one", two titles joined by
 * "and", a Dutch particle with the elided article) come in the one object
 * shape of `shapedMention`; a party letter and state in brackets after a
 * name tell "the Ohio Republican" who it is or is not; a closing dash keeps
 * exact offsets after astral characters and CRLF line ends. Sentences and
 * names are invented.
 */
import { describe, expect, test } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { speakerBefore } from '../src/speakers/phrase.js';
import { oneSpeaker } from '../src/speakers/find/one-word.js';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const tokenizer = new Tokenizer();
const FIELDS = ['first', 'last', 'start', 'end', 'kind', 'titles', 'name', 'antecedent', 'description', 'head', 'turn'];

/** The document of `text` and the index of the first token `word`. */
function at(text: string, word: string): { doc: ReturnType<typeof prepare>; k: number } {
  const doc = prepare(text, tokenizer);
  const k = doc.tokens.findIndex((t) => t.value === word);
  expect(k).toBeGreaterThan(0);
  return { doc, k };
}

describe('mentions of the finders added this stop have the one shape', () => {
  test.each([
    ['a person named after "one"', '"We are done," said one, Piet Jansen.', 'Piet Jansen', 'one'],
    ['a person named after "another", a relative after', '"We are done," said another, Ann Okafor, who lives nearby.', 'Ann Okafor', 'another'],
  ])('%s', (_label, text, name, description) => {
    const { doc, k } = at(text, description);
    const m = oneSpeaker(doc, k);
    expect(m?.name).toBe(name);
    expect(m?.description).toBe(description);
    expect(Object.keys(m!)).toEqual(FIELDS);
  });

  test.each([
    ['two titles of one person joined by "and"', 'Former Ohio Gov. and Harbor Party Chairman Tom Reeve said the vote was close.', 'Tom Reeve'],
    ['a Dutch particle with the elided article', "Sophie in 't Veld said the rules were weak.", "Sophie in 't Veld"],
  ])('%s', (_label, text, name) => {
    const { doc, k } = at(text, 'said');
    const m = speakerBefore(doc, k, 0);
    expect(m?.kind).toBe('name');
    expect(m?.name).toBe(name);
    expect(Object.keys(m!)).toEqual(FIELDS);
  });
});

describe('a party letter and state in brackets after a name (pron68)', () => {
  const cases: [string, string, NamedRow[]][] = [
    ['another state in the brackets: the description stays', 'Rep. Tom Hale (R-Texas) spoke on Monday about the plan. The Ohio Republican said the votes were there.', [
      named(['the plan'], 'Rep. Tom Hale (R-Texas)', 'Tom Hale', 'spoke', 'reported/cue-topic-adjunct'),
      named(['the votes were there'], 'The Ohio Republican', 'Ohio Republican', 'said', 'reported/cue-clause'),
    ]],
    ['the same party and state: the person', 'Rep. Tom Hale (R-Ohio) spoke on Monday about the plan. The Ohio Republican said the votes were there.', [
      named(['the plan'], 'Rep. Tom Hale (R-Ohio)', 'Tom Hale', 'spoke', 'reported/cue-topic-adjunct'),
      named(['the votes were there'], 'The Ohio Republican', 'Tom Hale', 'said', 'reported/cue-clause'),
    ]],
  ];
  test.each(cases)('%s', (_label, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('a closing dash after astral characters and CRLF line ends', () => {
  test('parts, speaker and cue at their offsets', () => {
    const text = '\u{1D49C} The plant will close in June \u2014 the company said in a statement.\r\nThe dam \u{1F6A7} will hold -- the engineer told reporters on Friday.';
    const r = extract(text);
    expect(r.quotes.map((q) => [q.parts.map((p) => p.text), q.speaker?.name ?? null, q.cue?.span.text ?? null])).toEqual([
      [['\u{1D49C} The plant will close in June'], 'the company', 'said'],
      [['The dam \u{1F6A7} will hold'], 'the engineer', 'told'],
    ]);
    for (const q of r.quotes) {
      for (const p of q.parts) expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(text.slice(q.cue!.span.start, q.cue!.span.end)).toBe(q.cue!.span.text);
    }
  });
});

describe('a closing dash before an attribution with a day or time word (closing-dash.ts)', () => {
  /** Each quote as [parts, speaker name, cue, rule]. */
  const rows = (text: string): [string[], string | null, string | null, string][] =>
    extract(text).quotes.map((q) => [q.parts.map((p) => p.text), q.speaker?.name ?? null, q.cue?.span.text ?? null, q.rule]);

  test.each([
    ['The ferry service will end in October \u2014 the harbor board said Friday.', 'The ferry service will end in October', 'the harbor board'],
    ['The ferry service will end in October \u2014 the harbor board said yesterday.', 'The ferry service will end in October', 'the harbor board'],
    ['The ferry service will end in October \u2014 the harbor board said Friday in a statement.', 'The ferry service will end in October', 'the harbor board'],
  ])('%s', (text, content, speaker) => {
    expect(rows(text)).toEqual([[[content], speaker, 'said', 'reported/content-speaker-cue']]);
  });

  test('a clause after the day word is what was said, not the words before the dash', () => {
    expect(rows('The ferry service will end in October \u2014 the harbor board said Friday it would keep the crews.')).toEqual([
      [['it would keep the crews'], 'the harbor board', 'said', 'reported/cue-clause'],
    ]);
  });

  test('an object after the verb is no closing attribution', () => {
    expect(rows('The ferry service ended in October \u2014 the harbor board said nothing on Friday.')).toEqual([]);
  });
});
