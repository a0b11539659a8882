/**
 * Attribution beyond speech, seventh round (issue 15): an opt-in attribution
 * framed inside a clause that a subordinator opens at the start of a sentence
 * ("While ...", "But if ...", "When ...") ends its content at the comma before
 * the main clause, as annotated news marks it. A comma that opens an aside
 * ("and, records show,"), a comma inside the fronted clause before a phrase
 * that is no clause, and a subordinator inside the sentence leave the content
 * as it was. A thought or a stance after its cue ends at a semicolon; a
 * finding of evidence goes on over it to its next figure. Default output never
 * changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}

/** The content of each quote. */
function contents(text: string, options: object = ALL): string[] {
  return extract(text, options).quotes.map((q) => q.text);
}

describe('opt-in content inside a fronted clause ends at the comma before the main clause', () => {
  test.each([
    // the content of a sourceless frame is its subject and its complement, the cue left out
    ['"While" and a sourceless frame', 'While the harbor sale is expected to close early next spring, the dock workers have asked for a second vote.', 'the harbor sale to close early next spring'],
    ['"But if" and a sourceless frame', 'But if the mayor seemed to welcome the new ferry schedule at first, her aides later pressed the council to delay it.', 'the mayor to welcome the new ferry schedule at first'],
    ['"And while" and a sourceless frame', 'And while the harbor pilots are expected to accept the new contract in March, Ms. Varga has not changed her pitch to them.', 'the harbor pilots to accept the new contract in March'],
    // the commas of a list inside the fronted clause are not the end of it (review 13b)
    ['a list inside the fronted clause', 'But if the mayor seemed to welcome the ferry schedule, the pier plan and the toll, her aides later pressed the council to delay it.', 'the mayor to welcome the ferry schedule, the pier plan and the toll'],
  ])('%s', (_label, text, content) => {
    expect(contents(text)).toContain(content);
  });

  test('a thought with its speaker and cue: the content stops before the main clause', () => {
    const text = 'When the ferry captain realized the relief boat was not coming back that night, the crew left the pier on foot.';
    expect(rows(text)).toContainEqual(['the relief boat was not coming back that night', 'the ferry captain', 'realized', 'reported/cue-clause']);
  });
});

describe('opt-in content that goes on past a comma', () => {
  test.each([
    // a subordinator inside the sentence: the frame is not fronted
    ['a subordinator inside the sentence', 'The regional board lost its nerve as its oldest trustees have seemed uneasy, restless and glad to fold under pressure from the port lobby.', 'its oldest trustees uneasy, restless and glad to fold under pressure from the port lobby'],
  ])('%s', (_label, text, content) => {
    expect(contents(text)).toContain(content);
  });

  test('a comma after "and" opens an aside, not the main clause', () => {
    const text = 'While the old ferry might seem like an odd purchase for a town that has a bridge and, records show, barely uses the boats it owns, the council approved it.';
    const found = contents(text).filter((c) => c.startsWith('the old ferry might seem'));
    for (const c of found) expect(c.endsWith(' and')).toBe(false);
  });
});

describe('fronted clauses: default output unchanged', () => {
  test.each([
    'While the harbor sale is expected to close early next spring, the dock workers have asked for a second vote.',
    'When the ferry captain realized the relief boat was not coming back that night, the crew left the pier on foot.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});

describe('opt-in thoughts and stances end at a semicolon; findings go on', () => {
  test('a thought before a semicolon', () => {
    const text = 'Ms. Varga believes that cutting the ferry budget matters more than repairing the old pier; that is a sure way to lose the harbor vote.';
    expect(rows(text)).toEqual([['cutting the ferry budget matters more than repairing the old pier', 'Varga', 'believes', 'reported/cue-that']]);
  });

  test('semicolons between the items of a list after a colon do not end the thought (review 13b)', () => {
    const text = 'Ms. Varga wants the fund to pay for three projects: a pier in Ada, Ohio; a ferry in Troy, N.Y.; and a school in Erie, Pa.';
    expect(rows(text)).toEqual([['the fund to pay for three projects: a pier in Ada, Ohio; a ferry in Troy, N.Y.; and a school in Erie, Pa.', 'Varga', 'wants', 'reported/cue-infinitive']]);
  });

  test('semicolons closed by "; and" part a list even with no colon (review 13b)', () => {
    const text = 'Ms. Varga believes the ferry needs a new engine; new seats in the cabin; and a wider ramp for the carts.';
    expect(contents(text)).toEqual(['the ferry needs a new engine; new seats in the cabin; and a wider ramp for the carts']);
  });

  test('a semicolon with no clause after it does not end the thought (review 13b)', () => {
    const text = 'Ms. Varga believes the ferry needs a new engine; perhaps two.';
    expect(contents(text)).toEqual(['the ferry needs a new engine; perhaps two']);
  });

  test('unchanged: a clause after an opening adverb and its comma ends the thought', () => {
    const text = 'Ms. Varga believes the ferry needs a new engine; still, the council will not pay for it.';
    expect(contents(text)).toEqual(['the ferry needs a new engine']);
  });

  test('a finding of evidence keeps its next figure after the semicolon', () => {
    const text = 'The poll found Ms. Varga at 41 percent among likely voters in the port towns; Mr. Reyes at 30 percent.';
    expect(contents(text)).toEqual(['Ms. Varga at 41 percent among likely voters in the port towns; Mr. Reyes at 30 percent']);
  });

  test('default output unchanged', () => {
    expect(rows('Ms. Varga believes that cutting the ferry budget matters more than repairing the old pier; that is a sure way to lose the harbor vote.', {})).toEqual([]);
  });
});
