/**
 * Helper fix59: five invented news articles in conventions the earlier
 * probes (fix51 to fix58) left out (a transport strike with union, operator
 * and commuters vox-popped, a medical study write-up, a village church and
 * its petition, a housing-market report with figures, a book review quoting
 * the book and its author's earlier interview), kept as fixtures in
 * test/fixtures/fix-59/, with the right output of their key sentences; and
 * the general fixes the probe led to:
 * - a name of two or more words right after "the" ("told the Halverton
 *   Echo") is no antecedent of a later "he" or "she";
 * - a day word between "the" and a capitalised word is part of the name
 *   ("the Sunday Ledger" was "Ledger");
 * - a verb of saying or showing right before "that", after the subject of a
 *   said-clause, is the clause's verb ("said the study showed that ..." kept
 *   only the inner clause);
 * - a trailing "it" or "they" takes the subject of the content it reports
 *   when that is an organisation or a group ("The agency expects ..., it
 *   said").
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix59: a name after "the" is no he or she', () => {
  test.each([
    ['Its director, Wenna Tolliver, told the Marsh Gazette that the line would close. She urged passengers to stay home.', [
      ['the line would close', 'Wenna Tolliver', 'told'],
      ['passengers to stay home', 'Wenna Tolliver', 'urged'],
    ]],
    ['Orrin Baskett wrote to the Fenwick Trust about the mill. He said the roof would not last the winter.', [
      ['the roof would not last the winter', 'Orrin Baskett', 'said'],
    ]],
    // a title after "the" keeps the person
    ['The Rev. Ada Orr spoke first. She said the hall would stay open.', [['the hall would stay open', 'Ada Orr', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix59: a day word opening a paper\'s name', () => {
  test.each([
    ['The Sunday Ledger called the play "a small miracle."', [['the play "a small miracle."', 'Sunday Ledger', 'called']]],
    ['Critics were kind: the Monday Courant said the play was a miracle.', [['the play was a miracle', 'Monday Courant', 'said']]],
    // a day alone is still no name
    ['On Sunday Tove Ransley said the play was a miracle.', [['the play was a miracle', 'Tove Ransley', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix59: a verb of saying or showing inside a said-clause', () => {
  test.each([
    ['Ada Moss said the survey showed that most tenants wanted a cap.', [['the survey showed that most tenants wanted a cap', 'Ada Moss', 'said']]],
    ['Tom Hale said the minister claimed that the ferry was safe.', [['the minister claimed that the ferry was safe', 'Tom Hale', 'said']]],
    // a participle in a phrase of circumstance still gives way to the "that"
    ['Ada Moss said in a statement released Monday that the ferry was safe.', [['the ferry was safe', 'Ada Moss', 'said']]],
  ] as [string, Row[]][])('%s', both);
  test('with a quotation after the "that", the whole clause is what was said (default)', () => {
    expect(rowsOf('Brede Halloway said the audit showed that "the books were a mess."')).toEqual([
      ['the audit showed that "the books were a mess."', 'Brede Halloway', 'said'],
    ]);
  });
});

describe('fix59: a trailing "it" or "they" takes its content\'s subject', () => {
  test.each([
    ['The union says it will strike. The company expects sales to fall this year, it said in a statement.', [
      ['it will strike', 'The union', 'says'],
      ['The company expects sales to fall this year', 'The company', 'said'],
    ]],
    ['The union says it will strike. Kestrel Mills expects sales to fall this year, it said.', [
      ['it will strike', 'The union', 'says'],
      ['Kestrel Mills expects sales to fall this year', 'Kestrel Mills', 'said'],
    ]],
    ['The mayor spoke first. The landlords expect rents to rise, they said.', [['The landlords expect rents to rise', 'The landlords', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

const KEY: [string, Row[]][] = [
  ['strike', [
    ['94% of its members had backed the action in a ballot last month', 'Amalgamated Union of Drivers', 'said'],
    ['fewer than one train in ten would run on Tuesday and Wednesday', 'Priya Vantongeren', 'told'],
    ['passengers not to travel unless their journey was essential', 'Priya Vantongeren', 'urged'],
    ['I have been standing here for forty minutes, If I am late, patients wait. That is the reality.', 'Ada Moss', 'said'],
    ['the strike was "deeply disappointing"', 'Helen Strathmore', 'said'],
    ['members would meet on Friday to decide their next step', 'Colm Brannigan', 'added'],
  ]],
  ['study', [
    ['The effect was consistent across every group we looked at, Age, income, education: it held up every time.', 'Lena Hartvigsen', 'said'],
    ['the findings "add to a growing body of evidence" that moderate exercise protects the ageing brain', 'The authors', 'wrote'],
    ['People who walk every day may also eat better, sleep better or have more friends', 'Marcus Oyelaran', 'said'],
    ['You cannot untangle all of that from a survey,', 'Marcus Oyelaran', 'said'],
    ['The foundation had no role in the design of the study', 'The authors', 'said'],
  ]],
  ['church', [
    ['the church is "the beating heart of the village"', 'The petition', 'says'],
    ['he had asked the diocesan board to look again at the figures', 'Anselm Rigby', 'told'],
    ['no final decision had been taken and that the board would meet in April', 'A spokeswoman for the diocese', 'said'],
    ['donations had already reached 85,000 pounds', 'Tobias Enwright', 'said'],
    ['I respect the church, but buildings do not teach children,', 'Gideon Pask', 'said'],
    ['his community stood "shoulder to shoulder" with its neighbours', 'Yusuf Karimi', 'said'],
  ]],
  ['housing', [
    ['House prices in the Calder Valley rose 4% in the year to March', 'Valley Property Agency', 'said'],
    ['he had sold more homes in February than in any month for two years', 'Bartholomew Quigley', 'said'],
    ['a rise in unemployment or a jump in interest rates could quickly cool demand', 'Oren Castellano', 'said'],
    ['planning rules would be relaxed to speed up construction', 'Conrad Fairweather', 'told'],
    ['The agency expects prices to rise by a further 2% to 3% this year', 'Valley Property Agency', 'said'],
  ]],
  ['review', [
    ['The tide did not care who was sorry,', 'Imelda Corrigan', 'writes'],
    ['You would sell your own grandmother if the price was right,', "Kit's aunt", 'tells'],
    ['I would, but nobody is buying.', 'Kit', 'replies'],
    ['she had spent a decade trying to write about her father\'s boat', 'Imelda Corrigan', 'said'],
    ['the novel "a quiet triumph,"', 'Sunday Ledger', 'called'],
    ['it as "the best book about the sea in twenty years."', 'Owain Treharne', 'described'],
  ]],
];

describe('fix59: invented articles', () => {
  testKeySentences('fix-59', KEY);
  test('the study write-up credits the wider study to Tamsin Greer whole (default)', () => {
    const rows = rowsOf(fixtureTextOf('study'));
    expect(rows).toContainEqual(['the study showed that "small changes in daily life can make a real difference."', 'Tamsin Greer', 'said']);
  });
});

function fixtureTextOf(name: string): string {
  return fixtureText('fix-59', name);
}
