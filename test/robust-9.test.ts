/**
 * Quality-bar probe robust9: round one's rules of stop 41 (a fronted adjunct
 * before a subject and its verb, the merge stop at a subject and a verb
 * outside the lexicon, "and"/"but" with a subject and a verb ending an object,
 * the opt-in `reported/state-object`, `reported/according-to-subordinate`,
 * the opt-in stance of "reject" and "attack" with its "if" guard, lower-case
 * abbreviation splits and the quotation after a split stop, a relative's
 * gender, an appositive inside a reported clause, inner MP titles and named
 * bodies, phrasal-verb headline labels, pending sentence ends and names with
 * an inner hyphen) built from their own shapes with random names, fillers,
 * punctuation, quotation marks, odd spaces, long runs and repetition: never a
 * throw, every span the input's slice, no quote sharing a span, a reported
 * content never over its own speaker or cue, the opt-in rules never in
 * default output (which equals the output for the default categories named),
 * and each shape repeated 8 and 64 times (as sentences and as one sentence
 * with no full stop) costs about the same per repetition.
 */
import { describe, expect, it } from 'vitest';
import { checkInvariants } from './support/invariants.js';
import { describeShapeProperties, roundExtractors } from './support/shape-properties.js';
import { growthRatio } from './support/timing.js';

const { extractors: EXTRACTORS, namedDefault: NAMED_DEFAULT } = roundExtractors();

/** The opt-in rules of the round: never in default output. */
const OPT_IN_RULES = new Set(['reported/state-object']);

/** Invented names, a slot `N` of a shape takes one. */
const NAMES = ['Ada Brook', 'Ms. Varga', 'Tom Reyes', 'Sen. Ola Dunne', 'Park Ji-hoon', 'Ned Olsen', 'Dr. Ivo Kasza-Lind', "Bea O'Hare", 'ZOË ÅBERG', 'Li'];
/** Fillers a slot `F` takes: nothing, an adverb, a time, an aside. */
const FILLERS = ['', 'also ', 'long ', 'on Tuesday ', 'in March ', 'overwhelmingly ', 'not ', 'strongly ', '(again) ', '\u2014 twice \u2014 '];
/** Shapes of the round's rules, with slots `N` (a name) and `F` (a filler). */
const SHAPES = [
  'In court filings, N F asked for a delay.',
  'But as he reached the door, he began to shout.',
  'Writing in the journal Harbor Letters, they said the ice was thin.',
  '"We are ready," an angry N retaliated.',
  '"We are ready," N said. "The levy is fair," a tired N quipped.',
  'N F criticized the toll and the council has delayed a vote.',
  'N said the plan was costly but the board has approved it.',
  'when she and N were on the council, N said the toll was fair.',
  'N is F skeptical of the harbor plan.',
  'N is eager to sell the ferry.',
  'The farm bureau has long been supportive of the water compact.',
  'He left town after, according to N, the paper censured his story.',
  'Turnout was lower than officials had predicted, according to the county.',
  'Dock workers F rejected the offer on Friday.',
  'N attacked N.',
  'If the council opposed the toll, N would resign.',
  'It was a near miss. N said it was fine.',
  'they felt ill. "We are fine," N said.',
  'it is in mass. N told reporters the vote was sat. on Friday.',
  "Her late husband, Ewan, said the farm was sold. She describes him as kind.",
  'N said her manager, N, had warned her about the cuts.',
  'On Monday, Liberal Democrat MP N said the levy was unfair.',
  'Campaigners from the group Fair Homes said the rents were too high.',
  'Co-author N said the study was flawed.',
  'Reyes Hits Back: "The levy is fair."',
  'Moss Wades In: Council Must Act',
  'The bill was no. 5 on the list, N said.',
  'J. R. Tolk said the vote at 5 p.m. Tuesday was fair, N said.',
  'Kim Jong-un said the well-known port was open.',
];
/** Marks and odd characters a space of a shape may become. */
const ODD = ['\r\n', '\u2028', '\u00A0', '\u2009', '\u200B', '\uFEFF', '\t', '\n\n', '"', '\u201C', '\u201D', "'", '\u2018', '\u2014', ' - ', '--', '(', ')', ',', '.', ';', ':', '?', '-', '\u{1F30A}', '\uD800'];

