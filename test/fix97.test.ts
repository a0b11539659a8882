/**
 * Invented news sweep (fix97): wire copy, quotes over lines, Q/A interviews, captions, bylines, « » and „ “ marks,
 * curly apostrophes, em dashes. Each passage was read by hand; the rows are what a careful reader expects (exact
 * parts, speaker mention, name, cue and rule). Four fixes came out of it (none of their shapes but the quotation
 * over lines occurs in PolNeAR train): a naming verb with no object after a clause ("..., critics called.") reports
 * nothing; "According to X, CLAUSE, Y said." gives the clause to the trailing attribution, the outer report, as
 * 'According to X, "...," Y said.' did; a line that opens with a quotation mark after a line that leaves a quotation
 * of the same kind of mark open is a paragraph of its own, so the newsroom's continued quotation reads as it does
 * over blank lines; an interview whose intro names no one gives its answers to the name the first question
 * addresses ("Q: Mayor Baker, why ...?"). Invented sentences only.
 */
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** The four fixes. */
const fixes: NamedCase[] = [
  ['fix: "..., the union called."', 'The plan is unfair, the union called.', []],
  ['fix: trailing attribution after "According to X"', 'According to the senator, the plan is dead, his aides said.', [
    named(['the plan is dead'], 'his aides', 'his aides', 'said', 'reported/content-speaker-cue'),
  ]],
  ['fix: trailing attribution after a partial quotation', 'According to the senator, the plan is "dead on arrival," his aides said on Tuesday.', [
    named(['the plan is "dead on arrival,"'], 'his aides', 'his aides', 'said', 'reported/content-speaker-cue', 'mixed'),
  ]],
  ['fix: a quotation continued on the next line (curly marks)', '“It’s a disaster,” Smith said. “We warned them for years.\n“Nobody listened.”', [
    named(['It’s a disaster,', 'We warned them for years.', 'Nobody listened.'], 'Smith', 'Smith', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['fix: a quotation continued on the next line (straight marks)', 'Smith said: "We warned them for years.\n"Nobody listened. Now it is too late."', [
    named(['We warned them for years.', 'Nobody listened. Now it is too late.'], 'Smith', 'Smith', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['fix: the interviewee addressed in the first question', 'Q: Mayor Baker, why did you veto the bill?\nA: It cost too much.', [
    named(['Mayor Baker, why did you veto the bill'], 'Q', 'Q', ':', 'reported/interview'),
    named(['It cost too much'], 'A', 'Baker', ':', 'reported/interview'),
  ]],
  ['fix: the addressed interviewee answers every question', 'Q: Governor Ana Ruiz, will there be rationing?\nA: Not this summer.\nQ: And next year?\nA: That depends on the snow.', [
    named(['Governor Ana Ruiz, will there be rationing'], 'Q', 'Q', ':', 'reported/interview'),
    named(['Not this summer'], 'A', 'Ana Ruiz', ':', 'reported/interview'),
    named(['And next year'], 'Q', 'Q', ':', 'reported/interview'),
    named(['That depends on the snow'], 'A', 'Ana Ruiz', ':', 'reported/interview'),
  ]],
];

/** Inputs that must give no quotation at all. */
const nothing: [string, string][] = [
  ['"..., critics called."', 'The new tax is a giveaway to the rich, critics called.'],
  ['a naming verb with its object', 'The minister defended the plan, critics called it reckless.'],
  ['"called" in a relative', 'The move was a betrayal, what critics called a sellout.'],
  ['"called the vote a sham"', 'Opponents called the vote a sham.'],
  // (the one such passage on PolNeAR train, a head shaken before a quotation, is not annotated)
  ['a gesture before a quotation', 'She shrugged. "We will see."'],
  ['a title after "titled"', 'The band released an album titled "Rain" last year.'],
  ['a photo caption', 'Photo caption: Firefighters battle a blaze in Redding, Calif., on Sunday. (AP Photo/Jane Doe)'],
  ['a byline', 'By JOHN SMITH, Associated Press'],
];

/** What the fixes leave as it was. */
const negatives: NamedCase[] = [
  ['keep: "According to X," with no trailing attribution', 'According to the senator, the plan is dead.', [
    named(['the plan is dead'], 'the senator', 'the senator', 'According to', 'reported/according-to-lead'),
  ]],
  ['keep: "According to X," with a second clause', 'According to the senator, the plan is dead, and the vote will fail.', [
    named(['the plan is dead, and the vote will fail'], 'the senator', 'the senator', 'According to', 'reported/according-to-lead'),
  ]],
  ['keep: a quotation after "According to X," with its own attribution', 'According to the senator, "the plan is dead," his aides said.', [
    named(['the plan is dead,'], 'his aides', 'his aides', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['keep: a closed quotation then one on the next line', '"The vote was close," Lee said.\n"We will appeal."', [
    named(['The vote was close,', 'We will appeal.'], 'Lee', 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['keep: a straight mark left open, a curly one on the next line', '"Sen. Lee spoke late Monday.\n“We are in a tie,” Lee said.', [
    named(['We are in a tie,'], 'Lee', 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['keep: a form of address that names no one', 'Q: Sir, why did you veto the bill?\nA: It cost too much.', [
    named(['Sir, why did you veto the bill'], 'Q', 'Q', ':', 'reported/interview'),
    named(['It cost too much'], null, null, ':', 'reported/interview'),
  ]],
  ['keep: the intro names the interviewee', 'Mayor Tom Baker sat down with the Gazette this week.\nQ: Why did you veto the bill?\nA: It cost too much.', [
    named(['Why did you veto the bill'], 'Q', 'Q', ':', 'reported/interview'),
    named(['It cost too much'], 'A', 'Tom Baker', ':', 'reported/interview'),
  ]],
];

/** The rest of the sweep, right as it was. */
const passages: NamedCase[] = [
  ['sweep 1', 'Prices will rise next year, the minister said, adding that "the worst is behind us."', [
    named(['Prices will rise next year'], 'the minister', 'the minister', 'said', 'reported/content-speaker-cue'),
    named(['that "the worst is behind us."'], 'the minister', 'the minister', 'adding', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  ['sweep 2', '“We’re not going anywhere,” said Maria Lopez, the union’s president.', [
    named(['We’re not going anywhere,'], 'Maria Lopez, the union’s president', 'Maria Lopez', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['sweep 3', 'The mayor — who faces re-election in May — said the budget was “balanced and fair.”', [
    named(['the budget was “balanced and fair.”'], 'The mayor', 'The mayor', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['sweep 4', 'WASHINGTON (AP) — The Senate will vote on the bill Tuesday, Majority Leader John Hart said.', [
    named(['The Senate will vote on the bill Tuesday'], 'Majority Leader John Hart', 'John Hart', 'said', 'reported/content-speaker-cue'),
  ]],
  ['sweep 5', '"The numbers don\'t lie," according to a spokesman for the agency.', [
    named(['The numbers don\'t lie,'], 'a spokesman for the agency', 'a spokesman for the agency', 'according to', 'direct/trailing-according-to', 'direct'),
  ]],
  ['sweep 6', 'The chief executive, Laura Chen, told analysts that revenue would fall, but she added that costs were under control.', [
    named(['revenue would fall'], 'The chief executive, Laura Chen', 'Laura Chen', 'told', 'reported/cue-that'),
    named(['costs were under control'], 'she', 'Laura Chen', 'added', 'reported/cue-that'),
  ]],
  ['sweep 7', '"We\'re done," he told reporters. "Finished."', [
    named(['We\'re done,', 'Finished.'], 'he', 'he', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sweep 8', 'Police say the suspect fled on foot.', [
    named(['the suspect fled on foot'], 'Police', 'Police', 'say', 'reported/cue-clause'),
  ]],
  ['sweep 9', 'Jones, 54, said he had never met the defendant.', [
    named(['he had never met the defendant'], 'Jones, 54', 'Jones', 'said', 'reported/cue-clause'),
  ]],
  ['sweep 10', '"This is not over," she wrote on Twitter. "Not by a long shot."', [
    named(['This is not over,', 'Not by a long shot.'], 'she', 'she', 'wrote', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sweep 11', '«We will not yield», the minister said.', [
    named(['We will not yield'], 'the minister', 'the minister', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sweep 12', '„We will check the figures“, the spokeswoman said.', [
    named(['We will check the figures'], 'the spokeswoman', 'the spokeswoman', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sweep 13', 'Speaking on condition of anonymity, the official this week conceded: "The program failed."', [
    named(['The program failed.'], 'the official', 'the official', 'conceded', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['sweep 14', 'Speaking on condition of anonymity because he was not authorized to comment, the official conceded the program had failed.', [
    named(['the program had failed'], 'the official', 'the official', 'conceded', 'reported/cue-clause'),
  ]],
  ['sweep 15', 'Speaking on condition of anonymity, an aide to the governor on Monday conceded that the deal was dead.', [
    named(['the deal was dead'], 'an aide to the governor', 'an aide to the governor', 'conceded', 'reported/cue-that'),
  ]],
  ['sweep 16', 'The following interview with Mayor Tom Baker has been edited for length.\nQ: Why did you veto the bill?\nA: It cost too much.', [
    named(['Why did you veto the bill'], 'Q', 'Q', ':', 'reported/interview'),
    named(['It cost too much'], 'A', 'Tom Baker', ':', 'reported/interview'),
  ]],
  ['sweep 17', 'Interviewer: What went wrong?\nBaker: We moved too slowly.', [
    named(['What went wrong'], 'Interviewer', 'Interviewer', ':', 'reported/transcript'),
    named(['We moved too slowly'], 'Baker', 'Baker', ':', 'reported/transcript'),
  ]],
  ['sweep 18', 'The council read a report titled "Water for All" on Monday. "It is a good start," the mayor said.', [
    named(['It is a good start,'], 'the mayor', 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sweep 19', 'The mayor said the council read a report titled "Water for All" on Monday.', [
    named(['the council read a report titled "Water for All" on Monday'], 'The mayor', 'The mayor', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['sweep 20', 'Lane told the board the plan was dead. "Nobody will revive it," his aides said.', [
    named(['the plan was dead'], 'Lane', 'Lane', 'told', 'reported/cue-clause'),
    named(['Nobody will revive it,'], 'his aides', 'his aides', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describeNamedTables('fix97: invented news sweep', { fixes: [...fixes, ...passages], nothing, negatives });
