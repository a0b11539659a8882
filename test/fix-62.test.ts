/**
 * Helper fix62: five invented news articles in conventions the earlier
 * probes (fix51 to fix61) left out (an aviation investigator's preliminary
 * report with an airline, a pilots' union and a passenger, a university's
 * research-fraud panel with the accused scientist's lawyer, a co-author, an
 * email and a journal editor, a disputed mayoral vote abroad with an observer
 * mission and state media, a dock strike with a port authority, a shipping
 * line and truckers, and a medicines recall with the regulator's notice, the
 * maker's chief executive, a pharmacist, a patient and a doctor), kept as
 * fixtures in test/fixtures/fix-62/, with the right output of their key
 * sentences; and the general fixes the probe led to:
 * - "Patient" before a first name and a surname is a description, not part
 *   of the name ("Patient Tomas Lind said" names Tomas Lind);
 * - a name with "Shipping", "Logistics", "Airways" or "Pharma" is an
 *   organisation, so "she" or "he" never stands for it;
 * - a participle set off by a comma after the speaker's own verb ("Ada Moss
 *   said, speaking in Welsh") is an adjunct, no second attribution of the
 *   words before the speaker.
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix62: "Patient" before a full name is a description', () => {
  test.each([
    ['Patient Tomas Lind, 54, said he had waited a year.', [['he had waited a year', 'Tomas Lind', 'said']]],
    ['"Nobody rang me," Patient Tomas Lind said.', [['Nobody rang me,', 'Tomas Lind', 'said']]],
    ['Patients said the wait was long.', [['the wait was long', 'Patients', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix62: shipping, logistics, airways and pharma names are organisations', () => {
  test.each([
    ['Ada Moss runs the depot. Harbour Shipping said it would divert ships. "It is chaos," she said.', [
      ['it would divert ships', 'Harbour Shipping', 'said'],
      ['It is chaos,', 'Ada Moss', 'said'],
    ]],
    ['Tom Reyes drives for a bakery. Quell Logistics said it would cut routes. "It is chaos," he said.', [
      ['it would cut routes', 'Quell Logistics', 'said'],
      ['It is chaos,', 'Tom Reyes', 'said'],
    ]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix62: a participle after the speaker\'s own verb is an adjunct', () => {
  test.each([
    ['"We won," the candidate, Ada Moss, told supporters, speaking in Welsh.', [['We won,', 'Ada Moss', 'told']]],
    ['"We won," Ada Moss said, speaking in Welsh.', [['We won,', 'Ada Moss', 'said']]],
    ['The count was slow, Tom Reyes said, speaking in Welsh.', [['The count was slow', 'Tom Reyes', 'said']]],
    // a participle with no verb of saying before it reports nothing
    ['Ada Moss left the hall, speaking to no one.', []],
  ] as [string, Row[]][])('%s', both);
});

const KEY: [string, Row[]][] = [
  ['aviation', [
    ['The crew followed the checklist, but the checklist did not cover this failure, We will examine why the heater in the line was switched off.', 'Halvard Pruett', 'wrote'],
    ['its final findings would take at least a year', 'Transport Safety Board', 'said'],
    ['Safety is our first priority, and we will act on every recommendation,', 'Odile Marchetti', 'said'],
    ['crews had raised concerns about the heater for more than a year', 'Rasmus Oyelaran', 'told'],
    ['Then the lights went out and people started praying, I held the hand of a stranger the whole way down.', 'Wendeline Castor', 'said'],
    ['A preliminary report is not a verdict,', 'Halvard Pruett', 'said'],
  ]],
  ['fraud', [
    ['he had "never knowingly altered a single result" and would appeal', 'Ignatius Veldkamp', 'said'],
    ['My client has been denied the chance to answer these claims properly, The process was unfair from the start.', 'Clementine Arbogast', 'said'],
    ['I trusted the figures I was given, I feel sick about it.', 'Yusuf Brannigan', 'told'],
    ['Make the bands cleaner before we submit. Reviewers will not look closely.', 'An email seen by the committee', 'read'],
    ['We rely on the honesty of authors, and when that fails, we have to correct the record quickly,', 'Solveig Amundsen', 'said'],
  ]],
  ['election', [
    ['The people have spoken, and they have chosen change, Tomorrow we begin to clean the city hall.', 'Ilse Kornbluth', 'told'],
    ['his own tally showed him ahead by several thousand votes', 'Pavlo Dragomir', 'said'],
    ['turnout had reached 61 percent', 'State media', 'reported'],
    ['We saw names of people who had died years ago, That does not mean fraud, but it must be explained.', 'Annika Lindqvist', 'said'],
    ['I came because my grandson asked me to, He says this election matters.', 'Teodora Buric', 'said'],
    ['thousands of ballots in the northern districts had been printed without serial numbers', "Mr Dragomir's campaign", 'claimed'],
  ]],
  ['portstrike', [
    ['We are not against machines, we are against being thrown away by them, This strike lasts as long as it has to.', 'Dermot Achterberg', 'said'],
    ['We have made a fair offer, and the union has walked away from it,', 'Lucinda Ferreira-Holt', 'said'],
    ['it would divert some ships to Calloway Bay', 'Meridane Shipping', 'said'],
    ['I get paid by the load, so today I earn nothing, I understand the workers, but who is striking for me?', 'Stanislav Okonkwo', 'said'],
  ]],
  ['recall', [
    ['the impurity had been traced to a single supplier', 'Helvane Pharma', 'said'],
    ['the company had stopped using the supplier in March', 'Benedikt Sorensen', 'added'],
    ['he had taken the tablets for six years', 'Gordon Ibekwe', 'said'],
    ['Nobody called me. I found out from the radio,', 'Gordon Ibekwe', 'said'],
    ['I think the worst thing people could do now is panic and stop their treatment, The danger from uncontrolled blood pressure is far greater than the danger from this impurity.', 'Felicity Hargreave', 'said'],
  ]],
];

describe('fix62: the invented articles keep their key sentences', () => {
  testKeySentences('fix-62', KEY);
  test('the election article has no second attribution through "speaking"', () => {
    const rows = rowsOf(fixtureText('fix-62', 'election'));
    expect(rows.filter((r) => r[2] === 'speaking')).toEqual([]);
  });
});
