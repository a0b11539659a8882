/**
 * Fixes from review 24 (brief fix24): shapes on invented text whose content
 * ran on or came out empty. Invented sentences and names; each row gives the
 * quote text, the cue, the speaker mention and the speaker name of every
 * quote, in order.
 */
import { describe, expect, test } from 'vitest';
import type { CueCategory } from '../src/index.js';
import { extract } from './support/invariants.js';

/** Every category, the opt-in ones included. */
const ALL: readonly CueCategory[] = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'];

/** Each quote as `text | cue | mention | name`. */
function rows(input: string, all = false): string[] {
  return extract(input, all ? { categories: ALL } : undefined).quotes.map(
    (q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${q.speaker?.name ?? '-'}`,
  );
}

describe('a noun of saying or thought opening the subject ends before the sentence\'s verb', () => {
  test.each([
    ['a verb read as an adjective', 'The fear that the old bridge might collapse worried residents.',
      ['the old bridge might collapse | fear | - | -']],
    ['an irregular past', 'The belief that prices would fall this spring kept buyers away.',
      ['prices would fall this spring | belief | - | -']],
    ['an irregular past read as a noun', 'The worry that the paper mill would close left workers uneasy.',
      ['the paper mill would close | worry | - | -']],
    ['a regular past after the clause\'s verb', 'The finding that the tap water was unsafe alarmed local officials.',
      ['the tap water was unsafe | finding | - | -']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input, true)).toEqual(expected);
  });

  test('by default too', () => {
    expect(rows('The claim that the harbor master lied angered voters.')).toEqual(['the harbor master lied | claim | - | -']);
  });

  // negatives: the clause's own object stays in it; a noun after a verb is no subject
  test.each([
    ['a participle before the object', 'Her claim that the plan would help working families was wrong.',
      ['the plan would help working families | claim | Her | Her']],
    ['a noun of saying as an object', 'Officials rejected the claim that the ferry owners cheated injured sailors.',
      ['the ferry owners cheated injured sailors | claim | Officials | Officials']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });
});

describe('an aside of two alternatives between the cue and its clause', () => {
  test.each([
    ['win or lose, with a phrase', 'Mayor Ann Lee says, win or lose in Tuesday\'s vote, she is staying.',
      ['she is staying | says | Mayor Ann Lee | Ann Lee']],
    ['win or lose', 'The coach said, win or lose, the team would play hard.',
      ['the team would play hard | said | The coach | The coach']],
    ['rain or shine', 'The organizer said, rain or shine, the fair would open.',
      ['the fair would open | said | The organizer | The organizer']],
    ['sooner or later', 'The coach said, sooner or later, the team would move to a new stadium.',
      ['the team would move to a new stadium | said | The coach | The coach']],
    ['before "that"', 'The coach said, win or lose, that the team would move.',
      ['the team would move | said | The coach | The coach']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });

  // negatives: alternatives inside the clause, or as its subject
  test.each([
    ['inside the clause', 'The coach said the players, win or lose, would get a bonus.',
      ['the players, win or lose, would get a bonus | said | The coach | The coach']],
    ['no comma: no aside', 'The coach said win or lose was not the point of the game.', []],
  ])('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });
});

describe('a noun of time modifying a noun stays in the object', () => {
  test.each([
    ['"all night workers"', 'The union opposes the new rules for all night workers.',
      ['the new rules for all night workers | opposes | The union | The union']],
    ['"night shift nurses"', 'The union opposes the new rules for night shift nurses.',
      ['the new rules for night shift nurses | opposes | The union | The union']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input, true)).toEqual(expected);
  });

  test('by default too', () => {
    expect(rows('The mayor criticized the rules for night workers at the port.')).toEqual([
      'the rules for night workers at the port | criticized | The mayor | The mayor',
    ]);
  });

  // negatives: a time adjunct still ends the object
  test.each([
    ['a day name', 'The union opposes the new rules for all workers on Monday.',
      ['the new rules for all workers | opposes | The union | The union']],
    ['"last night" before a noun', 'The mayor criticized the new rules last night workers said.',
      ['the new rules | criticized | The mayor | The mayor']],
    ['"Monday night"', 'The mayor criticized the new rules on Monday night.',
      ['the new rules | criticized | The mayor | The mayor']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input, true)).toEqual(expected);
  });
});

describe('a record laying out how or why (opt-in evidence)', () => {
  test.each([
    ['"details how"', 'The report details how the money was spent.',
      ['how the money was spent | details | The report | The report']],
    ['"documented how"', 'The study documented how the city spent the money.',
      ['how the city spent the money | documented | The study | The study']],
    ['"describes how"', 'The audit describes how the funds were used.',
      ['how the funds were used | describes | The audit | The audit']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input, true)).toEqual(expected);
  });

  // negatives: a person is no record, a noun phrase is no question, and the default reports none
  test.each([
    ['a person', 'The mayor detailed how the money was spent.', true, []],
    ['a noun phrase', 'The report details the spending of the money in the city.', true, []],
    ['default categories', 'The report details how the money was spent.', false, []],
  ])('%s', (_name, input, all, expected) => {
    expect(rows(input, all)).toEqual(expected);
  });
});

describe('a clause that ends on its auxiliary describes the noun before it', () => {
  test.each([
    ['"wrote of"', 'She wrote of the harm budget cuts would do.',
      ['the harm budget cuts would do | wrote of | She | She']],
    ['"spoke of"', 'He spoke of the damage the storm could do.',
      ['the damage the storm could do | spoke of | He | He']],
    ['"saying about"', 'Critics are saying about the harm the new tolls would do.',
      ['the harm the new tolls would do | are saying about | Critics | Critics']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });

  // negatives: a clause with its own verb and object, or a "that" clause, is still reported
  test.each([
    ['a full clause', 'He said of the plan the city could not afford it.',
      ['the city could not afford it | said | He | He']],
    ['a "that" clause', 'She wrote of the plan that it would fail.',
      ['it would fail | wrote | She | She']],
  ])('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });
});
