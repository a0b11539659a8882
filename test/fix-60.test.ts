/**
 * Helper fix60: five invented news articles in conventions the earlier
 * probes (fix51 to fix59) left out (a drought and a farmers' union, a rocket
 * launch with a live-stream commentator, a coach crash with police, witnesses
 * and the operator, a music festival with the headliner quoted from the stage
 * and a resident complaining, tech layoffs with a memo quoted in blocks and a
 * post on social media), kept as fixtures in test/fixtures/fix-60/, with the
 * right output of their key sentences; and the general fixes the probe led to:
 * - a hyphenated modifier the tagger read as a verb ("the live-stream host",
 *   "the Oslo-based writer") no longer keeps a description and its appositive
 *   name from speaking after a quotation;
 * - a capitalised word read as a verb after "the" opens the name after it
 *   ("the Met Office" was "Office");
 * - "it is understood that ..." frames a sourceless clause (thought, opt-in),
 *   its "it" no pronoun of an earlier speaker;
 * - a relative of the sentence's subject with a "that" clause ("A nurse who
 *   asked that her name be withheld said ...") or an infinitive ("who
 *   promised to resign said ...") leaves the sentence's own verb of saying
 *   its speaker and its clause; "who" makes any noun before it a person
 *   ("A recruiter who asked not to be named said ..."), and "asked to remain
 *   anonymous" is boilerplate like "asked not to be named";
 * - a leading source's relative clause ("According to the engineer, whose
 *   crew built the pump, ...") is no content;
 * - a past participle on the noun of an opening "In" phrase ("In a statement
 *   posted on its website, ...") reports nothing.
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix60: a hyphenated modifier in a description before an appositive name', () => {
  test.each([
    ['"The hatch is sealed," the live-stream host, Orla Pemberton, told viewers.', [['The hatch is sealed,', 'Orla Pemberton', 'told']]],
    ['"The hatch is sealed," a live-stream host, Orla Pemberton, said.', [['The hatch is sealed,', 'Orla Pemberton', 'said']]],
    ['"The hatch is sealed," the Oslo-based writer, Orla Pemberton, said.', [['The hatch is sealed,', 'Orla Pemberton', 'said']]],
    // without the name the description speaks, as before
    ['"The hatch is sealed," the live-stream host said.', [['The hatch is sealed,', 'the live-stream host', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix60: a word read as a verb opening a name after "the"', () => {
  test.each([
    ['The Met Office said the frost would lift by noon.', [['the frost would lift by noon', 'Met Office', 'said']]],
    ['Farmers met the minister on Monday. They said the frost had ruined the crop.', [['the frost had ruined the crop', 'Farmers', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix60: "it is understood that"', () => {
  test('frames a clause with no source (thought, opt-in)', () => {
    expect(rowsOf('Police arrived at dawn. It is understood that the ferry was overloaded.', EVERY)).toEqual([
      ['the ferry was overloaded', null, 'is understood'],
    ]);
  });
  test('reports nothing by default', () => {
    expect(rowsOf('Police arrived at dawn. It is understood that the ferry was overloaded.')).toEqual([]);
  });
});

describe('fix60: a relative inside the subject leaves the sentence\'s verb of saying', () => {
  test.each([
    ['A nurse who asked that her name be withheld said the ward was full.', [
      ['the ward was full', 'A nurse', 'said'],
    ]],
    ['The porter who promised to resign said the lift had failed twice.', [
      ['to resign', 'The porter', 'promised'],
      ['the lift had failed twice', 'The porter', 'said'],
    ]],
    ['A recruiter who asked not to be named said her team had been cut.', [['her team had been cut', 'A recruiter', 'said']]],
    ['A recruiter who asked to remain anonymous told the Herald the team had been cut.', [['the team had been cut', 'A recruiter', 'told']]],
    // an infinitive cue with no relative before it still runs its clause to the sentence's end
    ['The porter promised to fix the lift before the winter.', [['to fix the lift before the winter', 'The porter', 'promised']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix60: a leading source\'s relative clause is no content', () => {
  test.each([
    ['According to the engineer, whose crew built the pump, the seal had passed every test.', [['the seal had passed every test', 'the engineer', 'According to']]],
    ['According to Ada Moss, who runs the depot, the buses are late.', [['the buses are late', 'Ada Moss', 'According to']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix60: a participle on the noun of an opening "In" phrase', () => {
  test.each([
    ['In a statement posted on its website, Westway said it was saddened.', [['it was saddened', 'Westway', 'said']]],
    ['In a clip posted to her account, Ada Moss said the pier was unsafe.', [['the pier was unsafe', 'Ada Moss', 'said']]],
    // a finite verb of saying after an opening time phrase still reports
    ['In March Ada Moss posted on her blog that the pier was unsafe.', [['the pier was unsafe', 'Ada Moss', 'posted']]],
  ] as [string, Row[]][])('%s', both);
});

const KEY: [string, Row[]][] = [
  ['farm', [
    ['the driest spring in forty years has left their crops stunted and their savings gone', 'Farmers', 'say'],
    ['rainfall across the eastern plains was 62% below the long-term average between March and May', 'figures from the ministry', 'According to'],
    ['the government to release emergency funds', 'Aldous Penhaligon', 'urged'],
    ['a support package would be announced "within weeks, not months."', 'Cyprian Moyo', 'told'],
    ['there was no sign of significant rain in the next fortnight', 'Met Office', 'said'],
    ['The drought is real, but so is the mismanagement,', 'Tamar Quennell', 'said'],
  ]],
  ['launch', [
    ['Liftoff, and we have cleared the tower, That is a beautiful sight. Everything looks nominal.', 'Jonah Abernathy', 'told'],
    ['the team had worked through the night to replace the valve', 'Marisol Tendeka', 'said'],
    ['We found the fault on Sunday evening, and by Tuesday we had a new part installed and tested, I am incredibly proud of the people who did that work. There were moments when I thought we would have to stand down for another month. To see it fly today is a relief I cannot really describe.', 'Marisol Tendeka', 'said'],
    ['the data would "help farmers, fishers and forecasters for a decade."', 'Felix Oduya', 'wrote'],
    ['Cirrus is on its way, Thanks for watching, everyone.', 'Jonah Abernathy', 'said'],
  ]],
  ['crash', [
    ['Our thoughts are with the families of those who lost their lives, We are working to establish exactly what happened, and I would ask people not to speculate.', 'Graham Osei', 'said'],
    ['the coach had been running late all evening', 'A passenger', 'said'],
    ['it was "devastated" by the accident and was cooperating fully with the police investigation', 'Westway Coaches', 'said'],
    ['We have asked for a barrier there three times, How many more people have to die?', 'Bernadette Aske', 'told'],
    ['it had no record of previous serious accidents at the spot', 'The county council', 'added'],
  ]],
  ['festival', [
    ['You stood in the rain for us, so we are going to play until they pull the plug,', 'Odile Marchetti', 'told'],
    ['This one is for Ray, He gave us our first gig, in a tent with twelve people in it.', 'Odile Marchetti', 'said'],
    ['the festival would return next summer', 'the organisers', 'said'],
    ['I have lived here for thirty years and this was the worst it has ever been, The bass went on until one in the morning. My grandchildren could not sleep.', 'Harold Pennington', 'said'],
    ['Greywater was "the best crowd I have ever played to."', 'Kestrel', 'told'],
  ]],
  ['layoffs', [
    ['the company had "hired ahead of demand that did not come" and that the cuts were "the hardest decision I have made as a leader."', 'Noor Castellanos', 'wrote'],
    ['I want to be clear that this is not a reflection of the work any of you have done, It is a reflection of choices I made, and I take full responsibility for them. Those leaving will receive sixteen weeks of pay, plus two weeks for every year of service, and we will extend health cover until the end of the year.', 'the memo', 'said'],
    ['People found out they had been let go because their laptops stopped working,', 'One engineer', 'said'],
    ['her whole team had been cut', 'A recruiter', 'said'],
    ['Today we said goodbye to talented people who helped build Brightwave, If you are hiring, please look at them.', 'Noor Castellanos', 'wrote'],
  ]],
];

describe('fix60: invented articles', () => {
  testKeySentences('fix-60', KEY);
  test('the crash report leaves "it is understood" sourceless (every category)', () => {
    const text = fixtureTextOf('crash');
    expect(rowsOf(text, EVERY)).toContainEqual(['the coach was carrying passengers back from a wedding in Tresco Bay', null, 'is understood']);
  });
});

function fixtureTextOf(name: string): string {
  return fixtureText('fix-60', name);
}
