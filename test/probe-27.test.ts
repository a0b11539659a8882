/**
 * Helper probe27: other newsroom conventions than the annotated US political
 * news has often: British single quotation marks as the outer marks (double
 * ones nested inside, curly and straight, with the curly apostrophe inside a
 * quotation), titles without a full stop ("Ms", "Dr", "Rev"), cues in the
 * present tense after the content ("..., says Ms Ruiz"), wire datelines
 * ("CITY (Wire) - ...", with a month and day), "told Reuters", "told a news
 * conference", broadcast transcripts ("ANNA LEE: ...", with a role in
 * parentheses), headlines with a colon, "quoted X as saying", "was quoted by",
 * "in comments to", "speaking to", "writing in", and German and French marks.
 * Each row gives the exact parts, speaker mention, cue and rule, and the
 * speaker names. A wrong output left as it is is asserted as the current
 * output, with the reason in a comment. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const conventions: [string, Row[], (string | null)[]][] = [
  ['\'We will not back down,\' she said.', [row(['We will not back down,'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct')], ['she']],
  ['\'We will not back down,\' said Ms Ruiz, the union\'s general secretary.', [row(['We will not back down,'], 'Ms Ruiz, the union\'s general secretary', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Ruiz']],
  ['\'The council has failed us,\' says Ms Ruiz.', [row(['The council has failed us,'], 'Ms Ruiz', 'says', 'direct/trailing-cue-speaker', 'direct')], ['Ruiz']],
  ['\'The council has failed us,\' says Dr Patel, a local GP.', [row(['The council has failed us,'], 'Dr Patel, a local GP', 'says', 'direct/trailing-cue-speaker', 'direct')], ['Patel']],
  ['\'He told me "never again", and I believed him,\' she said.', [row(['He told me "never again", and I believed him,'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct')], ['she']],
  ['\'It’s over,\' he said.', [row(['It’s over,'], 'he', 'said', 'direct/trailing-speaker-cue', 'direct')], ['he']],
  ['\'We’re not going anywhere,\' Mr Hughes said. \'This is our home.\'', [row(['We’re not going anywhere,', 'This is our home.'], 'Mr Hughes', 'said', 'direct/trailing-speaker-cue', 'direct')], ['Hughes']],
  ['\'I don\'t know what happens next,\' admitted Mrs Clarke.', [row(['I don\'t know what happens next,'], 'Mrs Clarke', 'admitted', 'direct/trailing-cue-speaker', 'direct')], ['Clarke']],
  ['Ms Ruiz said: \'The strike will go ahead on Monday.\'', [row(['The strike will go ahead on Monday.'], 'Ms Ruiz', 'said', 'direct/leading-speaker-cue', 'direct')], ['Ruiz']],
  ['The prime minister said the plan was \'deeply flawed\'.', [row(['the plan was \'deeply flawed\''], 'The prime minister', 'said', 'reported/cue-clause', 'mixed')], ['The prime minister']],
  ['Ministers have called the proposal \'unworkable\'.', [row(['the proposal \'unworkable\''], 'Ministers', 'have called', 'reported/cue-quoted-object', 'mixed')], ['Ministers']],
  ['The new rail line will open in spring, says Mr Okafor.', [row(['The new rail line will open in spring'], 'Mr Okafor', 'says', 'reported/content-cue-speaker')], ['Okafor']],
  ['Prices will keep rising, warns Dr Lindqvist, an economist at the central bank.', [row(['Prices will keep rising'], 'Dr Lindqvist, an economist at the central bank', 'warns', 'reported/content-cue-speaker')], ['Lindqvist']],
  ['WASHINGTON (Reuters) - The United States will send more aid to the region, a senior official said on Tuesday.', [row(['The United States will send more aid to the region'], 'a senior official', 'said', 'reported/content-speaker-cue')], ['a senior official']],
  // left: figures that show something are evidence, an opt-in category; nothing by default
  ['LONDON (Reuters) - British retail sales fell sharply in March, official figures showed on Friday.', [], []],
  ['"We are not going to raise taxes," the minister told Reuters.', [row(['We are not going to raise taxes,'], 'the minister', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the minister']],
  ['"The border is closed," the general told the BBC.', [row(['The border is closed,'], 'the general', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the general']],
  ['"We have done nothing wrong," the chief executive told a news conference.', [row(['We have done nothing wrong,'], 'the chief executive', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the chief executive']],
  ['The governor told a news conference on Monday that the state would sue.', [row(['the state would sue'], 'The governor', 'told', 'reported/cue-that')], ['The governor']],
  ['The minister told Reuters the talks had stalled.', [row(['the talks had stalled'], 'The minister', 'told', 'reported/cue-clause')], ['The minister']],
  ['ANNA LEE: We will be back after the break.', [row(['We will be back after the break'], 'ANNA LEE', ':', 'reported/transcript')], ['ANNA LEE']],
  ['TOM BAKER: The vote is expected later tonight.', [row(['The vote is expected later tonight'], 'TOM BAKER', ':', 'reported/transcript')], ['TOM BAKER']],
  ['Mayor: \'We will rebuild\'', [row(['We will rebuild'], 'Mayor', ':', 'direct/name-colon', 'direct')], ['Mayor']],
  ['Minister: "No deal is better than a bad deal"', [row(['No deal is better than a bad deal'], 'Minister', ':', 'direct/name-colon', 'direct')], ['Minister']],
  // left: the outlet that quotes is the speaker and the person quoted opens no attribution of his own (the annotated news gives the outlet with the cue "quoted"); a reader may name the general
  ['State media quoted the general as saying the border would remain shut.', [row(['the border would remain shut'], 'State media', 'saying', 'reported/cue-clause')], ['State media']],
  // left: as above, the quoting outlet speaks; a reader may name Ms Ruiz
  ['The newspaper quoted Ms Ruiz as saying: "We will fight on."', [row(['We will fight on.'], 'The newspaper', 'saying', 'direct/leading-speaker-cue', 'direct')], ['The newspaper']],
  // left: as above, the quoting outlet speaks
  ['The agency quoted a senior official as saying that talks would resume.', [row(['talks would resume'], 'The agency', 'saying', 'reported/cue-that')], ['The agency']],
  ['"This is a dark day for the city," the mayor was quoted by local media as saying.', [row(['This is a dark day for the city,'], 'the mayor', 'was quoted by local media as saying', 'direct/trailing-speaker-cue', 'direct')], ['the mayor']],
  ['The minister was quoted by the newspaper as saying the deal was dead.', [row(['the deal was dead'], 'The minister', 'was quoted by the newspaper as saying', 'reported/cue-clause')], ['The minister']],
  ['In comments to the BBC, the minister said the policy would be reviewed.', [row(['the policy would be reviewed'], 'the minister', 'said', 'reported/cue-clause')], ['the minister']],
  ['Speaking to reporters in Brussels, the commissioner said the rules would not change.', [row(['the rules would not change'], 'the commissioner', 'said', 'reported/cue-clause')], ['the commissioner']],
  ['Speaking to the BBC, Mr Hughes said the factory would close.', [row(['the factory would close'], 'Mr Hughes', 'said', 'reported/cue-clause')], ['Hughes']],
  // a fronted participle with its adjunct closed by a comma is the main clause's setting: the main cue reports
  ['Writing in The Times, the former minister said the party had lost its way.', [row(['the party had lost its way'], 'the former minister', 'said', 'reported/cue-clause')], ['the former minister']],
  ['Writing in the Guardian, Ms Ruiz argued that the scheme was unfair.', [row(['the scheme was unfair'], 'Ms Ruiz', 'argued', 'reported/cue-that')], ['Ruiz']],
  ['The chancellor said: „We will not give up.“', [row(['We will not give up.'], 'The chancellor', 'said', 'direct/leading-speaker-cue', 'direct')], ['The chancellor']],
  ['The president said: «We will rebuild the cathedral.»', [row(['We will rebuild the cathedral.'], 'The president', 'said', 'direct/leading-speaker-cue', 'direct')], ['The president']],
  ['«Nous resterons», said the mayor.', [row(['Nous resterons'], 'the mayor', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the mayor']],
  ['"We will stay," the minister said, adding: \'The people deserve better.\'', [row(['We will stay,'], 'the minister', 'said', 'direct/trailing-speaker-cue', 'direct'), row(['The people deserve better.'], 'the minister', 'adding', 'direct/leading-speaker-cue', 'direct')], ['the minister', 'the minister']],
  ['\'We\'ve been let down,\' said one resident. \'Nobody came to help.\'', [row(['We\'ve been let down,', 'Nobody came to help.'], 'one resident', 'said', 'direct/trailing-cue-speaker', 'direct')], ['one resident']],
  ['\'The bridge,\' the engineer said, \'is perfectly safe.\'', [row(['The bridge,', 'is perfectly safe.'], 'the engineer', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the engineer']],
  ['\'There is no money left,\' the chancellor told MPs.', [row(['There is no money left,'], 'the chancellor', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the chancellor']],
  ['The health secretary told MPs the NHS was under strain.', [row(['the NHS was under strain'], 'The health secretary', 'told', 'reported/cue-clause')], ['The health secretary']],
  ['A spokesman for Downing Street said the prime minister had full confidence in the chancellor.', [row(['the prime minister had full confidence in the chancellor'], 'A spokesman for Downing Street', 'said', 'reported/cue-clause')], ['A spokesman for Downing Street']],
  ['A Home Office spokeswoman said: \'We do not comment on individual cases.\'', [row(['We do not comment on individual cases.'], 'A Home Office spokeswoman', 'said', 'direct/leading-speaker-cue', 'direct')], ['A Home Office spokeswoman']],
  ['\'This is unacceptable,\' Labour MP Sarah Jones told the Commons.', [row(['This is unacceptable,'], 'Labour MP Sarah Jones', 'told', 'direct/trailing-speaker-cue', 'direct')], ['Sarah Jones']],
  ['Police said a 34-year-old man had been arrested.', [row(['a 34-year-old man had been arrested'], 'Police', 'said', 'reported/cue-clause')], ['Police']],
  ['Ms Ruiz, 45, said she had been waiting for three hours.', [row(['she had been waiting for three hours'], 'Ms Ruiz, 45', 'said', 'reported/cue-clause')], ['Ruiz']],
  ['\'We have been waiting since 6am,\' said Ms Ruiz, 45, from Leeds.', [row(['We have been waiting since 6am,'], 'Ms Ruiz', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Ruiz']],
  ['Mr Okafor told BBC Radio 4\'s Today programme: \'The figures speak for themselves.\'', [row(['The figures speak for themselves.'], 'Mr Okafor', 'told', 'direct/leading-speaker-cue', 'direct')], ['Okafor']],
  // a role in parentheses after a transcript label stays out of the speaker
  ['JOHN SMITH (HOST): Welcome back to the programme.', [row(['Welcome back to the programme'], 'JOHN SMITH', ':', 'reported/transcript')], ['JOHN SMITH']],
  ['Ms Ruiz told The Independent that she was \'disgusted\'.', [row(['she was \'disgusted\''], 'Ms Ruiz', 'told', 'reported/cue-that', 'mixed')], ['Ruiz']],
  ['\'It\'s a disgrace,\' says Ms Ruiz. \'Someone has to pay.\'', [row(['It\'s a disgrace,', 'Someone has to pay.'], 'Ms Ruiz', 'says', 'direct/trailing-cue-speaker', 'direct')], ['Ruiz']],
  ['PRESIDENT OKAFOR: We will not negotiate with anyone who threatens us.', [row(['We will not negotiate with anyone who threatens us'], 'PRESIDENT OKAFOR', ':', 'reported/transcript')], ['OKAFOR']],
  ['BRUSSELS (AP) — European leaders agreed on Thursday to extend sanctions, officials said.', [row(['European leaders agreed on Thursday to extend sanctions'], 'officials', 'said', 'reported/content-speaker-cue')], ['officials']],
  ['\'I would never,\' she said, \'vote for that bill.\'', [row(['I would never,', 'vote for that bill.'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct')], ['she']],
  ['\'We were told "wait your turn",\' said Mr Hughes, \'but we have waited for years.\'', [row(['We were told "wait your turn",', 'but we have waited for years.'], 'Mr Hughes', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Hughes']],
  ['\'It’s the council’s fault,\' said Mrs O’Neill.', [row(['It’s the council’s fault,'], 'Mrs O’Neill', 'said', 'direct/trailing-cue-speaker', 'direct')], ['O’Neill']],
  ['\'Don’t panic,\' the minister urged.', [row(['Don’t panic,'], 'the minister', 'urged', 'direct/trailing-speaker-cue', 'direct')], ['the minister']],
  ['Mr Hughes, the shadow chancellor, says the figures do not add up.', [row(['the figures do not add up'], 'Mr Hughes, the shadow chancellor', 'says', 'reported/cue-clause')], ['Hughes']],
  ['\'We are confident,\' says a spokesman for the firm.', [row(['We are confident,'], 'a spokesman for the firm', 'says', 'direct/trailing-cue-speaker', 'direct')], ['a spokesman for the firm']],
  ['\'Enough is enough,\' says Rev Green.', [row(['Enough is enough,'], 'Rev Green', 'says', 'direct/trailing-cue-speaker', 'direct')], ['Green']],
  ['The move was a mistake, says Prof Singh, who teaches at Leeds.', [row(['The move was a mistake'], 'Prof Singh, who teaches at Leeds', 'says', 'reported/content-cue-speaker')], ['Singh']],
  ['"The economy is slowing," the central bank governor told Sky News.', [row(['The economy is slowing,'], 'the central bank governor', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the central bank governor']],
  ['The minister told the Financial Times that the tax would be scrapped.', [row(['the tax would be scrapped'], 'The minister', 'told', 'reported/cue-that')], ['The minister']],
  ['"We are not in a recession," the chancellor told the BBC\'s Andrew Marr.', [row(['We are not in a recession,'], 'the chancellor', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the chancellor']],
  // (fix42: the time clause after the chanted words is the narrator's)
  ['Protesters chanted \'shame on you\' as the minister arrived.', [row(['shame on you'], 'Protesters', 'chanted', 'reported/cue-quoted-object', 'direct')], ['Protesters']],
  ['\'Not guilty,\' the jury foreman announced.', [row(['Not guilty,'], 'the jury foreman', 'announced', 'direct/trailing-speaker-cue', 'direct')], ['the jury foreman']],
  ['Mr Lee was quoted by the Daily Mail as saying he had no regrets.', [row(['he had no regrets'], 'Mr Lee', 'was quoted by the Daily Mail as saying', 'reported/cue-clause')], ['Lee']],
  ['In an interview with The Guardian, Ms Ruiz said the party needed new leadership.', [row(['the party needed new leadership'], 'Ms Ruiz', 'said', 'reported/cue-clause')], ['Ruiz']],
  ['Asked by the BBC whether he would stand again, Mr Hughes said: \'Never say never.\'', [row(['whether he would stand again'], 'the BBC', 'Asked', 'reported/cue-question'), row(['Never say never.'], 'Mr Hughes', 'said', 'direct/leading-speaker-cue', 'direct')], ['BBC', 'Hughes']],
  ['A Downing Street source said: \'The PM is furious.\'', [row(['The PM is furious.'], 'A Downing Street source', 'said', 'direct/leading-speaker-cue', 'direct')], ['A Downing Street source']],
  ['\'We will look at all options,\' a government spokesperson said.', [row(['We will look at all options,'], 'a government spokesperson', 'said', 'direct/trailing-speaker-cue', 'direct')], ['a government spokesperson']],
  ['Ms Ruiz tells the BBC the results were a shock.', [row(['the results were a shock'], 'Ms Ruiz', 'tells', 'reported/cue-clause')], ['Ruiz']],
  ['"Nobody expected this," Ms Ruiz tells Reuters.', [row(['Nobody expected this,'], 'Ms Ruiz', 'tells', 'direct/trailing-speaker-cue', 'direct')], ['Ruiz']],
  ['Ms Ruiz, speaking to the BBC, said the results were a shock.', [row(['the results were a shock'], 'Ms Ruiz', 'said', 'reported/cue-clause')], ['Ruiz']],
  ['The mayor, writing in the local paper, said the bus lanes would stay.', [row(['the bus lanes would stay'], 'The mayor', 'said', 'reported/cue-clause')], ['The mayor']],
  ['\'We want answers,\' said Ms Ruiz. \'And we want them now.\'', [row(['We want answers,', 'And we want them now.'], 'Ms Ruiz', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Ruiz']],
  ['The report said the NHS was \'on its knees\'.', [row(['the NHS was \'on its knees\''], 'The report', 'said', 'reported/cue-clause', 'mixed')], ['The report']],
  ['\'The question,\' he added, \'is who pays.\'', [row(['The question,', 'is who pays.'], 'he', 'added', 'direct/trailing-speaker-cue', 'direct')], ['he']],
  ['Mr Hughes said he was \'absolutely delighted\' with the result.', [row(['he was \'absolutely delighted\' with the result'], 'Mr Hughes', 'said', 'reported/cue-clause', 'mixed')], ['Hughes']],
  ['\'I’m not going to resign,\' Mr Hughes told ITV News on Monday.', [row(['I’m not going to resign,'], 'Mr Hughes', 'told', 'direct/trailing-speaker-cue', 'direct')], ['Hughes']],
  ['He told the Today programme: \'We will not be bullied.\'', [row(['We will not be bullied.'], 'He', 'told', 'direct/leading-speaker-cue', 'direct')], ['He']],
  ['\'We\'ll see,\' said Mr O\'Brien, 52.', [row(['We\'ll see,'], 'Mr O\'Brien', 'said', 'direct/trailing-cue-speaker', 'direct')], ['O\'Brien']],
  ['Ms Ruiz, who chairs the committee, says the figures are \'alarming\'.', [row(['the figures are \'alarming\''], 'Ms Ruiz, who chairs the committee', 'says', 'reported/cue-clause', 'mixed')], ['Ruiz']],
  ['‘We will not back down,’ she said.', [row(['We will not back down,'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct')], ['she']],
  ['‘It’s not over yet,’ said Dr Patel.', [row(['It’s not over yet,'], 'Dr Patel', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Patel']],
  ['Ms Ruiz said: ‘The strike will go ahead.’', [row(['The strike will go ahead.'], 'Ms Ruiz', 'said', 'direct/leading-speaker-cue', 'direct')], ['Ruiz']],
  ['‘The board said “no”, so we walked out,’ a worker said.', [row(['The board said “no”, so we walked out,'], 'a worker', 'said', 'direct/trailing-speaker-cue', 'direct')], ['a worker']],
  ['Schools will reopen next week, the education secretary has said.', [row(['Schools will reopen next week'], 'the education secretary', 'has said', 'reported/content-speaker-cue')], ['the education secretary']],
  ['The plan is unworkable, according to Mr Hughes.', [row(['The plan is unworkable'], 'Mr Hughes', 'according to', 'reported/according-to-trail')], ['Hughes']],
  ['Speaking on BBC Radio 5 Live, Ms Ruiz said she was \'furious\'.', [row(['she was \'furious\''], 'Ms Ruiz', 'said', 'reported/cue-clause', 'mixed')], ['Ruiz']],
  ['PARIS, May 3 (Reuters) - The French government will raise the minimum wage, the labour minister said on Wednesday.', [row(['The French government will raise the minimum wage'], 'the labour minister', 'said', 'reported/content-speaker-cue')], ['the labour minister']],
  ['LONDON, Jan 12 (Reuters) - Britain will cut fuel duty, the finance minister said.', [row(['Britain will cut fuel duty'], 'the finance minister', 'said', 'reported/content-speaker-cue')], ['the finance minister']],
  // a dateline with its month, day and agency is no content
  ['NAIROBI, Kenya, June 9 (AP) - Heavy rain will continue all week, forecasters said.', [row(['Heavy rain will continue all week'], 'forecasters', 'said', 'reported/content-speaker-cue')], ['forecasters']],
];

describe('other newsroom conventions: British, wire and broadcast styles (probe27)', () => {
  test.each(conventions)('%s', (input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
});
