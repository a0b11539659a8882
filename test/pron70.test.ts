/**
 * pron70: an expletive "it" before a cue is no speaker ("It is hard not to
 * wonder whether ...", "It's no exaggeration to call ...", "It appears,
 * though, that ...", "where, it seems, ..."), while a referential "it" keeps
 * its speaker. A speaking "it" after a sentence that names a text (a report,
 * a memo, a post) that no organisation sent is that text ("The report also
 * found ... It said" -> "The report"), unless the noun names no text of its
 * own ("the case for ...") or an organisation is named before the "it" in its
 * own sentence, or an "it" before the text in its sentence already stands for
 * something. Exact parts, speaker mention and name, cue, rule and kind.
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

const things: [string, string, NamedRow[]][] = [
  ['a report that is the subject of the sentence before', 'The audit of the port authority was released on Monday. The report also listed missing funds at the agency. It said officials hid the losses.', [
    named(['officials hid the losses'], 'It', 'The report', 'said', 'reported/cue-clause'),
  ]],
  ['a memo a person cited', 'Councillor Tom Hale cited a 2019 memo drafted by the city engineer. It says the bridge needs repairs.', [
    named(['the bridge needs repairs'], 'It', 'a 2019 memo', 'says', 'reported/cue-clause'),
  ]],
  ['a post before a colon quote', 'The post showed a cartoon of the mayor in a boat. It says: "Sink or swim!"', [
    named(['Sink or swim!'], 'It', 'The post', 'says', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a letter that is the subject, with a quote', 'A letter this week from the tenants, which urged a rent freeze, reached the board. "We cannot pay more," it said.', [
    named(['We cannot pay more,'], 'it', 'A letter', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const thingsUnchanged: [string, string, NamedRow[]][] = [
  ['an organisation that sent the thing', 'The agency sent a memo on Monday. "We will act," it stated.', [
    named(['We will act,'], 'it', 'The agency', 'stated', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['an organisation named before the "it" in its own sentence', 'Tom Hale sent a private memo on Monday. Files from the Harbor Party spread quickly after it announced a breach.', [
    named(['a breach'], 'it', 'it', 'announced', 'reported/cue-object'),
  ]],
  ['an "it" before the thing in its sentence goes on', 'The trust, Ben Ortiz, said it welcomed the verdict report. It said the fraud had cost it dearly.', [
    named(['it welcomed the verdict report'], 'The trust, Ben Ortiz', 'Ben Ortiz', 'said', 'reported/cue-clause'),
    named(['the fraud had cost it dearly'], 'It', 'It', 'said', 'reported/cue-clause'),
  ]],
  ['a noun that names no text of its own', 'The Ohio case faces a tight deadline under the rule. It states that courts must act fast.', [
    named(['courts must act fast'], 'It', 'It', 'states', 'reported/cue-that'),
  ]],
];

describe('a speaking "it" after a text named in the sentence before is that text (pron70)', () => {
  test.each(things)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(thingsUnchanged)('unchanged: %s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
