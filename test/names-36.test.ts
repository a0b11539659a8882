/**
 * Helper names36: speakers a reader sees.
 * - a name the tagger read as a verb, opening its sentence before a reflexive
 *   pronoun and an inflected verb of saying ("Tarvo itself said") is the
 *   speaker's name;
 * - the last noun of an adjunct after the cue that the tagger read as a verb
 *   in its base form ("said at a campaign stop that ...") ends the adjunct, and
 *   the "that" clause after it is what was said;
 * - a capitalised plural of people opening a sentence before "of" ("Readers
 *   of the Ledger", "Workers of the Ledger") is a group named by the whole
 *   phrase, not the name "Readers" nor "Ledger"; a reader, an attendee, a user
 *   is a person;
 * - "Dean" before a surname alone, opening the phrase or after a lower-case
 *   title ("team captain Dean Foley"), is a first name, unless the document
 *   names the person with another first name ("Vikram Foley ... Dean Foley").
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker name, cue text, rule] of each quote. */
type Row = [string, string | null, string | null, string];

const rowsOf = (text: string): Row[] => extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null, q.rule]);

describe('names36: a name before a reflexive pronoun and its verb of saying', () => {
  const CASES: [string, Row[]][] = [
    ['Ford itself said the plant in Varnholm would close in May.', [['the plant in Varnholm would close in May', 'Ford', 'said', 'reported/cue-clause']]],
    ['Ford itself announced that the plant in Varnholm would close.', [['the plant in Varnholm would close', 'Ford', 'announced', 'reported/cue-that']]],
    ['Lenz herself wrote that the levy had failed.', [['the levy had failed', 'Lenz', 'wrote', 'reported/cue-that']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
  test('an imperative with a reflexive object names no one (nothing at all)', () => {
    expect(rowsOf('Brace yourself, the levy has failed.')).toEqual([]);
  });
  test('a reflexive before a verb of no saying reports nothing', () => {
    expect(rowsOf('Ford itself built the plant in Varnholm.')).toEqual([]);
  });
});

describe('names36: an adjunct noun read as a verb before the that-clause', () => {
  const CASES: [string, Row[]][] = [
    ['Lenz said at a campaign stop that the tax was too high.', [['the tax was too high', 'Lenz', 'said', 'reported/cue-that']]],
    ['Ada Quist told voters at a campaign stop in Orlen that the tax was too high.', [['the tax was too high', 'Ada Quist', 'told', 'reported/cue-that']]],
    ['Lenz wrote in a court file that the request was futile.', [['the request was futile', 'Lenz', 'wrote', 'reported/cue-that']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
  test('a verb of saying after the adjunct is the sentence\u2019s own verb: its subject speaks', () => {
    expect(rowsOf('People briefed on the situation say that the tax was too high.')).toEqual([
      ['the tax was too high', 'People briefed on the situation', 'say', 'reported/cue-that'],
    ]);
  });
  test('a stop with no clause after it reports nothing', () => {
    expect(rowsOf('Lenz spoke at a campaign stop in Orlen.')).toEqual([]);
  });
});

describe('names36: people of a body opening a sentence', () => {
  const CASES: [string, string, string][] = [
    ['Readers of the Orlen Ledger said the paper had changed.', 'Readers of the Orlen Ledger', 'group'],
    ['Workers of the Orlen Ledger said the paper had changed.', 'Workers of the Orlen Ledger', 'group'],
    ['Subscribers of the Orlen Ledger said the paper had changed.', 'Subscribers of the Orlen Ledger', 'group'],
    ['Taxpayers of Orlen said the levy was too high.', 'Taxpayers of Orlen', 'group'],
    ['One attendee said the levy was too high.', 'One attendee', 'person'],
    ['A reader wrote that the levy was too high.', 'A reader', 'person'],
  ];
  test.each(CASES)('%s', (text, name, kind) => {
    const r = extract(text);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual([name]);
    expect(r.speakers.map((s) => s.kind)).toEqual([kind]);
  });
  test('a body named with "Workers of" inside a run keeps its name', () => {
    const r = extract('United Harbor Workers of Orlen said the levy was too high.');
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['United Harbor Workers of Orlen']);
  });
  test('readers with no verb of saying report nothing', () => {
    expect(rowsOf('Readers of the Orlen Ledger met on Monday.')).toEqual([]);
  });
});

describe('names36: "Dean" as a first name', () => {
  const CASES: [string, string, string[]][] = [
    ['Harlow captain Dean Fennick said the team would win.', 'Dean Fennick', ['Harlow captain']],
    ['Dean Fennick said the team would win.', 'Dean Fennick', []],
    ['"We will win," said Dean Fennick, an economist at the Orlen Institute.', 'Dean Fennick', []],
    ['Assistant Dean Fennick said the team would win.', 'Fennick', ['Assistant Dean']],
    ['Dean Ada Fennick said the team would win.', 'Ada Fennick', ['Dean']],
    ['Vikram Fennick runs the law school. Dean Fennick said the team would win.', 'Vikram Fennick', ['Dean']],
  ];
  test.each(CASES)('%s', (text, name, titles) => {
    const r = extract(text);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual([name]);
    expect(r.speakers.map((s) => [s.name, s.kind, s.titles])).toEqual([[name, 'person', titles]]);
  });
  test('the dean in lower case stays a description', () => {
    expect(extract('The dean said the team would win.').quotes.map((q) => q.speaker?.name ?? null)).toEqual(['The dean']);
  });
});
