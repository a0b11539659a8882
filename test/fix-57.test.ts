/**
 * Helper fix57: five invented news articles in conventions the earlier
 * probes (fix51 to fix56) left out (a cyber-security breach story, a labour
 * strike, a theatre review with a critics' roundup, a climate summit story,
 * a local-courts brief), kept as fixtures in test/fixtures/fix-57/, with the
 * right output of their key sentences; and the general fixes the probe led
 * to:
 * - a fronted phrase with no verb before a parenthetical attribution goes on
 *   with the clause after it, whatever participle its verb looks like
 *   ("Over the years, Ada Moss said, the firm moved money abroad");
 * - after a verb of naming, a "that" with no verb after it is a determiner
 *   and opens no clause ("called that plan unsafe");
 * - a quoted object that opens with no verb ends before "and" or "but" and
 *   an auxiliary's verb ('calls for "urgent action" but does not name a
 *   figure');
 * - a bare noun and a relative word after a comma sum up what came before
 *   and end the content ("..., language that critics called alarmist").
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';

const article = (name: string): string => fixtureText('fix-57', name);

describe('fix57: a fronted phrase before a parenthetical attribution', () => {
  test.each([
    ['Over the years, Ada Moss said, the firm moved money abroad.', [['Over the years the firm moved money abroad', 'Ada Moss', 'said']]],
    ['In the end, she said, the deal collapsed.', [['In the end the deal collapsed', 'she', 'said']]],
    // an auxiliary after the phrase, and an inverted speaker's appositive, as before
    ['By Friday, the mayor said, the roads would reopen.', [['By Friday the roads would reopen', 'the mayor', 'said']]],
    ['The rates will climb, said Ann Hale, a banker based in Leeds.', [['The rates will climb', 'Ann Hale', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
    expect(rowsOf(text, EVERY)).toEqual(expected);
  });
});

describe('fix57: a determiner "that" after a verb of naming', () => {
  test.each([
    ['Union officials called that plan unsafe.', []],
    ['Critics labelled that idea reckless.', []],
    // a "that" with a clause after it opens it, as before
    ['He said that the plan was unsafe.', [['the plan was unsafe', 'He', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
    expect(rowsOf(text, EVERY)).toEqual(expected);
  });
});

describe('fix57: a second verb of the subject after a quoted object', () => {
  test.each([
    ['The report calls for "urgent action" on housing but does not name a figure.', [['"urgent action" on housing', 'The report', 'calls for']]],
    ['Ada Moss called the plan "a mess" and left the hall.', [['the plan "a mess"', 'Ada Moss', 'called']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
  // an object that opens with a verb goes on with the clause it opens
  test('which the board said was "reckless" but did not block', () => {
    expect(rowsOf('She criticized the plan, which the board said was "reckless" but did not block.')).toContainEqual(['which was "reckless" but did not block', 'the board', 'said']);
  });
});

describe('fix57: a bare noun and a relative word that sum up the content', () => {
  test.each([
    ['The mayor said rates would rise, language that critics called alarmist.', [['rates would rise', 'The mayor', 'said']]],
    ['The minister said taxes would fall, remarks that were later withdrawn.', [['taxes would fall', 'The minister', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
    expect(rowsOf(text, EVERY)).toEqual(expected);
  });
});

const KEY: [string, Row[]][] = [
  ['breach', [
    ['hackers had taken names, addresses and partial card numbers belonging to about 2.3 million customers', 'Quillon Systems', 'said'],
    ["We take the security of our customers' data extremely seriously and deeply regret this incident,", 'Marta Velling', 'said'],
    ['federal agents had been called in last week', 'Two officials close to the inquiry', 'said'],
    ['investigators believed the attackers had used a stolen password belonging to a contractor', 'One of the officials', 'said'],
    ['the company had hired an outside firm to review its systems', 'Marta Velling', 'told'],
  ]],
  ['strike', [
    ['management had refused to move on wages or rest breaks', 'Amalgamated Transit Workers Union', 'said'],
    ["its latest offer, a 5 percent raise over two years, was the most generous in the company's history", 'Management', 'countered'],
    ['drivers were working split shifts of up to thirteen hours', 'Fiona Mercado', 'told'],
    ['Every extra pound we pay comes out of the service,', 'Colm Ashdown', 'said'],
    ['both sides to return to the table', 'Abigail Trent', 'urged'],
  ]],
  ['review', [
    ['the play "the best new drama of the season."', 'Paul Esterby', 'called'],
    ['the role was the hardest of his career', 'Gerald Stanhope', 'said'],
  ]],
  ['summit', [
    ['"at least tripling" adaptation finance by 2030', 'A draft text released early Friday', 'calls for'],
    ['parties "recognise the need" for deep emissions cuts this decade', 'The text', 'says'],
    ['he believed a deal was still within reach', 'Henrik Solvang', 'told'],
    ['the bloc would not accept a deal without a clear timeline on fossil fuels', 'A senior European official', 'said'],
  ]],
  ['court', [
    ['Over eighteen months Pell moved money from their accounts into his own, spending it on a car, holidays and gambling', 'Sarah Whitlock', 'said'],
    ['his client had been given permission to use the money and had always meant to pay it back', 'Martin Crane', 'argued'],
    ['the verdict sent a clear message', 'Ryan Kell', 'said'],
    ['his client was considering an appeal', 'Martin Crane', 'said'],
  ]],
];

describe('fix57: invented articles', () => {
  testKeySentences('fix-57', KEY);
  test('no content is a naming verb\'s object or a fronted phrase alone', () => {
    expect(rowsOf(article('strike')).map((r) => r[0])).not.toContain('plan unsafe');
    expect(rowsOf(article('court')).map((r) => r[0])).not.toContain('Over eighteen months');
  });
});
