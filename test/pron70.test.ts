/**
 * pron70: an expletive "it" before a cue is no speaker ("It is hard not to
 * wonder whether ...", "It's no exaggeration to call ...", "It appears,
 * though, that ...", "where, it seems, ..."), while a referential "it" keeps
 * its speaker. Exact parts, speaker mention and name, cue, rule and kind.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const ALL = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

const expletiveDefault: [string, string, NamedRow[]][] = [
  ['"hard not to" before a verb of wondering', 'The budget passed late on Friday. It is hard not to wonder whether the council read it.', [
    named(['whether the council read it'], null, null, 'is hard not to wonder', 'reported/cue-clause-extraposed'),
  ]],
];

const expletiveAll: [string, string, NamedRow[]][] = [
  ['"no exaggeration to" before a verb of calling', 'The mayor spoke for an hour. It is no exaggeration to call the plan a gamble.', [
    named(['the plan a gamble'], null, null, 'is no exaggeration to call', 'reported/speech-object-extraposed'),
  ]],
  ['"it appears, though, that"', 'The league folded after one season. It appears, though, that the final game was not dull to everyone.', [
    named(['the final game was not dull to everyone'], null, null, 'appears', 'reported/cue-that-extraposed'),
  ]],
  ['"it seems" set off by commas after an organisation', 'The panel met twice. Regulators at the bureau, where, it seems, complaints were never read, kept quiet.', [
    named(['Regulators at the bureau, where', 'complaints were never read, kept quiet'], null, null, 'seems', 'reported/parenthetical-cue-extraposed'),
  ]],
];

const referential: [string, string, NamedRow[]][] = [
  ['an organisation\'s "it" before a verb of saying', 'The company raised its rates. It said that costs rose.', [
    named(['costs rose'], 'It', 'The company', 'said', 'reported/cue-that'),
  ]],
  ['"it said" as an aside keeps the organisation', 'The agency sent a memo on Monday. "We will act," it said.', [
    named(['We will act,'], 'it', 'The agency', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('an expletive "it" is no speaker (pron70)', () => {
  test.each(expletiveDefault)('default options: %s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(expletiveAll)('every category: %s', (_name, input, expected) => {
    expect(namedRows(extract(input, ALL))).toEqual(expected);
  });
  test.each(referential)('a referential "it" keeps its speaker: %s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
