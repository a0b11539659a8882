/**
 * Attribution beyond speech (issue 15), helper prec61: a thought, finding or
 * stance whose cue lies inside the content of a kept speech, writing or
 * source attribution is part of what that one reports, and gives way to it
 * (`src/refine/opt-in-nested.ts`): a block after "wrote:" holding "I think
 * ...", a clause before "..., aides said" holding "expressed concern about
 * ...". On PolNeAR train (every category) 13 such items were dropped, 10 of
 * them marked by no gold item; dev did not change. An interview answer keeps
 * its thoughts. Default output never changes. Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { ALL, optInRows, quoteTuples } from './support/category-rows.js';

const BLOG =
  'Ms. Vane wrote on her blog:\n\nI think the plan is overdue, since the harbor surveys are showing riders drifting away from the levy. I think the council must finally listen to them.';
const STATEMENT = 'Rowan Hale said in a statement:\n\nWe owe the island a ferry, and I believe the new pier will serve it for decades.';
const AIDES = 'Tessa Vane expressed concern about the audit and said it could delay the ferry, people familiar with the meeting said.';

describe('an opt-in attribution inside a reported content gives way to it (prec61)', () => {
  test.each([
    ['two thoughts inside a block after "wrote:"', BLOG],
    ['a thought inside a block after "said in a statement:"', STATEMENT],
    ['a stance inside a clause before "..., people familiar with the meeting said"', AIDES],
  ])('%s', (_name, text) => {
    expect(optInRows(text, ALL)).toEqual([]);
  });

  test('the reporting attribution itself stays, whole', () => {
    expect(quoteTuples(BLOG, ALL).map((t) => [t[0], t[1], t[4]])).toEqual([
      [
        'I think the plan is overdue, since the harbor surveys are showing riders drifting away from the levy. I think the council must finally listen to them',
        'Vane',
        'wrote',
      ],
    ]);
    expect(quoteTuples(AIDES, ALL).map((t) => [t[0], t[1], t[4]])).toEqual([
      ['Tessa Vane expressed concern about the audit and said it could delay the ferry', 'people familiar with the meeting', 'said'],
    ]);
  });

  test('default output is the same reporting attribution', () => {
    expect(quoteTuples(AIDES, {})).toEqual(quoteTuples(AIDES, ALL));
    expect(quoteTuples(STATEMENT, {})).toEqual(quoteTuples(STATEMENT, ALL));
  });
});

describe('an opt-in attribution outside any reported content stays (prec61)', () => {
  test('a thought in the sentence after a report', () => {
    expect(optInRows('Aides said the ferry was late. The mayor wants to hold a recount before the vote.', ALL)).toEqual([
      ['to hold a recount before the vote', 'The mayor', 'wants', 'reported/cue-infinitive'],
    ]);
  });

  test('an interview answer keeps its thought', () => {
    const text = 'We spoke with Mayor Ann Lee about the budget.\n\nQ: Will the budget pass?\n\nA: I think it will pass, and I believe the council will agree.';
    expect(optInRows(text, ALL)).toEqual([['the council will agree', 'Ann Lee', 'believe', 'reported/cue-clause']]);
  });
});

describe('a comma between two adjectives does not end a speech verb\'s opt-in object (prec61)', () => {
  test.each([
    ['Ms. Vane criticized what she saw as the loud, divisive tone of the harbor campaign.', 'what she saw as the loud, divisive tone of the harbor campaign', 'criticized'],
    ['Ms. Vane, referring to the big, free-standing agencies that run the ferries, said the plan would fail.', 'the big, free-standing agencies that run the ferries', 'referring to'],
  ])('%s', (text, content, cue) => {
    expect(optInRows(text, ALL)).toEqual([[content, 'Vane', cue, 'reported/speech-object']]);
  });

  test.each([
    ['Ms. Vane, referring to the old ferry, said the plan would fail.', 'the old ferry'],
    ['Ms. Vane, referring to the homeless, who sleep near the pier, said the plan would fail.', 'the homeless'],
  ])('a comma after a noun or before a relative still ends the object: %s', (text, content) => {
    expect(optInRows(text, ALL)).toEqual([[content, 'Vane', 'referring to', 'reported/speech-object']]);
  });
});
