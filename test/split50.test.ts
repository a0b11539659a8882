/**
 * Word lists moved out of logic files into src/data (split50, no change in
 * behaviour). Each moved set accepts exactly the words the inline regex it
 * replaced accepted (same anchors, same case handling), checked over the
 * words of the old regexes plus near misses; and the POS and punctuation
 * sets shared in place of copies hold the members the copies held.
 */
import { describe, expect, test } from 'vitest';
import {
  BEEN_AUXILIARIES,
  COLON_CLAUSE_OPENERS,
  COUNT_NUMBER_FOLLOWERS,
  CUE_NEGATIONS,
  DESCRIBED_NOUN_OPENERS,
  MODIFIER_SEPARATORS,
  NAME_INNER_WORDS,
  ONE_CLAUSE_OPENERS,
  OUTLET_NAME_WORDS,
  PLURAL_QUANTIFIER_SUBJECTS,
  THAT_SAID_OPENERS,
  PHRASE_CLAUSE_OPENERS,
  PRESENT_HAVE,
  SUBJECTLESS_CUE_OPENERS,
} from '../src/data/function-words.js';
import { MODALS, SINGULAR_AUXILIARIES } from '../src/data/clauses.js';
import { PLACE_AFTER_NAME_OPENERS } from '../src/data/places.js';
import { CLAUSE_BREAK, PHRASE_END_MARK, SENTENCE_END } from '../src/data/marks.js';
import { YEAR } from '../src/data/time.js';
import { ADJUNCT_TAGS, NOUN_MODIFIER_TAGS } from '../src/data/tags.js';
import { FINDING_FORMS } from '../src/data/cues.js';

