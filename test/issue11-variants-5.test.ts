/**
 * Issue 11 shapes on a fifth set of new invented sentences (probe20), varied
 * apart from test/issue11-variants.test.ts, -2, -3, -4 and the mixed-quote
 * tests: attributions after long fronted adverbials, "went on to say",
 * "added in a statement that", "was quoted as saying", "is understood to
 * have said", "according to a spokesperson for X", "a statement from X
 * said", "X's office said", "told reporters on the sidelines of Y that",
 * reported questions, negated speech ("did not say whether"), "said X, who
 * ...", a quotation that goes on in the next paragraph, "said in an email",
 * "in a post on X, Y wrote", two or more speakers in one sentence (with a
 * floating "all", "both" or "each"), a cue inside a dash or parenthesis
 * aside (its content ends at the aside's close), an attribution set off by
 * dashes or parentheses inside the clause it reports, and "Says who?" as a
 * quote.
 * Then non-speech senses that stay silent. Each row gives the exact parts,
 * speaker mention, cue and rule, and the speaker names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const variants: [string, Row[], (string | null)[]][] = [
  ['Late on Tuesday night, after the final vote, the housing minister said the scheme would be scrapped.', [row(['the scheme would be scrapped'], 'the housing minister', 'said', 'reported/cue-clause')], ["the housing minister"]],
  ['After weeks of silence and mounting pressure from her own party, the senator said she would not run again.', [row(['she would not run again'], 'the senator', 'said', 'reported/cue-clause')], ["the senator"]],
  ['Late on Thursday night, after the final count, the returning officer said turnout had been low.', [row(['turnout had been low'], 'the returning officer', 'said', 'reported/cue-clause')], ["the returning officer"]],
  ['The treasurer went on to say that the surplus would be spent on schools.', [row(['the surplus would be spent on schools'], 'The treasurer', 'went on to say', 'reported/cue-that')], ["The treasurer"]],
  ['The coach went on to say the team had let the supporters down.', [row(['the team had let the supporters down'], 'The coach', 'went on to say', 'reported/cue-clause')], ["The coach"]],
  ['The harbour master went on to say that the old pier would be pulled down.', [row(['the old pier would be pulled down'], 'The harbour master', 'went on to say', 'reported/cue-that')], ["The harbour master"]],
  ['The senator went on to describe the bill as "a gift to the banks."', [row(['the bill as "a gift to the banks."'], 'The senator', 'went on to describe', 'reported/cue-quoted-object', 'mixed')], ["The senator"]],
  ['The airline added in a statement that all flights would resume by Friday.', [row(['all flights would resume by Friday'], 'The airline', 'added', 'reported/cue-that')], ["The airline"]],
  ['The landlord added in a statement that the repairs would be finished by June.', [row(['the repairs would be finished by June'], 'The landlord', 'added', 'reported/cue-that')], ["The landlord"]],
  ['The fire chief was quoted as saying that the blaze was under control.', [row(['the blaze was under control'], 'The fire chief', 'was quoted as saying', 'reported/cue-that')], ["The fire chief"]],
  ['The opposition leader was quoted as saying that the election had been stolen.', [row(['the election had been stolen'], 'The opposition leader', 'was quoted as saying', 'reported/cue-that')], ["The opposition leader"]],
  ['The prince is understood to have said that he regretted the interview.', [row(['he regretted the interview'], 'The prince', 'to have said', 'reported/cue-that')], ["The prince"]],
  ['The ambassador is understood to have told the council that the talks had stalled.', [row(['the talks had stalled'], 'The ambassador', 'to have told', 'reported/cue-that')], ["The ambassador"]],
  ['The delay was caused by a faulty signal, according to a spokesperson for the rail operator.', [row(['The delay was caused by a faulty signal'], 'a spokesperson for the rail operator', 'according to', 'reported/according-to-trail')], ["a spokesperson for the rail operator"]],
  ['According to a spokeswoman for the hospital, two patients remain in critical condition.', [row(['two patients remain in critical condition'], 'a spokeswoman for the hospital', 'According to', 'reported/according-to-lead')], ["a spokeswoman for the hospital"]],
  ['A statement from the club said the manager had resigned with immediate effect.', [row(['the manager had resigned with immediate effect'], 'A statement from the club', 'said', 'reported/cue-clause')], ["A statement from the club"]],
  ['A statement released by the palace said the king was resting comfortably.', [row(['the king was resting comfortably'], 'A statement released by the palace', 'said', 'reported/cue-clause')], ["A statement released by the palace"]],
  ['The mayor\'s office said the road would reopen on Monday.', [row(['the road would reopen on Monday'], 'The mayor\'s office', 'said', 'reported/cue-clause')], ["The mayor's office"]],
  ['The governor\'s office said in a statement that the pardon would not be reviewed.', [row(['the pardon would not be reviewed'], 'The governor\'s office', 'said', 'reported/cue-that')], ["The governor's office"]],
  ['The foreign minister told reporters on the sidelines of the summit that a deal was close.', [row(['a deal was close'], 'The foreign minister', 'told', 'reported/cue-that')], ["The foreign minister"]],
  ['The trade secretary told journalists on the margins of the conference that tariffs would stay.', [row(['tariffs would stay'], 'The trade secretary', 'told', 'reported/cue-that')], ["The trade secretary"]],
  ['The senator asked whether the agency had followed its own rules.', [row(['whether the agency had followed its own rules'], 'The senator', 'asked', 'reported/cue-question')], ["The senator"]],
  ['The judge asked why the documents had not been disclosed sooner.', [row(['why the documents had not been disclosed sooner'], 'The judge', 'asked', 'reported/cue-question')], ["The judge"]],
  ['The spokesman did not say whether the factory would close.', [row(['whether the factory would close'], 'The spokesman', 'did not say', 'reported/cue-clause')], ["The spokesman"]],
  ['The company did not say how many workers would lose their jobs.', [row(['how many workers would lose their jobs'], 'The company', 'did not say', 'reported/cue-clause')], ["The company"]],
  ['The plan was a gamble, said Helen Park, who chairs the finance committee.', [row(['The plan was a gamble'], 'Helen Park, who chairs the finance committee', 'said', 'reported/content-cue-speaker')], ["Helen Park"]],
  ['Fares will rise again in the autumn, said the transport chief, who took office in May.', [row(['Fares will rise again in the autumn'], 'the transport chief', 'said', 'reported/content-cue-speaker')], ["the transport chief"]],
  ['The teacher said in an email that classes would resume next week.', [row(['classes would resume next week'], 'The teacher', 'said', 'reported/cue-that')], ["The teacher"]],
  ['The landlord wrote in an email to tenants that the rent would rise.', [row(['the rent would rise'], 'The landlord', 'wrote', 'reported/cue-that')], ["The landlord"]],
  ['In a post on Facebook, the councillor wrote that she was stepping down.', [row(['she was stepping down'], 'the councillor', 'wrote', 'reported/cue-that')], ["the councillor"]],
  ['In a post on Instagram, the singer wrote that she was taking a break from touring.', [row(['she was taking a break from touring'], 'the singer', 'wrote', 'reported/cue-that')], ["the singer"]],
  ['The mayor and the police chief said the curfew would be lifted.', [row(['the curfew would be lifted'], 'The mayor and the police chief', 'said', 'reported/cue-clause')], ["The mayor and the police chief"]],
  ['The minister said the plan was fair, and the opposition leader said it was a fraud.', [row(['the plan was fair'], 'The minister', 'said', 'reported/cue-clause'), row(['it was a fraud'], 'the opposition leader', 'said', 'reported/cue-clause')], ["The minister","the opposition leader"]],
  ['The new rules, the regulator said, will take effect in January.', [row(['The new rules', 'will take effect in January'], 'the regulator', 'said', 'reported/content-speaker-cue')], ["the regulator"]],
  ['The vote, officials said on Monday, would be held in the spring.', [row(['The vote', 'would be held in the spring'], 'officials', 'said', 'reported/content-speaker-cue')], ["officials"]],
  ['"We will appeal," the lawyer said in an email on Sunday.', [row(['We will appeal,'], 'the lawyer', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the lawyer"]],
  ['"No one was hurt," the fire service wrote in a post on Facebook.', [row(['No one was hurt,'], 'the fire service', 'wrote', 'direct/trailing-speaker-cue', 'direct')], ["the fire service"]],
  ['"We have done nothing wrong" — the company\'s chief executive said on Monday — "and we will prove it in court."', [row(['We have done nothing wrong', 'and we will prove it in court.'], 'the company\'s chief executive', 'said', 'direct/trailing-speaker-cue', 'direct')], ["the company's chief executive"]],
  ['"We have lost everything," said the farmer.\n\n"The water came in the night and took the barn."', [row(['We have lost everything,', 'The water came in the night and took the barn.'], 'the farmer', 'said', 'direct/trailing-cue-speaker', 'direct')], ["the farmer"]],
  ['"It was a mistake," one aide said. "A big one," said another.', [row(['It was a mistake,'], 'one aide', 'said', 'direct/trailing-speaker-cue', 'direct'), row(['A big one,'], 'another', 'said', 'direct/trailing-cue-speaker', 'direct')], ["one aide","another"]],
  ['The mayor said (in a rare interview) that the city was broke.', [row(['the city was broke'], 'The mayor', 'said', 'reported/cue-that')], ["The mayor"]],
  ['The spokesman said of the accusations that they were "baseless."', [row(['they were "baseless."'], 'The spokesman', 'said', 'reported/cue-that', 'mixed')], ["The spokesman"]],
  ['The company, in a statement released late Friday, said it would cooperate with investigators.', [row(['it would cooperate with investigators'], 'The company', 'said', 'reported/cue-clause')], ["The company"]],
  ['The senator, speaking on condition of anonymity, said the vote would fail.', [row(['the vote would fail'], 'The senator', 'said', 'reported/cue-clause')], ["The senator"]],
  ['"She told me, \'We will never sell the farm,\'" her brother said.', [row(['She told me, \'We will never sell the farm,\''], 'her brother', 'said', 'direct/trailing-speaker-cue', 'direct')], ["her brother"]],
  ['"Says who?" the farmer shouted back.', [row(['Says who?'], 'the farmer', 'shouted', 'direct/trailing-speaker-cue', 'direct')], ["the farmer"]],
  ['The ministers each said the plan needed more work.', [row(['the plan needed more work'], 'The ministers', 'said', 'reported/cue-clause')], ["The ministers"]],
  ['They each said the plan needed more work.', [row(['the plan needed more work'], 'They', 'said', 'reported/cue-clause')], ["They"]],
  ['The three candidates each told voters that taxes would fall.', [row(['taxes would fall'], 'The three candidates', 'told', 'reported/cue-that')], ["The three candidates"]],
  ['The union and the company each said the talks had been useful.', [row(['the talks had been useful'], 'The union and the company', 'said', 'reported/cue-clause')], ["The union and the company"]],
  ['The mayor, the treasurer and the clerk all said they would resign.', [row(['they would resign'], 'The mayor, the treasurer and the clerk', 'said', 'reported/cue-clause')], ["The mayor, the treasurer and the clerk"]],
  ['The mayor, the police chief and the fire chief all said the curfew had worked.', [row(['the curfew had worked'], 'The mayor, the police chief and the fire chief', 'said', 'reported/cue-clause')], ["The mayor, the police chief and the fire chief"]],
  ['The mayor and the fire chief both said the curfew had worked.', [row(['the curfew had worked'], 'The mayor and the fire chief', 'said', 'reported/cue-clause')], ["The mayor and the fire chief"]],
  ['The two unions both said the offer was too low.', [row(['the offer was too low'], 'The two unions', 'said', 'reported/cue-clause')], ["The two unions"]],
  ['The governor — who said in March that taxes would not rise — signed the tax bill on Friday.', [row(['taxes would not rise'], 'who', 'said', 'reported/cue-that')], ["The governor"]],
  ['The senator -- who told reporters on Monday that the bill was dead -- voted for it on Friday.', [row(['the bill was dead'], 'who', 'told', 'reported/cue-that')], ["The senator"]],
  ['The coach, who said after the game that his team was tired, was fined.', [row(['his team was tired'], 'who', 'said', 'reported/cue-that')], ["The coach"]],
  ['The bridge -- engineers said -- was never safe.', [row(['The bridge', 'was never safe'], 'engineers', 'said', 'reported/content-speaker-cue')], ["engineers"]],
  ['The new stadium – the mayor said – would be finished by spring.', [row(['The new stadium', 'would be finished by spring'], 'the mayor', 'said', 'reported/content-speaker-cue')], ["the mayor"]],
  ['The ferry operator (a spokesman said on Monday) will add two boats.', [row(['The ferry operator', 'will add two boats'], 'a spokesman', 'said', 'reported/content-speaker-cue')], ["a spokesman"]],
  ['The talks — she said on Friday afternoon — had stalled.', [row(['The talks', 'had stalled'], 'she', 'said', 'reported/content-speaker-cue')], ["she"]],
];

describe('issue 11 variants, fifth set (probe20)', () => {
  test.each(variants)('%s', (input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
});

// a cue inside an aside: the content ends at the aside's close; a relative word after the opening
// parenthesis or dash speaks through the phrase before it
const asides: [string, string[], string][] = [
  ['The minister (who said last month that he would step down) attended the ceremony.', ['he would step down'], 'The minister'],
  ['The minister (who said last week that she would resign) voted against the bill.', ['she would resign'], 'The minister'],
  ['The director \u2013 who wrote in June that the museum would close \u2013 has changed her mind.', ['the museum would close'], 'The director'],
];

describe('issue 11 variants, a cue inside an aside (probe20)', () => {
  test.each(asides)('%s', (input, parts, name) => {
    const r = extract(input);
    expect(rows(r)).toEqual([row(parts, 'who', /wrote/.test(input) ? 'wrote' : 'said', 'reported/cue-that')]);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual([name]);
  });
});

const silent: string[] = [
  'The bank seized the said property in March.',
  'The said agreement expires at the end of next year.',
  'The festival will screen "All They Ever Said" on Saturday.',
  'Her memoir, "Things I Never Said," sold a million copies.',
  'Critics of the "green" budget were not convinced.',
  'The bridge -- built in the last century -- was never safe.',
  'The new stadium (the largest in the region) would be finished by spring.',
  'The ferry firm never replied to our questions about the timetable.',
  'No one said a word when the verdict was read.',
  'The coach said nothing about the injury.',
];

describe('issue 11 variants that report nothing, fifth set (probe20)', () => {
  test.each(silent)('%s', (input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
