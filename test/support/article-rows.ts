/**
 * The harness of the whole-article tables (test/articles-25, fix63, fix64):
 * an invented article's attributions as rows, checked with every category on
 * and with default options, and short shapes as rows of parts, speaker, cue,
 * rule and kind.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './invariants.js';

/** One attribution as a row: content, speaker name, cue, kind, category. */
export type ArticleRow = [string, string | null, string | null, string, string | null];

/** An invented article, and what it gives with every category and with default options. */
export interface Article {
  topic: string;
  paragraphs: string[];
  /** The rows with every category on. */
  every: ArticleRow[];
  /** Rows of `every` that default options leave out. */
  notByDefault: ArticleRow[];
  /** Rows that default options give and every category does not. */
  onlyByDefault: ArticleRow[];
}

/** Every attribution category, speech and beyond. */
export const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

/** The attributions of `text` (invariants checked) as rows, with every category on or with default options. */
export function articleRows(text: string, every: boolean): ArticleRow[] {
  return extract(text, every ? { categories: [...EVERY.categories] } : undefined).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null, q.kind, q.cue?.category ?? null]);
}

/**
 * The two tables of whole articles: with every category on, the rows of
 * `every` in order; with default options, those rows but `notByDefault`, plus
 * `onlyByDefault` (in any order), and no opt-in category.
 */
export function describeArticles(label: string, articles: readonly Article[]): void {
  describe(`${label}: whole invented articles, every category`, () => {
    test.each(articles.map((a) => [a.topic, a] as const))('%s', (_topic, a) => {
      expect(articleRows(a.paragraphs.join('\n\n'), true)).toEqual(a.every);
    });
  });
  describe(`${label}: whole invented articles, default options`, () => {
    test.each(articles.map((a) => [a.topic, a] as const))('%s', (_topic, a) => {
      const left = new Set(a.notByDefault.map((r) => JSON.stringify(r)));
      const expected = [...a.every.filter((r) => !left.has(JSON.stringify(r))), ...a.onlyByDefault];
      const got = articleRows(a.paragraphs.join('\n\n'), false);
      expect([...got].sort()).toEqual([...expected].sort());
      // no opt-in category by default (a quote with no cue, such as an unattributed direct quote, has none)
      expect(got.every((r) => r[4] === null || r[4] === 'speech' || r[4] === 'writing' || r[4] === 'source')).toBe(true);
    });
  });
}

/** One quotation of a shape: parts, speaker name, speaker mention, cue, rule, kind. */
export type ShapeRow = [string[], string | null, string | null, string | null, string, string];

/** The quotations of `text` with default options as shape rows. */
export function shapeRows(text: string): ShapeRow[] {
  return extract(text).quotes.map((q) => [q.parts.map((p) => p.text), q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.cue?.span.text ?? null, q.rule, q.kind]);
}
