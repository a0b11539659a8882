/**
 * Property-based tests (issue 6): over arbitrary strings and over news-like
 * strings with random quotation marks, cues, speakers and line endings, the
 * extractor never throws, every span is valid and in order (checked by
 * `extract`), and the output is deterministic: the same input twice, and the
 * same input through two extractors, give deep-equal results.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { extract } from './support/invariants.js';

const other = createExtractor();

/** Extracts with the shared checked extractor, again, and with a second extractor; all three must agree. */
function checkDeterministic(input: string): void {
  const first = extract(input);
  expect(extract(input)).toEqual(first);
  expect(other.extract(input)).toEqual(first);
}

const MARKS = ['"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2018', '\u2019', "'", "''", '``', '&quot;', '&ldquo;', '&rdquo;', '&#8220;'];
const LINE_BREAKS = [' ', ' ', ' ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n', '\n\n\n', '\t', '\u00A0', '\u2028', '\u2029'];
const SPEAKERS = ['Smith', 'Jane Smith', 'the senator', 'she', 'he', 'they', 'a spokesman for the ministry', 'Sen. Mitch McConnell (R-Ky.)', 'officials', 'The company'];
const CUES = ['said', 'says', 'told reporters', 'added', 'warned', 'according to', 'wrote', 'did not say', 'asked', 'insisted', 'claimed'];
const FRAGMENTS = [
  'We will win',
  'the talks would resume',
  'It is a disaster',
  'I don’t know',
  'prices rose 3% in the ’90s',
  'rock ’n’ roll',
  'the plan, which was announced Monday,',
  'Trump’s campaign',
  'the Joneses’ house',
  'a “historic” day',
  'unprecedented',
  '😀',
  'café',
  'שלום',
  '—',
  '(R-Ohio)',
  'that',
  ',',
  '.',
  ':',
  '?',
];

/** News-like text: sentence fragments, quotation marks, cues and speakers in random order, joined by random white space. */
const newsLike = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
      { weight: 2, arbitrary: fc.constantFrom(...CUES) },
      { weight: 2, arbitrary: fc.constantFrom(...SPEAKERS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    ),
    { maxLength: 40 },
  )
  .chain((parts) =>
    fc.tuple(fc.constant(parts), fc.array(fc.constantFrom(...LINE_BREAKS, ''), { minLength: parts.length, maxLength: parts.length })),
  )
  .map(([parts, breaks]) => parts.map((p, i) => p + breaks[i]).join(''));

/** Well-formed quotations with a speaker and cue, in random styles, separated by random line endings. */
const quotations = fc
  .array(
    fc.record({
      open: fc.constantFrom('"', '\u201C', '&ldquo;', '&quot;', '\u00AB', "''"),
      words: fc.constantFrom(...FRAGMENTS.slice(0, 10)),
      speaker: fc.constantFrom(...SPEAKERS),
      cue: fc.constantFrom(...CUES),
      before: fc.boolean(),
      br: fc.constantFrom(...LINE_BREAKS),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((qs) =>
    qs
      .map(({ open, words, speaker, cue, before, br }) => {
        const close = { '"': '"', '\u201C': '\u201D', '&ldquo;': '&rdquo;', '&quot;': '&quot;', '\u00AB': '\u00BB', "''": "''" }[open];
        const quote = `${open}${words},${close}`;
        return (before ? `${speaker} ${cue}: ${quote}` : `${quote} ${speaker} ${cue}.`) + br;
      })
      .join(''),
  );

const RUNS = { numRuns: 300 };

describe('properties', { timeout: 120_000 }, () => {
  it('any string of UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkDeterministic), RUNS);
  });

  it('any string of code points', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), checkDeterministic), RUNS);
  });

  it('strings made of marks, spaces, line breaks and references', () => {
    const unit = fc.constantFrom(...MARKS, ...LINE_BREAKS, 'a', 'said', '&', ';', '#', '\uD83D', '\uDE00', '\u0301');
    fc.assert(fc.property(fc.array(unit, { maxLength: 80 }).map((a) => a.join('')), checkDeterministic), RUNS);
  });

  it('news-like text with random quotation marks, cues, speakers and line endings', () => {
    fc.assert(fc.property(newsLike, checkDeterministic), RUNS);
  });

  it('well-formed quotations are found', () => {
    fc.assert(
      fc.property(quotations, (input) => {
        checkDeterministic(input);
        const quotes = extract(input).quotes;
        expect(quotes.some((q) => q.kind !== 'indirect')).toBe(true);
        // no two direct quotations share characters (a mixed quote may hold one with its own cue)
        const direct = quotes.filter((q) => q.kind === 'direct');
        for (let i = 1; i < direct.length; i++) expect(direct[i]!.span.start).toBeGreaterThanOrEqual(direct[i - 1]!.span.end);
      }),
      RUNS,
    );
  });

  it('two quotes with two speakers do not overlap', () => {
    const r = extract('Smith said: "We will win." Jones said: "We will lose."');
    const spans = r.quotes.map((q) => [q.span.start, q.span.end]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]!);
  });
});

