/**
 * Helper fix46: speech-shape wrong outputs. A passive "tell" with its agent
 * after "by" ("was told by aides the plan had failed") reports the clause
 * after the agent, who speaks. A "who said" clause in the sentence's subject
 * stops before the sentence's own verb when its complement after "be" is an
 * adjective the tagger read as a verb ("was fit cut three players"), or the
 * verb takes an object ("was safe shut it on Friday"). After a clause with its
 * own verb, a participle or relative right after an "according to" source
 * describes the source and is no part of the content. Initials such as
 * "U.S." end a sentence when a verb's object ends in them and a capitalised
 * subject with its verb follows. A hearing body (court, jury, inquiry) that
 * "heard that" reports what it was told, with no speaker. Sentences are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { quoteTuples as rows } from './support/category-rows.js';

/** [content, speaker name, cue] of each quote of `text` (default options). */
function triples(text: string): [string, string | null, string | null][] {
  return rows(text, {}).map((r) => [r[0], r[1], r[4]]);
}

describe('fix46: "was told by X (that) CLAUSE"', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['She was told by aides the plan had failed.', [['the plan had failed', 'aides', 'was told']]],
    ['She was told by aides that the plan had failed.', [['the plan had failed', 'aides', 'was told']]],
    ['Voters were told by the mayor the tax would fall.', [['the tax would fall', 'the mayor', 'were told']]],
    ['He was told by a doctor he needed rest.', [['he needed rest', 'a doctor', 'was told']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
  // (an infinitive or a topic after the agent is no clause)
  test.each([
    'She was told by her doctor to rest.',
    'He was told by police about the crash.',
  ])('%s gives nothing', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('fix46: the sentence verb after "who said ... was <complement>"', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['The coach who said the squad was fit cut three players in June.', [['the squad was fit', 'The coach', 'said']]],
    ['The mayor who said the bridge was safe shut it on Friday.', [['the bridge was safe', 'The mayor', 'said']]],
    ['The banker who said the market was weak sold his shares in May.', [['the market was weak', 'The banker', 'said']]],
    ['The manager who said the team was ready hired a new striker.', [['the team was ready', 'The manager', 'said']]],
    // (the clause's own verb with its object stays in the content)
    ['The aide who said the council would cut three posts left.', [['the council would cut three posts', 'The aide', 'said']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});

describe('fix46: an aside on the source after "according to X,"', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['Prices fell, according to state figures, released Monday.', [['Prices fell', 'state figures', 'according to']]],
    ['Prices fell, according to state figures, which were published Friday.', [['Prices fell', 'state figures', 'according to']]],
    ['Rents in the city rose, according to a survey, published in March.', [['Rents in the city rose', 'a survey', 'according to']]],
    ['Ten schools closed, according to county records, including one issued in May.', [['Ten schools closed', 'county records', 'according to']]],
    // (a subject alone before the source: the clause resumes after it)
    ['Ticket sales, according to the theatre, have doubled.', [['Ticket sales have doubled', 'the theatre', 'according to']]],
    // (a gerund goes on with the clause)
    ['The plant closed, according to the union, leaving 300 workers jobless.', [['The plant closed leaving 300 workers jobless', 'the union', 'according to']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});

describe('fix46: initials that end a sentence wink goes on with', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['Troops left the U.S. Military officials said the base was empty.', [['the base was empty', 'Military officials', 'said']]],
    ['He moved to the U.S. Navy officers say he served well.', [['he served well', 'Navy officers', 'say']]],
    // (initials that open the subject, or after a verb of saying, stay in one sentence)
    ['The U.S. Army said the base was empty.', [['the base was empty', 'U.S. Army', 'said']]],
    ['Officials said the U.S. Army units were ready.', [['the U.S. Army units were ready', 'Officials', 'said']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
  test('a verb after the name with a phrase between keeps one sentence', () => {
    expect(triples('She joined the U.S. Navy in 2010 and served two tours.')).toEqual([]);
  });
});

describe('fix46: a hearing body "heard that"', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['The court heard that the driver had been drinking.', [['the driver had been drinking', null, 'heard']]],
    ['The inquiry has heard that the alarm had failed.', [['the alarm had failed', null, 'has heard']]],
    ['The jury heard that the defendant fled the country.', [['the defendant fled the country', null, 'heard']]],
    // (and a clause with no "that")
    ['The inquiry heard the fire had spread quickly.', [['the fire had spread quickly', null, 'heard']]],
    ['The court heard he was driving at 90 mph.', [['he was driving at 90 mph', null, 'heard']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
  // (anyone else hearing, or a hearing body hearing a noun, reports nothing)
  test.each([
    'The band heard that the show was cancelled.',
    'I heard that the plan failed.',
    'The court heard evidence from the police.',
    'Residents heard the blast was loud.',
  ])('%s gives nothing', (text) => {
    expect(triples(text)).toEqual([]);
  });
});
