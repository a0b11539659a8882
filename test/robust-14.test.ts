/**
 * Quality-bar probe robust14: round one's rules of stop 46 (a stance on a named
 * person ending at the name, an opt-in infinitive ending before a second
 * predicate, opt-in "known as"/"known for" thoughts, short feelings and sides
 * pushed for, a reported quote holding the words up to a later quotation of its
 * sentence, a joined "that" fragment, a verb in -s read as a noun, "states",
 * names ending in "Forum", "like" after "and", a retort verb read as a noun,
 * a pronoun's short aside, a speaker's vantage, speaker spans with a
 * possessive, an "of" phrase or a participle, and the frozen memo) built from
 * their own shapes with random names, fillers, punctuation, quotation marks,
 * odd spaces, long runs and repetition: never a throw, every span the input's
 * slice, no content over its own speaker or cue, opt-in rules never in default
 * output, one extractor reused on many texts giving what a fresh one gives, and
 * each shape repeated 8 and 64 times (in one sentence, as sentences of one
 * paragraph, as paragraphs) costing about the same per repetition. Invented
 * sentences and names only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Extraction } from '../src/index.js';
import { extractChecked } from './support/invariants.js';
import { describeCacheAndJoinProperties, describeShapeProperties, roundExtractors, INVENTED_FULL_NAMES, DOUBLE_QUOTE_PAIRS, ROUND_NAMES, ROUND_FILLERS, ROUND_ODD, ROUND_JOINS } from './support/shape-properties.js';
import { growthRatio } from './support/timing.js';

const { extractors: EXTRACTORS, namedDefault: NAMED_DEFAULT } = roundExtractors();

/** Shapes of the round's rules, with slots `N` (a name) and `F` (a filler). */
const SHAPES = [
  'The dockers union endorsed N F during the second debate.',
  'The guild backed N early, and the club assailed N from every side.',
  'Voters supporting N have said F that the pier was unsafe.',
  'A harbor pilot declined to be named and is not on the board.',
  'N plans to vote F but is undecided.',
  'N is known for her temper.',
  'N is F known as a fixer.',
  'N voiced concern about the toll.',
  'The growers pushed for a levy.',
  'N said he was hoping for a big crowd, which "will help the new mayor win."',
  'N said F she hoped for rain \u2014 "a good soaking" \u2014 and sun.',
  'The panel found that the fee was "a fraction of its worth" and that the seller was under "severe pressure."',
  'The lawsuit claims that the board ignored the parents.',
  "The permit states that the pier must close at dusk. The league's charge sheet states that N lied.",
  'N, head of the trade body Harbour Providers Forum, said the fee was fair. He said it would rise.',
  'N runs a farm, and like N has spoken about the need for water.',
  'N shot back in an article explaining that the pier was safe.',
  'N thanked the crew, and she, once again, pledged to rebuild and said the pier would open.',
  '"Turn it down!" shouted one neighbour from her window.',
  "N's claim that the ferry was late was false.",
  '"We will open in May," said N of the Pier Guild.',
  'N, a Dover-based ferry pilot, said F the dock was safe.',
];

describeShapeProperties({
  round: 'robust14',
  shapes: SHAPES,
  names: ROUND_NAMES,
  fillers: ROUND_FILLERS,
  odd: ROUND_ODD,
  joins: ROUND_JOINS,
  cased: true,
  extractors: EXTRACTORS,
  namedDefault: NAMED_DEFAULT,
  // the round's opt-in-only rules
  optInRules: new Set(['reported/known-as', 'reported/cue-feeling-short', 'reported/cue-topic-short']),
  seeds: [14011, 14012],
});

/** Extracts `t` with extractor `k`, checked (support/invariants.ts `extractChecked`). */
const run = (t: string, k = 0): Extraction => extractChecked(EXTRACTORS[k]!, t);

const FULL = INVENTED_FULL_NAMES;
const QUOTES = DOUBLE_QUOTE_PAIRS;

describe("each rule's promise on random fillings of its shape (robust14)", { timeout: 120_000 }, () => {
  it('a stance on a named person ends at the name before an adjunct, with every category; default output has no stance', () => {
    const adjunct = fc.constantFrom('during the second debate', 'by a wide margin', 'from every side', 'early', 'despite the storm');
    fc.assert(
      fc.property(FULL, fc.constantFrom('endorsed', 'backed', 'supported'), adjunct, (who, v, a) => {
        const t = `The dockers union ${v} ${who} ${a}.`;
        for (const q of run(t, 1).quotes.filter((x) => x.cue?.category === 'stance')) expect(q.text, t).toBe(who);
        for (const q of run(t, 0).quotes) expect(q.cue?.category, t).not.toBe('stance');
      }),
      { seed: 14013, numRuns: 30 },
    );
  });

  it('an opt-in infinitive content ends before a second predicate; default output never holds it', () => {
    fc.assert(
      fc.property(FULL, fc.constantFrom('declined to be named', 'plans to vote', 'decided not to run again'), fc.constantFrom('and is not on the board', 'but is undecided', 'and she won'), (who, head, tail) => {
        const t = `${who} ${head} ${tail}.`;
        for (const q of run(t, 1).quotes) expect(q.text.includes(tail), `${t}: ${q.text}`).toBe(false);
        for (const q of run(t, 0).quotes) expect(['thought', 'evidence', 'stance'], t).not.toContain(q.cue?.category);
      }),
      { seed: 14014, numRuns: 30 },
    );
  });

  it('a reported quote that takes a later quotation of its sentence holds one stretch, never its own speaker or cue', () => {
    fc.assert(
      fc.property(FULL, QUOTES, fc.constantFrom('which', 'and that', 'so it'), fc.constantFrom('will help the mayor win', 'is a fine start'), (who, [open, close], link, words) => {
        const t = `${who} said he was hoping for a big crowd, ${link} ${open}${words}.${close}`;
        for (const q of run(t).quotes) {
          expect(q.text.includes(who), `${t}: ${q.text}`).toBe(false);
          if (q.kind === 'mixed' && q.text.includes(words)) expect(q.parts.length, t).toBe(1);
        }
      }),
      { seed: 14015, numRuns: 30 },
    );
  });

  it('joined "that" fragments after a factive verb give nothing by default, whatever the marks', () => {
    fc.assert(
      fc.property(QUOTES, fc.constantFrom('found', 'learned', 'noted'), fc.constantFrom('and', 'or'), ([open, close], v, c) => {
        const t = `The panel ${v} that the fee was ${open}a fraction of its worth${close} ${c} that the seller was under ${open}severe pressure.${close}`;
        expect(run(t).quotes.filter((q) => q.rule === 'direct/unattributed').map((q) => q.text), t).toEqual([]);
      }),
      { seed: 14016, numRuns: 20 },
    );
  });
});