/** Speakers with an appositive or a relative clause, which may hold another attribution's cue (review 8). */
const APPOSED = [
  'Ada Moss, a former mayor,',
  'Ada Moss, a former mayor who said the plan would fail,',
  'Tom Reyes (D-Ohio), a critic of the plan that Lee said would cost millions,',
  'the mayor, a Democrat who said she would run again,',
  'Tom Reyes, Monday,',
  'Ada Moss, however,',
];
/** Sentences built from a content, a cue and a speaker with an appositive, before or after the cue. */
const apposedNews = fc
  .array(
    fc.record({
      words: fc.constantFrom('the plan would fail', 'taxes would rise', 'the bridge is too costly'),
      speaker: fc.constantFrom(...APPOSED),
      cue: fc.constantFrom('said', 'argued', 'warned', 'wrote'),
      shape: fc.constantFrom(0, 1, 2, 3),
      tail: fc.constantFrom('', ' adding that the vote was close', ' and warned that taxes would rise', ' who argued the plan would fail'),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((qs) =>
    qs
      .map(({ words, speaker, cue, shape, tail }) => {
        const bare = speaker.replace(/,$/, '');
        if (shape === 0) return `${bare[0]!.toUpperCase()}${bare.slice(1)} ${cue} ${words}.`;
        if (shape === 1) return `${words[0]!.toUpperCase()}${words.slice(1)}, ${cue} ${bare}${tail ? `,${tail}` : ''}.`;
        if (shape === 2) return `"${words[0]!.toUpperCase()}${words.slice(1)}," ${cue} ${bare}${tail ? `,${tail}` : ''}.`;
        return `${bare[0]!.toUpperCase()}${bare.slice(1)},${tail} ${cue} ${words}.`;
      })
      .join(' '),
  );

describe('properties of speaker spans (review 8)', { timeout: 120_000 }, () => {
  it("a quote's speaker mention never overlaps its own parts or another quote's cue", () => {
    fc.assert(
      fc.property(apposedNews, fc.boolean(), (input, optIn) => {
        const r = extract(input, optIn ? { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } : undefined);
        for (const q of r.quotes) {
          const m = q.speaker?.mention;
          if (!m) continue;
          for (const p of q.parts) expect(m.start < p.end && p.start < m.end, `${JSON.stringify(m.text)} overlaps part ${JSON.stringify(p.text)}`).toBe(false);
          for (const o of r.quotes) {
            if (o === q || !o.cue) continue;
            const c = o.cue.span;
            expect(m.start < c.end && c.start < m.end, `${JSON.stringify(m.text)} overlaps the cue ${JSON.stringify(c.text)} of another quote`).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });
});
