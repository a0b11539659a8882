/**
 * Every invented example of issues 11 (reported-speech shapes, not-speech
 * senses, boundaries) and 15 (opt-in thought, evidence and stance), as the
 * issues list them, with its exact output: parts, speaker name and mention,
 * cue and its category, rule and kind. Negatives yield nothing. Issue 12 (speed)
 * lists no inputs. Also a verb the tagger takes for a noun after the "to"
 * of an infinitive cue ("pledged to repave every road", rule
 * `reported/cue-infinitive`).
 */
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';
import { extract, extractChecked } from './support/invariants.js';
import { checkRows, r, type CheckRow } from './support/check-rows.js';

const defaults: [string, string, CheckRow[]][] = [
  ['11 subject apart from its verb', 'The port agency on Friday said the cranes were safe.', [
    r(['the cranes were safe'], 'The port agency', 'The port agency', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['11 "famously said"', 'The senator famously said that taxes were theft.', [
    r(['taxes were theft'], 'The senator', 'The senator', 'famously said', 'speech', 'reported/cue-that', 'indirect'),
  ]],
  ['11 "both reported"', 'The two inspectors both reported that the gate was open.', [
    r(['the gate was open'], 'The two inspectors', 'The two inspectors', 'reported', 'speech', 'reported/cue-that', 'indirect'),
  ]],
  ['11 "one said" and "said another"', '"I am against it," one said. "It costs too much," said another.', [
    r(['I am against it,'], 'one', 'one', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
    r(['It costs too much,'], 'another', 'another', 'said', 'speech', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['11 "vowed to"', 'The governor vowed to veto the bill.', [
    r(['to veto the bill'], 'The governor', 'The governor', 'vowed', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['11 "pledged to" before a verb tagged as a noun', 'The mayor pledged to repave every road by spring.', [
    r(['to repave every road by spring'], 'The mayor', 'The mayor', 'pledged', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['11 "vowed to" before a verb tagged as a noun', 'The mayor vowed to repave the roads.', [
    r(['to repave the roads'], 'The mayor', 'The mayor', 'vowed', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['a verb tagged as a noun before a possessive', 'The council vowed to repave its roads.', [
    r(['to repave its roads'], 'The council', 'The council', 'vowed', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['no infinitive: "to" before a listener and a thing', 'She promised to residents a new park.', []],
  ['no infinitive: "to" before a listener and a time', 'The mayor pledged to voters on Monday.', []],
  ['11 "promised to"', 'The chairman promised to publish the minutes.', [
    r(['to publish the minutes'], 'The chairman', 'The chairman', 'promised', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['11 "threatened to"', 'The union threatened to strike next week.', [
    r(['to strike next week'], 'The union', 'The union', 'threatened', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['11 "claimed to have"', 'The firm claimed to have fixed the leak.', [
    r(['to have fixed the leak'], 'The firm', 'The firm', 'claimed', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['11 "urged lawmakers to"', 'The coalition urged lawmakers to reject the tax.', [
    r(['lawmakers to reject the tax'], 'The coalition', 'The coalition', 'urged', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['11 "asked the court to"', 'Prosecutors asked the court to delay the hearing.', [
    r(['the court to delay the hearing'], 'Prosecutors', 'Prosecutors', 'asked', 'speech', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['11 noun phrase after "denied"', 'Senator Ruth Alvarez has denied the accusations.', [
    r(['the accusations'], 'Ruth Alvarez', 'Senator Ruth Alvarez', 'has denied', 'speech', 'reported/cue-object', 'indirect'),
  ]],
  ['11 "announced his candidacy"', 'The actor announced his candidacy on Monday.', [
    r(['his candidacy on Monday'], 'The actor', 'The actor', 'announced', 'speech', 'reported/cue-object', 'indirect'),
  ]],
  ['11 "confirmed the report"', 'The ministry confirmed the report.', [
    r(['the report'], 'The ministry', 'The ministry', 'confirmed', 'speech', 'reported/cue-object', 'indirect'),
  ]],
  ['11 "called" after a direct quote', '"We did nothing wrong," Mayor Reyes said. She called the audit "a partisan stunt."', [
    r(['We did nothing wrong,'], 'Reyes', 'Mayor Reyes', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
    r(['the audit "a partisan stunt."'], 'Reyes', 'She', 'called', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['11 "described as"', 'Ms. Ortiz described the plan as "a mess from start to finish."', [
    r(['the plan as "a mess from start to finish."'], 'Ortiz', 'Ms. Ortiz', 'described', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['11 "when asked about"', 'When asked about the deficit, the governor changed the subject.', [
    r(['the deficit'], null, null, 'asked about', 'speech', 'reported/asked', 'indirect'),
  ]],
  ['11 "asked whether"', 'The reporter asked whether the tax would rise.', [
    r(['whether the tax would rise'], 'The reporter', 'The reporter', 'asked', 'speech', 'reported/cue-question', 'indirect'),
  ]],
  ['11 "wondered why"', 'Residents wondered why the bridge was closed.', [
    r(['why the bridge was closed'], 'Residents', 'Residents', 'wondered', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['11 "it was reported that"', 'It was reported that the mayor had resigned.', [
    r(['the mayor had resigned'], null, null, 'was reported', 'speech', 'reported/cue-that-no-speaker', 'indirect'),
  ]],
  ['11 "was quoted as saying"', 'The coach was quoted as saying the team would improve.', [
    r(['the team would improve'], 'The coach', 'The coach', 'was quoted as saying', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['11 "is said to have"', 'The minister is said to have opposed the merger.', [
    r(['The minister', 'to have opposed the merger'], null, null, 'is said', 'speech', 'reported/said-to', 'indirect'),
  ]],
  ['11 passive "described as" with a quote', 'The plan was described as "dead" by aides.', [
    r(['The plan', 'as "dead"'], 'aides', 'aides', 'was described', 'speech', 'reported/passive-quoted', 'mixed'),
  ]],
  ['11 "his claim that"', 'Mr. Cole spoke on Monday. His claim that the vote was rigged drew scorn.', [
    r(['the vote was rigged'], 'Cole', 'His', 'claim', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['11 "the statement that"', 'The statement that the plant was safe came too late.', [
    r(['the plant was safe'], null, null, 'statement', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['11 "her warning that"', 'Dr. Lane spoke at the hearing. Her warning that prices would rise went unheeded.', [
    r(['prices would rise'], 'Lane', 'Her', 'warning', 'speech', 'reported/noun-cue', 'indirect'),
  ]],
  ['11 "in a letter to X, Y wrote"', 'In a letter to the board, Dr. Kim wrote that the budget was unsound.', [
    r(['the budget was unsound'], 'Kim', 'Dr. Kim', 'wrote', 'writing', 'reported/cue-that', 'indirect'),
  ]],
  ['11 "as X put it"', 'The deal, as Mr. Grant put it, was a bargain.', [
    r(['The deal', 'was a bargain'], 'Grant', 'Mr. Grant', 'put it', 'speech', 'reported/content-as-speaker-cue', 'indirect'),
  ]],
  ['11 headline', 'Mayor Reyes: Budget Will Pass By June.', [
    r(['Budget Will Pass By June'], 'Reyes', 'Mayor Reyes', ':', 'speech', 'reported/headline', 'indirect'),
  ]],
  ['11 review roundup', 'Lena Park, The Harbor Times: "A bold staging that never loses its nerve."', [
    r(['A bold staging that never loses its nerve.'], 'Lena Park', 'Lena Park', null, null, 'direct/roundup', 'direct'),
  ]],
  ['11 transcript lines', 'REYES: We will win.\nHOLT: I doubt that very much.', [
    r(['We will win'], 'REYES', 'REYES', ':', 'speech', 'reported/transcript', 'indirect'),
    r(['I doubt that very much'], 'HOLT', 'HOLT', ':', 'speech', 'reported/transcript', 'indirect'),
  ]],
  ['11 "I" of a transcript speaker', 'REYES: I told them we would win, and I said the plan would work.', [
    r(['I told them we would win, and I said the plan would work'], 'REYES', 'REYES', ':', 'speech', 'reported/transcript', 'indirect'),
    r(['we would win'], 'REYES', 'I', 'told', 'speech', 'reported/cue-clause', 'indirect'),
    r(['the plan would work'], 'REYES', 'I', 'said', 'speech', 'reported/cue-clause', 'indirect'),
  ]],
  ['11 "Q:" and "A:"', 'An interview with Mayor Ada Reyes.\n\nQ: Will the plant close?\n\nA: No, I will keep it open.', [
    r(['Will the plant close'], 'Q', 'Q', ':', 'speech', 'reported/interview', 'indirect'),
    r(['No, I will keep it open'], 'Ada Reyes', 'A', ':', 'speech', 'reported/interview', 'indirect'),
  ]],
  ['11 comma splice ends the content', 'The league emphasized that the coach was "ready to lead the club," the players focused on the role he played in the scandal.', [
    r(['the coach was "ready to lead the club,"'], 'The league', 'The league', 'emphasized', 'speech', 'reported/cue-that', 'mixed'),
  ]],
  ['11 a quote inside reported speech', 'Coach Mills said he felt the fans were saying, "We have given up," and that hurt.', [
    r(['he felt the fans were saying, "We have given up," and that hurt'], 'Mills', 'Coach Mills', 'said', 'speech', 'reported/cue-clause', 'mixed'),
  ]],
  ['11 appositive out of the content', 'The plan will fail in the spring, said Robert Hale, a political science professor at Ohio State University.', [
    r(['The plan will fail in the spring'], 'Robert Hale', 'Robert Hale, a political science professor at Ohio State University', 'said', 'speech', 'reported/content-cue-speaker', 'indirect'),
  ]],
  ['11 programme out of the content', '"The plan will fail," Lee said on "Morning Edition."', [
    r(['The plan will fail,'], 'Lee', 'Lee', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['11 fronted phrase out of the content', 'In a statement on its website, the council called the ruling "reckless and unfair."', [
    r(['the ruling "reckless and unfair."'], 'the council', 'the council', 'called', 'speech', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['11 follow-on paragraph', '"We will rebuild the pier," Mayor Reyes said.\n\n"It will take two years and every dollar we have."', [
    r(['We will rebuild the pier,', 'It will take two years and every dollar we have.'], 'Reyes', 'Mayor Reyes', 'said', 'speech', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['11 mixed quote holds the clause', 'The mayor said the budget was "a disaster for the city."', [
    r(['the budget was "a disaster for the city."'], 'The mayor', 'The mayor', 'said', 'speech', 'reported/cue-clause', 'mixed'),
  ]],
  ['11 not speech: requests for comment', 'Mr. Ferris did not respond to multiple requests for comment.', []],
  ['11 not speech: headline "adds jobs"', 'Port adds 2,000 jobs; vacancy rate ticks up to 6%.', []],
  ['11 not speech: add jobs', 'The factory added 300 jobs last year.', []],
  ['11 not speech: answer a poll', 'Only half of the voters answered the poll.', []],
  ['11 not speech: respond to requests', 'The agency responded to requests from residents.', []],
  ['11 not speech: report income', 'The couple reported income of $90,000.', []],
  ['11 not speech: announce a bid', 'The city announced a bid for the games.', []],
  ['11 not speech: call a meeting', 'The chairman called a meeting for Tuesday.', []],
  ['11 not speech: tell apart', 'Few people can tell the twins apart.', []],
  ['11 boilerplate: declined to comment', 'The mayor declined to comment.', []],
  ['11 boilerplate: did not immediately respond', 'The ferry line did not immediately respond to an email on Friday.', []],
  ['11 boilerplate: could not be reached', 'Mr. Ferris could not be reached for comment.', []],
  ['15 default: evidence stays out', 'Polls show the mayor trailing by six points.', []],
  ['15 default: thought stays out', 'The senator believes the bill will fail.', []],
  ['15 default: stance stays out', 'The union backed the plan.', []],
];

const optIn: [string, string, CheckRow[]][] = [
  ['15 "polls show" + small clause', 'Polls show the mayor trailing by six points.', [
    r(['the mayor trailing by six points'], 'Polls', 'Polls', 'show', 'evidence', 'reported/evidence-small-clause', 'indirect'),
  ]],
  ['15 "figures show that"', 'New figures released Tuesday show that 3,000 residents voted early.', [
    r(['3,000 residents voted early'], 'New figures released Tuesday', 'New figures released Tuesday', 'show', 'evidence', 'reported/cue-that', 'indirect'),
  ]],
  ['15 "believes"', 'The senator believes the bill will fail.', [
    r(['the bill will fail'], 'The senator', 'The senator', 'believes', 'thought', 'reported/cue-clause', 'indirect'),
  ]],
  ['15 "backed" + noun phrase', 'The union backed the plan.', [
    r(['the plan'], 'The union', 'The union', 'backed', 'stance', 'reported/cue-object', 'indirect'),
  ]],
  ['15 "fear" + noun phrase', 'Officials fear a second wave.', [
    r(['a second wave'], 'Officials', 'Officials', 'fear', 'thought', 'reported/cue-object', 'indirect'),
  ]],
  ['15 "it is believed that"', 'It is believed that the ship sank at night.', [
    r(['the ship sank at night'], null, null, 'is believed', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['15 "is expected to"', 'The bridge is expected to reopen in May.', [
    r(['The bridge', 'to reopen in May'], null, null, 'is expected', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['15 "wants to"', 'The mayor wants to expand the park.', [
    r(['to expand the park'], 'The mayor', 'The mayor', 'wants', 'thought', 'reported/cue-infinitive', 'indirect'),
  ]],
  ['15 "his belief that"', 'His belief that the war was lost proved right.', [
    r(['the war was lost'], 'His', 'His', 'belief', 'thought', 'reported/noun-cue', 'indirect'),
  ]],
  ['15 "the finding that"', 'The finding that the wells were poisoned shocked the town.', [
    r(['the wells were poisoned'], null, null, 'finding', 'evidence', 'reported/noun-cue', 'indirect'),
  ]],
  ['15 "in her view"', 'In her view, the plan is doomed.', [
    r(['the plan is doomed'], 'her', 'her', 'view', 'thought', 'reported/in-view', 'indirect'),
  ]],
  ['15 "seems to"', 'The economy seems to be slowing after a long boom in the region.', [
    r(['The economy', 'to be slowing after a long boom in the region'], null, null, 'seems', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['15 "appears to"', 'The plan appears to have failed after the vote in the council.', [
    r(['The plan', 'to have failed after the vote in the council'], null, null, 'appears', 'thought', 'reported/impersonal', 'indirect'),
  ]],
  ['15 short thought under the length bar', 'The economy seems to be slowing.', []],
  ['15 "a poll shows"', 'A poll shows the race is tight.', [
    r(['the race is tight'], 'A poll', 'A poll', 'shows', 'evidence', 'reported/evidence-clause', 'indirect'),
  ]],
  ['15 "records indicate that"', 'Records indicate that the loan was never repaid.', [
    r(['the loan was never repaid'], 'Records', 'Records', 'indicate', 'speech', 'reported/cue-that', 'indirect'),
  ]],
  ['15 "study found that"', 'The study found that the drug was safe.', [
    r(['the drug was safe'], 'The study', 'The study', 'found', 'evidence', 'reported/cue-that', 'indirect'),
  ]],
];

const every = createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });

describe('issue examples with default options', () => {
  test.each(defaults)('%s', (_name, input, expected) => {
    expect(checkRows(extract(input))).toEqual(expected);
  });
});

describe('issue examples with every category', () => {
  test.each(optIn)('%s', (_name, input, expected) => {
    expect(checkRows(extractChecked(every, input))).toEqual(expected);
  });
});
