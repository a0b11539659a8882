/**
 * read62: a reviewer's read of stop 52's merges. Each row is a near miss of
 * a stop-52 rule that misfired, with the exact parts, speaker mention and
 * name, cue and rule after the fix, and the shapes the rule was written for,
 * which must keep their output. Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';
import { ALL } from './support/category-rows.js';

const cases: [string, string, NamedRow[]][] = [
  // possessiveName (names52): the "'s" of a person's name before a verb is "has", no business's name
  ['a business named with "\'s" still speaks', "Wexley's said sales fell in May.", [
    named(['sales fell in May'], "Wexley's", "Wexley's", 'said', 'reported/cue-clause'),
  ]],
  ['a business named with "\'s" before an adverb still speaks', "Dorrin's also said it would close two stores.", [
    named(['it would close two stores'], "Dorrin's", "Dorrin's", 'also said', 'reported/cue-clause'),
  ]],
  // (fix81: the person speaks, "'s" read as "has")
  ['"Mr. X\'s said" is no business named "X\'s"', "Mr. Tolland's said repeatedly that he will veto the levy.", [
    named(['he will veto the levy'], "Mr. Tolland's", 'Tolland', 'said repeatedly', 'reported/cue-that'),
  ]],
  ['a first name before "X\'s said" makes it a person\'s', "Laura Tolland's said repeatedly that she will veto the levy.", [
    named(['she will veto the levy'], "Laura Tolland's", 'Laura Tolland', 'said repeatedly', 'reported/cue-that'),
  ]],
  ['a word written without "\'s" elsewhere is no business\'s name', "Tolland spoke on Monday. Tolland's said repeatedly that he will veto the levy.", [
    named(['he will veto the levy'], "Tolland's", 'Tolland', 'said repeatedly', 'reported/cue-that'),
  ]],
  // FAMILY_FIRST_SURNAMES, KOREAN_SURNAMES (check54): a family name alone stands for a person's name it opens, no body's
  ['a family name alone stands for the person\'s name it opens', 'Officials met Park Min-seo in May. Park said the deal was done.', [
    named(['the deal was done'], 'Park', 'Park Min-seo', 'said', 'reported/cue-clause'),
  ]],
  ['a family name alone stands for no hospital it opens', 'Officials at Park Slope Hospital met on Monday. Park said the deal was done.', [
    named(['the deal was done'], 'Park', 'Park', 'said', 'reported/cue-clause'),
  ]],
  ['a family name alone stands for no bank it opens', 'Sun Valley Bank met on Monday. Sun said the deal was done.', [
    named(['the deal was done'], 'Sun', 'Sun', 'said', 'reported/cue-clause'),
  ]],
  // listenerEnd (names52, put-it.ts): a possessive opens the listener after "put it to", and "her" before a noun is one
  ['a listener after "put it to" opens with a possessive', 'As Ivo Brandt put it to his aides, the ferry deal is dead.', [
    named(['the ferry deal is dead'], 'Ivo Brandt', 'Ivo Brandt', 'put it', 'reported/cue-clause'),
  ]],
  ['"her" before a noun after "put it to" is a possessive', 'As Ivo Brandt put it to her staff, "We are done with the ferry deal now."', [
    named(['We are done with the ferry deal now.'], 'Ivo Brandt', 'Ivo Brandt', 'put it', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"her" alone after "put it to" is still the listener', 'As Ivo Brandt put it to her, the ferry deal is dead.', [
    named(['the ferry deal is dead'], 'Ivo Brandt', 'Ivo Brandt', 'put it', 'reported/cue-clause'),
  ]],
  ['"put it to his vote" names no listener and no cue', 'As Ivo Brandt put it to his vote, the ferry deal failed.', []],
  // afterMediumPhrase (names52, put-it.ts): a medium named with no determiner
  ['"put it on Twitter" with a clause', 'As Ivo Brandt put it on Twitter, the ferry deal is dead.', [
    named(['the ferry deal is dead'], 'Ivo Brandt', 'Ivo Brandt', 'put it', 'reported/cue-clause'),
  ]],
  ['"put it on television" before a quotation', 'As Ivo Brandt put it on television, "We are done with the ferry deal now."', [
    named(['We are done with the ferry deal now.'], 'Ivo Brandt', 'Ivo Brandt', 'put it', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"put it on Harbor Street" names no medium and no cue', 'As Ivo Brandt put it on Harbor Street, the van was towed.', []],
];

describe('read62: near misses of stop 52 rules', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

// opt-in-subject-phrase.ts (optend53): a content in two parts, the subject "which" and the infinitive, ends before the
// sentence's verb too, as the module's own example says
const optIn: [string, string, NamedRow[]][] = [
  ['a relative "which" with a passive cue ends before the sentence\'s verb', 'The board, which is expected to meet in June, has not said a word.', [
    named(['which', 'to meet in June'], null, null, 'is expected', 'reported/impersonal'),
  ]],
  ['a subject phrase with one part still ends before the sentence\'s verb', 'Tenants opposing the rent rise have asked the council for a vote.', [
    named(['the rent rise'], 'Tenants', 'Tenants', 'opposing', 'reported/cue-object'),
    named(['a vote'], 'Tenants opposing the rent rise', 'Tenants opposing the rent rise', 'have asked', 'reported/asked-for'),
  ]],
  ['a passive cue that is the sentence\'s verb keeps its content', 'The board is expected to meet in June.', [
    named(['The board', 'to meet in June'], null, null, 'is expected', 'reported/impersonal'),
  ]],
];

describe('read62: opt-in contents in the subject, all categories', () => {
  test.each(optIn)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input, ALL))).toEqual(expected);
  });
});