describeCacheAndJoinProperties({ round: 'robust14', shapes: SHAPES, extractorCount: EXTRACTORS.length, run, seeds: [14017, 14018, 14019] });

/** Quote, speaker name, cue and rule of each quote (default options). */
const rows = (t: string): string[] => run(t).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);

describe('what the properties found (robust14)', () => {
  // a built-in speech phrase ("shot back") asked whether its sentence holds a mark or a "that" after it: the answer is
  // now looked up per sentence (src/cues/sentence-marks.ts), and it stays the same
  it.each([
    ['Ivo Brandt shot back that the pier was safe.', ['the pier was safe | Ivo Brandt | shot back | reported/cue-that']],
    ['Officers fired back, and the crowd ran.', []],
    ['"It is safe," Ivo Brandt shot back.', ['It is safe, | Ivo Brandt | shot back | direct/trailing-speaker-cue']],
  ])('%s', (t, expected) => {
    expect(rows(t)).toEqual(expected);
  });
});

describe('what the properties found, every category (robust14)', () => {
  // an opt-in stance on a hyphened name ended at the hyphen's first half, so it kept its adjunct: the inner hyphen
  // now stays inside the name
  const stances = (t: string): string[] => run(t, 1).quotes.filter((q) => q.cue?.category === 'stance').map((q) => q.text);
  it.each([
    ['The dockers union endorsed Ivo Kasza-Lind from every side.', ['Ivo Kasza-Lind']],
    ['The guild backed Ada Moss-Hale early.', ['Ada Moss-Hale']],
  ])('%s', (t, expected) => {
    expect(stances(t)).toEqual(expected);
  });
});

describe("round one's shapes stay linear (robust14)", () => {
  // a block of about 1,250 characters repeated 1x and 8x to warm up, then 8x and 64x; a bound of 2.5 on the time per
  // block at 64x over that at 8x (CPU time), as robust13. "One sentence": the shape joined with no full stop
  it.each([
    ['speech phrases, one sentence (quadratic before robust14)', 'Ivo Brandt shot back, and ', 0],
    ['speech phrases in a medium, one sentence', 'Ivo Brandt shot back in an article explaining that the pier was safe, and ', 0],
    ['particle vetoes, one sentence', 'The crew fired back, and ', 0],
    ['stances on names, every category, one sentence', 'The dockers union endorsed Tobin Hale during the second debate and ', 1],
    ['stances on names, every category, as sentences', 'The dockers union endorsed Tobin Hale during the second debate. ', 1],
    ['second predicates, every category, one sentence', 'A harbor pilot declined to be named and is not on the board and ', 1],
    ['known for, every category, one sentence', 'Ms. Varga is known for her temper and ', 1],
    ['short feelings, every category, one sentence', 'Ms. Varga voiced concern about the toll and ', 1],
    ['sides pushed for, every category, as paragraphs', 'The growers pushed for a levy.\n\n', 1],
    ['sentence gaps, one sentence', 'Tom Hale said he was hoping for a big crowd, which "will help the new mayor win" and ', 0],
    ['joined that fragments, one sentence', 'the panel found that the fee had been "a fraction of its worth" and ', 0],
    ['joined that fragments, as sentences', 'The panel found that the fee was "a fraction of its worth" and that the seller was under "severe pressure." ', 0],
    ['-s verbs read as nouns, as sentences', 'The lawsuit claims that the board ignored the parents. ', 0],
    ['"states", one sentence', 'The permit states that the pier must close at dusk and ', 0],
    ['"like" after "and", one sentence', 'Tom Reyes runs a farm, and like Ann Lee has spoken about the need for water, and ', 0],
    ['pronoun asides, one sentence', 'Ana Moss thanked the crew, and she, once again, pledged to rebuild and said the pier would open, and ', 0],
    ['vantage tails, as paragraphs', '"Turn it down!" shouted one neighbour from her window.\n\n', 0],
    ['possessive noun cues, one sentence', "Tom Vale's claim that the ferry was late was false, and ", 0],
    ['"of" phrases after the cue, as sentences', '"We will open in May," said Ada Moss of the Pier Guild. ', 0],
    ['Forum names and "he", one paragraph', 'Tom Quill, head of the trade body Harbour Providers Forum, said the fee was fair. He said it would rise. ', 0],
  ])('%s', { timeout: 120_000 }, (_name, block, k) => {
    const unit = block.repeat(Math.ceil(1_250 / block.length));
    expect(growthRatio(EXTRACTORS[k]!, unit)).toBeLessThan(2.5);
  });
});
