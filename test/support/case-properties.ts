/**
 * Property tests over a round's cases (robust18 on): each case builds a text
 * from varied slots (names, tense, quotation marks of every style, what
 * stands between sentences) and names the [content, speaker name] pairs it
 * must give. Checked: those pairs under every mark style and with an odd space
 * inside a sentence, in default mode and with every category; the same output
 * again, after other cases and in each copy of a repeated text; odd characters
 * anywhere never throw and give the same output twice; odd characters between
 * the sentences keep the pairs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/index.js';

/** Pairs of opening and closing marks in every style. */
const MARKS: readonly (readonly [string, string])[] = [
  ['"', '"'], ['\u201C', '\u201D'], ['\u00AB', '\u00BB'], ['\u00AB\u00A0', '\u00A0\u00BB'], ['\u00BB', '\u00AB'], ['\u201E', '\u201C'], ['\u2018', '\u2019'], ["'", "'"],
];
/** What may stand between two sentences: spaces, line and paragraph breaks, invisible characters. */
const BETWEEN = [' ', '  ', '          ', '\n\n', '\r\n\r\n', '\r\n', '\n', '\u2028', '\u2029', '\v', ' \uFEFF', '\uFEFF ', '\u00A0'];
/** What a space inside a sentence may become without ending it. */
const INSIDE = [' ', '   ', '\u00A0', '\u2009', '\u202F', ' \uFEFF', '\v', '\u2028', '        ', '\t'];
/** Odd characters put anywhere: invisible ones, breaks, a NUL, lone surrogates, emoji with a zero-width joiner. */
const ANYWHERE = ['\uFEFF', '\v', '\u2028', '\r\n', '\u0000', '\uD800', '\uDFFF', '\u{1F469}\u200D\u{1F692}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', ' '.repeat(200), '\u200D', '\r'];

/** The varied pieces of one text: names, tense, marks, breaks. */
export interface Slots {
  readonly first: string;
  readonly last: string;
  /** A business's name (robust19: one named with a possessive, without its "'s"). */
  readonly business: string;
  readonly said: string;
  readonly open: string;
  readonly close: string;
  readonly between: string;
  /** A random number a round's cases may choose slots of their own with ({@link pick}); 0 unless the round asks for it. */
  readonly pick?: number;
}

/**
 * Choice `k` (0, 1, ...) of a case's own slots from `list`, by the slots'
 * random number: "Kim" or "Drew" for a first name given to women and men
 * alike. Different `k` choose apart from each other.
 */
export function pick<T>(s: Slots, list: readonly T[], k = 0): T {
  return list[Math.floor((s.pick ?? 0) / 8 ** k) % list.length]!;
}

/** One shape of a stop's rule: its text from the slots, and the [content, speaker name] pairs it must give. */
export interface Case {
  readonly rule: string;
  readonly make: (s: Slots) => { text: string; want: readonly (readonly [string, string])[] };
  /** Whether a pronoun of the shape rightly reads a name written before it ("he" after "Tom Reyes said"). */
  readonly pronoun?: true;
}

/** What {@link describeCaseProperties} needs. */
export interface CaseProperties {
  /** Name of the round, in the describe titles ("robust19"). */
  readonly round: string;
  readonly cases: readonly Case[];
  /** Surnames and businesses the slots take (first names, tense, marks and breaks are shared). */
  readonly lasts: readonly string[];
  readonly businesses: readonly string[];
  /** Extracts a text with the round's extractor `k` (0 default options, 1 every category), checked. */
  readonly run: (t: string, k?: number) => Extraction;
  /** Seeds of the four properties. */
  readonly seeds: readonly [number, number, number, number];
  /** Whether the cases choose slots of their own ({@link pick}). */
  readonly picks?: true;
  /** What may stand between two sentences besides the shared breaks ("\f", "\t"). */
  readonly moreBetween?: readonly string[];
}

/** A space inside the text (not one next to a mark or a break) turned into `by`. */
function oddInside(text: string, at: number, by: string): string {
  const spaces = [...text.matchAll(/(?<=[\p{L},.]) (?=[\p{L}])/gu)].map((m) => m.index);
  if (spaces.length === 0) return text;
  const k = spaces[at % spaces.length]!;
  return text.slice(0, k) + by + text.slice(k + 1);
}

/** White space of any kind as one space, so that a content or a name compares across the odd characters. */
const plain = (s: string): string => s.replace(/[\s\uFEFF\u200B]+/g, ' ').trim();

/** [content, speaker name] of each quote, white space made plain. */
const pairs = (r: Extraction): string[] => r.quotes.map((q) => `${plain(q.text)} | ${plain(q.speaker?.name ?? '-')}`);

