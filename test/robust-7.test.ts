/**
 * Quality-bar probe robust7: stop 39's new rules (a past tense or a plural the
 * tagger misread, colon labels, "who" after a preposition, a possessive after
 * its clause's verb, "who both", the person the writer reached, the nearer
 * opt-in cue, an opt-in noun's that-clause opening the sentence, an infinitive
 * cue before an object and a subordinator, a firm noun read as an adjective,
 * the inverted speaker's appositive, anonymity and title, a question's end
 * before ", but", a participle of saying inside the subject, negation per
 * clause, a coordinated passive) under random mixes of their words, quotation
 * marks, commas, dashes and long runs: never a throw, every span the input's
 * slice, no quote sharing a span and no direct quotes overlapping, the
 * token-table reading equal to the plain one, and the same output for a text
 * read again after another (A, B, A) or by a fresh extractor. Also: each shape
 * repeated as many sentences, as one paragraph per shape, and as one giant
 * sentence with no full stop stays linear.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// every text read the long-text way (tokens in a TokenTable) while `compact` is on
const state = vi.hoisted(() => ({ compact: false }));
vi.mock('../src/prepare/document.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/prepare/document.js')>();
  return {
    ...original,
    prepare: (text: string, tokenizer: Parameters<typeof original.prepare>[1], compactFrom?: number) => original.prepare(text, tokenizer, state.compact ? 0 : compactFrom),
  };
});

import { createExtractor, type ExtractQuotesOptions } from '../src/index.js';
import { checkInvariants } from './support/invariants.js';
import { fastestCpuMs } from './support/timing.js';

const ALL = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;
const OPTIONS: (ExtractQuotesOptions | undefined)[] = [undefined, { categories: ALL }, { categories: ALL, minConfidence: 0.3, kinds: ['indirect', 'mixed'] }];
const EXTRACTORS = OPTIONS.map((o) => createExtractor(o));

/** One invented sentence (or two) per new rule of the stop. */
const SHAPES = [
  'The coach said the Ames family deserved better.',
  'The manager said his side deserved a point.',
  'Analysts asked how ties would fare.',
  'The mayor said cuts are coming.',
  'Clarification: The story was changed.\nUpdates: The bridge is shut.',
  'The plan drew fire from Ann Lee, who said it was reckless.',
  'The bill drew criticism from Sen. Ann Lee, who said it was rushed.',
  'The president renewed his promise that taxes would fall.',
  'President Vardy spoke. The president renewed her warning that costs would rise.',
  'The mayor and the police chief, who both said the road was safe, left.',
  'I asked a shopkeeper about prices. "They keep rising," she said.',
  'Our correspondent reached the mayor. He said the pier was safe.',
  'New figures published on Wednesday show that rents rose.',
  'His belief that the deal was fair never wavered.',
  'The claim that rents rose by six percent surprised nobody.',
  'Analysts expect Norrland to report a loss when it releases results.',
  'The firm plans to close two plants.',
  "The vote was close, said Tom Vale, the club's head of music, referring to the poll.",
  'The vote was close, Lee said, on condition of anonymity.',
  'The tide was high, Lee wrote in her memoir, "Hard Tides."',
  'The pier will close, Lee said on WXRT\'s "Morning Hour."',
  'Since most cases were close, said Ann Hale, who teaches law.',
  'The rates will rise, said Tom Reyes, a former mayor, adding that the town was broke.',
  'Reporters asked whether the plant would close, but got no answer.',
  'The mayor saying that the budget was fine walked out.',
  'Anyone claiming the vote was rigged is lying.',
  'Pell pleaded not guilty and his lawyer said the case was weak.',
  'He did not run but said the race was fair.',
  'Police said the man was arrested and charged with arson.',
  'A manager accused of stealing from customers said the claims were false.',
  'His argument is that taxes are too high.',
];
/** Words of the shapes, marks and odd characters that a space of a shape may become. */
const ODD = [
  '\r\n', '\u2028', '\uFEFF', '\u00A0', '\u{1F30A}', '\uD800', '\u200B', '\t', '\n\n', '"', '\u201C', '\u201D', "'", "''", '\u2014', '--', ' - ', '(', ')', ',', '.', ':', '?',
  ' who ', ' who both ', ' from ', ' his ', ' her ', ' she ', ' I asked ', ' deserved ', ' would ', ' said ', ' saying ', ' not ', ' and ', ' but ', ' charged with ', ' when ', ' to ', ' show that ', ' that ', ' was ',
];
/** A shape with one of its spaces replaced by an odd character, a word or a run. */
const mutated = fc.tuple(fc.constantFrom(...SHAPES), fc.nat(), fc.constantFrom(...ODD)).map(([s, k, odd]) => {
  const spaces = [...s.matchAll(/ /g)];
  const at = spaces[k % spaces.length]!.index;
  return s.slice(0, at) + odd + s.slice(at + 1);
});
/** A shape with its words shuffled: the shapes' words in odd orders. */
const shuffled = fc.tuple(fc.constantFrom(...SHAPES), fc.array(fc.nat(), { minLength: 1, maxLength: 12 })).map(([s, ks]) => {
  const words = s.split(' ');
  for (const [i, k] of ks.entries()) {
    const a = i % words.length;
    const b = k % words.length;
    [words[a], words[b]] = [words[b]!, words[a]!];
  }
  return words.join(' ');
});
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SHAPES) },
  { weight: 3, arbitrary: mutated },
  { weight: 2, arbitrary: shuffled },
  { weight: 3, arbitrary: fc.constantFrom(...ODD, ' ', '\n\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('who both ', 'deserved ', ', said Lee, ', '"Hard Tides." ', 'and charged with ', 'not ', ', but ', '\u2014 ', 'his ', 'whether ', ': '), fc.integer({ min: 2, max: 60 }))
      .map(([s, n]) => s.repeat(n)),
  },
);
const text = fc.array(piece, { maxLength: 16 }).map((a) => a.join(' '));

