/**
 * Helper fix42: known wrong outputs on invented text. A relative "who said"
 * inside the sentence's subject whose clause ends on a word the tagger read as
 * an adverb after "be" ("would be late", "was ahead") lost its content; a day
 * word opening the sentence ("Yesterday", "On Monday") was part of the
 * speaker's mention; a comma-enclosed aside between the cue and "that" was
 * read as the content's start; a quoted object went on into a clause of time
 * after it ("as the minister arrived"). Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker mention, speaker name, cue, kind] of each quote. */
type Row = [string, string | null, string | null, string | null, string];

function rows(text: string): Row[] {
  return extract(text, {}).quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.cue?.span.text ?? null, q.kind]);
}

describe('fix42: a "who said" clause in the subject ends before the sentence verb', () => {
  const CASES: [string, Row[]][] = [
    ['The pilot who said the ferry would be late resigned on Friday.', [['the ferry would be late', 'who', 'The pilot', 'said', 'indirect']]],
    ['The coach who said the team was ahead lost his job.', [['the team was ahead', 'who', 'The coach', 'said', 'indirect']]],
    ['The witness who said the suspect was abroad testified on Tuesday.', [['the suspect was abroad', 'who', 'The witness', 'said', 'indirect']]],
    ['The driver who said the bus was full apologized later.', [['the bus was full', 'who', 'The driver', 'said', 'indirect']]],
    // (a verb group the adverb does not close stays whole)
    ['The pilot who said the ferry would be late was fired.', [['the ferry would be late', 'who', 'The pilot', 'said', 'indirect']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
  // (with no clause of its own the relative still reports nothing)
  test('a relative with no reported clause gives nothing', () => {
    expect(rows('The woman who wrote the bill resigned on Friday.')).toEqual([]);
  });
});

describe('fix42: a day word opening the sentence is no part of the mention', () => {
  const CASES: [string, Row[]][] = [
    ['Yesterday Architect Lena Fischer said the bridge was safe.', [['the bridge was safe', 'Architect Lena Fischer', 'Lena Fischer', 'said', 'indirect']]],
    ['Yesterday Lena Fischer said the bridge was safe.', [['the bridge was safe', 'Lena Fischer', 'Lena Fischer', 'said', 'indirect']]],
    ['On Monday Architect Lena Fischer said the bridge was safe.', [['the bridge was safe', 'Architect Lena Fischer', 'Lena Fischer', 'said', 'indirect']]],
    ['Today Senator Lena Fischer said the bridge was safe.', [['the bridge was safe', 'Senator Lena Fischer', 'Lena Fischer', 'said', 'indirect']]],
    ['Tonight Nurse Ada Orr said the ward was calm.', [['the ward was calm', 'Nurse Ada Orr', 'Ada Orr', 'said', 'indirect']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
  // (a day inside a paper's name stays)
  test('The Sunday Times keeps its day', () => {
    expect(rows('The Sunday Times said the paper would close.').map((r) => r[1])).toEqual(['The Sunday Times']);
  });
});

describe('fix42: an aside between commas or parentheses after the cue and before "that"', () => {
  const CASES: [string, Row[]][] = [
    ['The official said, on condition that he not be named, that the talks had stalled.', [['the talks had stalled', 'The official', 'The official', 'said', 'indirect']]],
    ['The minister said, in a statement that was released late, that the talks had stalled.', [['the talks had stalled', 'The minister', 'The minister', 'said', 'indirect']]],
    ['The envoy said, speaking on condition that she not be identified, that the deal was close.', [['the deal was close', 'The envoy', 'The envoy', 'said', 'indirect']]],
    ['The mayor said, when asked about the delay, that the road would open in May.', [['the road would open in May', 'The mayor', 'The mayor', 'said', 'indirect']]],
    ['The senator said (in a letter to donors) that she would vote yes.', [['she would vote yes', 'The senator', 'The senator', 'said', 'indirect']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
  // (an aside with no "that" after it is left alone: the clause after the comma is the content)
  test('a comma aside without "that" keeps the clause', () => {
    expect(rows('The official said, on Monday, the talks had stalled.').map((r) => r[0])).toEqual(['the talks had stalled']);
  });
});

describe('fix42: a quoted object ends before a clause of time', () => {
  const CASES: [string, Row[]][] = [
    ["Protesters chanted 'shame on you' as the minister arrived.", [['shame on you', 'Protesters', 'Protesters', 'chanted', 'direct']]],
    ["Workers chanted 'no cuts' until the board left.", [['no cuts', 'Workers', 'Workers', 'chanted', 'direct']]],
    ['Fans shouted "go home" when the referee walked out.', [['go home', 'Fans', 'Fans', 'shouted', 'direct']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
  // (a time phrase with no clause after it is left to the rules before)
  test('a calling-out verb before a bare time phrase keeps the words alone', () => {
    expect(rows("Protesters chanted 'shame on you' before the vote.").map((r) => r[0])).toEqual(['shame on you']);
  });
});
