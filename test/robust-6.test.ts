/**
 * Quality-bar probe robust6: stop 38's new rules (a sentence split after
 * "U.S." before a capitalised subject, ranks such as "Det."/"Insp." kept in
 * the speaker, a hearing body's "heard (that)", "was told by X", headline
 * lines and pronoun antecedents, "The <role> of <Place>, Name,", comma
 * splices, the `''` participle subject, a participle after a closing dash,
 * opt-in frames) under fragments with odd characters: never a throw, every
 * span the input's slice, the token-table reading equal to the plain one, and
 * the same output for a text read again after another (A, B, A) or by a fresh
 * extractor. Also: five long-sentence shapes that were quadratic stay linear,
 * a subordinate "as"/"when" clause ends a subject's modifiers, and a batch
 * keeps an error record for the one text that fails.
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
import { settleWith } from '../src/parallel/results.js';
import { RealWorker } from './support/real-worker.js';
import { checkInvariants } from './support/invariants.js';
import { fastestCpuMs, lowerOfTwoWhenHigh } from './support/timing.js';

const ALL = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;
const OPTIONS: (ExtractQuotesOptions | undefined)[] = [undefined, { categories: ALL }, { categories: ALL, minConfidence: 0.3, kinds: ['indirect', 'mixed'] }];
const EXTRACTORS = OPTIONS.map((o) => createExtractor(o));

const SHAPES = [
  'Troops left the U.S. Military officials said the base would close.',
  'Aid reached the U.S. Relief workers told reporters the roads were open.',
  'Det. Insp. Moore added that the van had been found.',
  'Cllr Ellis said the bins would be emptied.',
  'The court heard that the tenant had paid the rent.',
  'The inquiry heard the fire had spread quickly.',
  'The clerk was told by the manager that the shop would shut.',
  'Harbor Chief Quits After Storm\n\nThe chief said he would leave. He added that the pier was safe.',
  'The Lee, Hale and Ward eras were over, he said.',
  'The mayor of Dunmore, Ana Pike, said the bridge would reopen.',
  'Prices rose sharply, critics pointed to his record.',
  "''We will win,'' Hale said, adding that the team was fit.",
  'The coach \u2014 a former player \u2014 saying the squad was tired, left early.',
  'The company responded with a statement saying the leak was small.',
  'The Department for Transport said trains would run.',
  'ANN LEE, NURSE: The ward is full.\nHOST: Thank you.',
  'The minister said early results were good.',
  'It is expected to rise in May.',
  'I recognize that the plan has flaws we must fix soon.',
  'The survey showed limited enthusiasm for the plan.',
  'The fire was put out, said a neighbour, a local man. He said it was quick.',
  'The speaker called for order as members shouted that the bill was dead.',
];
const ODD = ['\r\n', '\u2028', '\u2029', '\uFEFF', '\u00A0', '\u{1F30A}', '\uD800', '\u200B', '   ', '\t', '\n\n', '"', '\u201C', '\u201D', "'", "''", '``', '\u2014', '--', ' - ', '(', ')', ',', '.', 'U.S.', 'Det.', 'Insp.', 'Cllr', 'heard', 'told by', ':', '\n'];
/** A shape with one of its spaces replaced by an odd character or run. */
const mutated = fc.tuple(fc.constantFrom(...SHAPES), fc.nat(), fc.constantFrom(...ODD)).map(([s, k, odd]) => {
  const spaces = [...s.matchAll(/ /g)];
  const at = spaces[k % spaces.length]!.index;
  return s.slice(0, at) + odd + s.slice(at + 1);
});
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SHAPES) },
  { weight: 3, arbitrary: mutated },
  { weight: 3, arbitrary: fc.constantFrom(...ODD, ' ', '\n\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('U.S. ', 'Det. ', "'' ", '\u2014', 'heard ', 'Insp. Ray '), fc.integer({ min: 2, max: 80 })).map(([s, n]) => s.repeat(n)) },
);
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('the new rules under odd characters (robust6)', { timeout: 300_000 }, () => {
  it('never throws, spans are slices, the token table gives the plain output, and A, B, A gives A twice', () => {
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
      { seed: 6066, numRuns: 150 },
    );
  });
});

/** Quote, speaker mention and cue of each quote with default options. */
const rows = (t: string): string[] => EXTRACTORS[0]!.extract(t).quotes.map((q) => `${q.text} | ${q.speaker?.mention?.text ?? '-'} | ${q.cue?.span.text ?? '-'}`);

