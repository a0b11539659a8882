/**
 * Quality-bar probe robust8: round one's rules of stop 40 (the opt-in
 * `reported/stance-role`, `reported/stance-phrase` and `reported/reportedly`,
 * a person's name set off after an according-to source, the participle cue
 * that cuts a content after a comma or a dash, "on" and a weekday ending a
 * cue's object, a fronted clause before a subject with a prepositional tail, a
 * text described by a relative clause, passive "claim" and a relative "which"
 * as the passive subject, a lone quantifier before an opt-in verb) built from
 * their own shapes with random names, fillers, punctuation, quotation marks,
 * odd spaces, long runs and repetition: never a throw, every span the input's
 * slice, no quote sharing a span, a reported content never over its own
 * speaker or cue, the opt-in rules never in default output (which equals the
 * output for the default categories named), and each shape repeated 8 and 64
 * times (as sentences and as one sentence with no full stop) costs about the
 * same per repetition. Two of the shapes were quadratic in one long sentence:
 * a conjoined "and was reportedly ..." (each read back to the sentence start
 * for quotation marks) and a count speaker such as "many" (each read the rest
 * of the sentence for a trailing "according to" poll).
 */
import { describe, expect, it } from 'vitest';
import { describeShapeProperties, roundExtractors } from './support/shape-properties.js';
import { growthRatio } from './support/timing.js';

const { extractors: EXTRACTORS, namedDefault: NAMED_DEFAULT } = roundExtractors();

/** The opt-in rules of the round: never in default output. */
const OPT_IN_RULES = new Set(['reported/stance-role', 'reported/stance-phrase', 'reported/reportedly']);

/** Invented names, a slot `N` of a shape takes one. */
const NAMES = ['Ada Brook', 'Ms. Varga', 'Tom Reyes', 'Sen. Ola Dunne', 'Mara Voss', 'Ned Olsen', 'Dr. Ivo Kasza-Lind', "Bea O'Hare", 'ZOË ÅBERG', 'Li'];
/** Fillers a slot `F` takes: nothing, an adverb, a time, an aside. */
const FILLERS = ['', 'also ', 'long ', 'on Tuesday ', 'in March ', 'reportedly ', 'not ', 'strongly ', '(again) ', '\u2014 twice \u2014 '];
/** Shapes of the round's rules, with slots `N` (a name) and `F` (a filler). */
const SHAPES = [
  'N is an outspoken supporter of the harbor levy.',
  'N has F been a critic of the ferry plan, aides said.',
  'N is not a backer of the toll.',
  'The union came out F against the bridge toll.',
  'N threw her full support behind N.',
  'N has come out in support of N and voted for it.',
  'The Harbor Club is reportedly buying two boats for the autumn regatta.',
  'N won acclaim and was reportedly targeted by thieves F last year.',
  'In total, the hackers have reportedly stolen cash, leaving banks uneasy.',
  'According to its lawyer, N, the ruling was wrong.',
  "According to the club's spokesman, N.",
  'N repeated claims that N recites lines, calling him a liar.',
  'N says the budget was balanced - asserting that it was not.',
  'The board praised the ruling on Tuesday.',
  'N criticized the plan on Friday, and left.',
  'As the mayor left, a group near the back chanted that the vote was void.',
  'We know a report that examined the accounts said the firm lied.',
  'Both fires were claimed by the rebel group.',
  'The blasts, which were claimed by a militant group, shook the port.',
  'Many fear the ferry plan will fail.',
  'Both think N advanced the agenda.',
  'Some 40 percent said they would vote F, according to a Harbor College survey.',
  '"We are ready," N said, adding, "the levy is fair."',
];
/** Marks and odd characters a space of a shape may become. */
const ODD = ['\r\n', '\u2028', '\u00A0', '\u2009', '\u200B', '\uFEFF', '\t', '\n\n', '"', '\u201C', '\u201D', "'", '\u2018', '\u2014', ' - ', '--', '(', ')', ',', '.', ';', ':', '?', '\u{1F30A}', '\uD800'];

describeShapeProperties({
  round: 'robust8',
  shapes: SHAPES,
  names: NAMES,
  fillers: FILLERS,
  odd: ODD,
  joins: [', ', ' and ', ' \u2014 ', '; '],
  cased: false,
  extractors: EXTRACTORS,
  namedDefault: NAMED_DEFAULT,
  optInRules: OPT_IN_RULES,
  seeds: [8088, 8089],
});