describe('the new rules under random mixes (robust7)', { timeout: 300_000 }, () => {
  it('never throws, spans are slices, no shared spans, the token table gives the plain output, and A, B, A gives A twice', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: OPTIONS.length - 1 }), (a, b, k) => {
        const extractor = EXTRACTORS[k]!;
        const first = extractor.extract(a);
        checkInvariants(a, first);
        checkInvariants(b, extractor.extract(b));
        expect(JSON.stringify(extractor.extract(a))).toBe(JSON.stringify(first));
        expect(JSON.stringify(createExtractor(OPTIONS[k]).extract(a))).toBe(JSON.stringify(first));
        state.compact = true;
        try {
          expect(JSON.stringify(extractor.extract(a))).toBe(JSON.stringify(first));
        } finally {
          state.compact = false;
        }
      }),
      { seed: 7077, numRuns: 50 },
    );
  });
  it('each shape alone, with every option set, keeps its invariants', () => {
    for (const s of SHAPES) for (const e of EXTRACTORS) checkInvariants(s, e.extract(s));
  });
});

/** Quote, speaker mention, speaker name and cue of each quote. */
const rows = (t: string, k = 0): string[] => EXTRACTORS[k]!.extract(t).quotes.map((q) => `${q.text} | ${q.speaker?.mention?.text ?? '-'} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'}`);

describe('the new rules across line breaks and odd spaces (robust7)', () => {
  it('a misread past tense and a misread plural hold across CRLF and U+2028', () => {
    for (const sep of [' ', '\r\n', '\u2028']) {
      expect(rows(`The coach said${sep}the Ames family deserved better.`)).toEqual(['the Ames family deserved better | The coach | The coach | said']);
      expect(rows(`Analysts asked${sep}how ties would fare.`)).toEqual(['how ties would fare | Analysts | Analysts | asked']);
    }
  });
  it('"who" after a preposition and "who both" across a no-break space', () => {
    expect(rows('The plan drew fire from Ann\u00A0Lee, who said it was reckless.')).toEqual(['it was reckless | who | Ann Lee | said']);
    expect(rows('The mayor and the police chief, who\u00A0both said the road was safe, left.')).toEqual(['the road was safe | who | The mayor and the police chief | said']);
  });
  it('the person the writer reached, over a CRLF paragraph break and curly marks', () => {
    expect(rows('I asked a shopkeeper about prices.\r\n\r\n\u201CThey keep rising,\u201D she said.').slice(-1)).toEqual(['They keep rising, | she | a shopkeeper | said']);
  });
  it('the nearer opt-in cue only with the opt-in categories', () => {
    expect(rows('New figures published on Wednesday\r\nshow that rents rose.')).toEqual(['rents rose | New figures | New figures | published']);
    expect(rows('New figures published on Wednesday\r\nshow that rents rose.', 1)).toEqual(['rents rose | New figures published on Wednesday | New figures published on Wednesday | show']);
  });
  it('a quoted title after the attribution stays out with curly marks', () => {
    expect(rows('The tide was high, Lee wrote in her memoir, \u201CHard Tides.\u201D')).toEqual(['The tide was high | Lee | Lee | wrote']);
  });
  it('negation per clause and a coordinated passive across U+2028', () => {
    expect(rows('Pell pleaded not guilty and\u2028his lawyer said the case was weak.')).toEqual(['the case was weak | his lawyer | his lawyer | said']);
    expect(rows('Police said the man was arrested\u2028and charged with arson.')).toEqual(['the man was arrested\u2028and charged with arson | Police | Police | said']);
  });
});

describe('the new shapes stay linear (robust7)', () => {
  const time = (extractor: ReturnType<typeof createExtractor>, unit: string, size: number): number => {
    const input = unit.repeat(Math.ceil(size / unit.length));
    return fastestCpuMs(() => extractor.extract(input));
  };
  // four times the text: 2x to 5x the time measured for every new shape as many sentences, as a paragraph each and as
  // one giant sentence with no full stop (a loose bound of 8x, as the machine may be loaded); a few are kept here
  it.each([
    ['a misread past tense in one sentence', 'The coach said the Ames family deserved better, and ', 1, 20_000],
    ['the person the writer reached as sentences', 'I asked a shopkeeper about prices. "They keep rising," she said. ', 1, 20_000],
    ['an inverted speaker\'s participle in one sentence', 'The rates will rise, said Tom Reyes, a former mayor, adding that the town was broke, and ', 0, 20_000],
    // one giant sentence of many quotations: each cue's content end read every quotation to the sentence's end (12x
    // for four times the text, 3.5x to 4.5x now)
    ['quotations in one sentence', 'He said the team was "ready to fight", and ', 0, 160_000],
  ])('%s', { timeout: 120_000 }, (_name, unit, k, size) => {
    const extractor = EXTRACTORS[k]!;
    time(extractor, unit, size / 4);
    const small = time(extractor, unit, size);
    const large = time(extractor, unit, size * 4);
    // (6 failed once at 6.49 inside a full suite run on the 2-core machine, 2.2x to 3.6x alone; a quadratic
    // pass gives about 16x for four times the text)
    expect(large / Math.max(small, 1)).toBeLessThan(8);
  });
});
