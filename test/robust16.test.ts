/**
 * Quality-bar probe robust16: the rules of stop 48 round one (a participle
 * aside between two quotations of one speaker, an attribution inserted with an
 * adjunct before its clause's auxiliary, a pronoun reporting its own state of
 * mind, role nouns of one gender, "since" with a time inside a subject, a base
 * form after "that", "never", "further" and "finally" in a cue, "seen as" and
 * "known for" frames, "N after N" subjects, intransitive verbs before a medium)
 * under hostile input: random names, every style of quotation marks (straight,
 * curly, guillemets, low-high, single, unclosed), line breaks of every kind
 * (\r\n, \u2028, \u2029, \v, \f), U+FEFF, emoji and lone surrogates next to the
 * marks, and very long tokens. Checked: never a throw, every span the input's
 * slice, parts inside their quote and in order without overlap, the same
 * output on a second call, from a fresh extractor and from the token-table
 * reading of long texts, and a batch that keeps going past a bad text. Direct
 * tests at the edges of a document (a cue or a participle as the last token, a
 * comma or a mark as the first, empty paragraphs). Invented sentences only.
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

import { createExtractor, type Extraction } from '../src/index.js';
import { settleWith } from '../src/parallel/results.js';
import { extractManySettled } from '../src/parallel/index.js';
import { RealWorker } from './support/real-worker.js';
import { checkInvariants, extractChecked } from './support/invariants.js';
import { describeCacheAndJoinProperties, describeShapeProperties, roundExtractors, INVENTED_FULL_NAMES, ROUND_NAMES, ROUND_FILLERS, ROUND_ODD, ROUND_JOINS } from './support/shape-properties.js';

const { extractors: EXTRACTORS, namedDefault: NAMED_DEFAULT } = roundExtractors();
const EVERY = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;
const OPTIONS = [undefined, { categories: EVERY }, { categories: EVERY, minConfidence: 0.3, kinds: ['indirect', 'mixed'] as const }];

/** Shapes of the round's rules, with slots `N` (a name) and `F` (a filler). */
const SHAPES = [
  '"We will win," N said, referring to the vote, "and we will keep the pier."',
  '\u00ABWe will win,\u00BB N said F, referring to the vote, \u00ABand we will keep the pier.\u00BB',
  '\u201EWe will win,\u201C N said, recalling the vote, \u201Eand we will keep the pier.\u201C',
  'These workers, N explained F in the council meeting, were paid well.',
  'The plan, N said in an interview, will fail.',
  'N hoped, he said, that the port would reopen.',
  'N feared, she said, that the pier would close.',
  'Two sailors were hurt, a hospital spokeswoman said. Neither injury was serious, she said.',
  'N bought the mill. The businessman said the plant would reopen. "We start hiring," he said.',
  'N said the storm would pass. He added that salvage crews would board the ship.',
  'The minister said that cut jobs.',
  'A woman waiting for surgery since last year said N felt forgotten.',
  'N never mentioned the ferry levy.',
  'N said he has not read the audit and never asked for a copy.',
  'N further alleged that the count was rigged.',
  'The council finally confirmed that N would leave.',
  'The mill is widely seen as a landmark.',
  'N is best known for her work on the barges.',
  'Resident after resident told N the road was unsafe.',
  'N responded in a statement arguing that the fees were fair.',
  'The records show, N said, that the dock flooded.',
];

/** What a space of a shape may become: the usual odd characters and this round's line breaks, marks and emoji. */
const ODD = [...ROUND_ODD, '\v', '\f', '\u2029', '\r', '\u00AB', '\u00BB', '\u201E', '\u2039', '\u203A', "''", '``', '\u{1F600}"', '"\u{1F600}', '\uDC00', '\uFEFF\uFEFF'];

describeShapeProperties({
  round: 'robust16',
  shapes: SHAPES,
  names: ROUND_NAMES,
  fillers: ROUND_FILLERS,
  odd: ODD,
  joins: [...ROUND_JOINS, '\r\n', '\u2028', '\f', '\v'],
  cased: true,
  extractors: EXTRACTORS,
  namedDefault: NAMED_DEFAULT,
  optInRules: new Set(['reported/impersonal', 'reported/known-as']),
  seeds: [16011, 16012],
});

