/**
 * Attribution beyond speech (issue 15): the opt-in categories thought,
 * evidence and stance, with the exact parts, speaker, cue, category and rule
 * expected; the sources-less shapes (`seems to`, `is expected to`, `it appears
 * that`); and the guarantee that default options report none of it.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { createExtractor } from '../src/index.js';
import { ALL, row, rows, type Row } from './support/category-rows.js';

const cases: [string, string, Row[]][] = [
  // thought: a clause, a that-clause, an infinitive, a noun phrase
  ['believes + clause', 'Senator Ada Voss believes the bill will fail in the Senate next spring.', [row(['the bill will fail in the Senate next spring'], 'Ada Voss', 'believes', 'thought', 'reported/cue-clause')]],
  ['an eight-word clause', 'Most voters believe that the economy is getting worse in the northern counties.', [row(['the economy is getting worse in the northern counties'], 'Most voters', 'believe', 'thought', 'reported/cue-that')]],
  ['thinks that', 'The coach thinks that the team can still win the title this season.', [row(['the team can still win the title this season'], 'The coach', 'thinks', 'thought', 'reported/cue-that')]],
  ['wants to', 'The governor wants to raise the gas tax by ten cents next year.', [row(['to raise the gas tax by ten cents next year'], 'The governor', 'wants', 'thought', 'reported/cue-infinitive')]],
  ['hopes to', 'Mayor Lena Brandt hopes to reopen the library on Elm Street by May.', [row(['to reopen the library on Elm Street by May'], 'Lena Brandt', 'hopes', 'thought', 'reported/cue-infinitive')]],
  ['fear + object, tagged as a noun', 'Officials fear a second wave of layoffs at the plant.', [row(['a second wave of layoffs at the plant'], 'Officials', 'fear', 'thought', 'reported/cue-object')]],
  // thought without a source: the whole clause is the content
  ['seems to', 'The merger seems to have stalled after the vote in the board.', [row(['The merger', 'to have stalled after the vote in the board'], null, 'seems', 'thought', 'reported/impersonal')]],
  ['appeared + adjective', 'Turnout appeared higher than in 2012 in most of the river towns.', [row(['Turnout', 'higher than in 2012 in most of the river towns'], null, 'appeared', 'thought', 'reported/impersonal')]],
  ['is expected to', 'The sale is expected to close in May.', [row(['The sale', 'to close in May'], null, 'is expected', 'thought', 'reported/impersonal')]],
  ['it appears that', 'It appears that the talks with the union have failed for the third time.', [row(['the talks with the union have failed for the third time'], null, 'appears', 'thought', 'reported/impersonal')]],
  ['it is believed that', 'It is believed that the ship sank off the coast in 1912.', [row(['the ship sank off the coast in 1912'], null, 'is believed', 'thought', 'reported/impersonal')]],
  ['fronted clause before the subject', 'In the last week, the campaign seemed to lose its footing in the rural counties.', [row(['the campaign', 'to lose its footing in the rural counties'], null, 'seemed', 'thought', 'reported/impersonal')]],
  // evidence, also without a person
  ['a study found that', 'A new study found that coffee drinkers live longer than others.', [row(['coffee drinkers live longer than others'], 'A new study', 'found', 'evidence', 'reported/cue-that')]],
  ['polls show + participle', 'Polls show the mayor trailing by six points.', [row(['the mayor trailing by six points'], 'Polls', 'show', 'evidence', 'reported/evidence-small-clause')]],
  ['records show that', 'Court records show that the firm paid no tax in 2019.', [row(['the firm paid no tax in 2019'], 'Court records', 'show', 'evidence', 'reported/cue-that')]],
  ['records show + bare clause', 'County records show the mayor has not voted since 2010.', [row(['the mayor has not voted since 2010'], 'County records', 'show', 'evidence', 'reported/evidence-clause')]],
  ['clause, records show', 'The mayor has not voted since 2010, county records show.', [row(['The mayor has not voted since 2010'], 'county records', 'show', 'evidence', 'reported/content-speaker-cue')]],
  ['a poll showed + participle', 'A new Gazette poll showed Ms. Varga losing ground after the debate.', [row(['Ms. Varga losing ground after the debate'], 'A new Gazette poll', 'showed', 'evidence', 'reported/evidence-small-clause')]],
  ['a poll showed + with', 'The new Gazette poll showed Ms. Varga with a healthy lead over Mr. Tobin.', [row(['Ms. Varga with a healthy lead over Mr. Tobin'], 'The new Gazette poll', 'showed', 'evidence', 'reported/evidence-small-clause')]],
  ['surveys show + ahead', 'Two county surveys show Mr. Tobin ahead in the river towns by four points.', [row(['Mr. Tobin ahead in the river towns by four points'], 'Two county surveys', 'show', 'evidence', 'reported/evidence-small-clause')]],
  ['a survey found + participle', 'A May survey found Ms. Varga leading Mr. Tobin by seven points.', [row(['Ms. Varga leading Mr. Tobin by seven points'], 'A May survey', 'found', 'evidence', 'reported/evidence-small-clause')]],
  ['sees X as Y', 'Most voters in the county see the levy as a tax on renters and young families.', [row(['the levy as a tax on renters and young families'], 'Most voters in the county', 'see', 'thought', 'reported/cue-as')]],
  ['a short judgement', 'Voters see the levy as a tax on renters.', [row(['the levy as a tax on renters'], 'Voters', 'see', 'thought', 'reported/cue-as')]],
  ['are beginning to see X as Y', 'Voters are beginning to see the levy as a tax on renters and young families.', [row(['the levy as a tax on renters and young families'], 'Voters', 'are beginning to see', 'thought', 'reported/cue-as')]],
  ['a finding in a fronted poll', 'In a Gazette poll released Monday, 52 percent of voters backed the levy.', [row(['52 percent of voters backed the levy'], 'a Gazette poll released Monday', 'In', 'evidence', 'reported/poll-source')]],
  ['a fronted poll with "most recent" and two pollsters', 'In the most recent Ledger/Mercer survey, 71 percent of renters approved of the new levy on boats.', [row(['71 percent of renters approved of the new levy on boats'], 'the most recent Ledger/Mercer survey', 'In', 'evidence', 'reported/poll-source')]],
  // nominal forms
  ["a belief that", "Ms. Ortiz's belief that the city will recover by the end of the spring is shared by many.", [row(['the city will recover by the end of the spring'], 'Ortiz', 'belief', 'thought', 'reported/noun-cue')]],
  ['a doubt that', "Ms. Varga's doubt that the new bridge will open before the end of the year was plain to see.", [row(['the new bridge will open before the end of the year'], 'Varga', 'doubt', 'thought', 'reported/noun-cue')]],
  ['the finding that', 'The finding that the wells near the farm had run dry was in the report.', [row(['the wells near the farm had run dry'], null, 'finding', 'evidence', 'reported/noun-cue')]],
  // thought: "plans to" tagged as a noun, the object of a wish
  ['plans to after a noun', 'The Republican candidate plans to be back in Ohio later on Saturday night.', [row(['to be back in Ohio later on Saturday night'], 'The Republican candidate', 'plans', 'thought', 'reported/cue-infinitive')]],
  ['want + object', 'Most voters in the river towns want a new bridge across the Tolka and a second ferry.', [row(['a new bridge across the Tolka and a second ferry'], 'Most voters in the river towns', 'want', 'thought', 'reported/cue-object')]],
  ['wants X to', 'Most voters in the county want the council to cut the sales tax by a cent.', [row(['the council to cut the sales tax by a cent'], 'Most voters in the county', 'want', 'thought', 'reported/cue-infinitive')]],
  // stance: a noun phrase or an infinitive
  ['opposed', 'The union opposed the plan to rebuild the old pier.', [row(['the plan to rebuild the old pier'], 'The union', 'opposed', 'stance', 'reported/cue-object')]],
  ['endorsed', 'Governor Paul Ruiz endorsed Ms. Okafor for the Senate seat.', [row(['Ms. Okafor for the Senate seat'], 'Paul Ruiz', 'endorsed', 'stance', 'reported/cue-object')]],
  ['a name endorsed a name', 'Governor Ann Petrov endorsed Mayor Lia Varga on Monday.', [row(['Mayor Lia Varga'], 'Ann Petrov', 'endorsed', 'stance', 'reported/cue-object')]],
  // a pronoun's endorsement of a name (reported/stance-name) and a count's stance (reported/count-subject): see beyond-speech.test.ts
  ['a pronoun endorsed a name', 'He endorsed Mayor Lia Varga on Monday.', [row(['Mayor Lia Varga'], 'He', 'endorsed', 'stance', 'reported/stance-name')]],
  // a stance verb after a fronted phrase: the count before it is the source, not the phrase its content
  ['a count backed an object', 'Over the objections of the council, 52 percent of voters backed the levy.', [row(['the levy'], '52 percent of voters', 'backed', 'stance', 'reported/count-subject')]],
  ['ordered + object', 'A county judge ordered the release of all the footage of the fire at the mill.', [row(['the release of all the footage of the fire at the mill'], 'A county judge', 'ordered', 'stance', 'reported/cue-object')]],
  ['refused to', 'The board refused to release the report on the fire.', [row(['to release the report on the fire'], 'The board', 'refused', 'stance', 'reported/cue-infinitive')]],
  ['a short refusal', 'Mr. Oduya declined to comment.', [row(['to comment'], 'Oduya', 'declined', 'stance', 'reported/cue-infinitive')]],
];

describe('opt-in categories: exact parts, speaker, cue, category and rule', () => {
  test.each(cases)('%s', (_label, text, expected) => {
    expect(rows(extract(text, ALL))).toEqual(expected);
  });

  test.each(cases)('%s: nothing with default options', (_label, text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});

describe('opt-in categories: senses that are no attribution', () => {
  test.each([
    ['find + object', 'She found the keys under the mat.'],
    ['shows as a noun', 'The late-night shows drew big crowds.'],
    ['plans as a noun', 'Their plans for the park were drawn up in 2019.'],
    ['seem with no clause', 'It seems.'],
    ['support as a noun', 'The support for the park was strong.'],
    // under six words of a noun phrase or infinitive, or four of a clause: annotators rarely count these
    ['short object', 'The union supported the plan.'],
    ['a thought under eight words', 'The merger seems to have stalled.'],
    ['a four-word object', 'The union supported the new plan.'],
    ['evidence that', 'The evidence that the wells near the farm had run dry was in the report.'],
    ['feel', 'Ms. Varga feels the plan to rebuild the old pier will fail next year.'],
    ['figure', 'Ms. Varga figures the plan to rebuild the old pier will fail next year.'],
    ['aim', 'The council aims to rebuild the old pier before the summer season starts.'],
    ['prove', 'The audit proved the plan to rebuild the old pier would cost far too much.'],
    ['decide + bare clause', "The mayor's aides decided the plan to rebuild the old pier would fail next year."],
    ['a thought as a question', 'The council has not decided whether the levy will go on the ballot.'],
    // (a first-person opinion with its clause, 'I think the plan ... will fail', is reported since opt59: test/optin59.test.ts)
    ['we hope', 'We hope that the new bridge will open by the spring.'],
    // a person finds no evidence; a show that is no finding; a noun phrase "plans to"
    ['a person found ways', 'Mr. Tobin found ways to press his agenda in the Senate.'],
    ['showed up', 'The whole cast showed up late for the final rehearsal.'],
    ['Republican plans to', 'Republican plans to cut taxes for the rich would fail.'],
    ['a generic you', 'You know that the city has been broke for a decade.'],
    ['see with no "as"', 'We saw the new mayor at the harbor on Monday.'],
    ['a poll after the clause', 'The mayor leads the race by six points in the latest survey.'],
  ])('%s', (_label, text) => {
    expect(extract(text, ALL).quotes).toEqual([]);
  });
});

describe('opt-in categories: options', () => {
  test('each category is reported only when listed', () => {
    const text =
      'Senator Ada Voss believes the bill will fail in the Senate next spring. Polls show the mayor trailing by six points. The union opposed the plan to rebuild the old pier.';
    const cats = (categories: readonly ('speech' | 'thought' | 'evidence' | 'stance')[]): string[] =>
      createExtractor({ categories }).extract(text).quotes.map((q) => q.cue?.category ?? '');
    expect(cats(['speech'])).toEqual([]);
    expect(cats(['thought'])).toEqual(['thought']);
    expect(cats(['evidence'])).toEqual(['evidence']);
    expect(cats(['stance'])).toEqual(['stance']);
    expect(cats(['thought', 'evidence', 'stance'])).toEqual(['thought', 'evidence', 'stance']);
  });

  test('minConfidence drops the noun-phrase and sourceless shapes before clauses', () => {
    const text =
      'Senator Ada Voss believes the bill will fail in the Senate next spring. The sale is expected to close in May and June. The union opposed the plan to rebuild the old pier.';
    const kept = createExtractor({ ...ALL, minConfidence: 0.6 }).extract(text).quotes.map((q) => q.rule);
    expect(kept).toEqual(['reported/cue-clause']);
  });

  test('nouns of saying follow the speech category like verbs', () => {
    const text = 'Mr. Sato repeated the claim that the vote in the county was rigged last fall.';
    expect(createExtractor({ categories: ['speech'] }).extract(text).quotes.map((q) => q.rule)).toEqual(['reported/cue-that']);
    expect(createExtractor({ categories: ['thought'] }).extract('The claim that the vote in the county was rigged is false.').quotes).toEqual([]);
  });

  test('a stance verb that is also a custom speech cue stays speech', () => {
    const r = createExtractor({ addCues: [{ lemma: 'oppose', category: 'speech' }] }).extract('The union opposed the plan to rebuild the old pier.');
    expect(r.quotes.map((q) => q.cue?.category)).toEqual(['speech']);
  });
});
