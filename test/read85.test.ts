/**
 * Review read85 of round 73's merged rules, on near variants of their
 * examples: "sees X as Y" takes no conjunction right before "as" ("saw the
 * flood and as a result they moved"); a source phrase inside brackets that
 * open the sentence backs the aside without the bracket; a list after a cue
 * and a colon ends at an empty item rather than losing its items. Invented
 * sentences and names only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [kind, parts, speaker mention, cue, rule]. */
function rows(text: string, options: object = {}): [string, string[], string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.kind, q.parts.map((p) => p.text), q.speaker?.mention?.text ?? null, q.cue?.span.text ?? '', q.rule]);
}

describe('"sees X as Y": a conjunction must join two nouns', () => {
  test.each([
    ['"and" right before "as"', 'Ferry crews saw the flood and as a result they moved the boats inland.'],
    ['"or" right before "as"', 'Tenants see the new levy or as some call it a tax on renters.'],
    ['a participle, then "and as"', 'Fishermen saw the squall coming and as usual they stayed in port.'],
  ])('%s: nothing', (_label, text) => {
    expect(rows(text, ALL)).toEqual([]);
  });

  test('two nouns joined by "or" still make the object', () => {
    expect(rows('Dock workers see the fees or the tolls as a burden on small crews.', ALL)).toEqual([
      ['indirect', ['the fees or the tolls as a burden on small crews'], 'Dock workers', 'see', 'reported/cue-as'],
    ]);
  });
});

describe('a source phrase inside brackets that open the sentence', () => {
  test('the content starts after the opening bracket', () => {
    expect(rows('The ferry ran late. (Turnout was low, according to county records.) The count went on.')).toEqual([
      ['indirect', ['Turnout was low'], 'county records', 'according to', 'reported/according-to-trail'],
    ]);
  });

  test('at the very start of the input', () => {
    expect(rows('(Nine of ten docks were idle, according to harbor logs)')).toEqual([
      ['indirect', ['Nine of ten docks were idle'], 'harbor logs', 'according to', 'reported/according-to-trail'],
    ]);
  });

  test('brackets closed inside the clause leave it whole', () => {
    expect(rows('Turnout (low) was down again, according to county records.')).toEqual([
      ['indirect', ['Turnout (low) was down again'], 'county records', 'according to', 'reported/according-to-trail'],
    ]);
  });
});

describe('a list after a cue and a colon', () => {
  test('a bullet left alone on the last line ends the list', () => {
    expect(rows('Port officials said:\n- the north quay will close in June;\n- pilot boats will moor at the ferry dock.\n- ')).toEqual([
      ['indirect', ['the north quay will close in June', 'pilot boats will moor at the ferry dock'], 'Port officials', 'said', 'reported/cue-colon-list'],
    ]);
  });

  test('an item wrapped onto the next line keeps its words (CRLF line breaks)', () => {
    expect(rows('Port officials said:\r\n- the north quay will close\r\nin June;\r\n- pilot boats will moor at the ferry dock.')).toEqual([
      ['indirect', ['the north quay will close\r\nin June', 'pilot boats will moor at the ferry dock'], 'Port officials', 'said', 'reported/cue-colon-list'],
    ]);
  });

  test('a lower-case line after an item closed by its mark is no part of it', () => {
    expect(rows('Port officials said:\n- the north quay will close in June;\nthe ferry dock stays open.')).toEqual([
      ['indirect', ['the north quay will close in June'], 'Port officials', 'said', 'reported/cue-colon-list'],
    ]);
  });

  test('a first bullet with no words is no list', () => {
    expect(rows('Port officials said:\n- ;\n- pilot boats will moor at the ferry dock.')).toEqual([]);
  });
});

describe('a quotation left open in a hard-wrapped line', () => {
  test('a stray closing curly mark earlier in the paragraph hides no quotation opened after it', () => {
    expect(rows('The tide turned.\u201d Crews came.\nAda Lorne said: \u201cWe will mend the seawall\nby Friday.\n\u201cNobody will lose a boat.\u201d')).toEqual([
      ['direct', ['We will mend the seawall\nby Friday.', 'Nobody will lose a boat.'], 'Ada Lorne', 'said', 'direct/leading-speaker-cue'],
    ]);
  });

  test('a stray closing guillemet likewise', () => {
    expect(rows('The tide turned.\u00bb Crews came.\nAda Lorne said: \u00abWe will mend the seawall\nby Friday.\n\u00abNobody will lose a boat.\u00bb')).toEqual([
      ['direct', ['We will mend the seawall\nby Friday.', 'Nobody will lose a boat.'], 'Ada Lorne', 'said', 'direct/leading-speaker-cue'],
    ]);
  });
});

describe('a list after a cue and a colon has at most 30 items', () => {
  const items = (n: number): string => Array.from({ length: n }, (_, k) => `- pier ${k + 1} will close;`).join('\n');

  test('30 items are one list', () => {
    const quotes = extract(`Port officials said:\n${items(30)}`).quotes;
    expect(quotes.map((q) => [q.rule, q.parts.length, q.parts[29]?.text])).toEqual([['reported/cue-colon-list', 30, 'pier 30 will close']]);
  });

  test('31 items are no list: the colon reads its first line, as before the rule', () => {
    const quotes = extract(`Port officials said:\n${items(31)}`).quotes;
    expect(quotes.map((q) => [q.rule, q.parts.map((p) => p.text)])).toEqual([['reported/cue-colon', ['- pier 1 will close']]]);
  });

  test('bulleted lines that each end in a cue and a colon: no quote reads the rest of the text again', () => {
    // (each cue took the lines after it as its list: 2,000 such lines took seconds, growing with the square)
    const quotes = extract(`Port officials said:\n${'- the harbor master said:\n'.repeat(200)}`).quotes;
    expect(quotes.length).toBeGreaterThan(150);
    expect(Math.max(...quotes.map((q) => q.parts.length))).toBeLessThanOrEqual(30);
  });
});
