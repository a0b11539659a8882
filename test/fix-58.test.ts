/**
 * Helper fix58: five invented news articles in conventions the earlier
 * probes (fix51 to fix57) left out (a live blog with timestamps, a
 * fact-check, a wildlife story with a scientist in one-sentence paragraphs
 * and statements by e-mail, a merger with companies as speakers, a
 * translated foreign-news piece with « » and „ " quotes), kept as fixtures
 * in test/fixtures/fix-58/, with the right output of their key sentences;
 * and the general fixes the probe led to:
 * - a Latin letter with a diacritic past Latin-1 no longer cuts its word in
 *   two ("Dragović" was "Dragovi" and "ć"), and the speaker keeps the letter;
 * - an "-ed" cue verb between an article and a noun is no cue ("wrote in an
 *   emailed statement that ...");
 * - a fact-check's labels name no speaker ("Fact check:", "Our ruling:");
 * - a job word opening a sentence before an unknown first name and a surname
 *   is a title ("Criminologist Tove Ransley, who ...").
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';
import { extract } from './support/invariants.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix58: a Latin letter with a diacritic past Latin-1', () => {
  test.each([
    ['President Milena Dragović said the talks were useful. She added that a commission would meet in March.', [
      ['the talks were useful', 'Milena Dragović', 'said'],
      ['a commission would meet in March', 'Milena Dragović', 'added'],
    ]],
    ['Łukasz Wójcik said the mine would close. "It is over," Wójcik said.', [
      ['the mine would close', 'Łukasz Wójcik', 'said'],
      ['It is over,', 'Łukasz Wójcik', 'said'],
    ]],
    ['Erdoğan Balcı told reporters that the port would reopen.', [['the port would reopen', 'Erdoğan Balcı', 'told']]],
  ] as [string, Row[]][])('%s', both);
  test('a surname alone joins the full name: one speaker', () => {
    const r = extract('Milena Dragović said the talks were useful. Dragović added that a commission would meet.');
    expect(r.speakers.map((s) => s.name)).toEqual(['Milena Dragović']);
    expect(r.quotes.map((q) => q.speaker?.id)).toEqual([0, 0]);
  });
  test('offsets hold and the letter is kept in spans', () => {
    const text = 'Ana Šefčović said the vote would be close.';
    const q = extract(text).quotes[0]!;
    expect(q.speaker?.mention?.text).toBe('Ana Šefčović');
    expect(text.slice(q.speaker!.mention!.start, q.speaker!.mention!.end)).toBe('Ana Šefčović');
  });
});

describe('fix58: an "-ed" verb between an article and a noun', () => {
  test.each([
    ['Ada Moss wrote in an emailed statement that she backed the plan.', [['she backed the plan', 'Ada Moss', 'wrote']]],
    ['The club said in a tweeted reply that the match would go ahead.', [['the match would go ahead', 'The club', 'said']]],
    ['The emailed statement was short.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('fix58: a fact-check\'s labels', () => {
  test.each([
    ['Fact check: Did the bus fare double?', []],
    ['Our ruling: The mayor said fares had doubled.', [['fares had doubled', 'The mayor', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix58: a job word opening a sentence', () => {
  test.each([
    ['Criminologist Tove Ransley, who teaches in Leeds, said the data were thin.', [['the data were thin', 'Tove Ransley', 'said']]],
    ['Landowner Brede Halloway said the fence would stay.', [['the fence would stay', 'Brede Halloway', 'said']]],
    // a known first name, as before
    ['Nurse Ada Orr said the ward was full.', [['the ward was full', 'Ada Orr', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

const KEY: [string, Row[]][] = [
  ['liveblog', [
    ['engineers would inspect the bridge again this morning', 'Delia Ormsby', 'told'],
    ['We will not reopen it until I am satisfied it is safe,', 'Delia Ormsby', 'said'],
    ['the closure would cost local businesses about 400,000 pounds a day', 'Kestrel Crossings', 'said'],
    ['a decision on reopening would come by Friday', 'Delia Ormsby', 'added'],
    ['the company had followed every inspection schedule', 'Ruth Tolland', 'insisted'],
  ]],
  ['factcheck', [
    ['violent crime in Dunmore had fallen by half since he took office', 'Curtis Halvorsen', 'claimed'],
    ['Violent crime is down 50 percent on my watch,', 'Curtis Halvorsen', 'wrote'],
    ['Halvorsen had been referring to a single category of offence', 'a spokesman for the mayor', 'said'],
    ['short-term changes in crime figures should be read with caution', 'Helena Varro', 'said'],
    ['violent crime had fallen by half', 'Curtis Halvorsen', 'said'],
  ]],
  ['wildlife', [
    ['It is a remarkable recovery, We counted more than forty adults in a single night. That tells us the ponds are doing exactly what we hoped.', 'Imogen Castell', 'said'],
    ['he supported the project but worried about flooding on his fields', 'Gareth Penhallow', 'wrote'],
    ['a single good year could be misleading', 'Alun Bright', 'warned'],
  ]],
  ['merger', [
    ['the combined company would save about 300 million dollars a year by 2028', 'Brightwell', 'said'],
    ['the two firms shared "a deep commitment to quality."', 'Henri Delacourt', 'said'],
    ['no factories would close in the first two years', 'Henri Delacourt', 'told'],
    ['they would seek urgent talks', 'Unions representing workers at both companies', 'said'],
  ]],
  ['foreign', [
    ['We have come here to listen, not to lecture', 'Andrej Kovalik', 'told'],
    ['the talks had been « frank and useful »', 'Milena Dragović', 'said'],
    ['the two countries would set up a joint commission on the border', 'Milena Dragović', 'added'],
    ['Our territory is not for sale', 'Jana Stelmach', 'said'],
    ['the president had « given away too much before the talks even began »', 'Tomas Veigl', 'said'],
  ]],
];

describe('fix58: invented articles', () => {
  testKeySentences('fix-58', KEY);
  test('no label of the fact-check speaks', () => {
    const speakers = rowsOf(fixtureText('fix-58', 'factcheck'), EVERY).map((r) => r[1]);
    expect(speakers).not.toContain('Fact check');
    expect(speakers).not.toContain('Our ruling');
  });
});
