/**
 * Mixed quotes, round 6 (issue 11): a verb outside the cue lexicon whose
 * object is characterised "as" quoted words (rule `reported/verb-as-quoted`),
 * and a gerund cue after "of" inside a quoted object.
 * Invented sentences with the exact parts, speaker, cue and rule expected, and
 * the negatives the rule must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['a verb of praise with "as"', 'Mayor Ann Reyes heralded her deputy as "a very decent man."', [
    row(['her deputy as "a very decent man."'], 'Mayor Ann Reyes', 'heralded', 'reported/verb-as-quoted', 'mixed'),
  ]],
  ['a phrasal verb with its particle', 'Governor Tom Vale later played down the remarks as "just part of the campaign."', [
    row(['the remarks as "just part of the campaign."'], 'Governor Tom Vale', 'played down', 'reported/verb-as-quoted', 'mixed'),
  ]],
  ['"up" before the object', 'The coach summed up the season as "a total disaster."', [
    row(['the season as "a total disaster."'], 'The coach', 'summed up', 'reported/verb-as-quoted', 'mixed'),
  ]],
  ['words between "as" and the quotation', 'Lena Park painted her rival as a man who would "sell the harbor."', [
    row(['her rival as a man who would "sell the harbor."'], 'Lena Park', 'painted', 'reported/verb-as-quoted', 'mixed'),
  ]],
  ['a reflexive object', 'The senator has styled himself as the "voice of the valley."', [
    row(['himself as the "voice of the valley."'], 'The senator', 'has styled', 'reported/verb-as-quoted', 'mixed'),
  ]],
  ['a reason after the quoted words', 'The council framed the plan as "reckless" because the pier was too old.', [
    row(['the plan as "reckless" because the pier was too old'], 'The council', 'framed', 'reported/verb-as-quoted', 'mixed'),
  ]],
  // a verb of praise or blame with its reason after "for"
  ['"for" after a verb of blame', 'Reyes chided the board for its "lazy" budget.', [
    row(['the board for its "lazy" budget'], 'Reyes', 'chided', 'reported/verb-as-quoted', 'mixed'),
  ]],
  ['"for" and a gerund before the quotation', 'The mayor faulted Tom Vale for raising doubts about the "rotten" pier in June.', [
    row(['Tom Vale for raising doubts about the "rotten" pier in June'], 'The mayor', 'faulted', 'reported/verb-as-quoted', 'mixed'),
  ]],
  // a gerund cue after "of" is inside the object of the cue before it
  ['a gerund after "of" inside a quoted object', 'Reyes accused the harbor board of asking too many "silly little" questions.', [
    row(['the harbor board of asking too many "silly little" questions'], 'Reyes', 'accused', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // after "by" the gerund is the cue of its own object
  ['a gerund after "by" keeps its object', 'The mayor answered the letter by calling Tom Vale "a coward."', [
    row(['Tom Vale "a coward."'], 'The mayor', 'calling', 'reported/cue-quoted-object', 'mixed'),
  ]],
];

const negatives: [string, string][] = [
  // no quotation after "as"
  ['no quotation', 'Mayor Ann Reyes defended her deputy as a decent man.'],
  // a passive has no object: the quoted words are a name the town knows
  ['a passive "known as"', 'The old pier was known as "the long walk" for decades.'],
  // verbs that take "Y as Z" without reporting words
  ['"served as"', 'Ann Reyes served as "acting chair" of the board last year.'],
  ['"used ... as"', 'The town used the hall as "a shelter" during the storm.'],
  ['"dressed as"', 'The children dressed as "Captain Storm" for the parade.'],
  // "for" after a verb that is neither praise nor blame
  ['"paid ... for"', 'The town paid the band for its "Harbor Nights" show.'],
  // only verbs that characterise their object take "as": these name, sell or hold it
  ['"released ... as"', 'The label released the album as "Blue Harbor" in 1998.'],
  ['"bought ... as"', 'The museum bought the vase as "a genuine Ming" in 1950.'],
  ['"rebranded ... as"', 'The owners rebranded the diner as "Harbor Eats" last spring.'],
  ['"recorded ... as"', 'The band recorded the song as "Night Ferry" in one take.'],
  ['"arrested ... as"', 'Police arrested a driver as a "person of interest" on Friday.'],
  ['"registered ... as"', 'The founders registered the club as a "charity" in 2001.'],
  ['"signed ... as"', 'The Lakers signed him as a "backup guard" for the season.'],
  ['"rebuilt ... as"', 'The town rebuilt the mill as "a museum" after the fire.'],
  // "hit", "knock" and "credit" are no verbs of blame before "for"
  ['"hit ... for"', 'The gale hit the harbor for the "second time" this month.'],
  ['"knocked ... for"', 'Moss knocked the ball for a "corner" late in the game.'],
  ['"credited ... for"', 'The bank credited the account for the "late fee" on Monday.'],
  // a verb the lexicon knows is never relabelled a speech cue here, in any category
  ['a thought verb with "as"', 'Many tenants see the levy as "a land grab."'],
  ['a stance verb with "as" (stance off)', 'Mayor Ann Reyes defended her deputy as "a very decent man."'],
  // no subject before the verb
  ['a title in quotation marks is no one\'s words', 'Listed as "The Harbor at Dawn," the painting sold quickly.'],
];

describe('verb + object + "as" + quoted words', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('verb + "as" + quoted words: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(rows(extract(input)).filter((r) => r.rule === 'reported/verb-as-quoted')).toEqual([]);
  });
});

describe('verb + "as" + quoted words: the options are kept', () => {
  test('a removed cue gives nothing', () => {
    expect(rows(extract('The coach described the season as "a total disaster."', { removeCues: ['describe'] }))).toEqual([]);
  });
  test('a thought cue is never reported as speech', () => {
    expect(extract('Many tenants see the levy as "a land grab."').quotes.filter((q) => q.cue?.category === 'speech')).toEqual([]);
  });
});
