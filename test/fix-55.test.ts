/**
 * Helper fix55: five invented news articles in conventions the earlier
 * probes (fix51 to fix54) left out (a city-council budget meeting, a company
 * earnings story, a human-interest profile, a public-health briefing, an
 * opinion-heavy political analysis), kept as fixtures in
 * test/fixtures/fix-55/, with the right output of their key sentences; and
 * the general fixes the probe led to:
 * - a listener before an infinitive may open with an adjective and take a
 *   phrase that narrows it down ("urged people over 65 to ...");
 * - a title such as "City Manager" ends an affiliation before a name;
 * - a conjunction that opens a report of its own ends the content before an
 *   attribution ("..., critics say, while supporters argue ...");
 * - a speaker after the cue keeps an adjective or participle with its
 *   preposition ("said a person familiar with the matter", "said two people
 *   briefed on the talks").
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';

const article = (name: string): string => fixtureText('fix-55', name);

describe('fix55: a listener before an infinitive', () => {
  test.each([
    ['The agency on Monday urged people over 65 to get a shot.', [['people over 65 to get a shot', 'The agency', 'urged']]],
    ['The board urged older tenants to apply early.', [['older tenants to apply early', 'The board', 'urged']]],
    ['Officials advised people with symptoms to stay home.', [['people with symptoms to stay home', 'Officials', 'advised']]],
    ['Ada Moss urged residents of the valley to leave.', [['residents of the valley to leave', 'Ada Moss', 'urged']]],
    ['The clinic urged everyone over 70 to book a visit.', [['everyone over 70 to book a visit', 'The clinic', 'urged']]],
    // a time is no part of the listener, and a person's pronoun takes no phrase
    ['Ada Moss urged lawmakers on Tuesday to act.', []],
    ['Ada Moss urged him with a smile to sit down.', []],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix55: a title that ends an affiliation before a name', () => {
  test.each([
    ['City Manager Nora Quill said the pool would reopen.', 'Nora Quill'],
    ['County Executive Ada Moss said the pool would reopen.', 'Ada Moss'],
    ['Town Clerk Tom Vale said the pool would reopen.', 'Tom Vale'],
  ])('%s', (text, name) => {
    expect(rowsOf(text)).toEqual([['the pool would reopen', name, 'said']]);
  });
});

describe('fix55: a conjunction that opens a report of its own', () => {
  test.each([
    ['The levy will hurt renters, critics say, while supporters argue it is overdue.', [['The levy will hurt renters', 'critics', 'say'], ['it is overdue', 'supporters', 'argue']]],
    ['The bridge is safe, Ada Moss said, but engineers insist it needs work.', [['The bridge is safe', 'Ada Moss', 'said'], ['it needs work', 'engineers', 'insist']]],
    // a clause of the same report goes on as before
    ['The bridge is safe, Ada Moss said, and the repairs are done.', [['The bridge is safe and the repairs are done', 'Ada Moss', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix55: a speaker after the cue described by a phrase', () => {
  test.each([
    ['The merger is close, said a person familiar with the matter.', [['The merger is close', 'a person familiar with the matter', 'said']]],
    ['The merger is close, said people close to the company.', [['The merger is close', 'people close to the company', 'said']]],
    ['The merger is close, said two people briefed on the talks.', [['The merger is close', 'two people briefed on the talks', 'said']]],
    ['The merger is close, said an official briefed on the plans, who asked not to be named.', [['The merger is close', 'an official briefed on the plans', 'said']]],
    // a clause after the cue is still what it reports
    ['Ada Moss, a lawyer, said officials agreed on a plan.', [['officials agreed on a plan', 'Ada Moss', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
  test('the mention runs over the phrase', () => {
    const q = extract('The merger is close, said a person familiar with the matter.').quotes[0]!;
    expect(q.speaker?.mention?.text).toBe('a person familiar with the matter');
  });
});

/** Key sentences of each article: rows that must be in its output. */
const KEY: [string, Row[]][] = [
  ['council', [
    ['the cuts would fall hardest on the east side', 'Teresa Okafor', 'countered'],
    ['the library system had lost a third of its visitors since 2019', 'Reggie Albright', 'shot back'],
    ['I am not going to vote on numbers I have never read,', 'Victor Haines', 'told'],
    ['staff would return in March with a plan to recruit volunteers for weekend library shifts', 'Dolores Kwan', 'said'],
    ['the city faced a deficit of nearly $9 million next year unless sales tax revenue recovered', 'Dolores Kwan', 'warned'],
    ['I expect to be heard.', 'Teresa Okafor', 'said'],
  ]],
  ['tech', [
    ['Deals are still closing, they are just closing more slowly, We have not lost a single major customer this year.', 'Priya Natarajan', 'said'],
    ['The story has changed from hypergrowth to hope,', 'Denise Albrecht', 'wrote'],
    ['Corvella has been in talks to acquire Brightline Analytics, a smaller rival, for about $2 billion', 'a person familiar with the matter', 'according to'],
    ['A deal could be announced as soon as next month', 'a person familiar with the matter', 'said'],
    ['Corvella spends too much on marketing and should consider selling itself', 'Harbor Peak', 'has argued'],
  ]],
  ['profile', [
    ['My father used to tell me that bread does not care how you feel, It needs you anyway. So you come. When he died I thought about selling. Everybody told me to sell. But I would stand here at night and smell the place and I could not do it.', 'Edna Vasquez-Hollis', 'said'],
    ['I did not understand until I had my own kids how hard it was, She never once complained. Not once.', 'Rosalind Hollis', 'said'],
    ['she has turned down four offers for the building', 'Edna Vasquez-Hollis', 'says'],
    ['The most recent came from a developer who promised to keep her name on the sign', 'Edna Vasquez-Hollis', 'recalls'],
    ['he could not imagine the street without it', 'Tomas Brezny', 'said'],
  ]],
  ['health', [
    ['people over 65 to get a booster shot before the winter holidays', 'Territorial Health Agency', 'urged'],
    ['We are seeing hospital admissions climb in every region, This is the time to act, not after the holidays.', 'Naomi Treadwell', 'told'],
    ['the study was small and had not tracked patients for long', 'The researchers', 'cautioned'],
    ['uptake has been low', 'Experts', 'warn'],
    ['people with symptoms to stay home and wear masks in crowded places', 'Health officials', 'also advised'],
    ['Hospitals in three counties have reintroduced visitor restrictions', 'a spokesman for the regional hospital association', 'said'],
  ]],
  ['politics', [
    ['the governor has squandered his majority on a fight over school vouchers that few voters asked for', 'Critics', 'say'],
    ['the numbers will recover once the voucher program begins', 'Supporters', 'argue'],
    ['polls were "a snapshot, not a verdict."', 'Walter Brandt', 'told'],
    ['several colleagues had asked the governor\'s office to soften its message on vouchers', 'One veteran lawmaker', 'said'],
    ['The governor has given us an opening, Whether we walk through it is up to us.', 'Rosa Vukovich', 'said'],
  ]],
];

describe('fix55: invented articles', () => {
  testKeySentences('fix-55', KEY);
  test('no rhetorical question of the analysis is a quotation, and no title is part of the manager\'s name', () => {
    const contents = rowsOf(article('politics')).map((r) => r[0]);
    expect(contents.some((c) => c.includes('survive another year') || c.includes('Is that realistic'))).toBe(false);
    expect(rowsOf(article('council')).some((r) => r[1] === 'City Manager Dolores Kwan')).toBe(false);
  });
});
