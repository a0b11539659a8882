/**
 * Opt-in recall, round 41 (issue 15): shapes of thought, evidence and stance
 * that PolNeAR train leaves unmatched with every category on, measured and
 * found under the bar (85% of all train occurrences annotated, net +5), so
 * they stay unreported. Each text must give nothing even with every category
 * on. Measured on train (cue occurrences annotated / all occurrences the
 * shape would newly report): a trailing "in the latest poll" after a lead or
 * a share 46/105, a fronted "For X," before a clause 9/172, "decision to"
 * 12/60, "rebuke" 7/9 and "balk at" 5/6 (12 of 15 together, 80%; "balk
 * at" is reported since opt67, measured with "single out" and "walk back"
 * at 14 of 18, 7 of 8 new predictions right: test/opt67.test.ts),
 * "distanced himself from" 6/11, "sided with" 5/11, "is considered" and
 * the like 26/86, reduced "known as" 23/46, "hope/believe ... will" in a
 * relative 5/31. Built and measured: "seem"/"appear" and an adjective
 * under eight words ("Voters already appear fatigued"), 6 of 7 new ones
 * right on train (+6 gold) but 0 of 1 on dev, so left out. Sentences and
 * names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

const negatives: [string, string][] = [
  ['a trailing "in the latest poll" after a lead', 'The mayor leads the race by six points in the latest Harbor College poll.'],
  ['a fronted "For" and a person before a clause', 'For most voters in the valley, the ferry levy remains a distant worry.'],
  ['a noun "decision to" and its infinitive', "The council's decision to close the old ferry pier angered many residents."],
  ['"rebuked" and its object', 'Ada Moss rebuked Tom Reyes for his vote on the harbor levy.'],
  ['a short "seemed" and an adjective', 'The harbor master seemed unconvinced.'],
];

describe('opt-in shapes measured under the bar give nothing, even with every category on', () => {
  test.each(negatives)('%s', (_label, text) => {
    expect(extract(text, ALL).quotes).toEqual([]);
    expect(extract(text).quotes).toEqual([]);
  });
});
