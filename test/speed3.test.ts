/**
 * The third speed pass on long texts (issue 12): look-ups that used to scan
 * every earlier candidate or name now search an index, and must find what the
 * scans found. Invented sentences and names.
 */
import { describe, expect, test } from 'vitest';
import { coversIndex, spanIndex } from '../src/attribution/reported/span-index.js';
import type { Candidate } from '../src/attribution/candidate.js';
import { TokenTable } from '../src/prepare/tokens.js';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** A candidate with only the parts the span index reads. */
function withParts(parts: [number, number][]): Candidate {
  return { parts: parts.map(([start, end]) => ({ start, end })) } as unknown as Candidate;
}

describe('coversIndex', () => {
  test.each<[string, [number, number][][], [number, number], boolean]>([
    ['a part that is the span', [[[10, 20]]], [10, 20], true],
    ['a part around the span', [[[5, 30]]], [10, 20], true],
    ['a part that starts after the span does', [[[11, 30]]], [10, 20], false],
    ['a part that ends before the span does', [[[5, 19]]], [10, 20], false],
    ['only overlapping parts', [[[5, 15]], [[15, 25]]], [10, 20], false],
    ['a long earlier part among short later ones', [[[0, 100]], [[40, 41]], [[50, 51]]], [60, 70], true],
    ['the second part of a candidate', [[[0, 5], [8, 40]]], [10, 20], true],
    ['no parts', [], [10, 20], false],
  ])('%s', (_name, candidates, [start, end], expected) => {
    expect(coversIndex(spanIndex([candidates.map(withParts)]), start, end)).toBe(expected);
  });

  test('agrees with a scan of every part on many spans', () => {
    // (a fixed pseudo-random sequence: the same spans on every run)
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n;
    const parts: [number, number][] = Array.from({ length: 200 }, () => {
      const start = next(1000);
      return [start, start + 1 + next(60)];
    });
    const index = spanIndex([parts.map((p) => withParts([p]))]);
    for (let k = 0; k < 2000; k++) {
      const start = next(1100);
      const end = start + 1 + next(10);
      expect(coversIndex(index, start, end)).toBe(parts.some(([s, e]) => s <= start && end <= e));
    }
  });
});

describe('a token table keeps each token its own lemma and tag', () => {
  test('one word pushed with changing lemmas and tags', () => {
    const table = new TokenTable(4);
    const rows: [string, string | undefined, string][] = [
      ['Reads', 'read', 'VERB'],
      ['Reads', 'read', 'VERB'],
      ['Reads', undefined, 'PROPN'],
      ['Reads', 'read', 'NOUN'],
      ['Reads', undefined, 'PROPN'],
      ['reads', 'read', 'VERB'],
    ];
    rows.forEach(([value, lemma, pos], k) => table.push(k * 6, k * 6 + 5, value, lemma, pos, false, k, 0));
    table.finish();
    expect(rows.map((_, k) => [table.token(k).value, table.token(k).lemma, table.token(k).pos])).toEqual(
      rows.map(([value, lemma, pos]) => [value, lemma ?? value.toLowerCase(), pos]),
    );
  });
});

/** Each quote as `text <- speaker name [via] (mention)`. */
function who(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.text} <- ${q.speaker?.name ?? '-'} [${q.speaker?.via ?? '-'}] (${q.speaker?.mention?.text ?? '-'})`);
}

describe('a first name alone, looked up by first word', () => {
  test.each<[string, string, string]>([
    ['the nearest full name with that first name', 'Walter Quaye spoke first. Walter Brisk spoke next. "The road is closed," Walter said.', 'Walter Brisk [name] (Walter)'],
    // the lookback reaches 300 names: the full name is the 300th name before "Walter", then the 301st
    ['a full name 300 names back', `Walter Quaye spoke first. ${'Nell Varga agreed. '.repeat(299)}"The road is closed," Walter said.`, 'Walter Quaye [name] (Walter)'],
    ['a full name 301 names back is out of reach', `Walter Quaye spoke first. ${'Nell Varga agreed. '.repeat(300)}"The road is closed," Walter said.`, 'Walter [name] (Walter)'],
  ])('%s', (_name, input, speaker) => {
    expect(who(extract(input))).toEqual([`The road is closed, <- ${speaker}`]);
  });
});

describe('descriptions compared with the titles and appositives of earlier names', () => {
  test('an appositive, then a title given later, both fit', () => {
    const r = extract('Ivo Marsh, a farmer from Tarrow, spoke first. "Rain is late," the farmer said. "We wait," said Ivo Marsh, the treasurer. Dell Fenwick arrived. "Money is short," the treasurer said.');
    expect(who(r)).toEqual([
      'Rain is late, <- Ivo Marsh [description] (the farmer)',
      'We wait, <- Ivo Marsh [name] (Ivo Marsh, the treasurer)',
      'Money is short, <- Ivo Marsh [description] (the treasurer)',
    ]);
  });

  test.each<[string, string]>([
    ['two earlier senators', 'Senator Ivo Marsh met Senator Ada Crane. "Rain is late," the senator said.'],
    ['three earlier senators, the nearest two fitting first', 'Senator Dell Fenwick left. Senator Ivo Marsh met Senator Ada Crane. "Rain is late," the senator said.'],
  ])('a description that fits %s names no one of them', (_name, input) => {
    expect(who(extract(input))).toEqual(['Rain is late, <- the senator [description] (the senator)']);
  });

  test('a title before the name and an appositive after a later mention', () => {
    const r = extract('Senator Ivo Marsh spoke first. "Rain is late," the senator said. Ivo Marsh, the treasurer of the fund, arrived. "Money is short," the treasurer said.');
    expect(who(r)).toEqual(['Rain is late, <- Ivo Marsh [description] (the senator)', 'Money is short, <- Ivo Marsh [description] (the treasurer)']);
  });
});
