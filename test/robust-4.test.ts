/**
 * Quality-bar probe robust4: this stop's new rules (a colon block reading the
 * next paragraph, follow-on quotes merged across sentences, circumstance
 * nouns, relative "that"/"who" speakers, chant tails, named things) under
 * news-like text built from fragments, with every category on and off and
 * several confidence floors: never a throw, every span the input's slice,
 * JSON-safe results. Also: a long sentence of relative "who" clauses stays
 * linear (the relative's clause counted every verb group to the sentence's
 * end for each "who").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, type ExtractQuotesOptions } from '../src/index.js';
import { brief, extract } from './support/invariants.js';
import { fastestCpuMs } from './support/timing.js';

const ALL = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;
const OPTIONS: (ExtractQuotesOptions | undefined)[] = [
  undefined,
  { categories: ALL },
  { minConfidence: 0.5 },
  { categories: ALL, minConfidence: 0.9 },
  { categories: ALL, minConfidence: 0.3, kinds: ['indirect', 'mixed'] },
];

const NAMES = ['Nora Hale', 'Sen. Ike Dorn (D-Ore.)', 'the harbor master', 'she', 'they', 'It', 'The ministry', 'pilots who declined to be named', 'the union, which said', 'Dr. Vey', 'marchers'];
const CUES = ['said', 'added', 'told reporters', 'wrote', 'warned', 'according to', 'chanted', 'believes', 'showed', 'backs', 'noted', 'who said', 'that said'];
const MARKS = ['"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2018', '\u2019', "'", "''", '``', '&quot;', '&ldquo;', '&#8220;', '\u300C'];
const WORDS = ['the ferry would be late', 'We will rebuild', 'after reports that the pier had cracked', 'amid fears that fares rise', 'Open the gates', 'the memo that said the dam leaked', 'a tug named "Brave"', '\u{1F30A}', 'co\u00ADop', 'U.S.', '4.5%', '\u2014', '...', '(', ')', ';'];
const SEPS = [' ', ' ', '\n', '\r\n', '\n\n', '\r\n\r\n', '\u2028', '\u2029', '\n \n', '\t', '\u00A0', '', ':\n\n', ':\r\n\r\n', ':', '. '];

/** A sentence in one of the shapes the new rules read, with a random separator after it. */
const sentence = fc
  .record({ name: fc.constantFrom(...NAMES), cue: fc.constantFrom(...CUES), mark: fc.constantFrom(...MARKS), words: fc.constantFrom(...WORDS), shape: fc.integer({ min: 0, max: 6 }), sep: fc.constantFrom(...SEPS) })
  .map(({ name, cue, mark, words, shape, sep }) =>
    [
      `${name} ${cue}:\n\n${words}.`,
      `${mark}${words},${mark} ${name} ${cue}.`,
      `${name} ${cue} ${words}.`,
      `${mark}${words}.${mark}`,
      `But ${mark}${words}.${mark}`,
      `${name} ${cue}:${sep}${mark}${words}`,
      `${cue} ${name}, ${words}`,
    ][shape]! + sep,
  );
/** Loose fragments: names, cues, marks, words, separators, random code units and runs of colons and marks. */
const fragment = fc.oneof(
  fc.constantFrom(...NAMES, ...CUES, ...MARKS, ...WORDS, ...SEPS),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.tuple(fc.constantFrom(':', '"', '\u201C', ':\n\n', '"\n\n', 'said:\n\n'), fc.integer({ min: 2, max: 40 })).map(([s, n]) => s.repeat(n)),
);
const text = fc.array(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 2, arbitrary: fragment }), { maxLength: 60 }).map((a) => a.join(''));

describe('news-like fragments around the new rules (robust4)', { timeout: 300_000 }, () => {
  it('never throws, spans are slices, results are JSON-safe, with every option set', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: OPTIONS.length - 1 }), (input, k) => {
        extract(input, OPTIONS[k]);
      }),
      { seed: 4044, numRuns: 300 },
    );
  });
});

describe('regression rows (robust4)', () => {
  it('a relative "who" in the subject speaks its clause; the sentence goes on', () => {
    expect(brief(extract('Harbor officials who said the pier was safe were wrong.'))).toEqual([
      { kind: 'indirect', text: 'the pier was safe', cue: 'said', lemma: 'say', mention: 'who', name: 'Harbor officials', via: 'description' },
    ]);
  });

  it('a colon block across \\r\\n paragraphs and after a line separator', () => {
    expect(brief(extract('The port spokesman added:\r\n\r\nThe ferry will sail again once the crane is fixed.')).map((b) => [b.text, b.mention])).toEqual([
      ['The ferry will sail again once the crane is fixed', 'The port spokesman'],
    ]);
    expect(brief(extract('Dorn wrote:\u2028The ferry will sail again in June.\u00AD')).map((b) => [b.text, b.mention])).toEqual([['The ferry will sail again in June', 'Dorn']]);
  });

  it('a cue and colon before nothing but empty paragraphs report nothing (negative)', () => {
    expect(extract('The harbor master said:\n\n\n\n\r\n').quotes).toEqual([]);
  });

  it('a long sentence of relative "who" clauses stays linear', { timeout: 120_000 }, () => {
    const extractor = createExtractor();
    const time = (size: number): number => {
      const input = 'men who said '.repeat(size / 13);
      return fastestCpuMs(() => extractor.extract(input));
    };
    time(10_000);
    const small = time(25_000);
    const large = time(100_000);
    // four times the text: about 3x the CPU time now, 6x before (each "who" counted verb groups to the sentence's end);
    // a loose bound, as the machine may be loaded, that still catches a quadratic pass (16x)
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });
});
