/**
 * perf18: a long text (compact storage) keeps its sentences and paragraphs in
 * typed arrays; read through the list, they are the same segments as a short
 * text's plain objects.
 */
import { describe, expect, test } from 'vitest';
import { prepare } from '../src/prepare/document.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { SegmentTable } from '../src/prepare/segments.js';

const TEXT = [
  'The mayor said the bridge would reopen in May. Critics were not so sure.',
  '"We have waited long enough," a shop owner on the river road told reporters.',
  'Council members meet again on Tuesday.',
].join('\n\n');

describe('perf18: compact segments', () => {
  const tokenizer = new Tokenizer();

  test('sentences and paragraphs read alike from plain objects and from the table', () => {
    const plain = prepare(TEXT, tokenizer);
    const compact = prepare(TEXT, tokenizer, 0);
    expect(compact.table).toBeDefined();
    expect(plain.table).toBeUndefined();
    expect(compact.sentences.length).toBe(plain.sentences.length);
    expect(compact.paragraphs.length).toBe(3);
    expect([...compact.sentences]).toEqual([...plain.sentences]);
    expect([...compact.paragraphs]).toEqual([...plain.paragraphs]);
    expect(compact.sentences.map((s) => s.first)).toEqual(plain.sentences.map((s) => s.first));
    expect(compact.sentences[compact.sentences.length]).toBeUndefined();
    expect(compact.sentences[-1]).toBeUndefined();
    expect(compact.sentences.at(-1)).toEqual(plain.sentences.at(-1));
  });

  test('a table grows past its first guess and drops the spare room', () => {
    const table = new SegmentTable(1);
    for (let k = 0; k < 40; k++) table.push({ start: 10 * k, end: 10 * k + 9, first: 2 * k, last: 2 * k + 2, para: k >> 2 });
    table.finish();
    const list = table.list();
    expect(list.length).toBe(40);
    expect(list[39]).toEqual({ start: 390, end: 399, first: 78, last: 80, para: 9 });
    expect(list[40]).toBeUndefined();
    expect(Object.keys(list).length).toBe(40);
    expect(() => {
      (list as unknown as { push: (s: unknown) => void }).push({});
    }).toThrow();
  });
});