/** Extracts `t` with extractor `k`, checked (support/invariants.ts `extractChecked`), and its parts in order. */
function run(t: string, k = 0): Extraction {
  const r = extractChecked(EXTRACTORS[k]!, t);
  r.quotes.forEach((q, i) => {
    for (let p = 1; p < q.parts.length; p++) expect(q.parts[p]!.start >= q.parts[p - 1]!.end, `quote ${i} (${q.rule}): part ${p} before the end of part ${p - 1}`).toBe(true);
  });
  return r;
}

describeCacheAndJoinProperties({ round: 'robust16', shapes: SHAPES, extractorCount: EXTRACTORS.length, run, seeds: [16020, 16021, 16022] });

/** Pairs of opening and closing marks in every style, and unclosed ones. */
const MARK_PAIRS = fc.constantFrom<readonly [string, string]>(
  ['"', '"'], ['\u201C', '\u201D'], ['\u00AB', '\u00BB'], ['\u00AB\u00A0', '\u00A0\u00BB'], ['\u00BB', '\u00AB'], ['\u201E', '\u201C'],
  ['\u2018', '\u2019'], ["'", "'"], ["''", "''"], ['``', "''"], ['\u2039', '\u203A'], ['"', ''], ['\u201C', ''], ['', '"'],
);
/** Line breaks and invisible characters. */
const BREAKS = fc.constantFrom(' ', '\r\n', '\n', '\n\n', '\u2028', '\u2029', '\v', '\f', '\uFEFF', ' \uFEFF', '\u200B', '\t');
/** Emoji, a lone surrogate, or nothing, set right next to a mark. */
const NEXT_TO_MARK = fc.constantFrom('', '', '', '\u{1F30A}', '\u{1F600}\u{1F3FD}', '\uD83D', '\uDE00', '\u0301');

/** A text of the round's quotation shapes in random marks, breaks and emoji, with a long token now and then. */
const hostile = fc
  .tuple(
    INVENTED_FULL_NAMES,
    MARK_PAIRS,
    BREAKS,
    BREAKS,
    NEXT_TO_MARK,
    NEXT_TO_MARK,
    fc.constantFrom('referring to the vote', 'recalling the vote', 'speaking in Welsh', 'noting the storm'),
    fc.constantFrom('said', 'wrote', 'told reporters', 'never said', 'further wrote', 'finally said'),
    fc.constantFrom('', 'x'.repeat(20_000), 'Brook'.repeat(3_000), '\u{1F600}'.repeat(2_000), ',' .repeat(3_000)),
    fc.constantFrom('', '\uFEFF', '\n\n\n\n', '\r\n\r\n', ', ', '"'),
  )
  .map(([who, [o, c], b1, b2, e1, e2, aside, verb, long, lead]) => `${lead}${o}${e1}We will win,${c}${e2}${b1}${who}${long ? ` ${long}` : ''} ${verb},${b2}${aside}, ${e2}${o}and we will keep the pier.${c}${e1}${b1}${who} hoped, she said, that it held.`);

describe('hostile marks, breaks and long tokens around the round shapes (robust16)', { timeout: 300_000 }, () => {
  it('never throws, keeps every invariant, and gives the same output again, from a fresh extractor and from the token table', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 0, max: OPTIONS.length - 1 }), (t, k) => {
        const first = run(t, k);
        const json = JSON.stringify(first);
        expect(JSON.stringify(EXTRACTORS[k]!.extract(t)), t).toBe(json);
        expect(JSON.stringify(createExtractor(OPTIONS[k]).extract(t)), t).toBe(json);
        state.compact = true;
        try {
          expect(JSON.stringify(EXTRACTORS[k]!.extract(t)), t).toBe(json);
        } finally {
          state.compact = false;
        }
      }),
      { seed: 16031, numRuns: 40 },
    );
  });

  it('pieces of the shapes cut at any character keep every invariant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHAPES), fc.constantFrom(...ROUND_NAMES), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 1 }), (s, n, a, b, k) => {
        const full = s.replace(/\bN\b/g, n).replace(/\bF /g, '');
        const from = a % (full.length + 1);
        const to = from + (b % (full.length - from + 1));
        run(full.slice(from, to), k);
        run(full.slice(0, from) + full.slice(to), k);
      }),
      { seed: 16032, numRuns: 60 },
    );
  });
});

