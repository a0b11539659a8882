/**
 * Which cue a quote gets (issues 10 and 11), round 11: a noun of saying whose
 * maker is named after "by" or "from" ("claims by rival lawmakers that ...")
 * is that maker's report, and a verb before the noun reports the noun phrase,
 * not the maker's clause. Invented sentences only; exact content, cue and
 * speaker name, and rows that must not change.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';

const extractor = createExtractor();

type Shape = { parts: string[]; cue: string | null; name: string | null; rule: string };

/** Quotes reduced to the fields compared exactly. */
function shape(text: string): Shape[] {
  return extractor.extract(text).quotes.map((q) => ({
    parts: q.parts.map((p) => p.text),
    cue: q.cue?.span.text ?? null,
    name: q.speaker?.name ?? null,
    rule: q.rule,
  }));
}

function table(rows: [string, Shape[]][]): void {
  for (const [text, expected] of rows) {
    it(text, () => {
      expect(shape(text)).toEqual(expected);
    });
  }
}

describe('a noun of saying with its maker after "by" or "from" is the maker\'s report', () => {
  table([
    [
      'Dock managers in Varlow brushed aside complaints from their Welsh partners that the cranes ran too slowly.',
      [{ parts: ['the cranes ran too slowly'], cue: 'complaints', name: 'their Welsh partners', rule: 'reported/noun-cue-agent' }],
    ],
    [
      'Mayor Tess Brandt has faced criticism from rivals that her budget starved the libraries.',
      [{ parts: ['her budget starved the libraries'], cue: 'criticism', name: 'rivals', rule: 'reported/noun-cue-agent' }],
    ],
    [
      'It was a report by the Harbor Gazette that the mayor had lied.',
      [{ parts: ['the mayor had lied'], cue: 'report', name: 'Harbor Gazette', rule: 'reported/noun-cue-agent' }],
    ],
    [
      // a participle with no subject before the noun only describes it: the maker's report stands alone
      'The board ignored repeated warnings from its auditors that the fund was short.',
      [{ parts: ['the fund was short'], cue: 'warnings', name: 'its auditors', rule: 'reported/noun-cue-agent' }],
    ],
    [
      // a subordinate clause inside the maker's clause does not end it
      'Nobody heeded warnings from the engineers that the dam was unsafe since the spillway would fail in a flood.',
      [{ parts: ['the dam was unsafe since the spillway would fail in a flood'], cue: 'warnings', name: 'the engineers', rule: 'reported/noun-cue-agent' }],
    ],
  ]);
});

describe('a subordinate clause inside a noun cue\'s clause does not end it', () => {
  table([
    [
      "Nobody heeded the engineers' warning that the dam was unsafe since the spillway would fail in a flood.",
      [{ parts: ['the dam was unsafe since the spillway would fail in a flood'], cue: 'warning', name: 'the engineers', rule: 'reported/noun-cue' }],
    ],
    [
      // (the sentence's own verb after the subordinate clause still ends the content)
      "The auditor's claim that the fund was short although the loan arrived proved false.",
      [{ parts: ['the fund was short although the loan arrived'], cue: 'claim', name: 'The auditor', rule: 'reported/noun-cue' }],
    ],
    [
      // a preposition of time is no subordinator: the sentence's verb after its phrase ends the content
      "Ms. Lund's promise that the ferry would run before the end of the month was broken.",
      [{ parts: ['the ferry would run before the end of the month'], cue: 'promise', name: 'Lund', rule: 'reported/noun-cue' }],
    ],
  ]);
});

describe('a verb before such a noun reports the noun phrase; the clause is the maker\'s', () => {
  table([
    [
      'The mayor denied claims by his rival that the budget was padded.',
      [
        { parts: ['claims by his rival that the budget was padded'], cue: 'denied', name: 'The mayor', rule: 'reported/cue-that' },
        { parts: ['the budget was padded'], cue: 'claims', name: 'his rival', rule: 'reported/noun-cue-agent' },
      ],
    ],
  ]);
});

describe('no maker, no change', () => {
  table([
    [
      // a word of time after "from" makes nothing
      'The firm cited reports from last week that the plant would close.',
      [{ parts: ['the plant would close'], cue: 'cited', name: 'The firm', rule: 'reported/cue-that' }],
    ],
    [
      // a relative "that" after the phrase opens no clause of its own
      'There were reports from agencies that were never checked.',
      [],
    ],
    [
      // a noun with no "by" or "from" keeps the rule it had
      'Aides dismissed claims that the senator would resign.',
      [{ parts: ['claims that the senator would resign'], cue: 'dismissed', name: 'Aides', rule: 'reported/cue-that' }],
    ],
  ]);
});
