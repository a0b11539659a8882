/**
 * Attribution beyond speech (issue 15), helper optin20: recall of the opt-in
 * categories. A first-person thought of knowledge or conviction with a long
 * clause ("We know that ...", "I recognize that ...") passes the opt-in bar,
 * where a hedge ("I think ...") or a wish ("I hope ...") still does not. The
 * noun-phrase object of an evidence cue needs four words, not six ("showed
 * little interest in the levy"). A passive frame with its infinitive ("is
 * expected to ...") also takes a referring "it", a relative or demonstrative
 * "that", a subject after "where", and a subject whose relative clause between
 * commas is long. Default output never changes. Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('a first-person thought of knowledge with a long clause (optin20)', () => {
  test('"We know that ..."', () => {
    expect(rows('We know that the harbor district has lost half of its ferry routes since the storm.')).toEqual([
      ['the harbor district has lost half of its ferry routes since the storm', 'We', 'know', 'thought'],
    ]);
  });
  test('"I recognize that ..."', () => {
    expect(rows('I recognize that the council will need far more time to rebuild the old bridge.')).toEqual([
      ['the council will need far more time to rebuild the old bridge', 'I', 'recognize', 'thought'],
    ]);
  });
  test('a wish and a short clause stay out; an opinion with its clause is a thought since opt59', () => {
    expect(rows('I think that the council will need far more time to rebuild the old bridge.')).toEqual([
      ['the council will need far more time to rebuild the old bridge', 'I', 'think', 'thought'],
    ]);
    expect(rows('I hope that the council will find the money to rebuild the old bridge this year.')).toEqual([]);
    expect(rows('We know that the ferry is late.')).toEqual([]);
  });
  test('default options report none of them', () => {
    expect(rows('We know that the harbor district has lost half of its ferry routes since the storm.', {})).toEqual([]);
  });
});

describe('the object of an evidence cue from four words (optin20)', () => {
  test('four words', () => {
    expect(rows('The survey showed little interest in the levy.')).toEqual([['little interest in the levy', 'The survey', 'showed', 'evidence']]);
    expect(rows('The audit showed no sign of fraud.')).toEqual([['no sign of fraud', 'The audit', 'showed', 'evidence']]);
  });
  test('two words or a pronoun stay out', () => {
    expect(rows('The survey showed little interest.')).toEqual([]);
    expect(rows('The audit showed that.')).toEqual([]);
  });
  test('default options report none of them', () => {
    expect(rows('The survey showed little interest in the levy.', {})).toEqual([]);
  });
});

describe('a passive frame with its infinitive and more subjects (optin20)', () => {
  test('a referring "it"', () => {
    expect(rows('The ferry company raised its fares last spring. It is expected to raise them again in the fall.')).toEqual([
      ['It to raise them again in the fall', null, 'is expected', 'thought'],
    ]);
  });
  test('a relative "that" and a demonstrative "that"', () => {
    expect(rows('The council backed a budget that is widely expected to pass the state senate next week.')).toEqual([
      ['that to pass the state senate next week', null, 'is widely expected', 'thought'],
    ]);
    expect(rows('That was first expected to need another round of talks in the capital.')).toEqual([
      ['That to need another round of talks in the capital', null, 'was first expected', 'thought'],
    ]);
  });
  test('a subject after "where", to the comma', () => {
    expect(rows('Fishermen in the bay, where the harbor board is expected to vote on new quotas, held a rally on Monday.')).toEqual([
      ['the harbor board to vote on new quotas', null, 'is expected', 'thought'],
    ]);
  });
  test('a long relative clause between commas', () => {
    expect(
      rows('The harbor authority, which has run the port at a loss for nine of the last ten years and faces a lawsuit, is expected to ask the state for help.'),
    ).toEqual([
      ['The harbor authority, which has run the port at a loss for nine of the last ten years and faces a lawsuit, to ask the state for help', null, 'is expected', 'thought'],
    ]);
  });
  test('"It is expected that ..." is unchanged', () => {
    expect(rows('It is expected that the council will vote on the plan next week.')).toEqual([
      ['the council will vote on the plan next week', null, 'is expected', 'thought'],
    ]);
  });
  test('a verb of appearance keeps its old subjects', () => {
    expect(rows('The plan that seems to be failing was dropped by the harbor board last week.')).toEqual([]);
    expect(rows('Fishermen in the bay, where the harbor board seems to favor new quotas, held a rally.')).toEqual([]);
  });
  test('default options report none of them', () => {
    expect(rows('The ferry company raised its fares last spring. It is expected to raise them again in the fall.', {})).toEqual([]);
    expect(rows('The council backed a budget that is widely expected to pass the state senate next week.', {})).toEqual([]);
  });
});