/** One line per quote: kind, text, speaker, cue and rule. */
const rows = (t: string, k = 0): string[] => run(t, k).quotes.map((q) => `${q.kind} | ${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);

describe('the round rules at the edges of a document (robust16)', () => {
  // each text ends (or starts) where a rule reads one token further (or back): a participle or a cue as the last
  // token, a comma, a mark or "after" as the first, a quotation opened and never closed at the end
  it.each([
    ['"A," Lee said, referring to the vote, "', ['direct | A, | Lee | said | direct/trailing-speaker-cue']],
    ['"A," Lee said, referring,', ['direct | A, | Lee | said | direct/trailing-speaker-cue']],
    ['"A," Lee said, referring', ['direct | A, | Lee | said | direct/trailing-speaker-cue']],
    [', referring to the vote, "and we win."', ['direct | and we win. | - | referring | direct/leading-cue']],
    ['Lee said, referring to the vote, "and we win."', ['direct | and we win. | Lee | referring | direct/leading-speaker-cue']],
    ['These workers, Ada Brook explained earlier', []],
    ['These workers, Ada Brook explained earlier,', []],
    [', Ada Brook explained in the hall, were paid.', []],
    ['Tom Reyes hoped, he said', ['indirect | Tom Reyes hoped | he | said | reported/content-speaker-cue']],
    ['Reyes hoped, he', []],
    ['since', []],
    ['since March said', []],
    ['A man waiting since', []],
    ['Since last year said he felt forgotten.', ['indirect | he felt forgotten | - | said | reported/cue-clause-no-speaker']],
    ['after resident told the council it failed.', ['indirect | it failed | resident | told | reported/cue-clause']],
    ['Resident after resident', []],
    ['He added that', []],
    ['He added that salvage crews', ['indirect | salvage crews | He | added | reported/cue-that']],
    ['never said', []],
    ['and finally confirmed that it closed.', ['indirect | it closed | - | confirmed | reported/cue-that-no-speaker']],
    ['The mill is seen as', []],
    ['is best known for', []],
    ['a spokeswoman said', []],
    ['she said.', []],
    ['Lee responded in a statement arguing', []],
    ['The records show, Ada Moss said,', ['indirect | The records show | Ada Moss | said | reported/content-speaker-cue']],
    [',', []],
    ['"', []],
    ['\u00AB', []],
    ['\uFEFF', []],
    ['\n\n\n\n', []],
    ['\u2028\u2029\v\f\r\n', []],
  ])('%j', (t, expected) => {
    expect(rows(t)).toEqual(expected);
    for (const k of [1, 2]) run(t, k);
  });

  it.each(['', '\n\n', '\r\n\r\n', '\uFEFF', '\f', '\u2029'])('the shapes between empty paragraphs of %j keep their quotes', (sep) => {
    for (const s of SHAPES) {
      const p = s.replace(/\bN\b/g, 'Ada Brook').replace(/\bF /g, '');
      const alone = rows(p).map((r) => r);
      const padded = `${sep}${sep}${p}${sep}${sep}`;
      expect(rows(padded), JSON.stringify(padded)).toEqual(alone);
    }
  });
});

describe('what the properties found (robust16)', () => {
  // a participle aside between two quotations of one speaker joined them only after a straight or a right curly
  // closing mark ("We will win," or “We will win,”): in guillemets, low-high marks or single curly marks the second
  // quotation took the participle as its own cue; any mark that may close a quote now counts
  // (src/attribution/trailing-attribution.ts, CLOSING_MARK_TOKENS in src/data/marks.ts)
  it.each([
    ['"', '"'],
    ['\u201C', '\u201D'],
    ["'", "'"],
    ['\u00AB', '\u00BB'],
    ['\u00AB ', ' \u00BB'],
    ['\u00BB', '\u00AB'],
    ['\u201E', '\u201C'],
    ['\u201A', '\u2018'],
    ['\u2018', '\u2019'],
    ['\u2039', '\u203A'],
  ])('%s...%s', (open, close) => {
    const t = `${open}We will win,${close} Ada Moss said, referring to the vote, ${open}and we will keep the pier.${close}`;
    expect(rows(t)).toEqual(['direct | We will win, and we will keep the pier. | Ada Moss | said | direct/trailing-speaker-cue']);
    expect(run(t).quotes[0]!.parts.map((p) => p.text)).toEqual(['We will win,', 'and we will keep the pier.']);
  });
  // a speaker found as a phrase of its own ("Resident after resident", "About 40", "Residents living near the river")
  // kept the input's white space in its name, a line break or a run of spaces included, where a name or a
  // description made by makeMention has one space: every such phrase's name is now `nameText`'s
  // (src/speakers/find/before.ts, bare-count.ts, counted.ts, long-subject.ts, subject-modifiers.ts,
  // src/attribution/reported/source-phrase.ts; "Some 40 percent" and the trailing source had one space already)
  it.each([
    ['Resident\nafter\nresident told the council the road was unsafe.', 'Resident after resident'],
    ['Resident after  resident told the council the road was unsafe.', 'Resident after resident'],
    ['About\n40 said the road was unsafe.', 'About 40'],
    ['Some  40 percent said the road was unsafe.', 'Some 40 percent'],
    ['Residents  living near the river said the road was unsafe.', 'Residents living near the river'],
    ['People \u00A0briefed on the talks said the road was unsafe.', 'People briefed on the talks'],
    ['The road was unsafe, according to a  report from the council.', 'a report from the council'],
  ])('%j names its speaker %j', (t, name) => {
    const r = run(t);
    expect(r.quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'}`)).toEqual([`${t.startsWith('The road') ? 'The road was unsafe' : 'the road was unsafe'} | ${name}`]);
    expect(r.speakers.map((s) => s.name)).toEqual([name]);
  });
  // (an opening-only mark after the comma closes nothing: the second quotation keeps the participle)
  it('an opening-only mark before the name joins nothing', () => {
    const t = '\u201EWe will win,\u201E Ada Moss said, referring to the vote, \u201Eand we will keep the pier.\u201C';
    for (const q of run(t).quotes) expect(q.parts.length, t).toBe(1);
  });
});

