/**
 * Variants of the invented examples of issues 11 (reported-speech shapes,
 * not-speech senses, boundaries) and 15 (opt-in thought, evidence and
 * stance), as a tester might write them: other names (women, two-word
 * surnames, titles), other verbs of the same family, other tenses and
 * auxiliaries, curly and straight marks, fronted time phrases, appositives,
 * passives and a pronoun in the next sentence. test/check50.test.ts pins the
 * issues' own examples; these pin that the shapes generalise. Also three
 * fixes found this way: a noun of saying whose clause's verb the tagger reads
 * as an adverb ("that the plant would close | shocked the town") or whose
 * sentence verb is a past form after the clause's object ("that it had
 * polluted the river | angered residents"); a titled surname the tagger reads
 * as a verb owns its noun of saying ("Mr. Grant's assertion"); and a "that"
 * before a word of time with no verb after it is a pronoun object, not a
 * clause ("He said that last year." reports nothing); and ", citing X" after
 * a cue and a phrase of place or time leaves that cue's quote whole ("..., the
 * governor said in a statement, citing rising costs": X is what is cited, by
 * the same speaker); and an "as X said"
 * aside resumes its clause after a phrase of time or place ("The deal, as
 * Ms. Diaz said on Monday, is dead").
 */
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';
import { extract, extractChecked } from './support/invariants.js';
import { checkRows, r, type CheckRow } from './support/check-rows.js';