describe('the new rules across line breaks and odd spaces (robust6)', () => {
  it('a sentence split after "U.S." holds across CRLF and U+2028', () => {
    for (const sep of [' ', '\r\n', '\u2028']) expect(rows(`Troops left the U.S.${sep}Military officials said the base would close.`)).toEqual(['the base would close | Military officials | said']);
  });
  it('ranks before a name across a no-break space', () => {
    expect(rows('Det.\u00A0Insp. Moore added that the van had been found.')).toEqual(['the van had been found | Det.\u00A0Insp. Moore | added']);
  });
  it('a hearing body and "was told by" across CRLF and U+2028', () => {
    expect(rows('The court heard\r\nthat the tenant had paid the rent.')).toEqual(['the tenant had paid the rent | - | heard']);
    expect(rows('The inquiry heard\u2028the fire had spread quickly.')).toEqual(['the fire had spread quickly | - | heard']);
    expect(rows('The clerk was told by the manager\r\nthat the shop would shut.')).toEqual(['the shop would shut | the manager | was told']);
  });
  it('a headline over CRLF paragraphs gives no antecedent', () => {
    expect(rows('Harbor Chief Quits After Storm\r\n\r\nThe chief said he would leave. He added that the pier was safe.')).toEqual([
      'he would leave | The chief | said',
      'the pier was safe | He | added',
    ]);
  });
  it('a transcript label across CRLF', () => {
    expect(rows('ANN LEE, NURSE: The ward is full.\r\nHOST: Thank you.')).toEqual(['The ward is full | ANN LEE | :', 'Thank you | HOST | :']);
  });
});

describe('a subordinate "as"/"when" clause ends a subject\'s modifiers (robust6)', () => {
  it('the clause\'s subject speaks, not the sentence up to it', () => {
    expect(rows('The speaker called for order as members shouted that the bill was dead.')).toEqual(['the bill was dead | members | shouted']);
    expect(rows('The speaker called for order when members shouted that the bill was dead.')).toEqual(['the bill was dead | members | shouted']);
    expect(rows('The mayor shouted for order as council members said the vote was void.')).toEqual(['the vote was void | council members | said']);
  });
  it('"known as", "as well as" and an object\'s "as" stay (negative)', () => {
    expect(rows('A man known as Lee said the pier was closed.')).toEqual(['the pier was closed | A man known as Lee | said']);
    expect(rows('Members of the union as well as retirees said the deal was poor.')).toEqual(['the deal was poor | Members of the union as well as retirees | said']);
    expect(rows('The board praised the clerk as a hero of the flood.')).toEqual(['the clerk as a hero of the flood | The board | praised']);
  });
});

describe('long sentences stay linear (robust6)', () => {
  const time = (extractor: ReturnType<typeof createExtractor>, shape: string, size: number): number => {
    const input = shape.repeat(Math.ceil(size / shape.length));
    return fastestCpuMs(() => extractor.extract(input));
  };
  // four times the text: under 2x the time now for the first two, 6x to 10x before (each participle cue read
  // the subject's whole modifier chain back to the sentence's start); 3x for the third, 10x before (each "as" after
  // a cue's object read the rest of the sentence); about 3x for the opt-in frame and finding, 7x to 9x before (each
  // read its content to the sentence's end); loose bounds, as the machine may be loaded (5 -> 6 at stop 48: the
  // opt-in frame measured 5.2 once in CI on a slow machine and about 3 idle; 6 still fails the 7x to 9x of before
  // and anything quadratic, 16x)
  it.each([
    ['a dash aside before a participle', 'the coach \u2014 a former player \u2014 saying ', 25_000],
    ['a parenthesis before a participle', 'the coach (a former player) saying ', 25_000],
    ['"as" after a cue\'s object', 'called for order as members shouted that ', 25_000],
    ['an opt-in frame with its infinitive', 'it is expected to rise and ', 50_000],
    ['an opt-in finding as a noun phrase', 'the survey showed limited enthusiasm for ', 50_000],
  ])('%s', { timeout: 120_000 }, (_name, shape, size) => {
    const extractor = EXTRACTORS[1]!;
    time(extractor, shape, size / 4);
    // (a ratio above 4.5 is measured once more: linear shapes measure about 2 to 3 idle, anything quadratic 16)
    const ratio = lowerOfTwoWhenHigh(() => {
      const small = time(extractor, shape, size);
      return time(extractor, shape, size * 4) / Math.max(small, 1);
    }, 4.5);
    expect(ratio).toBeLessThan(6);
  });
});

describe('a batch of the new shapes with one bad text (robust6)', () => {
  it('the bad text gets an error record; every other text its own extraction', async () => {
    const texts: unknown[] = [...SHAPES];
    texts.splice(5, 0, 42);
    const results = await settleWith(texts as string[], 3, () => new RealWorker());
    expect(results).toHaveLength(texts.length);
    results.forEach((r, i) => {
      expect(r.index).toBe(i);
      if (i === 5) expect(r).toEqual({ ok: false, index: 5, error: { name: 'TypeError', message: 'saidwho: `text` must be a string, got 42' } });
      else expect(r).toEqual({ ok: true, index: i, extraction: EXTRACTORS[0]!.extract(texts[i] as string) });
    });
  });
});
