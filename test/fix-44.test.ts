/**
 * Helper fix44: speech-shape leftovers. A relative "who said" in the
 * sentence's subject whose clause ends on the complement of "be" ("the train
 * was late") stops before a misread past form of the sentence's own verb
 * ("quit", "retired" read as an adjective) that only a time or place phrase
 * follows. A listener as the subject of a passive "tell" hears a bare clause
 * as well as a "that" clause ("The jury was told the victim had fled"), with
 * no speaker. Sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { quoteTuples as rows } from './support/category-rows.js';

/** [content, speaker name, cue] of each quote of `text` (default options). */
function triples(text: string): [string, string | null, string | null][] {
  return rows(text, {}).map((r) => [r[0], r[1], r[4]]);
}

describe('fix44: the sentence verb after "who said ... was <complement>"', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['The clerk who said the train was late quit on Friday.', [['the train was late', 'The clerk', 'said']]],
    ['The guard who said the gates were open retired in May.', [['the gates were open', 'The guard', 'said']]],
    ['The driver who said the road was icy quit last week.', [['the road was icy', 'The driver', 'said']]],
    ['The nurse who said the ward was full resigned.', [['the ward was full', 'The nurse', 'said']]],
    // (a participle right after "be" is the clause's own: the content keeps it and its time)
    ['The aide who said the team was tired on Friday left.', [['the team was tired on Friday', 'The aide', 'said']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});

describe('fix44: a passive "tell" with a bare clause', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['The jury was told the victim had been stabbed twice.', [['the victim had been stabbed twice', null, 'was told']]],
    ['Investors were told the fund had lost money.', [['the fund had lost money', null, 'were told']]],
    ['Staff were told on Monday the plant would close.', [['the plant would close', null, 'were told']]],
    ['The court was told that the defendant had fled.', [['the defendant had fled', null, 'was told']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
  // (an object or an infinitive after the passive is no clause)
  test.each([
    'Lee was told the news by her doctor.',
    'Voters were told lies about the tax.',
    'Workers were told to leave the building.',
  ])('%s gives nothing', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('fix44: a speech content never ends on a dangling conjunction', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['The mayor said the budget was balanced and', [['the budget was balanced', 'The mayor', 'said']]],
    ['Lee said the fares would rise, and', [['the fares would rise', 'Lee', 'said']]],
    ['Critics complained about the delays and, in some cases, the costs.', [['the delays', 'Critics', 'complained about']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
  // (a conjunction inside the content stays)
  test('a conjunction before more words stays', () => {
    expect(triples('The union said the strike would go ahead but end early.')).toEqual([['the strike would go ahead but end early', 'The union', 'said']]);
  });
});

describe('fix44: a source phrase noun read as a verb is no cue', () => {
  test.each([
    ['Turnout rose sharply, according to two county reports, including one released Friday.', 'Turnout rose sharply', 'two county reports'],
    ['Rents rose quickly, according to two city reports, including one released Monday.', 'Rents rose quickly', 'two city reports'],
    ['Crime fell sharply, according to three police reports, including one released Friday.', 'Crime fell sharply', 'three police reports'],
  ])('%s', (text, content, source) => {
    expect(triples(text)).toEqual([[content, source, 'according to']]);
  });
  test('"reports" as a verb elsewhere still reports', () => {
    expect(triples('Officials said the county reports that rents rose.')).toEqual([['the county reports that rents rose', 'Officials', 'said']]);
  });
});

describe('fix44: a fronted "as" aside of an earlier telling stays out of a trailing source', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['As I mentioned above, the rent rose, according to the landlord.', [['the rent rose', 'the landlord', 'according to']]],
    ['As noted earlier, the vote was delayed, according to officials.', [['the vote was delayed', 'officials', 'according to']]],
    // (the aside's own cue then attributes the clause)
    ['As this reporter revealed, the plan failed, according to two aides.', [['the plan failed', 'this reporter', 'revealed']]],
    // (an "as" clause of another verb stays)
    ['As the rains came, the river rose, according to the county.', [['As the rains came, the river rose', 'the county', 'according to']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});
