/**
 * cue18: outer cues the lexicon lacked, whose reports were read through an
 * inner cue or not at all. A feeling voiced with a that-clause is speech in
 * every run that reports speech (`cues/feeling-clause.ts`): "Ada Moss
 * expressed concern that the pier would close" has the cue "expressed
 * concern" and the content "the pier would close"; the verb's other uses stay
 * stance (opt-in). "take issue with" says something of its object, as "lash
 * out at" does. Invented sentences with the exact content, speaker and cue.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

type Row = [string, string, [string, string | undefined, string | undefined, string | undefined][]];

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

const feelings: Row[] = [
  ['expressed concern that', 'Ada Moss expressed concern that the pier would close.', [['the pier would close', 'Ada Moss', 'expressed concern', 'speech']]],
  ['voiced confidence that', 'The mayor voiced confidence that the levy would pass.', [['the levy would pass', 'The mayor', 'voiced confidence', 'speech']]],
  ['an adjective before the feeling', 'Tom Reyes expressed deep doubts that the new route would help.', [['the new route would help', 'Tom Reyes', 'expressed deep doubts', 'speech']]],
  ['a gerund subject after "that"', 'Ada Moss has expressed alarm that closing the pier could hurt the town.', [['closing the pier could hurt the town', 'Ada Moss', 'has expressed alarm', 'speech']]],
  ['a quotation inside the clause', 'The council voiced confidence that the new ferry would not be a problem "that is going to hurt the town."', [
    ['the new ferry would not be a problem "that is going to hurt the town."', 'The council', 'voiced confidence', 'speech'],
  ]],
  ['negated', 'Tom Reyes did not express any remorse that the pier had closed.', [['the pier had closed', 'Tom Reyes', 'did not express any remorse', 'speech']]],
];

const feelingNegatives: [string, string][] = [
  ['a feeling about a thing (stance, opt-in)', 'Ada Moss expressed concern about the pier.'],
  ['a feeling with no clause', 'Ada Moss expressed concern.'],
  ['a relative "that"', 'The concern that was expressed by Tom Reyes faded.'],
  ['a feeling voiced before a relative clause', 'Tom Reyes voiced the concern that was shared by many.'],
  ['a noun that is no feeling', 'Ada Moss expressed the view that she knows best.'],
];

const objects: Row[] = [
  ['took issue with', 'Ada Moss took issue with the new parking rules.', [['the new parking rules', 'Ada Moss', 'took issue with', 'speech']]],
  ['would take issue with', 'Some council members would take issue with the plan to close the pier.', [['the plan to close the pier', 'Some council members', 'take issue with', 'speech']]],
];

const objectNegatives: [string, string][] = [
  ['"take aim at" stays out (of a gun as often)', 'The hunter took aim at the deer.'],
  ['"issue" as a noun of its own', 'Tom Reyes took the issue to the council.'],
];

const brief = (text: string, options?: typeof EVERY): [string, string | undefined, string | undefined, string | undefined][] =>
  extract(text, options).quotes.map((q) => [q.text, q.speaker?.name, q.cue?.span.text, q.cue?.category]);

describe('cue18: a feeling voiced with a that-clause is speech', () => {
  test.each(feelings)('%s', (_name, text, want) => {
    expect(brief(text)).toEqual(want);
  });
  test.each(feelings)('%s (the same with every category on)', (_name, text, want) => {
    expect(brief(text, EVERY)).toEqual(want);
  });
  test.each(feelingNegatives)('nothing by default: %s', (_name, text) => {
    expect(extract(text).quotes).toEqual([]);
  });
  test('removing "express" turns the rule off', () => {
    expect(extract('Ada Moss expressed concern that the pier would close.', { removeCues: ['express'] }).quotes).toEqual([]);
  });
});

describe('cue18: "take issue with" says something of its object', () => {
  test.each(objects)('%s', (_name, text, want) => {
    expect(brief(text)).toEqual(want);
  });
  test.each(objectNegatives)('nothing: %s', (_name, text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});