describeShapeProperties({
  round: 'robust9',
  shapes: SHAPES,
  names: NAMES,
  fillers: FILLERS,
  odd: ODD,
  joins: [', ', ' and ', ' \u2014 ', '; ', ' but '],
  cased: true,
  extractors: EXTRACTORS,
  namedDefault: NAMED_DEFAULT,
  optInRules: OPT_IN_RULES,
  seeds: [9099, 9100],
});

/** Quote, speaker mention, cue and rule of each quote. */
const rows = (t: string, k = 0): string[] => EXTRACTORS[k]!.extract(t).quotes.map((q) => `${q.text} | ${q.speaker?.mention?.text ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);

describe("round one's rules across odd spaces (robust9)", () => {
  it('a state of mind with its object holds across a no-break space, with every category only', () => {
    const t = 'Ms.\u00A0Varga is skeptical of the harbor plan.';
    expect(rows(t, 1)).toEqual(['the harbor plan | Ms.\u00A0Varga | is skeptical of | reported/state-object']);
    expect(rows(t)).toEqual([]);
  });
  it('"they" after a long run of names in one sentence still finds an organisation named just before it', () => {
    const t = `${'in the journal Harbor Letters, '.repeat(200)}the Harbor Union met and they said the ferry was late.`;
    const r = EXTRACTORS[0]!.extract(t);
    checkInvariants(t, r);
    expect(r.quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'}`)).toEqual(['the ferry was late | Harbor Union']);
  });
});

describe("round one's shapes stay linear (robust9)", () => {
  /** CPU milliseconds per repetition of `unit` repeated `times` times. */
  // a block of about 1,250 characters (5,000 for the shape that was quadratic), repeated 1x and 8x to warm up, then
  // 8x and 64x: the time per block at 64x over that at 8x is about 0.5 to 1.5 for every shape now; it was over 3 for
  // "they" after a name in one long sentence ("they" read back over every name of the sentence for an
  // organisation); a bound of 2.5, as the machine may be loaded (CPU time, so waiting for a core does not count)
  it.each([
    ['a fronted participle before "they said", one sentence', 'Writing in the journal Harbor Letters, they said the ice was thin, ', 0, 1_250],
    ['"they" after a name, one sentence', 'in Harbor Letters they wrote, ', 0, 5_000],
    ['a fronted adjunct, one sentence', 'in court filings, Ada Brook asked for a delay, and ', 0, 1_250],
    ['a quotation before an unknown verb, one sentence', '"We are ready," an angry Tom Reyes retaliated, ', 0, 1_250],
    ['an object ended by "and" and a clause, one sentence', 'criticized the toll and the council has delayed a vote and ', 0, 1_250],
    ['a state of mind with its object, one sentence', 'Ms. Varga is skeptical of the harbor plan and ', 1, 1_250],
    ['a source after a subordinator, one sentence', 'He left town after, according to him, the paper censured his story, ', 0, 1_250],
    ['"reject" and "attack", one sentence', 'Dock workers rejected the offer on Friday and Ada Moss attacked Reyes and ', 1, 1_250],
    ['a lower-case abbreviation split, as sentences', 'It was a near miss. "We are fine," Tom Vale said. ', 0, 1_250],
    ['a relative and her name, as sentences', 'Her late husband, Ewan, said the farm was sold. She describes him as kind. ', 0, 1_250],
    ['an appositive inside a reported clause, one sentence', 'said her manager, Tom Vale, had warned her about the cuts, ', 0, 1_250],
    ['an inner MP title, one sentence', 'Liberal Democrat MP Zorba Kettle said the levy was unfair, ', 0, 1_250],
    ['a phrasal-verb label, as lines', 'Reyes Hits Back: "The levy is fair."\n', 0, 1_250],
    ['"the former" after two names, one sentence', 'Ada Moss and Ada Moss met, and the former said the toll was fair, ', 0, 10_000],
    ['pending ends and hyphenated names, one sentence', 'no. 5 at 5 p.m. J. R. Kim Jong-un said the well-known port was open, ', 0, 1_250],
  ])('%s', { timeout: 120_000 }, (_name, shape, k, size) => {
    const extractor = EXTRACTORS[k]!;
    const block = shape.repeat(Math.ceil(size / shape.length));
    expect(growthRatio(extractor, block)).toBeLessThan(2.5);
  });
});
