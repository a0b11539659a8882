/**
 * Attribution beyond speech (issue 15), helper opt58: the shapes (cue lemma x
 * subject kind x complement x negation or modal) of the opt-in cue words were
 * counted over PolNeAR train with every category on. Every shape of ten or
 * more occurrences with 85% or more of them annotated is already reported
 * (polls or data that show or find, a person who declines to, a name that
 * endorses a name, ...): what is left of each is one to five items. The
 * nearest shapes still refused, pinned as they are now so that a later change
 * that reports them is a measured decision (no source change came with them).
 * New firings right / all on train, every category on:
 * a first-person opinion of a bare clause outside quotation marks ("I think
 * the pier will open", "We believe six stops are enough") 20 of 26 (77%;
 * 12 of the right ones from two interview articles), 2 of 2 on dev;
 * "express" with an object or a feeling ("has long expressed his admiration
 * for") 11 of 15; a thought with an infinitive of six or seven words that the
 * bar refuses 24 of 32 (1 of 3 on dev); "discuss" with a person for its
 * subject 24 of 29 annotated, but no cue category fits it (it is speech, and
 * a default run must not change). Default output never changes. Sentences and
 * names are invented.
 */
import { describe, expect, test } from 'vitest';
import { ALL, optInRows } from './support/category-rows.js';

describe('shapes measured under 85% right yield no opt-in quote (opt58)', () => {
  test.each([
    // (a first-person opinion with a bare clause is reported since opt59: test/optin59.test.ts)
    // "express" with its object: 11 of 15 right on train
    ['The harbor master has long expressed his admiration for the pilots.'],
    // ("discuss" with its topic is reported under stance since recall61, 22 of 25 new ones right: test/recall61.test.ts)
  ])('%s', (text) => {
    expect(optInRows(text, ALL)).toEqual([]);
  });
});

describe('the same shapes with a named source are reported (opt58)', () => {
  test('an opinion of a named source with its bare clause', () => {
    expect(optInRows('Tove Brandt believes six stops are enough for the harbor line.', ALL)).toEqual([
      ['six stops are enough for the harbor line', 'Tove Brandt', 'believes', 'reported/cue-clause'],
    ]);
  });
});
