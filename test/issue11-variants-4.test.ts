/**
 * Issue 11 shapes on a fourth set of new invented sentences (probe19), varied
 * apart from test/issue11-variants.test.ts, -2 and -3 and the mixed-quote
 * tests: naming verbs with a quoted complement (labelled, termed, branded,
 * dubbed, hailed as, derided as, referred to X as, compared X to, described X as with long
 * objects and an appositive inside the object), their passives with an agent
 * ("was hailed as "..." by", "was dubbed "..." by"), mixed quotes inside
 * that-clauses and bare clauses, two quoted stretches in one report, two
 * reports in one sentence, a mixed quote after a direct quote by the same
 * speaker, quoted words with ellipses and brackets, a content-cue-content
 * sentence after a sentence that only introduces the speaker, programme and
 * newspaper names after the cue, long appositives with commas, and fronted
 * "In an interview with X," / "Speaking at Y," phrases; then titles of works,
 * nicknames, scare quotes and non-speech senses that stay silent. Each row
 * gives the exact parts, speaker mention, cue and rule, and the speaker names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const variants: [string, Row[], (string | null)[]][] = [
  ['"We are not going anywhere," the owner said. She added that the shop was "part of the street\'s history."', [row(['We are not going anywhere,'], 'the owner', 'said', 'direct/trailing-speaker-cue', 'direct'), row(['the shop was "part of the street\'s history."'], 'She', 'added', 'reported/cue-that', 'mixed')], ["the owner","the owner"]],
  ['"We will rebuild," the mayor said. Later she called the fire "the darkest day in our history."', [row(['We will rebuild,'], 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'), row(['the fire "the darkest day in our history."'], 'she', 'called', 'reported/cue-quoted-object', 'mixed')], ["the mayor","the mayor"]],
  ['In a letter to shareholders, the chief executive described the year as "challenging but rewarding."', [row(['the year as "challenging but rewarding."'], 'the chief executive', 'described', 'reported/cue-quoted-object', 'mixed')], ["the chief executive"]],
  ['In an interview with the Guardian, the actress called the film "the hardest role of my life."', [row(['the film "the hardest role of my life."'], 'the actress', 'called', 'reported/cue-quoted-object', 'mixed')], ["the actress"]],
  ['Local residents dubbed the new tower "the glass fortress."', [row(['the new tower "the glass fortress."'], 'Local residents', 'dubbed', 'reported/cue-quoted-object', 'mixed')], ["Local residents"]],
  ['Maria Lopez, a nurse who has worked at the hospital for twenty years, said the ward was "at breaking point."', [row(['the ward was "at breaking point."'], 'Maria Lopez, a nurse who has worked at the hospital for twenty years', 'said', 'reported/cue-clause', 'mixed')], ["Maria Lopez"]],
  ['Opponents branded the law "a tax on the poor."', [row(['the law "a tax on the poor."'], 'Opponents', 'branded', 'reported/cue-quoted-object', 'mixed')], ["Opponents"]],
  ['She did not hold back. The plan, she said, was "a mess."', [row(['The plan', 'was "a mess."'], 'she', 'said', 'reported/content-speaker-cue', 'mixed')], ["she"]],
  ['Speaking at a rally in Ohio, the candidate described his rival as "weak and confused."', [row(['his rival as "weak and confused."'], 'the candidate', 'described', 'reported/cue-quoted-object', 'mixed')], ["the candidate"]],
  ['Speaking to reporters on Tuesday, the prime minister said the talks were "going well."', [row(['the talks were "going well."'], 'the prime minister', 'said', 'reported/cue-clause', 'mixed')], ["the prime minister"]],
  ['The analyst told "Morning Edition" on Monday that prices would fall.', [row(['prices would fall'], 'The analyst', 'told', 'reported/cue-far-that')], ["The analyst"]],
  ['The auditor termed the spending spree "reckless and indefensible."', [row(['the spending spree "reckless and indefensible."'], 'The auditor', 'termed', 'reported/cue-quoted-object', 'mixed')], ["The auditor"]],
  ['The bill was branded "a betrayal" by union leaders.', [row(['The bill', '"a betrayal"'], 'union leaders', 'was branded', 'reported/passive-quoted', 'mixed')], ["union leaders"]],
  ['The bishop said the decision was "[not] in keeping with church teaching."', [row(['the decision was "[not] in keeping with church teaching."'], 'The bishop', 'said', 'reported/cue-clause', 'mixed')], ["The bishop"]],
  ['The chairman, Thomas Berg, a former banker, said the results were "deeply disappointing."', [row(['the results were "deeply disappointing."'], 'The chairman, Thomas Berg, a former banker', 'said', 'reported/cue-clause', 'mixed')], ["Thomas Berg"]],
  ['The chef was hailed as "a genius of the kitchen" by the judges.', [row(['The chef', 'as "a genius of the kitchen"'], 'the judges', 'was hailed', 'reported/passive-quoted', 'mixed')], ["the judges"]],
  ['The coach referred to his young striker as "the future of this club."', [row(['his young striker as "the future of this club."'], 'The coach', 'referred to', 'reported/cue-quoted-object', 'mixed')], ["The coach"]],
  ['The council leader said that the budget was "a disaster waiting to happen."', [row(['the budget was "a disaster waiting to happen."'], 'The council leader', 'said', 'reported/cue-that', 'mixed')], ["The council leader"]],
  ['The critic called the novel "a triumph."', [row(['the novel "a triumph."'], 'The critic', 'called', 'reported/cue-quoted-object', 'mixed')], ["The critic"]],
  ['The critics hailed the film.', [row(['the film'], 'The critics', 'hailed', 'reported/cue-object')], ["The critics"]],
  ['The director told The New York Times the studio had "lost its nerve."', [row(['the studio had "lost its nerve."'], 'The director', 'told', 'reported/cue-clause', 'mixed')], ["The director"]],
  ['The economist warned that inflation could become "a permanent feature of daily life."', [row(['inflation could become "a permanent feature of daily life."'], 'The economist', 'warned', 'reported/cue-that', 'mixed')], ["The economist"]],
  ['The farmer called the drought "a slow-motion catastrophe," and the minister called it "manageable."', [row(['the drought "a slow-motion catastrophe,"'], 'The farmer', 'called', 'reported/cue-quoted-object', 'mixed'), row(['it "manageable."'], 'the minister', 'called', 'reported/cue-quoted-object', 'mixed')], ["The farmer","the minister"]],
  ['The governor told the BBC the floods were "the worst in a century."', [row(['the floods were "the worst in a century."'], 'The governor', 'told', 'reported/cue-clause', 'mixed')], ["The governor"]],
  ['The historian wrote in The Atlantic that the treaty had been "a grave mistake."', [row(['the treaty had been "a grave mistake."'], 'The historian', 'wrote', 'reported/cue-that', 'mixed')], ["The historian"]],
  ['The inspector described the conditions inside the ageing factory on the river as "filthy, cramped and dangerous."', [row(['the conditions inside the ageing factory on the river as "filthy, cramped and dangerous."'], 'The inspector', 'described', 'reported/cue-quoted-object', 'mixed')], ["The inspector"]],
  ['The judge described the defendant, a former bank clerk from the suburbs, as "a calculating thief."', [row(['the defendant, a former bank clerk from the suburbs, as "a calculating thief."'], 'The judge', 'described', 'reported/cue-quoted-object', 'mixed')], ["The judge"]],
  ['The mayor derided the proposal as "a gimmick dressed up as policy."', [row(['the proposal as "a gimmick dressed up as policy."'], 'The mayor', 'derided', 'reported/cue-quoted-object', 'mixed')], ["The mayor"]],
  ['The mayor was dubbed "the builder" by the local paper.', [row(['The mayor', '"the builder"'], 'the local paper', 'was dubbed', 'reported/passive-quoted', 'mixed')], ["the local paper"]],
  ['The minister called the strike "pointless" and the union\'s demands "absurd."', [row(['the strike "pointless" and the union\'s demands "absurd."'], 'The minister', 'called', 'reported/cue-quoted-object', 'mixed')], ["The minister"]],
  ['The novelist said the prize was "a complete surprise" and the money "a lifeline."', [row(['the prize was "a complete surprise" and the money "a lifeline."'], 'The novelist', 'said', 'reported/cue-clause', 'mixed')], ["The novelist"]],
  ['The old ferry was dubbed "the floating coffin" by commuters.', [row(['The old ferry', '"the floating coffin"'], 'commuters', 'was dubbed', 'reported/passive-quoted', 'mixed')], ["commuters"]],
  ['The party\'s leader was derided as "out of touch" by her own backbenchers.', [row(['The party\'s leader', 'as "out of touch"'], 'her own backbenchers', 'was derided', 'reported/passive-quoted', 'mixed')], ["her own backbenchers"]],
  ['The police chief said the attack was "cowardly," adding that officers were "working around the clock."', [row(['the attack was "cowardly,"'], 'The police chief', 'said', 'reported/cue-clause', 'mixed'), row(['officers were "working around the clock."'], 'The police chief', 'adding', 'reported/cue-that', 'mixed')], ["The police chief","The police chief"]],
  ['The press dubbed her "the Iron Chancellor."', [row(['her "the Iron Chancellor."'], 'The press', 'dubbed', 'reported/cue-quoted-object', 'mixed')], ["The press"]],
  ['The reformers were hailed as "heroes of the revolution" by the crowd.', [row(['The reformers', 'as "heroes of the revolution"'], 'the crowd', 'were hailed', 'reported/passive-quoted', 'mixed')], ["the crowd"]],
  ['The regulator said the merger would leave shoppers "with fewer choices and higher bills."', [row(['the merger would leave shoppers "with fewer choices and higher bills."'], 'The regulator', 'said', 'reported/cue-clause', 'mixed')], ["The regulator"]],
  ['The report described the prison as "unfit for human habitation."', [row(['the prison as "unfit for human habitation."'], 'The report', 'described', 'reported/cue-quoted-object', 'mixed')], ["The report"]],
  ['The senator dubbed the bill the "Robber Act."', [row(['the bill the "Robber Act."'], 'The senator', 'dubbed', 'reported/cue-quoted-object', 'mixed')], ["The senator"]],
  ['The senator told "Face the Nation" that the deal was "dead on arrival."', [row(['the deal was "dead on arrival."'], 'The senator', 'told', 'reported/cue-far-that', 'mixed')], ["The senator"]],
  ['The senator, a Republican from Texas who chairs the committee, called the report "a partisan hit job."', [row(['the report "a partisan hit job."'], 'The senator, a Republican from Texas who chairs the committee', 'called', 'reported/cue-quoted-object', 'mixed')], ["The senator"]],
  ['The tabloid branded him "the worst landlord in the city."', [row(['him "the worst landlord in the city."'], 'The tabloid', 'branded', 'reported/cue-quoted-object', 'mixed')], ["The tabloid"]],
  ['The trainer said the horse was "tired but ... ready to race again."', [row(['the horse was "tired but ... ready to race again."'], 'The trainer', 'said', 'reported/cue-clause', 'mixed')], ["The trainer"]],
  ['The treasurer hailed the deal as "a breakthrough for the region."', [row(['the deal as "a breakthrough for the region."'], 'The treasurer', 'hailed', 'reported/cue-quoted-object', 'mixed')], ["The treasurer"]],
  ['The treasurer hailed the deal as a breakthrough.', [row(['the deal as a breakthrough'], 'The treasurer', 'hailed', 'reported/cue-object')], ["The treasurer"]],
  ['The treasurer was blunt. The accounts, he said, were "in chaos."', [row(['The accounts', 'were "in chaos."'], 'he', 'said', 'reported/content-speaker-cue', 'mixed')], ["he"]],
  ['The union leader labelled the pay offer "an insult to every nurse in the country."', [row(['the pay offer "an insult to every nurse in the country."'], 'The union leader', 'labelled', 'reported/cue-quoted-object', 'mixed')], ["The union leader"]],
  ['The witness said she saw "a man in a blue coat ... running toward the station."', [row(['she saw "a man in a blue coat ... running toward the station."'], 'The witness', 'said', 'reported/cue-clause', 'mixed')], ["The witness"]],
  ['The witness said the driver "[was] going far too fast."', [row(['the driver "[was] going far too fast."'], 'The witness', 'said', 'reported/cue-clause', 'mixed')], ["The witness"]],
  ['The senator compared the new rules to "handcuffs on small business."', [row(['the new rules to "handcuffs on small business."'], 'The senator', 'compared', 'reported/cue-quoted-object', 'mixed')], ["The senator"]],
  ['The governor compared the tax cut to a sugar rush for the economy.', [row(['the tax cut to a sugar rush for the economy'], 'The governor', 'compared', 'reported/cue-object')], ["The governor"]],
  ['Critics have compared the stadium deal to a blank cheque.', [row(['the stadium deal to a blank cheque'], 'Critics', 'have compared', 'reported/cue-object')], ["Critics"]],
];

describe('issue 11 variants, fourth set (probe19)', () => {
  test.each(variants)('%s', (input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
});

const silent: string[] = [
  'She starred in the play "A House of Glass" at the city theatre.',
  'The striker, known to fans as "the Rocket," scored twice.',
  'The so-called "reform package" was quietly dropped.',
  'The gallery opened a show titled "Faces of the Harbor" on Friday.',
  'The band released "Broken Compass," its third album, in May.',
  'The company called the meeting to order.',
  'The price of bread rose sharply when compared with last year.',
  // "compare" reports only when it likens one thing to another
  'The trial compared two groups of patients over five years.',
  'Engineers compared the test results with figures from the spring.',
];

describe('issue 11 variants that report nothing, fourth set (probe19)', () => {
  test.each(silent)('%s', (input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
