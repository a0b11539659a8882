/**
 * Third pass over the examples of issues 11 (reported-speech shapes, not
 * speech, boundaries) and 15 (opt-in thought, evidence and stance): variants
 * in news styles test/check51.test.ts did not use, with a title and its place
 * ("the Ohio attorney general, Dana Voss,"), a fronted time phrase, plural and
 * collective subjects ("the two senators", "the union", "officials"),
 * negation, modal and perfect tenses, the speaker in the paragraph before, a
 * quote split over a paragraph break, single quotes in a headline, and curly
 * marks and guillemets. Also the fixes found this way: a party or nation
 * plural in apposition describes the subject and names no one ("The two
 * senators, both Democrats, said"); a finite verb group in -ing after an
 * appositive keeps the name ("The mayor, Dana Voss, was quoted as saying");
 * "In the view of X, ..." credits the view to X; "it is hoped that"
 * frames a thought with no source; and "X, an appositive, is said to have"
 * keeps the whole subject; and "answered the survey sent by the county"
 * reports nothing. Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';
import { extract, extractChecked } from './support/invariants.js';
import { checkRows, r, type CheckRow } from './support/check-rows.js';

const fixes: [string, string, CheckRow[]][] = [
  ['member appositive: "both Democrats" before the verb', 'The two senators, both Democrats, said the bill had no chance.', [
    r(['the bill had no chance'], 'The two senators', 'The two senators, both Democrats', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['member appositive: "all Republicans from Ohio" with a time phrase', 'The three mayors, all Republicans from Ohio, on Tuesday said the levy would fail.', [
    r(['the levy would fail'], 'The three mayors', 'The three mayors, all Republicans from Ohio', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['member appositive: a bare party plural with a place', 'The two senators, Democrats from the Midwest, argued that the tariffs had backfired.', [
    r(['the tariffs had backfired'], 'The two senators', 'The two senators, Democrats from the Midwest', 'argued', 'speech', 'reported/cue-that', 'indirect'),
  ]],
  ['member appositive after the cue, curly marks', '“The bill has no chance,” said the two senators, both Democrats.', [
    r(['The bill has no chance,'], 'the two senators', 'the two senators, both Democrats', 'said', 'speech', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['member appositive after the cue, reported', 'The levy will fail in May, said the three mayors, all Republicans.', [
    r(['The levy will fail in May'], 'the three mayors', 'the three mayors, all Republicans', 'said', 'speech', 'reported/content-cue-speaker', 'indirect'),
  ]],
  ['a name in apposition still speaks', 'The leader of the Democrats, Ann Cole, said the bill had no chance.', [
    r(['the bill had no chance'], 'Ann Cole', 'The leader of the Democrats, Ann Cole', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['a party subject alone stays a name', 'Republicans said the bill had no chance.', [
    r(['the bill had no chance'], 'Republicans', 'Republicans', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['"was quoted as saying" after a title with a place and a name', 'The Ohio attorney general, Dana Voss, was quoted as saying the case was closed.', [
    r(['the case was closed'], 'Dana Voss', 'The Ohio attorney general, Dana Voss', 'was quoted as saying', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['"was quoted as saying that" after a title and a name', 'The state treasurer, Ruth Okafor, was quoted as saying that the fund was empty.', [
    r(['the fund was empty'], 'Ruth Okafor', 'The state treasurer, Ruth Okafor', 'was quoted as saying', 'speech', 'reported/cue-that', 'indirect'),
  ]],
  ['"was heard saying" after a title and a name', 'The union leader, Mark Bell, was heard saying the strike would go on.', [
    r(['the strike would go on'], 'Mark Bell', 'The union leader, Mark Bell', 'was heard saying', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['"is quoted as saying" after a collective\'s officer', 'The chairman of the board, Tom Reyes, is quoted as saying the deal is off.', [
    r(['the deal is off'], 'Tom Reyes', 'The chairman of the board, Tom Reyes', 'is quoted as saying', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['a participle after a comma still shares the subject', 'Dana Voss spoke for an hour, saying the case was closed.', [
    r(['the case was closed'], 'Dana Voss', 'Dana Voss', 'saying', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['"is said to have" after a title and a name', 'The mayor, Dana Voss, is said to have closed the case.', [
    r(['The mayor, Dana Voss', 'to have closed the case'], null, null, 'is said', 'speech', 'reported/said-to', 'indirect'),
  ]],
  ['"is said to have" after a name and its title', 'Dana Voss, the mayor, is said to have closed the case.', [
    r(['Dana Voss, the mayor', 'to have closed the case'], null, null, 'is said', 'speech', 'reported/said-to', 'indirect'),
  ]],
  ['"is reported to have" after a title and a name', 'The union leader, Mark Bell, is reported to have rejected the offer.', [
    r(['The union leader, Mark Bell', 'to have rejected the offer'], null, null, 'is reported', 'speech', 'reported/said-to', 'indirect'),
  ]],
  ['"were said to be" after a fronted day', 'On Friday, officials were said to be furious.', [
    r(['officials', 'to be furious'], null, null, 'were said', 'speech', 'reported/said-to', 'indirect'),
  ]],
  ['"who is said to" keeps the relative', 'Ms. Voss, who is said to have closed the case, stayed home.', [
    r(['who', 'to have closed the case'], null, null, 'is said', 'speech', 'reported/said-to', 'indirect'),
  ]],
  ['not speech: "answered the survey sent by" with negation', 'Officials never answered the survey sent by the county in March.', []],
  ['not speech: "answered the questions posed by"', 'The mayor answered the questions posed by reporters.', []],
  ['not speech: "answered the call made by"', 'The senator answered the call made by her party.', []],
  ['a verb after the agent still makes a clause', 'The mayor responded the fee set by the council was fair.', [
    r(['the fee set by the council was fair'], 'The mayor', 'The mayor', 'responded', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['"replied" with a bare clause still reports', 'The mayor replied the plan was sound.', [
    r(['the plan was sound'], 'The mayor', 'The mayor', 'replied', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
];

const optInFixes: [string, string, CheckRow[]][] = [
  ['"In the view of" plural people', 'In the view of the two senators, the tariffs are a mistake.', [
    r(['the tariffs are a mistake'], 'the two senators', 'the two senators', 'view', 'thought', 'reported/in-view', 'indirect'),
  ]],
  ['"In the view of" a collective', 'In the view of the union, the offer falls far short.', [
    r(['the offer falls far short'], 'the union', 'the union', 'view', 'thought', 'reported/in-view', 'indirect'),
  ]],
  ['"In the opinion of" a name', 'In the opinion of Dana Voss, the ruling was wrong on the law.', [
    r(['the ruling was wrong on the law'], 'Dana Voss', 'Dana Voss', 'opinion', 'thought', 'reported/in-view', 'indirect'),
  ]],
  ['"In the view of many economists"', 'In the view of many economists, the plan will work.', [
    r(['the plan will work'], 'many economists', 'many economists', 'view', 'thought', 'reported/in-view', 'indirect'),
  ]],
  ['"In the view of" a thing: nothing', 'In the view of the hills, the town looked small.', []],
  ['"In view of": no owner, nothing', 'In view of the cost, the council delayed the vote.', []],
  ['"it is hoped that"', 'It is hoped that the talks will resume next week.', [
    r(['the talks will resume next week'], null, null, 'is hoped', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['"it was hoped" with a bare clause', 'It was hoped the ferry would run again by June.', [
    r(['the ferry would run again by June'], null, null, 'was hoped', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['"hope" after a relative is no passive frame', 'Cheap jokes and old hits were the tricks the studio would hope to sell tickets with.', []],
];

const defaults: [string, string, CheckRow[]][] = [
  ['shapes: a title with a place, an appositive and a time phrase before the verb', 'The Ohio attorney general, Dana Voss, on Thursday said the settlement would cover every county.', [
    r(['the settlement would cover every county'], 'Dana Voss', 'The Ohio attorney general, Dana Voss', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['shapes: a plural subject with its place and a time phrase', 'Officials at the state health department on Wednesday said the outbreak was contained.', [
    r(['the outbreak was contained'], 'Officials at the state health department', 'Officials at the state health department', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['shapes: "one said" and "said another" in single curly marks', '‘We were never consulted,’ one teacher said. ‘Nobody asked us,’ said another.', [
    r(['We were never consulted,'], 'one teacher', 'one teacher', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
    r(['Nobody asked us,'], 'another', 'another', 'said', 'speech', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['infinitive: "vowed on Thursday to" after a title with a place', 'The Ohio attorney general, Dana Voss, vowed on Thursday to appeal the ruling.', [
    r(['to appeal the ruling'], 'Dana Voss', 'The Ohio attorney general, Dana Voss', 'vowed', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['infinitive: a fronted time phrase and a plural subject', 'Last week the two senators pledged to block any nominee who backed the tariffs.', [
    r(['to block any nominee who backed the tariffs'], 'the two senators', 'the two senators', 'pledged', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['infinitive: a collective with a perfect tense', 'The union has threatened to strike if the contract is not signed by March.', [
    r(['to strike if the contract is not signed by March'], 'The union', 'The union', 'has threatened', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['infinitive: "asked the court to" after a title with a place', 'The Ohio attorney general, Dana Voss, asked the court to dismiss the case.', [
    r(['the court to dismiss the case'], 'Dana Voss', 'The Ohio attorney general, Dana Voss', 'asked', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['noun phrase: a perfect tense with a plural subject', 'The two senators have denied the allegations.', [
    r(['the allegations'], 'The two senators', 'The two senators', 'have denied', 'speech', 'reported/cue-object', 'indirect'),
  ]],
  ['noun phrase: "never confirmed"', 'The union never confirmed the report.', [
    r(['the report'], 'The union', 'The union', 'never confirmed', 'speech', 'reported/cue-object', 'indirect'),
  ]],
  ['called: a pronoun after a direct quote', '"The deal is done," Ms. Voss said. She called the agreement "a win for every family in Ohio."', [
    r(['The deal is done,'], 'Voss', 'Ms. Voss', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
    r(['the agreement "a win for every family in Ohio."'], 'Voss', 'She', 'called', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['described as: a plural subject', 'The two senators described the proposal as "dead on arrival."', [
    r(['the proposal as "dead on arrival."'], 'The two senators', 'The two senators', 'described', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['dismissed as: a fronted day and a collective, curly marks', 'On Friday, the union dismissed the offer as “a slap in the face.”', [
    r(['the offer as “a slap in the face.”'], 'the union', 'the union', 'dismissed', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['questions: "reporters asked whether"', 'Reporters asked whether the two senators would back the bill.', [
    r(['whether the two senators would back the bill'], 'Reporters', 'Reporters', 'asked', 'speech', 'reported/cue-question', 'indirect'),
  ]],
  ['passive: "it had been reported that"', 'It had been reported that the union would accept the deal.', [
    r(['the union would accept the deal'], null, null, 'had been reported', 'speech', 'reported/cue-that-no-speaker', 'indirect'),
  ]],
  ['passive: "is said to have"', 'The union leader is said to have rejected the offer.', [
    r(['The union leader', 'to have rejected the offer'], null, null, 'is said', 'speech', 'reported/said-to', 'indirect'),
  ]],
  ['noun cue: "her claim that"', 'Her claim that the union had lied drew a sharp rebuke.', [
    r(['the union had lied'], 'Her', 'Her', 'claim', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['noun cue: "in a letter to the board, ... wrote" with a plural subject', 'In a letter to the board, the two senators wrote that the funds were missing.', [
    r(['the funds were missing'], 'the two senators', 'the two senators', 'wrote', 'writing', 'reported/cue-that', 'indirect'),
  ]],
  ['as X put it: a collective', 'The budget, as the union put it, was a betrayal.', [
    r(['The budget', 'was a betrayal'], 'the union', 'the union', 'put it', 'speech', 'reported/content-as-speaker-cue', 'indirect'),
  ]],
  ['headline: a title and single quotes', 'Gov. Reyes: \'We Will Not Back Down\'', [
    r(['We Will Not Back Down'], 'Reyes', 'Gov. Reyes', ':', 'speech', 'direct/name-colon', 'direct'),
  ]],
  ['headline: "Says"', 'Voss Says State Will Appeal', [
    r(['State Will Appeal'], 'Voss', 'Voss', 'Says', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['roundup: a critic and her paper', 'Dana Voss, The Columbus Ledger: "A sharp, funny debut that rarely misses."', [
    r(['A sharp, funny debut that rarely misses.'], 'Dana Voss', 'Dana Voss', null, null, 'direct/roundup', 'direct'),
  ]],
  ['two things: a comma splice after a mixed quote', 'The union stressed that the offer was "a good start," the board focused on the cost of the deal.', [
    r(['the offer was "a good start,"'], 'The union', 'The union', 'stressed', 'speech', 'reported/cue-that', 'mixed'),
  ]],
  ['two things: a semicolon and a second cue', 'The Ohio attorney general said the case was closed; the defense said it was not.', [
    r(['the case was closed'], 'The Ohio attorney general', 'The Ohio attorney general', 'said', 'speech', 'reported/cue-clause', 'indirect'),
    r(['it was not'], 'the defense', 'the defense', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['inner quote: single curly marks inside reported speech', 'The minister said he felt voters were asking, ‘Where is the money?’ and that was fair.', [
    r(['he felt voters were asking, ‘Where is the money?’ and that was fair'], 'The minister', 'The minister', 'said', 'speech', 'reported/cue-clause', 'mixed'),
  ]],
  ['not speech: did not respond to requests', 'The union did not respond to repeated requests for comment on Friday.', []],
  ['not speech: headline "Adds Jobs"', 'Ohio Plant Adds 600 Jobs; Output Climbs 4%', []],
  ['not speech: report income', 'The two senators reported income of $2 million from book sales.', []],
  ['not speech: call a strike vote', 'The union called a strike vote for Monday.', []],
  ['not speech: tell apart', 'Officials could not tell the twins apart.', []],
  ['not speech: answer a poll', 'Voters answered the poll in record numbers.', []],
  ['not speech: announce a bid of money', 'The company announced a bid of $4 billion for its rival.', []],
  ['boilerplate: a spokesman for a titled name declined to comment', 'A spokesman for the Ohio attorney general, Dana Voss, declined to comment on Tuesday.', []],
  ['boilerplate: did not immediately respond to messages', 'Officials at the union did not immediately respond to messages left Sunday.', []],
  ['boilerplate: could not be reached late Thursday', 'The two senators could not be reached for comment late Thursday.', []],
  ['boundary: a long appositive with a place out of the content', 'The levy will pass in May, said the Ohio attorney general, Dana Voss, a former county prosecutor from Dayton.', [
    r(['The levy will pass in May'], 'Dana Voss', 'Dana Voss, a former county prosecutor from Dayton', 'said', 'speech', 'reported/content-cue-speaker', 'indirect'),
  ]],
  ['boundary: a programme and a day out of the content, curly marks', '“We are not going anywhere,” Reyes told listeners on “All Things Considered” on Friday.', [
    r(['We are not going anywhere,'], 'Reyes', 'Reyes', 'told', 'speech', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['boundary: guillemets and a programme', '«We are not going anywhere,» Reyes said on «Face the Nation.»', [
    r(['We are not going anywhere,'], 'Reyes', 'Reyes', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['boundary: a fronted phrase with a time out of the content', 'In a post on its website late Friday, the union called the ruling “an attack on workers.”', [
    r(['the ruling “an attack on workers.”'], 'the union', 'the union', 'called', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['boundary: a follow-on paragraph after a title with a place', '"The bridge will reopen in June," said the Ohio attorney general, Dana Voss.\n\n"We owe that to every driver who crosses it."', [
    r(['The bridge will reopen in June,', 'We owe that to every driver who crosses it.'], 'Dana Voss', 'Dana Voss', 'said', 'speech', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['boundary: a follow-on paragraph after a title and a name, curly marks', '“The strike will go on,” the union leader, Mark Bell, said on Monday.\n\n“Our members have spoken.”', [
    r(['The strike will go on,', 'Our members have spoken.'], 'Mark Bell', 'the union leader, Mark Bell', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['boundary: a quote split over a paragraph break, the speaker in the paragraph before', 'Dana Voss spoke to reporters on Monday.\n\n"We will appeal this ruling," she said. "It is wrong on the law.\n\n"And it is wrong on the facts."', [
    r(['We will appeal this ruling,', 'It is wrong on the law.', 'And it is wrong on the facts.'], 'Dana Voss', 'she', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['boundary: the speaker in the paragraph before a reported clause', 'The union leader, Mark Bell, met members on Sunday.\n\nHe said the strike would continue until the board gave in.', [
    r(['the strike would continue until the board gave in'], 'Mark Bell', 'He', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['boundary: a mixed quote with "have long said"', 'The two senators have long said the tariffs are "a tax on every farmer."', [
    r(['the tariffs are "a tax on every farmer."'], 'The two senators', 'The two senators', 'have long said', 'speech', 'reported/cue-clause', 'mixed'),
  ]],
];

const optIn: [string, string, CheckRow[]][] = [
  ['thought: "has long believed" after a title with a place', 'The Ohio attorney general, Dana Voss, has long believed the merger would raise prices.', [
    r(['the merger would raise prices'], 'Dana Voss', 'The Ohio attorney general, Dana Voss', 'has long believed', 'thought', 'reported/cue-clause', 'indirect'),
  ]],
  ['thought: "fear" with a plural subject', 'The two senators fear the tariffs will hurt farmers in their states.', [
    r(['the tariffs will hurt farmers in their states'], 'The two senators', 'The two senators', 'fear', 'thought', 'reported/cue-clause', 'indirect'),
  ]],
  ['thought: "had hoped" with a collective', 'The union had hoped the board would reconsider.', [
    r(['the board would reconsider'], 'The union', 'The union', 'had hoped', 'thought', 'reported/cue-clause', 'indirect'),
  ]],
  ['thought: "never thought" after a title and a name', 'The union leader, Mark Bell, never thought the strike would last this long.', [
    r(['the strike would last this long'], 'Mark Bell', 'The union leader, Mark Bell', 'never thought', 'thought', 'reported/cue-clause', 'indirect'),
  ]],
  ['thought: "is seeking to"', 'The union is seeking to overturn the ruling.', [
    r(['to overturn the ruling'], 'The union', 'The union', 'is seeking', 'thought', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['evidence: polls with a participle and a time phrase', 'Polls released on Sunday show the two senators trailing by eight points.', [
    r(['the two senators trailing by eight points'], 'Polls released on Sunday', 'Polls released on Sunday', 'show', 'evidence', 'reported/evidence-small-clause', 'indirect'),
  ]],
  ['evidence: a survey with a commaed participle', 'A survey of 2,000 voters, released Tuesday, found that most opposed the levy.', [
    r(['most opposed the levy'], 'A survey of 2,000 voters', 'A survey of 2,000 voters', 'found', 'evidence', 'reported/cue-that', 'indirect'),
  ]],
  ['evidence: documents detail how', 'Documents filed in federal court detail how the money was moved.', [
    r(['how the money was moved'], 'Documents filed in federal court', 'Documents filed in federal court', 'detail', 'evidence', 'reported/evidence-clause', 'indirect'),
  ]],
  ['stance: "have endorsed"', 'The two senators have endorsed Ms. Voss for governor.', [
    r(['Ms. Voss for governor'], 'The two senators', 'The two senators', 'have endorsed', 'stance', 'reported/cue-object', 'indirect'),
  ]],
  ['stance: "rejected" with a time phrase', 'Officials rejected the proposal last week.', [
    r(['the proposal'], 'Officials', 'Officials', 'rejected', 'stance', 'reported/cue-object', 'indirect'),
  ]],
  ['stance: "accused ... of"', 'The two senators accused the agency of hiding the data.', [
    r(['the agency of hiding the data'], 'The two senators', 'The two senators', 'accused', 'stance', 'reported/speech-object', 'indirect'),
  ]],
  ['stance: "would have opposed"', 'The union would have opposed any cut to pensions.', [
    r(['any cut to pensions'], 'The union', 'The union', 'would have opposed', 'stance', 'reported/cue-object', 'indirect'),
  ]],
  ['nominal: "her belief that"', 'Her belief that the vote was rigged never wavered.', [
    r(['the vote was rigged'], 'Her', 'Her', 'belief', 'thought', 'reported/noun-cue', 'indirect'),
  ]],
  ['nominal: "the finding that"', 'The finding that the water was unsafe alarmed residents.', [
    r(['the water was unsafe'], null, null, 'finding', 'evidence', 'reported/noun-cue', 'indirect'),
  ]],
  ['nominal: a plural possessive "fear that"', 'Officials\' fear that the dam would fail proved unfounded.', [
    r(['the dam would fail'], 'Officials', 'Officials\'', 'fear', 'thought', 'reported/noun-cue', 'indirect'),
  ]],
  ['no source: "it is widely believed that"', 'It is widely believed that the mayor will not run again.', [
    r(['the mayor will not run again'], null, null, 'is widely believed', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['no source: "it was feared that"', 'It was feared that dozens of miners were trapped.', [
    r(['dozens of miners were trapped'], null, null, 'was feared', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['no source: "are thought to have"', 'The two senators are thought to have discussed the deal.', [
    r(['The two senators', 'to have discussed the deal'], null, null, 'are thought', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['no source: "seems to have"', 'The union seems to have lost the argument.', [
    r(['The union', 'to have lost the argument'], null, null, 'seems', 'thought', 'reported/impersonal', 'indirect'),
  ]],
];

const every = createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });

describe('fixes found by the variants, default options', () => {
  test.each(fixes)('%s', (_name, input, expected) => {
    expect(checkRows(extract(input))).toEqual(expected);
  });
});

describe('fixes found by the variants, every category', () => {
  test.each(optInFixes)('%s', (_name, input, expected) => {
    expect(checkRows(extractChecked(every, input))).toEqual(expected);
  });
  test.each(optInFixes)('%s: nothing with default options', (_name, input) => {
    expect(checkRows(extract(input))).toEqual([]);
  });
});

describe('issue 11 variants with default options', () => {
  test.each(defaults)('%s', (_name, input, expected) => {
    expect(checkRows(extract(input))).toEqual(expected);
  });
});

describe('issue 15 variants with every category', () => {
  test.each(optIn)('%s', (_name, input, expected) => {
    expect(checkRows(extractChecked(every, input))).toEqual(expected);
  });
});