/** The words each moved set must accept, as the regex it replaced did (lower-case tokens). */
const moved: [string, ReadonlySet<string>, RegExp][] = [
  ['MODALS', MODALS, /^(would|will|could|might|may|should|must|can|'d|’d|'ll|’ll)$/],
  ['ONE_CLAUSE_OPENERS', ONE_CLAUSE_OPENERS, /^(yet|and|but|while|whereas|,|;)$/],
  ['SUBJECTLESS_CUE_OPENERS', SUBJECTLESS_CUE_OPENERS, /^(,|and|but)$/],
  ['BEEN_AUXILIARIES', BEEN_AUXILIARIES, /^(has|have|had|'s|\u2019s)$/],
  ['COUNT_NUMBER_FOLLOWERS', COUNT_NUMBER_FOLLOWERS, /^(percent|%|in|of|out)$/],
  ['DESCRIBED_NOUN_OPENERS', DESCRIBED_NOUN_OPENERS, /^(['’]s|the|a|an|his|her|their|its|our)$/],
  ['MODIFIER_SEPARATORS', MODIFIER_SEPARATORS, /^(,|and|or)$/],
  ['PRESENT_HAVE', PRESENT_HAVE, /^(has|have|'ve|’ve)$/],
  ['CUE_NEGATIONS', CUE_NEGATIONS, /^(not|n't|n\u2019t|never)$/],
  // (fix81 added the concessive subordinators: "..., although one of them told me ...")
  ['PHRASE_CLAUSE_OPENERS', PHRASE_CLAUSE_OPENERS, /^(,|;|:|and|but|while|although|though|whereas)$/],
  ['OUTLET_NAME_WORDS', OUTLET_NAME_WORDS, /^(of|the|&|\.)$/],
  ['COLON_CLAUSE_OPENERS', COLON_CLAUSE_OPENERS, /^(,|and|but|;)$/],
  ['SINGULAR_AUXILIARIES', SINGULAR_AUXILIARIES, /^(has|is|was|does|['’]s)$/],
  ['PLACE_AFTER_NAME_OPENERS', PLACE_AFTER_NAME_OPENERS, /^(of|from|\(|,)$/],
  ['PLURAL_QUANTIFIER_SUBJECTS', PLURAL_QUANTIFIER_SUBJECTS, /^(some|many|others)$/],
  ['THAT_SAID_OPENERS', THAT_SAID_OPENERS, /^(but|and|still)$/],
];

/** Near misses: each must be refused by both the set and the regex unless the regex takes it. */
const nearMisses = ['', ' ', 'and ', ' and', 'x', "'", '’', 's', "'re", 'had', 'having', 'no', 'nor', 'or', 'from', 'with', 'the.', '..', '%%', '(', ')', 'willing', 'cannot'];

/**
 * Every word an anchored alternation `/^(a|b|['’]s|\(|\.)$/` accepts, read from
 * its source (a bracket of single characters widens an alternative to each of
 * them; an escaped character stands for itself): the words a moved set must
 * hold, found without reading the set.
 */
function regexWords(regex: RegExp): string[] {
  const inner = /^\^\((.*)\)\$$/.exec(regex.source)?.[1];
  if (inner === undefined) throw new Error(`not an anchored alternation: ${regex.source}`);
  const unescape = (s: string): string => s.replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\(.)/g, '$1');
  return inner.split('|').flatMap((alt) => {
    const bracket = /^\[([^\]]+)\](.*)$/.exec(alt);
    return bracket ? [...unescape(bracket[1]!)].map((c) => c + unescape(bracket[2]!)) : [unescape(alt)];
  });
}

describe('moved word lists accept what their regexes accepted', () => {
  test.each(moved)('%s', (_name, set, regex) => {
    // (the regex's own words first: a word the set lost would not be among the set's members)
    const own = regexWords(regex);
    expect(own.length).toBeGreaterThan(1);
    for (const w of own) expect([w, regex.test(w), set.has(w)]).toEqual([w, true, true]);
    expect(set.size).toBe(own.length);
    const words = new Set([...set, ...nearMisses, ...[...set].map((w) => w.toUpperCase())]);
    for (const w of words) expect([w, set.has(w)]).toEqual([w, regex.test(w)]);
  });

  test('NAME_INNER_WORDS takes a word of any case, as /^(for|of|&)$/i did', () => {
    for (const w of ['for', 'For', 'FOR', 'of', 'Of', '&', 'and', 'fort', 'o']) {
      expect([w, NAME_INNER_WORDS.has(w.toLowerCase())]).toEqual([w, /^(for|of|&)$/i.test(w)]);
    }
  });
});

describe('shared sets hold the members of the copies they replace', () => {
  test.each([
    ['sentence-final punctuation (prepare/doubled-marks)', SENTENCE_END, ['.', '?', '!', '\u2026']],
    ['tags after a possessive determiner (attribution/direct)', NOUN_MODIFIER_TAGS, ['NOUN', 'PROPN', 'ADJ', 'NUM']],
    ['tags of a short adjunct (attribution/trailing-attribution, cues/say-noun)', ADJUNCT_TAGS, ['ADP', 'NOUN', 'PROPN', 'NUM', 'DET', 'ADV', 'ADJ']],
  ] as [string, ReadonlySet<string>, string[]][])('%s', (_name, set, members) => {
    expect([...set].sort()).toEqual([...members].sort());
  });

  test('finding forms keep their lemmas (attribution/reported/evidence)', () => {
    expect([...FINDING_FORMS]).toEqual([['show', 'show'], ['shows', 'show'], ['showed', 'show'], ['find', 'find'], ['finds', 'find'], ['found', 'find']]);
  });
});

describe('regexes written once in src/data match what their copies matched', () => {
  test.each([
    ['YEAR (eight copies)', YEAR, /^(1[89]|20)\d\d$/, ['1800', '1999', '2019', '2099', '1799', '2100', '19', '20190', '2019s', ' 2019']],
    ['CLAUSE_BREAK (reported/judgement)', CLAUSE_BREAK, /^[,;:()\u2014\u2013]$|^--$/, [',', ';', ':', '(', ')', '\u2014', '\u2013', '--', '-', '---', '.', ',,', '']],
    ['PHRASE_END_MARK (reported/pronoun-according, reported/source-phrase)', PHRASE_END_MARK, /^[,.;:!?()\u2014\u2013]$/, [',', '.', ';', ':', '!', '?', '(', ')', '\u2014', '\u2013', '--', '-', '..', '']],
  ] as [string, RegExp, RegExp, string[]][])('%s', (_name, shared, copy, inputs) => {
    expect(shared.flags).toBe('');
    for (const w of inputs) expect([w, shared.test(w)]).toEqual([w, copy.test(w)]);
  });
});
