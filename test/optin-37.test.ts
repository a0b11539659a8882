/**
 * Attribution beyond speech (issue 15), helper optin37: a feeling voiced
 * about something short (rule `reported/cue-feeling-short`, stance, opt-in)
 * takes the feeling into its content; a finite passive "known as" or "known
 * for" frames a clause with no source (rule `reported/known-as`, thought,
 * opt-in); a side pushed for in two or three words (rule
 * `reported/cue-topic-short`, stance, opt-in). Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, rule]. */
function rows(text: string, options: object): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}

describe('a short feeling voiced about something (optin37)', () => {
  test.each([
    ['Ms. Varga voiced concern about the toll.', 'concern about the toll', 'Varga', 'voiced'],
    ['Bo Lark expressed his support for Reyes.', 'his support for Reyes', 'Bo Lark', 'expressed'],
    ['The growers have expressed deep doubts about the levy.', 'deep doubts about the levy', 'The growers', 'have expressed'],
    ['Tilda Marsh, who runs the ferry office, expressed sympathy for the strikers.', 'sympathy for the strikers', 'Tilda Marsh', 'expressed'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text, ALL)).toEqual([[content, speaker, cue, 'reported/cue-feeling-short']]);
  });

  test('a long one keeps the feeling in its cue (rule reported/cue-feeling)', () => {
    expect(rows('Ms. Varga expressed concern about the new plant on the river.', ALL)).toEqual([
      ['the new plant on the river', 'Varga', 'expressed concern about', 'reported/cue-feeling'],
    ]);
  });

  test.each([
    // the default categories report no stance
    ['Ms. Varga voiced concern about the toll.', {}],
    // a generic "you" names no one
    ['You expressed concern about the toll.', ALL],
    // a feeling noun with no preposition after it is no feeling voiced about something
    // (ending its sentence it is the content of rule reported/cue-feeling-bare, optin39)
    ['Bo Lark expressed concern again.', ALL],
  ])('nothing: %s', (text, options) => {
    expect(rows(text, options)).toEqual([]);
  });
});

/** Each quote as [content span, parts, speaker name, cue, rule]. */
function frameRows(text: string, options: object): [string, string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.span.text, q.parts.map((p) => p.text).join(' | '), q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}

describe('a clause framed by "known as" or "known for" (optin37)', () => {
  test.each([
    ['Ms. Varga is known for her temper.', 'Ms. Varga is known for her temper', 'Ms. Varga | her temper', 'is known for'],
    ['The old mill was known as the Poorhouse of the valley.', 'The old mill was known as the Poorhouse of the valley', 'The old mill | the Poorhouse of the valley', 'was known as'],
    ['Tom Reyes is best known for his work on the ferry levy.', 'Tom Reyes is best known for his work on the ferry levy', 'Tom Reyes | his work on the ferry levy', 'is best known for'],
  ])('%s', (text, span, parts, cue) => {
    expect(frameRows(text, ALL)).toEqual([[span, parts, null, cue, 'reported/known-as']]);
  });

  test.each([
    // the default categories report no thought
    ['Ms. Varga is known for her temper.', {}],
    // a relative word as the subject
    ['The ferry, which is known for its delays, left late.', ALL],
    // an agent names the source
    ['The hall is known by locals as the Barn.', ALL],
    // "it" as the subject
    ['It is known as the Barn.', ALL],
    // a preposition with no object
    ['The tax he is known for - a levy on boats - failed.', ALL],
    // after a modal
    ['The old pier could be known as the Barn one day.', ALL],
    // no passive
    ['The clerk has known Ada Moss for years.', ALL],
  ])('nothing: %s', (text, options) => {
    expect(frameRows(text, options)).toEqual([]);
  });
});

describe('a side pushed for in two or three words (optin37)', () => {
  test.each([
    ['The growers pushed for a levy.', 'a levy', 'The growers', 'pushed for'],
    ['Mayor Ada Moss has pushed for ferry funding.', 'ferry funding', 'Ada Moss', 'has pushed for'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text, ALL)).toEqual([[content, speaker, cue, 'reported/cue-topic-short']]);
  });

  test.each([
    // the default categories report no stance
    ['The growers pushed for a levy.', {}],
    // a bare participle after its noun
    ['The rivals, pushing for lower tolls, met.', ALL],
    // negated
    ['The union did not push for a strike.', ALL],
    // a verb coordinated after another
    ['Tom Reyes would cut taxes and push for a recount.', ALL],
  ])('nothing: %s', (text, options) => {
    expect(rows(text, options)).toEqual([]);
  });
});
