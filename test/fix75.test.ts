/**
 * Open bugs found on invented news (fix75): a head noun in scare quotes before
 * its verb is the speaker ('The so-called "experts" tell us that ...'); a
 * quotation with its own attribution in parentheses mid-sentence is attributed
 * ('The crowd was small ("We will stay," he said).', the translation after a
 * French original); a topic that is only a quoted work's title is no quote
 * ('What critics are saying about "The Salt Road"'); minutes and transcripts
 * are records whose findings the evidence rules credit; "lead" before a title
 * opens a speaker's phrase ('said lead author Ann Fry'); an attribution that
 * closes a clause ('..., diplomats said.') is no clause of a cue before it
 * ('agreed on new quotas'). Exact parts, speaker
 * mention and name, cue and rule; plus shapes that must not change.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

const lines = namedRows;

const line = (kind: string, parts: string[], mention: string | null, name: string | null, cue: string | null, rule: string): NamedRow => named(parts, mention, name, cue, rule, kind);

const ALL = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

const cases: [string, string, NamedRow[]][] = [
  ['a scare-quoted head after "so-called"', 'The so-called "experts" tell us that the bridge is safe.', [
    line('indirect', ['the bridge is safe'], 'The so-called "experts"', 'The so-called "experts"', 'tell', 'reported/cue-that'),
  ]],
  ['a scare-quoted head after a name', 'This TV "reporter" has claimed that the mayor lied.', [
    line('indirect', ['the mayor lied'], 'This TV "reporter"', 'This TV "reporter"', 'has claimed', 'reported/cue-that'),
  ]],
  ['a scare-quoted head after an article, with a listener', 'The "experts" told reporters that the dam would hold.', [
    line('indirect', ['the dam would hold'], 'The "experts"', 'The "experts"', 'told', 'reported/cue-that'),
  ]],
  ['a scare-quoted head with no "that"', 'These "experts" said the bridge is safe.', [
    line('indirect', ['the bridge is safe'], 'These "experts"', 'These "experts"', 'said', 'reported/cue-clause'),
  ]],
  ['scare quotes inside the content leave the speaker as it was', 'The mayor said the "experts" were wrong.', [
    line('mixed', ['the "experts" were wrong'], 'The mayor', 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['a quotation in parentheses after a clause', 'The minister spoke on Friday. The crowd was small (“We will stay,” he said).', [
    line('direct', ['We will stay,'], 'he', 'he', 'said', 'direct/trailing-speaker-cue'),
  ]],
  ['a translation in parentheses after a French original', 'The minister spoke in Paris. «Nous resterons», a-t-il dit (“We will stay,” he said).', [
    line('direct', ['We will stay,'], 'he', 'he', 'said', 'direct/trailing-speaker-cue'),
  ]],
  ['a quoted work title as a topic in a headline', 'What critics are saying about "The Salt Road"\n\nThe novel arrives next week.', []],
  ['a quoted title as a topic in a sentence', 'Fans keep talking about "Night Shift Blues."', []],
  ['one quoted coined word stays a topic', 'The senator talked about "Obamacare" for an hour.', [
    line('direct', ['Obamacare'], 'The senator', 'The senator', 'talked about', 'reported/cue-quoted-object'),
  ]],
  ['a lower-case quoted phrase stays a topic', 'He spoke about "the need to rebuild" the port.', [
    line('mixed', ['"the need to rebuild" the port'], 'He', 'He', 'spoke about', 'reported/cue-quoted-object'),
  ]],
  ['"lead" before a title after an inverted cue', '"We won," said lead negotiator Ann Fry.', [
    line('direct', ['We won,'], 'lead negotiator Ann Fry', 'Ann Fry', 'said', 'direct/trailing-cue-speaker'),
  ]],
  ['"lead author" with an honorific and an affiliation', '"We were surprised," said lead author Dr. Sofia Lind of Uppsala University.', [
    line('direct', ['We were surprised,'], 'lead author Dr. Sofia Lind of Uppsala University', 'Sofia Lind', 'said', 'direct/trailing-cue-speaker'),
  ]],
  ['"lead" alone is no speaker', '"We won," said lead.', [
    line('direct', ['We won,'], null, null, 'said', 'direct/trailing-cue'),
  ]],
  ['an attribution closing the clause of a cue before it is no clause of that cue', 'Ministers agreed on new quotas, diplomats said.', [
    line('indirect', ['Ministers agreed on new quotas'], 'diplomats', 'diplomats', 'said', 'reported/content-speaker-cue'),
  ]],
  ['and with a participle after it', 'The ministers failed on Friday to agree on new fishing limits, officials said, leaving talks to resume in May.', [
    line('indirect', ['The ministers failed on Friday to agree on new fishing limits'], 'officials', 'officials', 'said', 'reported/content-speaker-cue'),
  ]],
  ['and with a time after its verb', 'Ministers agreed on new quotas, diplomats said on Friday.', [
    line('indirect', ['Ministers agreed on new quotas'], 'diplomats', 'diplomats', 'said', 'reported/content-speaker-cue'),
  ]],
  ['an attribution with a clause of its own after a comma stays that clause', 'The talks stalled, and officials said the quotas would fall.', [
    line('indirect', ['the quotas would fall'], 'officials', 'officials', 'said', 'reported/cue-clause'),
  ]],
];

describe('fix75: bugs found on invented news', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(lines(extract(input))).toEqual(expected);
  });
});

const evidence: [string, string, NamedRow[]][] = [
  ['minutes that close the sentence', 'Two wanted to hold rates steady, the minutes showed.', [
    line('indirect', ['Two wanted to hold rates steady'], 'the minutes', 'the minutes', 'showed', 'reported/evidence-trailing'),
  ]],
  ['transcripts as the subject of a finding', 'Court transcripts show the judge warned him twice.', [
    line('indirect', ['the judge warned him twice'], 'Court transcripts', 'Court transcripts', 'show', 'reported/evidence-clause'),
  ]],
  ['minutes of time are no record', 'He waited for ten minutes and left.', []],
];

describe('fix75: minutes and transcripts are records (opt-in evidence)', () => {
  test.each(evidence)('%s', (_name, input, expected) => {
    expect(lines(extract(input, ALL))).toEqual(expected);
  });
  test('not reported by default', () => {
    expect(extract('Two wanted to hold rates steady, the minutes showed.').quotes).toEqual([]);
  });
});