const fixes: [string, string, CheckRow[]][] = [
  ['noun cue: the clause verb read as an adverb, then the sentence verb', 'The announcement that the plant would close shocked the town.', [
    r(['the plant would close'], null, null, 'announcement', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['noun cue: "warning that ... would close alarmed"', 'The warning that the mill would close alarmed workers.', [
    r(['the mill would close'], null, null, 'warning', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['noun cue: "would close" then a later sentence verb stays as before', 'The governor\'s announcement that the plant would close came on Friday.', [
    r(['the plant would close'], 'The governor', 'The governor\'s', 'announcement', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['noun cue: a past form after the clause\'s object is the sentence verb', 'The company\'s denial that it had polluted the river angered residents.', [
    r(['it had polluted the river'], 'The company', 'The company\'s', 'denial', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['noun cue: a titled surname read as a verb owns the noun', 'Mr. Grant\'s assertion that the deal was legal proved false.', [
    r(['the deal was legal'], 'Grant', 'Mr. Grant\'s', 'assertion', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['noun cue: a woman\'s titled two-word name owns the noun', 'Sen. Ruth Alvarez\'s claim that the vote was rigged drew criticism.', [
    r(['the vote was rigged'], 'Ruth Alvarez', 'Sen. Ruth Alvarez\'s', 'claim', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['"that" before a word of time and no verb: nothing', 'He said that last year.', []],
  ['"told me that yesterday": nothing', 'She told me that yesterday.', []],
  ['"said that before": nothing', 'Gov. Lopez has said that before.', []],
  ['a transcript line "You said that last year" adds no inner quote', 'MARIA LOPEZ: We will not raise taxes.\nTOM HALE: You said that last year.', [
    r(['We will not raise taxes'], 'MARIA LOPEZ', 'MARIA LOPEZ', ':', 'speech', 'reported/transcript', 'indirect'),
    r(['You said that last year'], 'TOM HALE', 'TOM HALE', ':', 'speech', 'reported/transcript', 'indirect'),
  ]],
  ['"said in a statement, citing": the trailing cue keeps its quote', 'The plan will fail, the governor said in a statement, citing rising costs.', [
    r(['The plan will fail'], 'the governor', 'the governor', 'said', 'speech', 'reported/content-speaker-cue', 'indirect'),
    r(['rising costs'], 'the governor', 'the governor', 'citing', 'source', 'reported/speech-object', 'indirect'),
  ]],
  ['"said on Monday, citing": a time phrase before the source phrase', 'Prices will rise next year, the bank said on Monday, citing a weak harvest.', [
    r(['Prices will rise next year'], 'the bank', 'the bank', 'said', 'speech', 'reported/content-speaker-cue', 'indirect'),
    r(['a weak harvest'], 'the bank', 'the bank', 'citing', 'source', 'reported/speech-object', 'indirect'),
  ]],
  ['"said Tuesday, citing"', 'The ferry line cut service, the company said Tuesday, citing low demand.', [
    r(['The ferry line cut service'], 'the company', 'the company', 'said', 'speech', 'reported/content-speaker-cue', 'indirect'),
    r(['low demand'], 'the company', 'the company', 'citing', 'source', 'reported/speech-object', 'indirect'),
  ]],
  ['"citing" after a clause with no cue still attributes to the subject: what is cited', 'The court blocked the law on Friday, citing a threat to safety.', [
    r(['a threat to safety'], 'The court', 'The court', 'citing', 'source', 'reported/speech-object', 'indirect'),
  ]],
  ['"as X said on Monday" between a subject and its verb', 'The deal, as Ms. Diaz said on Monday, is dead.', [
    r(['The deal', 'is dead'], 'Diaz', 'Ms. Diaz', 'said', 'speech', 'reported/content-as-speaker-cue', 'indirect'),
  ]],
  ['"as X put it on Monday"', 'The deal, as Ms. Diaz put it on Monday, was a bargain.', [
    r(['The deal', 'was a bargain'], 'Diaz', 'Ms. Diaz', 'put it', 'speech', 'reported/content-as-speaker-cue', 'indirect'),
  ]],
  ['"as the mayor noted last week"', 'The tax, as the mayor noted last week, is unpopular.', [
    r(['The tax', 'is unpopular'], 'the mayor', 'the mayor', 'noted', 'speech', 'reported/content-as-speaker-cue', 'indirect'),
  ]],
  ['"as X noted in a speech" at the end still reports the clause before it', 'Prices rose sharply, as the mayor noted in a speech.', [
    r(['Prices rose sharply'], 'the mayor', 'the mayor', 'noted', 'speech', 'reported/content-as-speaker-cue', 'indirect'),
  ]],
  ['"said that last year" with a clause after it still reports', 'He said that last year the plant lost money.', [
    r(['last year the plant lost money'], 'He', 'He', 'said', 'speech', 'reported/cue-that', 'indirect'),
  ]],
];

const defaults: [string, string, CheckRow[]][] = [
  // shapes: subject apart from its verb
  ['a time phrase between subject and verb', 'Gov. Maria Lopez on Monday announced that the ferry would run again.', [
    r(['the ferry would run again'], 'Maria Lopez', 'Gov. Maria Lopez', 'announced', 'speech', 'reported/cue-that', 'indirect'),
  ]],
  ['a commaed phrase between subject and verb', 'Sen. Tom Hargreaves, in a speech, said the tariffs would hurt farmers.', [
    r(['the tariffs would hurt farmers'], 'Tom Hargreaves', 'Sen. Tom Hargreaves', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['"famously argued"', 'Dr. Ellen Marsh famously argued that sleep was overrated.', [
    r(['sleep was overrated'], 'Ellen Marsh', 'Dr. Ellen Marsh', 'famously argued', 'speech', 'reported/cue-that', 'indirect'),
  ]],
  ['"one ... said" and "another said", curly marks', '“It is too late,” one farmer said. “We planted in April,” another said.', [
    r(['It is too late,'], 'one farmer', 'one farmer', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
    r(['We planted in April,'], 'another', 'another', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"One said" and "Another said" in reported speech', 'Two residents spoke at the meeting. One said the park was unsafe. Another said it was fine.', [
    r(['the park was unsafe'], 'One', 'One', 'said', 'speech', 'reported/cue-clause', 'indirect'),
    r(['it was fine'], 'Another', 'Another', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  // infinitives
  ['"has vowed not to"', 'Gov. Lopez has vowed not to raise taxes.', [
    r(['not to raise taxes'], 'Lopez', 'Gov. Lopez', 'has vowed', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['"would not promise to"', 'The mayor would not promise to keep the library open.', [
    r(['to keep the library open'], 'The mayor', 'The mayor', 'would not promise', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['"pledged on Monday to"', 'Sen. Hale pledged on Monday to donate his salary.', [
    r(['to donate his salary'], 'Hale', 'Sen. Hale', 'pledged', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['"claimed to have" after a title', 'Prof. Karen Whitfield claimed to have found the missing letters.', [
    r(['to have found the missing letters'], 'Karen Whitfield', 'Prof. Karen Whitfield', 'claimed', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['"urged her to" after a possessive subject', 'The governor\'s aides urged her to sign the bill.', [
    r(['her to sign the bill'], 'The governor\'s aides', 'The governor\'s aides', 'urged', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['"called on residents to"', 'The mayor called on residents to conserve water.', [
    r(['residents to conserve water'], 'The mayor', 'The mayor', 'called on', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['an appositive before "promised to"', 'The prime minister, a former banker, promised to balance the budget.', [
    r(['to balance the budget'], 'The prime minister', 'The prime minister, a former banker', 'promised', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['a pronoun in the next sentence before "promised to"', 'Sen. Hale met with farmers. He promised to fight the tariffs.', [
    r(['to fight the tariffs'], 'Hale', 'He', 'promised', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  // noun phrase content
  ['"would not confirm the report"', 'The White House would not confirm the report.', [
    r(['the report'], 'The White House', 'The White House', 'would not confirm', 'speech', 'reported/cue-object', 'indirect'),
  ]],
  ['"announced her bid" with a three-word name', 'Sen. Mary Ann Collins announced her bid for governor.', [
    r(['her bid for governor'], 'Mary Ann Collins', 'Sen. Mary Ann Collins', 'announced', 'speech', 'reported/cue-object', 'indirect'),
  ]],
  ['"denied the allegations" with a pronoun in the next sentence', 'Dr. Ellen Marsh reviewed the data. She denied the allegations.', [
    r(['the allegations'], 'Ellen Marsh', 'She', 'denied', 'speech', 'reported/cue-object', 'indirect'),
  ]],
  // called / described / dismissed as
  ['"called" after a direct quote, curly marks', '“We followed the law,” Sen. Alvarez said. He called the ruling “a gift to polluters.”', [
    r(['We followed the law,'], 'Alvarez', 'Sen. Alvarez', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
    r(['the ruling “a gift to polluters.”'], 'Alvarez', 'He', 'called', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['"dismissed ... as" with a quote', 'Gov. Ruth Okafor dismissed the criticism as “noise from the sidelines.”', [
    r(['the criticism as “noise from the sidelines.”'], 'Ruth Okafor', 'Gov. Ruth Okafor', 'dismissed', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['"has called" with a quote', 'The mayor has called the decision "a betrayal of voters."', [
    r(['the decision "a betrayal of voters."'], 'The mayor', 'The mayor', 'has called', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a fronted phrase before "described ... as"', 'In a letter to members, the union described the offer as "an insult."', [
    r(['the offer as "an insult."'], 'the union', 'the union', 'described', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // questions, passives, impersonal
  ['"when asked whether"', 'When asked whether he would run again, the governor smiled.', [
    r(['whether he would run again'], null, null, 'asked', 'speech', 'reported/cue-question-no-speaker', 'indirect'),
  ]],
  ['"questioned whether"', 'Dr. Kim questioned whether the vaccine was safe.', [
    r(['whether the vaccine was safe'], 'Kim', 'Dr. Kim', 'questioned', 'speech', 'reported/cue-question', 'indirect'),
  ]],
  ['"it was announced on Friday that"', 'It was announced on Friday that the factory would close.', [
    r(['the factory would close'], null, null, 'was announced', 'speech', 'reported/cue-that-no-speaker', 'indirect'),
  ]],
  ['"was quoted as saying that" with a woman\'s titled name', 'Sen. Ruth Alvarez was quoted as saying that the bill was dead.', [
    r(['the bill was dead'], 'Ruth Alvarez', 'Sen. Ruth Alvarez', 'was quoted as saying', 'speech', 'reported/cue-that', 'indirect'),
  ]],
  ['"is reported to have"', 'The chairman is reported to have resigned.', [
    r(['The chairman', 'to have resigned'], null, null, 'is reported', 'speech', 'reported/said-to', 'indirect'),
  ]],
  ['passive "was called" with a quote and an agent', 'The merger was called "a disaster" by the union.', [
    r(['The merger', '"a disaster"'], 'the union', 'the union', 'was called', 'speech', 'reported/passive-quoted', 'mixed'),
  ]],
  // noun cues, letters, "as X put it"
  ['"the mayor\'s promise that"', 'The mayor\'s promise that taxes would not rise was broken.', [
    r(['taxes would not rise'], 'The mayor', 'The mayor\'s', 'promise', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['"her warning that" after a named woman', 'Dr. Ruth Baker testified for hours. Her warning that the dam could fail was ignored.', [
    r(['the dam could fail'], 'Ruth Baker', 'Her', 'warning', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['"in an email to staff, X wrote"', 'In an email to staff, Prof. Lena Ortiz wrote that the lab would close.', [
    r(['the lab would close'], 'Lena Ortiz', 'Prof. Lena Ortiz', 'wrote', 'writing', 'reported/cue-that', 'indirect'),
  ]],
  ['"as one official put it"', 'The budget, as one official put it, was dead on arrival.', [
    r(['The budget', 'was dead on arrival'], 'one official', 'one official', 'put it', 'speech', 'reported/content-as-speaker-cue', 'indirect'),
  ]],
  // layouts
  ['a headline with "Senator"', 'Senator Hale: We Will Fight This Ruling', [
    r(['We Will Fight This Ruling'], 'Hale', 'Senator Hale', ':', 'speech', 'reported/headline', 'indirect'),
  ]],
  ['a vox pop with an age and a job', 'Maria Gomez, 54, nurse: "The hospital is understaffed."', [
    r(['The hospital is understaffed.'], 'Maria Gomez', 'Maria Gomez', null, null, 'direct/roundup', 'direct'),
  ]],
  ['transcript speakers with titles', 'GOV. LOPEZ: The budget is balanced.\nSEN. HALE: It is not.', [
    r(['The budget is balanced'], 'LOPEZ', 'GOV. LOPEZ', ':', 'speech', 'reported/transcript', 'indirect'),
    r(['It is not'], 'HALE', 'SEN. HALE', ':', 'speech', 'reported/transcript', 'indirect'),
  ]],
  ['"Q:" and "A:" after an interview line with a titled woman', 'An interview with Gov. Maria Lopez.\n\nQ: Will taxes rise?\n\nA: Not while I am governor.', [
    r(['Will taxes rise'], 'Q', 'Q', ':', 'speech', 'reported/interview', 'indirect'),
    r(['Not while I am governor'], 'Maria Lopez', 'A', ':', 'speech', 'reported/interview', 'indirect'),
  ]],
  // two things, quotes inside
  ['a comma splice after a mixed quote ends the content', 'The ministry stressed that the treaty was "a historic step," the opposition focused on its cost.', [
    r(['the treaty was "a historic step,"'], 'The ministry', 'The ministry', 'stressed', 'speech', 'reported/cue-that', 'mixed'),
  ]],
  ['a semicolon and a new cue end the content', 'The mayor said the budget was balanced; the council said it was not.', [
    r(['the budget was balanced'], 'The mayor', 'The mayor', 'said', 'speech', 'reported/cue-clause', 'indirect'),
    r(['it was not'], 'the council', 'the council', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['a quote inside reported speech, curly marks', 'Dr. Kim said she felt the nurses were asking, “Who will help us?” and that stayed with her.', [
    r(['she felt the nurses were asking, “Who will help us?” and that stayed with her'], 'Kim', 'Dr. Kim', 'said', 'speech', 'reported/cue-clause', 'mixed'),
  ]],
  // boundaries
  ['appositive out of the content', 'The bridge is unsafe, said Dr. Alan Reyes, a civil engineer at Purdue University.', [
    r(['The bridge is unsafe'], 'Alan Reyes', 'Dr. Alan Reyes, a civil engineer at Purdue University', 'said', 'speech', 'reported/content-cue-speaker', 'indirect'),
  ]],
  ['programme out of the content, curly marks', '“We will appeal,” Sen. Hale told reporters on “Meet the Press.”', [
    r(['We will appeal,'], 'Hale', 'Sen. Hale', 'told', 'speech', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a fronted phrase out of the content', 'In an interview with the Times, Gov. Lopez called the plan “a fantasy.”', [
    r(['the plan “a fantasy.”'], 'Lopez', 'Gov. Lopez', 'called', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a follow-on paragraph, curly marks, cue before the speaker', '“The dam is safe,” said Dr. Ellen Marsh.\n\n“We inspected it twice this spring.”', [
    r(['The dam is safe,', 'We inspected it twice this spring.'], 'Ellen Marsh', 'Dr. Ellen Marsh', 'said', 'speech', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['no follow-on when a plain sentence comes next', '"We have no comment," Ms. Diaz said.\n\nThe company later issued a statement.', [
    r(['We have no comment,'], 'Diaz', 'Ms. Diaz', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a mixed quote after "has said" holds the clause', 'The mayor has said the deal is "the best we could get."', [
    r(['the deal is "the best we could get."'], 'The mayor', 'The mayor', 'has said', 'speech', 'reported/cue-clause', 'mixed'),
  ]],
  // not speech, boilerplate
  ['not speech: "did not return requests for comment"', 'Gov. Lopez did not return several requests for comment on Friday.', []],
  ['not speech: headline "adds workers"', 'Factory adds 1,200 workers as orders surge.', []],
  ['not speech: report a loss', 'The company reported a loss of $40 million.', []],
  ['not speech: call an emergency meeting', 'The chairman called an emergency meeting.', []],
  ['not speech: respond to a call', 'Police responded to a call about a fire.', []],
  ['not speech: answer with goals', 'The team answered with three goals in the second half.', []],
  ['boilerplate: a spokeswoman declined to comment', 'A spokeswoman for the company declined to comment.', []],
  ['boilerplate: did not immediately return a request', 'The White House did not immediately return a request for comment.', []],
  ['boilerplate: could not immediately be reached', 'A lawyer for Mr. Ortiz could not immediately be reached.', []],
];

const optIn: [string, string, CheckRow[]][] = [
  ['noun cue of thought: the clause verb read as an adverb', 'Her fear that the clinic would close proved wrong.', [
    r(['the clinic would close'], 'Her', 'Her', 'fear', 'thought', 'reported/noun-cue', 'indirect'),
  ]],
  ['"recent polls show" + small clause', 'Recent polls show the senator leading by ten points.', [
    r(['the senator leading by ten points'], 'Recent polls', 'Recent polls', 'show', 'evidence', 'reported/evidence-small-clause', 'indirect'),
  ]],
  ['"court records show" + bare clause', 'Court records show the company paid no taxes.', [
    r(['the company paid no taxes'], 'Court records', 'Court records', 'show', 'evidence', 'reported/evidence-clause', 'indirect'),
  ]],
  ['"a study published last year found that"', 'A study published last year found that the drug had no effect.', [
    r(['the drug had no effect'], 'A study published last year', 'A study published last year', 'found', 'evidence', 'reported/cue-that', 'indirect'),
  ]],
  ['"believes" after a titled woman', 'Gov. Maria Lopez believes the bill will pass.', [
    r(['the bill will pass'], 'Maria Lopez', 'Gov. Maria Lopez', 'believes', 'thought', 'reported/cue-clause', 'indirect'),
  ]],
  ['"expects X to"', 'The mayor expects the bridge to reopen in June.', [
    r(['the bridge to reopen in June'], 'The mayor', 'The mayor', 'expects', 'thought', 'reported/cue-clause', 'indirect'),
  ]],
  ['"plans to"', 'The company plans to cut 500 jobs.', [
    r(['to cut 500 jobs'], 'The company', 'The company', 'plans', 'thought', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['"has long opposed" + noun phrase', 'Ms. Diaz has long opposed the tax.', [
    r(['the tax'], 'Diaz', 'Ms. Diaz', 'has long opposed', 'stance', 'reported/cue-object', 'indirect'),
  ]],
  ['"dismissed ... as" without quotes', 'The union dismissed the offer as an insult.', [
    r(['the offer as an insult'], 'The union', 'The union', 'dismissed', 'stance', 'reported/speech-object', 'indirect'),
  ]],
  ['"called X Y" without quotes', 'Mr. Brandt called the plan a mistake.', [
    r(['the plan a mistake'], 'Brandt', 'Mr. Brandt', 'called', 'stance', 'reported/speech-object', 'indirect'),
  ]],
  ['"it is feared that"', 'It is feared that dozens of people died in the flood.', [
    r(['dozens of people died in the flood'], null, null, 'is feared', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['"the factory is expected to"', 'The factory is expected to close next year.', [
    r(['The factory', 'to close next year'], null, null, 'is expected', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['"appears to have"', 'The senator appears to have changed her mind.', [
    r(['The senator', 'to have changed her mind'], null, null, 'appears', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['"in the governor\'s view"', 'In the governor\'s view, the plan will work.', [
    r(['the plan will work'], 'the governor', 'the governor\'s', 'view', 'thought', 'reported/in-view', 'indirect'),
  ]],
];

const every = createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });

describe('fixes found by the variants', () => {
  test.each(fixes)('%s', (_name, input, expected) => {
    expect(checkRows(extract(input))).toEqual(expected);
  });
});

describe('issue variants with default options', () => {
  test.each(defaults)('%s', (_name, input, expected) => {
    expect(checkRows(extract(input))).toEqual(expected);
  });
});

describe('issue variants with every category', () => {
  test.each(optIn)('%s', (_name, input, expected) => {
    expect(checkRows(extractChecked(every, input))).toEqual(expected);
  });
});
