/**
 * Helper fix50: reported-speech shapes on invented text. After a reported
 * question, a comma, "but" or "and" and a past verb with no subject are the
 * asker's next act, not part of the question. A participle of saying right
 * after the sentence's subject, with no comma, leaves the sentence's own verb
 * outside what was said. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { rowsOf as rows } from './support/fix-rows.js';

describe('fix50: the asker\'s next act after a reported question', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['Rita Okafor asked the minister whether the plant would close, but got no answer.', [['whether the plant would close', 'Rita Okafor', 'asked']]],
    ['Tomas Vell asked how much the tunnel would cost, and then left the hall.', [['how much the tunnel would cost', 'Tomas Vell', 'asked']]],
    ['Ines Marlow asked if the school would reopen, but received no reply.', [['if the school would reopen', 'Ines Marlow', 'asked']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  test('a statement keeps its coordinated verb, as annotated news does', () => {
    expect(rows('Rita Okafor said she was unsure about the plan, but planned to vote for it.')).toEqual([
      ['she was unsure about the plan, but planned to vote for it', 'Rita Okafor', 'said'],
    ]);
  });
  test('a question with a clause of its own after the comma keeps it', () => {
    expect(rows('Tomas Vell asked whether the plant would close, and whether the jobs would move.')).toEqual([
      ['whether the plant would close, and whether the jobs would move', 'Tomas Vell', 'asked'],
    ]);
  });
});

describe('fix50: a participle of saying inside the subject, with no comma', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ['The mayor saying that the budget was fine walked out.', [['the budget was fine', 'The mayor', 'saying']]],
    ['A spokesman saying the talks had failed declined to give details.', [['the talks had failed', 'A spokesman', 'saying']]],
    ['The man claiming the election was stolen was arrested on Monday.', [['the election was stolen', 'The man', 'claiming']]],
    ['Anyone saying the vote was rigged is lying.', [['the vote was rigged', 'Anyone', 'saying']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  test('with commas the aside rule still ends the content', () => {
    expect(rows('The mayor, saying that the budget was fine, walked out.')).toEqual([['the budget was fine', 'The mayor', 'saying']]);
  });
  test('a participle after the sentence\'s verb is left alone', () => {
    expect(rows('Ada Brenn left the hall saying the vote was rigged.')).toEqual([['the vote was rigged', 'Ada Brenn', 'saying']]);
  });
});

describe('fix50: a subject modified by a participle and a gerund speaks whole', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    [
      'A former bank clerk accused of stealing $2 million from elderly customers told jurors on Tuesday that she had never touched their accounts.',
      [['she had never touched their accounts', 'A former bank clerk accused of stealing $2 million from elderly customers', 'told']],
    ],
    ['A teacher charged with assaulting a pupil said he was innocent.', [['he was innocent', 'A teacher charged with assaulting a pupil', 'said']]],
    ['A man accused of stealing cars from dealers told police that he was framed.', [['he was framed', 'A man accused of stealing cars from dealers', 'told']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  test('a name after the gerund is still the one who speaks when it opens a clause', () => {
    expect(rows('After stealing the show, Nell Arden said the night was perfect.')).toEqual([['the night was perfect', 'Nell Arden', 'said']]);
  });
});

describe('fix50: a negation of an earlier clause does not negate the cue', () => {
  const negated = (text: string): [string, string | null, boolean | null][] =>
    extract(text, {}).quotes.map((q) => [q.text, q.cue?.span.text ?? null, q.cue?.negated ?? null]);
  test.each([
    ['Ivo Pell pleaded not guilty and his lawyer said he would fight the charges.', [['he would fight the charges', 'said', false]]],
    ['The senator did not run again but said she would stay active.', [['she would stay active', 'said', false]]],
    ['Ada Brenn said the firm never paid the fee and said it would sue.', [['the firm never paid the fee', 'said', false], ['it would sue', 'said', false]]],
  ] as [string, [string, string, boolean][]][])('%s', (text, expected) => {
    expect(negated(text)).toEqual(expected);
  });
  test.each([
    ['The mayor did not confirm or deny that the plant would close.', [['the plant would close', 'deny', true]]],
    ['Lee did not say the plant would close.', [['the plant would close', 'did not say', true]]],
    ["Lee doesn\u2019t say the plant will close.", [['the plant will close', 'doesn\u2019t say', true]]],
  ] as [string, [string, string, boolean][]][])('still negated: %s', (text, expected) => {
    expect(negated(text)).toEqual(expected);
  });
});

describe('fix50: a coordinated passive participle goes on the content', () => {
  test.each([
    ['Police said the man, 41, was arrested at his home and charged with arson.', [['the man, 41, was arrested at his home and charged with arson', 'Police', 'said']]],
    ['Police said a driver was stopped on the bridge and fined for speeding.', [['a driver was stopped on the bridge and fined for speeding', 'Police', 'said']]],
  ] as [string, [string, string, string][]][])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  test('a cue with a clause after "and" is still a report of its own', () => {
    expect(rows('Nell Arden said the plan was approved and added that it would cost less.')).toEqual([
      ['the plan was approved', 'Nell Arden', 'said'],
      ['it would cost less', 'Nell Arden', 'added'],
    ]);
  });
});

describe('fix50: negatives', () => {
  test.each([
    ['Workers leaving the plant waved to the crowd.'],
    ['The man walking his dog was fine.'],
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('fix50: a past form the tagger read as a noun opens the clause', () => {
  test.each([
    ['Leon Baptiste insisted his side deserved a point.', [['his side deserved a point', 'Leon Baptiste', 'insisted']]],
    ['Ada Brenn said her team deserved a better result.', [['her team deserved a better result', 'Ada Brenn', 'said']]],
  ] as [string, [string, string, string][]][])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

/** Key sentences of four invented articles (court, sport, business, local government), in short excerpts. */
describe('fix50: invented articles', () => {
  const ARTICLES: [string, string, [string, string | null, string | null][]][] = [
    [
      'court',
      'A former bank manager accused of stealing $2 million from elderly customers told jurors on Tuesday that she had never touched their accounts.\n\nMarion Teller, 52, is on trial at Redfield Crown Court on six counts of fraud. Prosecutor Daniel Hobb told jurors the transfers were "careful, deliberate and repeated."\n\nUnder cross-examination, Teller admitted that she had signed the forms but said she had not read them.\n\nA forensic accountant, Priya Landor, testified that the company had no employees and no office.',
      [
        ["she had never touched their accounts","A former bank manager accused of stealing $2 million from elderly customers","told"],
        ["the transfers were \"careful, deliberate and repeated.\"","Daniel Hobb","told"],
        ["she had signed the forms","Marion Teller","admitted"],
        ["she had not read them","Marion Teller","said"],
        ["the company had no employees and no office","Priya Landor","testified"],
      ],
    ],
    [
      'sport',
      'Harbor City coach Leon Baptiste insisted his side deserved a point.\n\n"We were the better team for 80 minutes," Baptiste said.\n\nNorthgate manager Sofia Brandt admitted her team had been poor in the first half. Captain Joel Marr conceded that Harbor City had let their lead slip.\n\nBaptiste, whose team sits fourth, said the result would not change his plans.',
      [
        ["his side deserved a point","Leon Baptiste","insisted"],
        ["We were the better team for 80 minutes,","Leon Baptiste","said"],
        ["her team had been poor in the first half","Sofia Brandt","admitted"],
        ["Harbor City had let their lead slip","Joel Marr","conceded"],
        ["the result would not change his plans","Leon Baptiste","said"],
      ],
    ],
    [
      'business',
      'The company said in a filing that it now expects earnings of $1.10 to $1.20 a share.\n\nAnalysts said the cut was larger than expected. "This is a reset year," said Martin Ogle, an analyst at Fenwick Securities.\n\nThe company expects the closures to save $60 million a year by 2028, according to the filing.\n\nChief financial officer Raj Menon warned that the first half of next year would remain difficult but said margins should recover by the autumn.',
      [
        ["it now expects earnings of $1.10 to $1.20 a share","The company","said"],
        ["the cut was larger than expected","Analysts","said"],
        ["This is a reset year,","Martin Ogle","said"],
        ["The company expects the closures to save $60 million a year by 2028","the filing","according to"],
        ["the first half of next year would remain difficult","Raj Menon","warned"],
        ["margins should recover by the autumn","Raj Menon","said"],
      ],
    ],
    [
      'council',
      'In a press release issued after the vote, the city said the change would "make downtown safer."\n\nCouncilmember Dev Patel, who voted against the plan, said businesses on Elm Street had not been consulted.\n\nPatel later wrote on Twitter: "Tonight the council chose a ribbon-cutting over the small businesses."\n\nFeld\'s office said in a tweet that a public meeting on the design would be held on March 3.',
      [
        ["the change would \"make downtown safer.\"","the city","said"],
        ["businesses on Elm Street had not been consulted","Dev Patel","said"],
        ["Tonight the council chose a ribbon-cutting over the small businesses.","Dev Patel","later wrote"],
        ["a public meeting on the design would be held on March 3","Feld's office","said"],
      ],
    ],
  ];
  test.each(ARTICLES)('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