/** One line per quote (kind, text, name, cue, rule, start), offsets shifted by `shift`. */
export const rows = (r: Extraction, shift = 0): string[] => r.quotes.map((q) => `${q.kind} | ${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule} | ${q.span.start - shift}`);

/** Registers the round's case properties (see the module comment). */
export function describeCaseProperties(o: CaseProperties): void {
  const { cases, run, seeds } = o;
  const slots: fc.Arbitrary<Slots> = fc.record({
    first: fc.constantFrom('Tom', 'Paul', 'Ivo', 'Ned', 'Omar', 'Ann', 'Zoë'),
    last: fc.constantFrom(...o.lasts),
    business: fc.constantFrom(...o.businesses),
    said: fc.constantFrom('said', 'says'),
    open: fc.constant(''),
    close: fc.constant(''),
    between: fc.constantFrom(...BETWEEN, ...(o.moreBetween ?? [])),
    pick: o.picks ? fc.nat() : fc.constant(0),
  }).chain((s) => fc.constantFrom(...MARKS).map(([open, close]) => ({ ...s, open, close })));

  describe(`each shape keeps its content and speaker however it is written (${o.round})`, { timeout: 300_000 }, () => {
    it('under every mark style, name, tense, sentence break and odd space inside a sentence', () => {
      fc.assert(
        fc.property(fc.constantFrom(...cases), slots, fc.nat(), fc.constantFrom(...INSIDE), (c, s, at, by) => {
          const { text, want } = c.make(s);
          const t = oddInside(text, at, by);
          const got = pairs(run(t));
          for (const [content, name] of want) expect(got, `${c.rule}: ${JSON.stringify(t)}`).toContain(`${plain(content)} | ${plain(name)}`);
          const every = pairs(run(t, 1));
          for (const [content, name] of want) expect(every, `${c.rule} (every category): ${JSON.stringify(t)}`).toContain(`${plain(content)} | ${plain(name)}`);
        }),
        { seed: seeds[0], numRuns: 200 },
      );
    });

    it('the same output again, after other shapes, and in each copy of a repeated text', () => {
      fc.assert(
        fc.property(fc.constantFrom(...cases), slots, fc.array(fc.tuple(fc.constantFrom(...cases), slots), { maxLength: 3 }), fc.integer({ min: 2, max: 4 }), (c, s, before, times) => {
          const { text } = c.make(s);
          const alone = run(text);
          expect(rows(run(text)), text).toEqual(rows(alone));
          const prefix = before.map(([b, bs]) => `${b.make(bs).text}\n\n`).join('');
          const after = run(prefix + text);
          // (a pronoun rightly reads a name in the shapes before it: only the pronoun-free shapes must stay the same)
          if (!c.pronoun) expect(rows({ ...after, quotes: after.quotes.filter((q) => q.span.start >= prefix.length) }, prefix.length), prefix + text).toEqual(rows(alone));
          const repeated = Array.from({ length: times }, () => text).join('\n\n');
          const got = pairs(run(repeated));
          for (const p of pairs(alone)) expect(got.filter((g) => g === p).length, repeated).toBeGreaterThanOrEqual(times);
        }),
        { seed: seeds[1], numRuns: 60 },
      );
    });
  });

  describe(`odd characters anywhere in the shapes (${o.round})`, { timeout: 300_000 }, () => {
    it('never throw, keep every offset valid, and give the same output from a second call', () => {
      fc.assert(
        fc.property(fc.constantFrom(...cases), slots, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ANYWHERE)), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 2 }), (c, s, cuts, k) => {
          let t = c.make(s).text;
          for (const [at, odd] of cuts) {
            const p = at % (t.length + 1);
            t = t.slice(0, p) + odd + t.slice(p);
          }
          const first = run(t, k);
          expect(JSON.stringify(run(t, k)), JSON.stringify(t)).toBe(JSON.stringify(first));
        }),
        { seed: seeds[2], numRuns: 150 },
      );
    });

    it('between the sentences they keep each shape\'s content and speaker', () => {
      const probe: Slots = { first: 'Tom', last: o.lasts[0]!, business: o.businesses[0]!, said: 'said', open: '"', close: '"', between: '\n\n' };
      const split = cases.filter((c) => c.make(probe).text.includes('\n\n'));
      expect(split.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.constantFrom(...split), slots, fc.constantFrom('\uFEFF', '\u2028', '\r\n', '\u0000', '\u{1F469}\u200D\u{1F692}', ' '.repeat(300), '\r\n\r\n\r\n'), (c, s, odd) => {
          const { text, want } = c.make({ ...s, between: `\n\n${odd}` });
          const got = pairs(run(text));
          for (const [content, name] of want) expect(got, `${c.rule}: ${JSON.stringify(text)}`).toContain(`${plain(content)} | ${plain(name)}`);
        }),
        { seed: seeds[3], numRuns: 60 },
      );
    });
  });
}