/** Quote, speaker mention, cue and rule of each quote. */
const rows = (t: string, k = 0): string[] => EXTRACTORS[k]!.extract(t).quotes.map((q) => `${q.text} | ${q.speaker?.mention?.text ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);

describe("round one's opt-in rules across odd spaces (robust8)", () => {
  it('a stance role and a stance phrase hold across a no-break space and a CRLF, with every category only', () => {
    const role = 'Ms.\u00A0Varga is an outspoken supporter of the harbor levy.';
    expect(rows(role, 1)).toEqual(['the harbor levy | Ms.\u00A0Varga | is an outspoken supporter of | reported/stance-role']);
    expect(rows(role)).toEqual([]);
    const phrase = 'The union came out\r\nagainst the bridge toll.';
    expect(rows(phrase, 1)).toEqual(['the bridge toll | The union | came out\r\nagainst | reported/stance-phrase']);
    expect(rows(phrase)).toEqual([]);
  });
  it('a conjoined "was reportedly" keeps its subject, and a second one in the same sentence gives no overlapping clause', () => {
    const t = 'Ned Olsen won acclaim and was reportedly targeted by thieves last year and was reportedly robbed again in May.';
    const found = EXTRACTORS[1]!.extract(t).quotes.filter((q) => q.rule === 'reported/reportedly');
    expect(found.map((q) => q.text)).toEqual(['Ned Olsen won acclaim and was reportedly targeted by thieves last year and was reportedly robbed again in May']);
    expect(rows(t)).toEqual([]);
  });
  it('a quotation mark before a conjoined "was reportedly" gives nothing', () => {
    const t = 'Ned Olsen "won acclaim" and was reportedly targeted by thieves last year.';
    expect(EXTRACTORS[1]!.extract(t).quotes.filter((q) => q.rule === 'reported/reportedly')).toEqual([]);
  });
});

describe("round one's shapes stay linear (robust8)", () => {
  /** CPU milliseconds per repetition of `unit` repeated `times` times. */
  // a block of about 1,250 characters (5,000 or 10,000 for the shapes that were quadratic), repeated 1x and 8x to
  // warm up, then 8x and 64x: the time per block at 64x over that at 8x is 0.5 to 1.5 for every shape now; it was
  // 3.3 for the conjoined "reportedly" and over 4 for the "many" counts in one long sentence (a bound of 2.5, as the
  // machine may be loaded; CPU time, so waiting for a core does not count)
  it.each([
    ['a stance role, as sentences', 'Ms. Varga is an outspoken supporter of the harbor levy. ', 1, 1_250],
    ['a stance role, one sentence', 'Ms. Varga is an outspoken supporter of the harbor levy, and ', 1, 1_250],
    ['a stance phrase, one sentence', 'The union came out strongly against the bridge toll and ', 1, 1_250],
    ['"threw her support behind", one sentence', 'Mayor Ada Moss threw her full support behind Tom Reyes and ', 1, 1_250],
    ['a conjoined "was reportedly", one sentence', 'and was reportedly spending cash on ads ', 1, 10_000],
    ['"have reportedly" after a comma, one sentence', 'In total, the hackers have reportedly stolen cash ', 1, 1_250],
    ['a source appositive, one sentence', 'according to its lawyer, Ada Brook, the ruling was wrong, and ', 0, 1_250],
    ['a participle cut, one sentence', 'repeated claims that Varga recites lines, calling him a liar, ', 0, 1_250],
    ['"on" and a weekday, one sentence', 'The board praised the ruling on Tuesday, ', 0, 1_250],
    ['a relative "which" claimed, one sentence', 'The blasts, which were claimed by a militant group, ', 0, 1_250],
    ['a fronted clause, one sentence', 'as the mayor left, a group near the back chanted that the vote was void, ', 0, 1_250],
    ['a text with a relative clause, one sentence', 'we know a report that examined the accounts said the firm lied and ', 0, 1_250],
    ['a lone quantifier, as sentences', 'Many fear the ferry plan will fail. ', 1, 1_250],
    ['a lone quantifier, one sentence', 'many fear the ferry plan will fail and ', 1, 5_000],
    ['a counted speaker before a trailing poll, one sentence', 'many say the ferry plan will fail and ', 0, 5_000],
  ])('%s', { timeout: 120_000 }, (_name, shape, k, size) => {
    const extractor = EXTRACTORS[k]!;
    const block = shape.repeat(Math.ceil(size / shape.length));
    expect(growthRatio(extractor, block)).toBeLessThan(2.5);
  });
});
