/**
 * Attribution beyond speech (issue 15), helper optin52: shapes measured on
 * PolNeAR train with every category on and found under the bar (85% right)
 * for an opt-in rule, pinned as they are now so that a later change that
 * reports them is a measured decision (no source change came with them).
 * Measured on train, every category on, new firings right / all:
 * everything the opt-in bar now refuses in `reported.ts`, 253 of 467 (54%;
 * no rule-and-cue or rule-and-speaker subset of ten or more over 75%);
 * first-person thoughts with a clause ("I think", "we know") 39 of 55
 * (present "I/we think/believe" alone 25 of 34, 24 of 28 outside "NAME:"
 * transcript lines, but 18 of those 24 from two interview articles: 7 of 11
 * outside interviews);
 * "endorsement of" 20 of 34; "hopes to" 10 of 18; "decision to" 8 of 51;
 * "support for/of, opposition to" 52 of 221; "lists" 14 of 46; "known as"
 * 23 of 46; "favor/prefer" with an object 34 of 104. Default output never
 * changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { ALL, optInRows } from './support/category-rows.js';

describe('shapes measured under the opt-in bar yield no opt-in quote (optin52)', () => {
  test.each([
    // a first-person thought with its clause: 71% right on train (39 of 55 the bar refuses), an aside as often as a report
    // (an opinion verb with its clause, "But I think the harbor board has lost its way.", is reported since opt59)
    ['We know the levy will pass in May, and the council knows it too.'],
    // a place or thing that seems in a state: the bar refuses the short frame (63% right on train)
    ['Vermont seems calm for now, but that could change.'],
    // an almanac or a register listing a thing: 30% of the unreported "lists" are annotated on train
    ['The almanac lists the harbor town as the oldest port on the coast.'],
    // nouns of a stance or a decision with their object: "endorsement of" 59%, "decision to" 16%, "support for" 24%
    ['The mayor won the endorsement of the dockworkers union on Friday.'],
    ["The council's decision to close the pier angered the growers."],
  ])('%s', (text) => {
    expect(optInRows(text, ALL)).toEqual([]);
  });
});

describe('the same thoughts with a third-person source are reported (optin52)', () => {
  test('a belief of a named source with its bare clause', () => {
    expect(optInRows('Lena Ortiz thinks the harbor board has lost its way.', ALL)).toEqual([
      ['the harbor board has lost its way', 'Lena Ortiz', 'thinks', 'reported/cue-clause'],
    ]);
  });
});
