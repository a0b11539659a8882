/**
 * Helper fix61: five invented news articles in conventions the earlier
 * probes (fix51 to fix60) left out (an immigration tribunal's ruling with a
 * lawyer and an appellant speaking through an interpreter, an energy price
 * cap with a regulator, a consumer group, an industry chief and a pensioner,
 * a sprinter's doping charge with the agency, a coach and unnamed sources, a
 * museum returning a painting with a curator, an heir and an old letter, and
 * a school board's public comment session and vote), kept as fixtures in
 * test/fixtures/fix-61/, with the right output of their key sentences; and
 * the general fixes the probe led to:
 * - a name ending in "Forum" is an organisation: a "he" after it stands for
 *   the person the body was named beside, and a title word opening the name
 *   ("Energy") stays in it;
 * - a quoted fragment in a "that" clause joined by "and" to an earlier one
 *   answers as that earlier "that" does (no unattributed quote after a verb
 *   of finding);
 * - "states" read as a noun between a singular subject and "that" is a verb,
 *   and such a subject may hold a possessive ("The league's charge sheet");
 * - a verb in -s read as a noun after a singular subject opened by a
 *   determiner ("The lawsuit claims that ...") takes that subject as speaker.
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix61: a name ending in "Forum" is an organisation', () => {
  test.each([
    ['Tom Quill, head of the trade body Harbour Providers Forum, said several firms were struggling. "The cap has not protected competition," he told a conference.', [
      ['several firms were struggling', 'Tom Quill', 'said'],
      ['The cap has not protected competition,', 'Tom Quill', 'told'],
    ]],
    ['The trade body Energy Providers Forum said several firms were struggling.', [['several firms were struggling', 'Energy Providers Forum', 'said']]],
    ['The Harbour Growers Forum said the harvest was late. It added that prices would rise.', [
      ['the harvest was late', 'Harbour Growers Forum', 'said'],
      ['prices would rise', 'Harbour Growers Forum', 'added'],
    ]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix61: a quoted fragment in a "that" clause joined by "and"', () => {
  const text = 'The panel found that the fee had been "a fraction of its worth" and that the seller had been under "severe pressure."';
  test('after a verb of finding gives nothing by default', () => {
    expect(rowsOf(text)).toEqual([]);
  });
  test('is part of the finding with every category', () => {
    expect(rowsOf(text, EVERY)).toEqual([
      ['the fee had been "a fraction of its worth" and that the seller had been under "severe pressure."', 'The panel', 'found'],
    ]);
  });
  test('after a verb of saying stays one reported clause', () => {
    both('Ada Moss said the fee had been "a fraction of its worth" and that the seller had been under "severe pressure."', [
      ['the fee had been "a fraction of its worth" and that the seller had been under "severe pressure."', 'Ada Moss', 'said'],
    ]);
  });
});

describe('fix61: verbs in -s read as nouns after a singular subject', () => {
  test.each([
    ['The permit states that the pier must close at dusk.', [['the pier must close at dusk', 'The permit', 'states']]],
    ["The league's charge sheet states that the sample was taken in May.", [['the sample was taken in May', "The league's charge sheet", 'states']]],
    ['The lawsuit claims that the board ignored the parents.', [['the board ignored the parents', 'The lawsuit', 'claims']]],
    ['The ruling notes that the appellant had been consistent throughout.', [['the appellant had been consistent throughout', 'The ruling', 'notes']]],
    // a plural noun with a relative clause is no verb
    ['Several states that border the lake will vote on the plan.', []],
  ] as [string, Row[]][])('%s', both);
});

const KEY: [string, Row[]][] = [
  ['asylum', [
    ['The appellant gave a consistent and detailed account of his detention, and the respondent did not engage with any of it, A decision-maker who reads evidence and then sets it aside without reasons has not made a lawful decision.', 'Miriam Hallworth', 'wrote'],
    ['I cried when the lawyer told me, I have been afraid every morning for two years. Today I can breathe.', 'Teodor Vasilakis', 'said'],
    ['This is not an isolated mistake, We have seen the same paragraph copied into dozens of refusal letters.', 'Priyanka Olufemi', 'told'],
    ['it was "disappointed" by the judgment and was considering an appeal', 'The ministry', 'said'],
    ['her client had been "treated like a number rather than a person."', 'Priyanka Olufemi', 'added'],
    ['That the law can be kind,', 'Teodor Vasilakis', 'said'],
  ]],
  ['energy', [
    ['We know this is unwelcome news, But a cap that sits below the real cost of supply simply pushes suppliers out of the market, and customers pay for that in the end.', 'Clement Ashdown', 'said'],
    ['several small firms were "one cold week away from collapse."', 'Barnaby Quist', 'said'],
    ['The cap has protected customers in the short term, but it has not protected competition,', 'Barnaby Quist', 'told'],
    ['ministers to restore the winter support scheme', 'Rosalind Achebe', 'urged'],
    ['I put a jumper on and I go to bed early, My husband worked in the shipyard for forty years. I never thought I would be counting the pennies like this.', 'Winifred Oakes', 'said'],
  ]],
  ['doping', [
    ['the sample contained "a quantity of the prohibited substance inconsistent with accidental exposure."', 'National Anti-Doping Agency', 'said'],
    ['I have never cheated and I never will, I do not know how this got into my body, but I will prove that I am clean.', 'Dario Fenwick', 'said'],
    ['Every athlete is responsible for what is in their sample, That principle is the foundation of clean sport.', 'Helena Strand', 'said'],
    ["Fenwick's lawyers would argue that the sample had been contaminated by a supplement bought from a pharmacy in Lisbon", 'Sources close to the team', 'said'],
    ['the athlete had kept the packaging', 'One team member', 'said'],
    ['Young athletes are watching, They need to know that the rules apply to everyone.', 'Simone Adeyemi', 'wrote'],
  ]],
  ['museum', [
    ['We have concluded that the sale was not a fair one, and that the right thing to do is to return the work, Provenance research is slow, but it matters.', 'Annelise Marchbank', 'said'],
    ['My grandfather wrote about this painting in every letter he sent from London, He never saw it again. My mother never saw it. I am so glad my daughter will.', 'Jonathan Weisz', 'said'],
    ['the museum had bought the work in good faith', 'Gideon Pryce', 'argued'],
    ['it is open to the idea', 'The family', 'has said'],
  ]],
  ['schoolboard', [
    ['You are taking away the heart of this village, Where will our children go? On a bus for forty minutes each way?', 'Carys Whitlock', 'said'],
    ['I taught at Elmbrook for twenty-two years, Small schools are not a luxury. They are where children who struggle get noticed.', 'Desmond Alloway', 'said'],
    ['This meeting is theatre,', 'Rahul Mendez', 'said'],
    ['I understand the anger, but the money has to come from somewhere,', 'Joanna Pike', 'said'],
    ['Everyone will be heard tonight, But I will not allow anyone to be shouted down.', 'Elaine Tuckwell', 'said'],
    ['Nobody on this board wanted to be in this position, But keeping the school open would mean cuts at every other school in the district.', 'Victor Ramsbottom', 'said'],
    ['We owed these parents more time,', 'Patricia Osei', 'said'],
  ]],
];

describe('fix61: invented articles', () => {
  testKeySentences('fix-61', KEY);
  test('the museum story gives no quote without speaker and cue by default', () => {
    expect(rowsOf(fixtureText('fix-61', 'museum')).filter((r) => r[1] === null && r[2] === null)).toEqual([]);
  });
});