describe('a batch of the round shapes with one bad text (robust16)', () => {
  it('the bad text gets an error record; every other text its own extraction', async () => {
    const texts: unknown[] = SHAPES.map((s) => s.replace(/\bN\b/g, 'Ada Brook').replace(/\bF /g, ''));
    texts.splice(3, 0, 42);
    const results = await settleWith(texts as string[], 3, () => new RealWorker());
    expect(results).toHaveLength(texts.length);
    results.forEach((r, i) => {
      expect(r.index).toBe(i);
      if (i === 3) expect(r).toEqual({ ok: false, index: 3, error: { name: 'TypeError', message: 'saidwho: `text` must be a string, got 42' } });
      else {
        expect(r).toEqual({ ok: true, index: i, extraction: EXTRACTORS[0]!.extract(texts[i] as string) });
        checkInvariants(texts[i] as string, EXTRACTORS[0]!.extract(texts[i] as string));
      }
    });
  });

  // (the public entry checks every text before any thread starts: a null text is a TypeError there, not a batch
  // that fails; the pool itself is only ever handed strings)
  it('extractManySettled refuses a null text synchronously, naming its index', () => {
    const texts: unknown[] = ['Ada Brook said the pier was unsafe.', null];
    expect(() => extractManySettled(texts as string[])).toThrow(TypeError);
    expect(() => extractManySettled(texts as string[])).toThrow('`texts[1]`');
  });
});
