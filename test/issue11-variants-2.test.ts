/**
 * Issue 11 shapes on a second set of new invented sentences (probe12), varied
 * apart from test/issue11-variants.test.ts: multi-sentence inputs (a speaker
 * in one sentence and the quote in the next, a pronoun after two named
 * people, follow-on quote paragraphs, interrupted quotes), curly, single,
 * «guillemet» and „German" marks, "according to" in front, middle and end,
 * present-tense "says", other cue verbs, passives, noun cues, questions,
 * infinitives, noun-phrase objects (one closing noun; a hyphened age),
 * called/described/branded as, headlines and transcripts (two-word turns,
 * title-case labels); then non-speech senses and boilerplate that stay silent.
 * Each row gives the exact parts, speaker mention, cue and rule, and the
 * speaker names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const variants: [string, Row[], (string | null)[]][] = [
  ['Tomas Reyna and Alice Grant met on Monday. She said the talks had stalled.', [row(['the talks had stalled'], 'She', 'said', 'reported/cue-clause')], ["Alice Grant"]],
  ['"We will," the coach said, "win this league."', [row(['We will,', 'win this league.'], 'the coach', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the coach"]],
  ['“The dam is safe,” the engineer said. “Nobody should worry.”', [row(['The dam is safe,', 'Nobody should worry.'], 'the engineer', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the engineer"]],
  ['«We will stay here», the mayor said.', [row(['We will stay here'], 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the mayor"]],
  ['„We will stay here“, the mayor said.', [row(['We will stay here'], 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the mayor"]],
  ['The mayor said: «We will stay here.»', [row(['We will stay here.'], 'The mayor', 'said', 'direct/leading-speaker-cue', 'direct')], ["The mayor"]],
  ['"The mayor told me, \'Do not worry about it,\'" the clerk said.', [row(["The mayor told me, 'Do not worry about it,'"], 'the clerk', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the clerk"]],
  ['According to the ministry, the clinic will close in March.', [row(['the clinic will close in March'], 'the ministry', 'According to', 'reported/according-to-lead')], ["the ministry"]],
  ['The clinic will close in March, according to the ministry.', [row(['The clinic will close in March'], 'the ministry', 'according to', 'reported/according-to-trail')], ["the ministry"]],
  ['The clinic, according to the ministry, will close in March.', [row(['The clinic', 'will close in March'], 'the ministry', 'according to', 'reported/according-to-inside')], ["the ministry"]],
  ['"We did nothing wrong," the firm said in a statement.', [row(['We did nothing wrong,'], 'the firm', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the firm"]],
  ['The governor told reporters that the roads would reopen by Friday.', [row(['the roads would reopen by Friday'], 'The governor', 'told', 'reported/cue-that')], ["The governor"]],
  ['The senator told The Times that she would not run again.', [row(['she would not run again'], 'The senator', 'told', 'reported/cue-that')], ["The senator"]],
  ['The chief executive says the factory will stay open.', [row(['the factory will stay open'], 'The chief executive', 'says', 'reported/cue-clause')], ["The chief executive"]],
  ['He noted that the deficit had narrowed.', [row(['the deficit had narrowed'], 'He', 'noted', 'reported/cue-that')], ["He"]],
  ['Doctors warned that the virus could return in winter.', [row(['the virus could return in winter'], 'Doctors', 'warned', 'reported/cue-that')], ["Doctors"]],
  ['Lawyers for the city argued that the ban was lawful.', [row(['the ban was lawful'], 'Lawyers for the city', 'argued', 'reported/cue-that')], ["Lawyers for the city"]],
  ['The spokesman explained that the delay was caused by snow.', [row(['the delay was caused by snow'], 'The spokesman', 'explained', 'reported/cue-that')], ["The spokesman"]],
  ['The president stressed that no decision had been made.', [row(['no decision had been made'], 'The president', 'stressed', 'reported/cue-that')], ["The president"]],
  ['The goalkeeper was quoted as saying that he wanted to leave.', [row(['he wanted to leave'], 'The goalkeeper', 'was quoted as saying', 'reported/cue-that')], ["The goalkeeper"]],
  ['The singer is said to be furious about the leak.', [row(['The singer', 'to be furious about the leak'], null, 'is said', 'reported/said-to')], [null]],
  ['It was reported that the bridge had cracked.', [row(['the bridge had cracked'], null, 'was reported', 'reported/cue-that-no-speaker')], [null]],
  ['Her claim that the election was rigged has been rejected.', [row(['the election was rigged'], 'Her', 'claim', 'reported/noun-cue')], ["Her"]],
  ['Many residents wondered why the council had raised taxes.', [row(['why the council had raised taxes'], 'Many residents', 'wondered', 'reported/cue-clause')], ["Many residents"]],
  ['The president urged Congress to pass the bill.', [row(['Congress to pass the bill'], 'The president', 'urged', 'reported/cue-infinitive')], ["The president"]],
  ['The police confirmed the arrest of two men.', [row(['the arrest of two men'], 'The police', 'confirmed', 'reported/cue-object')], ["The police"]],
  ['Critics branded the tax "a raid on pensioners."', [row(['the tax "a raid on pensioners."'], 'Critics', 'branded', 'reported/cue-quoted-object', 'mixed')], ["Critics"]],
  ['Minister Lee: Schools Will Reopen In May', [row(['Schools Will Reopen In May'], 'Minister Lee', ':', 'reported/headline')], ["Lee"]],
  ['CARTER: The plan is dead.\nNGUYEN: I disagree.', [row(['The plan is dead'], 'CARTER', ':', 'reported/transcript'), row(['I disagree'], 'NGUYEN', ':', 'reported/transcript')], ["CARTER","NGUYEN"]],
  ['NGUYEN: I disagree.', [row(['I disagree'], 'NGUYEN', ':', 'reported/transcript')], ["NGUYEN"]],
  ['Reporter: What happens next?\nMayor: We will rebuild the pier.', [row(['What happens next'], 'Reporter', ':', 'reported/transcript'), row(['We will rebuild the pier'], 'Mayor', ':', 'reported/transcript')], ["Reporter","Mayor"]],
  ['Interviewer: Why did you quit the band?\nDana Cole: I was tired of the road.', [row(['Why did you quit the band'], 'Interviewer', ':', 'reported/transcript'), row(['I was tired of the road'], 'Dana Cole', ':', 'reported/transcript')], ["Interviewer","Dana Cole"]],
  ['Residents said they were relieved. "It has been a long week," said one.', [row(['they were relieved'], 'Residents', 'said', 'reported/cue-clause'), row(['It has been a long week,'], 'one', 'said', 'direct/trailing-cue-speaker', 'direct')], ["Residents","one"]],
  ['"We had no choice," she said. "The money was gone.\n\n"And nobody would lend us more."', [row(['We had no choice,', 'The money was gone.', 'And nobody would lend us more.'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct')], ["she"]],
  ['"We had no choice," said Rita Long, the treasurer.\n\n"Nobody would lend us more."', [row(['We had no choice,', 'Nobody would lend us more.'], 'Rita Long, the treasurer', 'said', 'direct/trailing-cue-speaker', 'direct')], ["Rita Long"]],
  ['Anna Ruiz thanked Peter Kane. He said the count was wrong.', [row(['the count was wrong'], 'He', 'said', 'reported/cue-clause')], ["Peter Kane"]],
  ['"It is too early to tell," he cautioned.', [row(['It is too early to tell,'], 'he', 'cautioned', 'direct/trailing-speaker-cue', 'direct')], ["he"]],
  ['The plan, she argued, would cost jobs.', [row(['The plan', 'would cost jobs'], 'she', 'argued', 'reported/content-speaker-cue')], ["she"]],
  ['The plan would cost jobs, she argued, and it would not cut emissions.', [row(['The plan would cost jobs', 'and it would not cut emissions'], 'she', 'argued', 'reported/content-speaker-cue')], ["she"]],
  ['The actor was quoted as saying, "I have no regrets."', [row(['I have no regrets.'], 'The actor', 'was quoted as saying', 'direct/leading-speaker-cue', 'direct')], ["The actor"]],
  ['The minister denied reports that he would resign.', [row(['reports that he would resign'], 'The minister', 'denied', 'reported/cue-that')], ["The minister"]],
  ['The warning that the river would flood came too late.', [row(['the river would flood'], null, 'warning', 'reported/noun-cue')], [null]],
  ['He described himself as "a reluctant candidate."', [row(['himself as "a reluctant candidate."'], 'He', 'described', 'reported/cue-quoted-object', 'mixed')], ["He"]],
  ['"It\'s over," says the coach.', [row(["It's over,"], 'the coach', 'says', 'direct/trailing-cue-speaker', 'direct')], ["the coach"]],
  ['The transit authority last week said the trains were running on time.', [row(['the trains were running on time'], 'The transit authority', 'said', 'reported/cue-clause')], ["The transit authority"]],
  ['The school board, in a letter, said the budget was short.', [row(['the budget was short'], 'The school board', 'said', 'reported/cue-clause')], ["The school board"]],
  ['"The bridge is unsafe," one engineer said. "We should close it," said another.', [row(['The bridge is unsafe,'], 'one engineer', 'said', 'direct/trailing-speaker-cue', 'direct'), row(['We should close it,'], 'another', 'said', 'direct/trailing-cue-speaker', 'direct')], ["one engineer","another"]],
  ['The novelist once famously wrote that hell is other people.', [row(['hell is other people'], 'The novelist', 'famously wrote', 'reported/cue-that')], ["The novelist"]],
  ['"We were robbed," the striker said. He called the referee "a disgrace to the game."', [row(['We were robbed,'], 'the striker', 'said', 'direct/trailing-speaker-cue', 'direct'), row(['the referee "a disgrace to the game."'], 'He', 'called', 'reported/cue-quoted-object', 'mixed')], ["the striker","He"]],
  ['In a post on its blog, the agency called the ruling "deeply troubling."', [row(['the ruling "deeply troubling."'], 'the agency', 'called', 'reported/cue-quoted-object', 'mixed')], ["the agency"]],
  ['Interest rates will rise next year, said Maria Lopez, a senior analyst at Crest Capital.', [row(['Interest rates will rise next year'], 'Maria Lopez, a senior analyst at Crest Capital', 'said', 'reported/content-cue-speaker')], ["Maria Lopez"]],
  ['"Rates will rise," Dr. Kim said on "Meet the Press."', [row(['Rates will rise,'], 'Dr. Kim', 'said', 'direct/trailing-speaker-cue', 'direct')], ["Kim"]],
  ['The agency said the water was clean, residents said it smelled of oil.', [row(['the water was clean'], 'The agency', 'said', 'reported/cue-clause'), row(['it smelled of oil'], 'residents', 'said', 'reported/cue-clause')], ["The agency","residents"]],
  ['The coach insisted that the team was "fully committed," the fans remained unconvinced.', [row(['the team was "fully committed,"'], 'The coach', 'insisted', 'reported/cue-that', 'mixed')], ["The coach"]],
  ['"I am not resigning," Mr. Vance said.\n\n"I have work to finish and I intend to finish it."', [row(['I am not resigning,', 'I have work to finish and I intend to finish it.'], 'Mr. Vance', 'said', 'direct/trailing-speaker-cue', 'direct')], ["Vance"]],
  ['"Frankly," the senator said, "this bill is a mess."', [row(['Frankly,', 'this bill is a mess.'], 'the senator', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the senator"]],
  ['‘We lost,’ the manager said.', [row(['We lost,'], 'the manager', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the manager"]],
  ['The driver, police said, was drunk.', [row(['The driver', 'was drunk'], 'police', 'said', 'reported/content-speaker-cue')], ["police"]],
  ['Police say the driver was drunk.', [row(['the driver was drunk'], 'Police', 'say', 'reported/cue-clause')], ["Police"]],
  ['The ministry said in a statement on Sunday that the border would stay closed.', [row(['the border would stay closed'], 'The ministry', 'said', 'reported/cue-that')], ["The ministry"]],
  ['"The market is cooling," noted Jan Weller, an economist at Ridge Bank.', [row(['The market is cooling,'], 'Jan Weller, an economist at Ridge Bank', 'noted', 'direct/trailing-cue-speaker', 'direct')], ["Jan Weller"]],
  ['It has been reported that the talks collapsed.', [row(['the talks collapsed'], null, 'has been reported', 'reported/cue-that-no-speaker')], [null]],
  ['His promise that taxes would not rise was broken.', [row(['taxes would not rise'], 'His', 'promise', 'reported/noun-cue')], ["His"]],
  ['The judge wondered aloud why the case had taken so long.', [row(['why the case had taken so long'], 'The judge', 'wondered', 'reported/cue-clause')], ["The judge"]],
  ['Judge Elena Marsh was blunt.\n\n"This case should never have been brought," she wrote.', [row(['This case should never have been brought,'], 'she', 'wrote', 'direct/trailing-speaker-cue', 'direct')], ["Elena Marsh"]],
  ['Mayor Hal Jensen spoke after the vote. "Tonight the city chose hope," he said.', [row(['Tonight the city chose hope,'], 'he', 'said', 'direct/trailing-speaker-cue', 'direct')], ["Hal Jensen"]],
  ['Ruth Obi, the union\'s leader, said the offer was "a slap in the face."', [row(['the offer was "a slap in the face."'], "Ruth Obi, the union's leader", 'said', 'reported/cue-clause', 'mixed')], ["Ruth Obi"]],
  ['The player "will be out for months," according to the club.', [row(['The player "will be out for months,"'], 'the club', 'according to', 'reported/according-to-trail', 'mixed')], ["the club"]],
  ['He told reporters outside the court that it was a disaster.', [row(['it was a disaster'], 'He', 'told', 'reported/cue-that')], ["He"]],
  ['Officials told The Post the plant would close.', [row(['the plant would close'], 'Officials', 'told', 'reported/cue-clause')], ["Officials"]],
  ['The auditor asked if the accounts had been checked.', [row(['if the accounts had been checked'], 'The auditor', 'asked', 'reported/cue-question')], ["The auditor"]],
  ['The coalition pledged not to raise taxes.', [row(['not to raise taxes'], 'The coalition', 'pledged', 'reported/cue-infinitive')], ["The coalition"]],
  ['Officials urged people not to travel.', [row(['people not to travel'], 'Officials', 'urged', 'reported/cue-infinitive')], ["Officials"]],
  ['The firm denied wrongdoing.', [row(['wrongdoing'], 'The firm', 'denied', 'reported/cue-object')], ["The firm"]],
  ['He admitted guilt.', [row(['guilt'], 'He', 'admitted', 'reported/cue-object')], ["He"]],
  ['Police confirmed the death of a 40-year-old man.', [row(['the death of a 40-year-old man'], 'Police', 'confirmed', 'reported/cue-object')], ["Police"]],
  ['The union announced a week-long strike in March.', [row(['a week-long strike'], 'The union', 'announced', 'reported/cue-object')], ["The union"]],
  ['The court described the law as unconstitutional.', [row(['the law as unconstitutional'], 'The court', 'described', 'reported/cue-object')], ["The court"]],
  ['Opponents branded him "a dangerous radical."', [row(['him "a dangerous radical."'], 'Opponents', 'branded', 'reported/cue-quoted-object', 'mixed')], ["Opponents"]],
  ['The firm posted record profits, it said on Monday.', [row(['The firm posted record profits'], 'it', 'said', 'reported/content-speaker-cue')], ["The firm"]],
  ['The senator, asked whether she would run, said she had not decided.', [row(['whether she would run'], null, 'asked', 'reported/asked-question'), row(['she had not decided'], 'The senator', 'said', 'reported/cue-clause')], [null,"The senator"]],
  ['The senator, when asked whether she would run, said she had not decided.', [row(['whether she would run'], null, 'asked', 'reported/asked-question'), row(['she had not decided'], 'The senator', 'said', 'reported/cue-clause')], [null,"The senator"]],
  ['The senator, asked if she would run, declined to answer.', [row(['if she would run'], null, 'asked', 'reported/asked-question')], [null]],
  ['Asked whether she would run, the senator said she had not decided.', [row(['whether she would run'], null, 'Asked', 'reported/asked-question'), row(['she had not decided'], 'the senator', 'said', 'reported/cue-clause')], [null,"the senator"]],
  ['Senator Ada Price and Governor Tom Hale clashed on Friday. He said the budget was a fraud.', [row(['the budget was a fraud'], 'He', 'said', 'reported/cue-clause')], ["Tom Hale"]],
  ['"The roads are a mess," said Kira Voss. "Someone has to fix them," she added.', [row(['The roads are a mess,'], 'Kira Voss', 'said', 'direct/trailing-cue-speaker', 'direct'), row(['Someone has to fix them,'], 'she', 'added', 'direct/trailing-speaker-cue', 'direct')], ["Kira Voss","Kira Voss"]],
  ['As the chairman put it, "We are not a charity."', [row(['We are not a charity.'], 'the chairman', 'put it', 'direct/leading-speaker-cue', 'direct')], ["the chairman"]],
  ["The council's statement that the pool would reopen was premature.", [row(['the pool would reopen'], "The council's", 'statement', 'reported/noun-cue')], ["The council"]],
  ['The union vowed to keep striking, and management pledged to hold firm.', [row(['to keep striking'], 'The union', 'vowed', 'reported/cue-infinitive'), row(['to hold firm'], 'management', 'pledged', 'reported/cue-infinitive')], ["The union","management"]],
  ['Prices will fall next year, the bank predicts.', [row(['Prices will fall next year'], 'the bank', 'predicts', 'reported/content-speaker-cue')], ["the bank"]],
];

describe('issue 11 variants, second set (probe12)', () => {
  test.each(variants)('%s', (input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
});

const silent: string[] = [
  'The company reported a loss of $2 million.',
  'The ceremony was called off because of rain.',
  'The bank added two branches in Ohio.',
  'The senator did not return calls seeking comment.',
  'She answered the phone on the second ring.',
  'The aide never answered our questions about the grant.',
  'The airline could not immediately be reached for comment.',
  'Ms. Reed did not respond to emails seeking comment.',
  'The White House did not immediately return a request for comment.',
  'Mr. Lee, a spokesman, did not respond to messages left on Friday.',
  'The firm reported strong earnings for the quarter.',
  'Stocks added 2 percent on Monday.',
  'GOVERNOR SIGNS WATER BILL',
  'BYLINE: Dana Cole',
  'The team condemned violence.',
];

describe('issue 11 variants that report nothing, second set (probe12)', () => {
  test.each(silent)('%s', (input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
