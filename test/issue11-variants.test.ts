/**
 * Issue 11 shapes on new invented sentences (probe11): the variants another
 * tester would write of the examples (other names with titles,
 * hyphens and initials, other cue verbs of the same kind, present and past,
 * pronoun and name speakers), with the exact parts, speaker mention, cue and
 * rule expected; the non-speech senses and boilerplate that must stay silent;
 * and the speaker names of hyphened first names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const variants: [string, string, Row[]][] = [
  ['"The bill is doomed," Sen. Park said on "Face the ', '"The bill is doomed," Sen. Park said on "Face the Nation."', [row(['The bill is doomed,'], 'Sen. Park', 'said', 'direct/trailing-speaker-cue', 'direct')]],
  ['"The rules are clear," Ms. Tan said. She called th', '"The rules are clear," Ms. Tan said. She called the delay "an insult to voters."', [row(['The rules are clear,'], 'Ms. Tan', 'said', 'direct/trailing-speaker-cue', 'direct'), row(['the delay "an insult to voters."'], 'She', 'called', 'reported/cue-quoted-object', 'mixed')]],
  ['"We are not going anywhere," said Mayor Lin.\\n"Thi', '"We are not going anywhere," said Mayor Lin.\n"This city is our home and we will fight for it."', [row(['We are not going anywhere,', 'This city is our home and we will fight for it.'], 'Mayor Lin', 'said', 'direct/trailing-cue-speaker', 'direct')]],
  ['"We cannot afford it," one said. "Nobody asked us,', '"We cannot afford it," one said. "Nobody asked us," said another.', [row(['We cannot afford it,'], 'one', 'said', 'direct/trailing-speaker-cue', 'direct'), row(['Nobody asked us,'], 'another', 'said', 'direct/trailing-cue-speaker', 'direct')]],
  ['Anne-Marie Dubois said the vote was rigged.', 'Anne-Marie Dubois said the vote was rigged.', [row(['the vote was rigged'], 'Anne-Marie Dubois', 'said', 'reported/cue-clause')]],
  ['As the treasurer put it, the books simply do not b', 'As the treasurer put it, the books simply do not balance.', [row(['the books simply do not balance'], 'the treasurer', 'put it', 'reported/cue-clause')]],
  ['Both candidates reported that turnout was high.', 'Both candidates reported that turnout was high.', [row(['turnout was high'], 'Both candidates', 'reported', 'reported/cue-that')]],
  ['Coach Barnes said he heard the crowd chanting, "Se', 'Coach Barnes said he heard the crowd chanting, "Sell the club," and that it stung.', [row(['he heard the crowd chanting, "Sell the club," and that it stung'], 'Coach Barnes', 'said', 'reported/cue-clause', 'mixed')]],
  ['Council member Anne-Marie Dubois last week said th', 'Council member Anne-Marie Dubois last week said the vote was rigged.', [row(['the vote was rigged'], 'Council member Anne-Marie Dubois', 'said', 'reported/cue-clause')]],
  ['Council member Anne-Marie Dubois said the vote was', 'Council member Anne-Marie Dubois said the vote was rigged.', [row(['the vote was rigged'], 'Council member Anne-Marie Dubois', 'said', 'reported/cue-clause')]],
  ['Councilwoman Dana Ruiz announced her retirement on', 'Councilwoman Dana Ruiz announced her retirement on Monday.', [row(['her retirement on Monday'], 'Councilwoman Dana Ruiz', 'announced', 'reported/cue-object')]],
  ['Critics have described the deal as a betrayal.', 'Critics have described the deal as a betrayal.', [row(['the deal as a betrayal'], 'Critics', 'have described', 'reported/cue-object')]],
  ['Dr. J.R. Whitfield famously said that nobody reads', 'Dr. J.R. Whitfield famously said that nobody reads the fine print.', [row(['nobody reads the fine print'], 'Dr. J.R. Whitfield', 'famously said', 'reported/cue-that')]],
  ['Gov. Carla Mendes pledged to repeal the fuel tax.', 'Gov. Carla Mendes pledged to repeal the fuel tax.', [row(['to repeal the fuel tax'], 'Gov. Carla Mendes', 'pledged', 'reported/cue-infinitive')]],
  ['Governor Hale: Taxes Will Not Rise This Year.', 'Governor Hale: Taxes Will Not Rise This Year.', [row(['Taxes Will Not Rise This Year'], 'Governor Hale', ':', 'reported/headline')]],
  ['HALE: We will not back down.\\n\\nMORGAN: Then you w', 'HALE: We will not back down.\n\nMORGAN: Then you will lose.', [row(['We will not back down'], 'HALE', ':', 'reported/transcript'), row(['Then you will lose'], 'MORGAN', ':', 'reported/transcript')]],
  ['He branded the proposal "a gift to landlords."', 'He branded the proposal "a gift to landlords."', [row(['the proposal "a gift to landlords."'], 'He', 'branded', 'reported/cue-quoted-object', 'mixed')]],
  ['He promised to return the money.', 'He promised to return the money.', [row(['to return the money'], 'He', 'promised', 'reported/cue-infinitive')]],
  ['Her assertion that the funds were missing turned o', 'Her assertion that the funds were missing turned out to be wrong.', [row(['the funds were missing'], 'Her', 'assertion', 'reported/noun-cue')]],
  ['Her warning that prices would rise went unheeded.', 'Her warning that prices would rise went unheeded.', [row(['prices would rise'], 'Her', 'warning', 'reported/noun-cue')]],
  ['His claim that the vote was stolen drew ridicule.', 'His claim that the vote was stolen drew ridicule.', [row(['the vote was stolen'], 'His', 'claim', 'reported/noun-cue')]],
  ['In a letter to shareholders, the chief executive w', 'In a letter to shareholders, the chief executive wrote that profits would fall.', [row(['profits would fall'], 'the chief executive', 'wrote', 'reported/cue-that')]],
  ['In a post on social media, the senator said the vo', 'In a post on social media, the senator said the vote was a sham.', [row(['the vote was a sham'], 'the senator', 'said', 'reported/cue-clause')]],
  ['In an interview with the paper, the governor calle', 'In an interview with the paper, the governor called the plan "reckless."', [row(['the plan "reckless."'], 'the governor', 'called', 'reported/cue-quoted-object', 'mixed')]],
  ['It has been claimed that the tests were faked.', 'It has been claimed that the tests were faked.', [row(['the tests were faked'], null, 'has been claimed', 'reported/cue-that-no-speaker')]],
  ['It was reported that the minister would resign.', 'It was reported that the minister would resign.', [row(['the minister would resign'], null, 'was reported', 'reported/cue-that-no-speaker')]],
  ['Jean-Pierre Blanc said the vote was rigged.', 'Jean-Pierre Blanc said the vote was rigged.', [row(['the vote was rigged'], 'Jean-Pierre Blanc', 'said', 'reported/cue-clause')]],
  ['Jill Carter, Daily Sentinel: "Overlong but never d', 'Jill Carter, Daily Sentinel: "Overlong but never dull."', [row(['Overlong but never dull.'], 'Jill Carter', null, 'direct/roundup', 'direct')]],
  ['Lydia Moss-Grant said the vote was rigged.', 'Lydia Moss-Grant said the vote was rigged.', [row(['the vote was rigged'], 'Lydia Moss-Grant', 'said', 'reported/cue-clause')]],
  ['Mary-Kate Olsen said the vote was rigged.', 'Mary-Kate Olsen said the vote was rigged.', [row(['the vote was rigged'], 'Mary-Kate Olsen', 'said', 'reported/cue-clause')]],
  ['Mr. Okafor dismissed the report as "pure fiction."', 'Mr. Okafor dismissed the report as "pure fiction."', [row(['the report as "pure fiction."'], 'Mr. Okafor', 'dismissed', 'reported/cue-quoted-object', 'mixed')]],
  ['Mr. Ortiz argued that the court had "overstepped i', 'Mr. Ortiz argued that the court had "overstepped its authority."', [row(['the court had "overstepped its authority."'], 'Mr. Ortiz', 'argued', 'reported/cue-that', 'mixed')]],
  ['Omar Price, The Valley Courier: "A tender and furi', 'Omar Price, The Valley Courier: "A tender and furious debut."', [row(['A tender and furious debut.'], 'Omar Price', null, 'direct/roundup', 'direct')]],
  ['Prices will keep climbing, said Dr. Raj Patel, chi', 'Prices will keep climbing, said Dr. Raj Patel, chief economist at Northway Bank.', [row(['Prices will keep climbing'], 'Dr. Raj Patel, chief economist at Northway Bank', 'said', 'reported/content-cue-speaker')]],
  ['Prosecutors asked the judge to delay the hearing.', 'Prosecutors asked the judge to delay the hearing.', [row(['the judge to delay the hearing'], 'Prosecutors', 'asked', 'reported/cue-infinitive')]],
  ['Q: Will you run again?\\n\\nA: I have not decided.', 'Q: Will you run again?\n\nA: I have not decided.', [row(['Will you run again'], 'Q', ':', 'reported/interview'), row(['I have not decided'], null, ':', 'reported/interview')]],
  ['Rep. Lydia Moss-Grant has denied the allegations.', 'Rep. Lydia Moss-Grant has denied the allegations.', [row(['the allegations'], 'Rep. Lydia Moss-Grant', 'has denied', 'reported/cue-object')]],
  ['Reporters asked whether the bridge would close.', 'Reporters asked whether the bridge would close.', [row(['whether the bridge would close'], 'Reporters', 'asked', 'reported/cue-question')]],
  ['Sen. Jean-Luc Moreau said the vote was rigged.', 'Sen. Jean-Luc Moreau said the vote was rigged.', [row(['the vote was rigged'], 'Sen. Jean-Luc Moreau', 'said', 'reported/cue-clause')]],
  ['Sen. Omar Haddad-Kent threatened to block the nomi', 'Sen. Omar Haddad-Kent threatened to block the nomination.', [row(['to block the nomination'], 'Sen. Omar Haddad-Kent', 'threatened', 'reported/cue-infinitive')]],
  ['Senate Leader Vows Quick Vote On Budget', 'Senate Leader Vows Quick Vote On Budget', [row(['Quick Vote On Budget'], 'Senate Leader', 'Vows', 'reported/headline-verb')]],
  ['She labeled the ruling "a travesty."', 'She labeled the ruling "a travesty."', [row(['the ruling "a travesty."'], 'She', 'labeled', 'reported/cue-quoted-object', 'mixed')]],
  ['She says the plan is unworkable.', 'She says the plan is unworkable.', [row(['the plan is unworkable'], 'She', 'says', 'reported/cue-clause')]],
  ['She was described as "tireless."', 'She was described as "tireless."', [row(['She', 'as "tireless."'], null, 'was described', 'reported/passive-quoted', 'mixed')]],
  ['She wondered why the council had waited so long.', 'She wondered why the council had waited so long.', [row(['why the council had waited so long'], 'She', 'wondered', 'reported/cue-clause')]],
  ['The bill was described as "dead on arrival" by Sen', 'The bill was described as "dead on arrival" by Sen. Ruiz.', [row(['The bill', 'as "dead on arrival"'], 'Sen. Ruiz', 'was described', 'reported/passive-quoted', 'mixed')]],
  ['The bill was described as "dead on arrival."', 'The bill was described as "dead on arrival."', [row(['The bill', 'as "dead on arrival."'], null, 'was described', 'reported/passive-quoted', 'mixed')]],
  ['The chief described the raid as "a textbook operat', 'The chief described the raid as "a textbook operation."', [row(['the raid as "a textbook operation."'], 'The chief', 'described', 'reported/cue-quoted-object', 'mixed')]],
  ['The claim that the ship sank was later withdrawn.', 'The claim that the ship sank was later withdrawn.', [row(['the ship sank'], null, 'claim', 'reported/noun-cue')]],
  ['The club announced a new sponsor.', 'The club announced a new sponsor.', [row(['a new sponsor'], 'The club', 'announced', 'reported/cue-object')]],
  ['The coach was quoted as saying the team lacked hea', 'The coach was quoted as saying the team lacked heart.', [row(['the team lacked heart'], 'The coach', 'was quoted as saying', 'reported/cue-clause')]],
  ['The company claimed to have fixed the leak.', 'The company claimed to have fixed the leak.', [row(['to have fixed the leak'], 'The company', 'claimed', 'reported/cue-infinitive')]],
  ['The director is said to have opposed the merger.', 'The director is said to have opposed the merger.', [row(['The director', 'to have opposed the merger'], null, 'is said', 'reported/said-to')]],
  ['The league emphasized that the coach was "ready to', 'The league emphasized that the coach was "ready to lead the club," the players focused on the role he played in the scandal.', [row(['the coach was "ready to lead the club,"'], 'The league', 'emphasized', 'reported/cue-that', 'mixed')]],
  ['The market will recover by autumn, said Helen Ng, ', 'The market will recover by autumn, said Helen Ng, an economist at the University of Leeds.', [row(['The market will recover by autumn'], 'Helen Ng, an economist at the University of Leeds', 'said', 'reported/content-cue-speaker')]],
  ['The mayor announced his bid for a second term.', 'The mayor announced his bid for a second term.', [row(['his bid for a second term'], 'The mayor', 'announced', 'reported/cue-object')]],
  ['The mayor dubbed the project "a white elephant."', 'The mayor dubbed the project "a white elephant."', [row(['the project "a white elephant."'], 'The mayor', 'dubbed', 'reported/cue-quoted-object', 'mixed')]],
  ['The mayor said the budget was balanced; critics di', 'The mayor said the budget was balanced; critics disagreed.', [row(['the budget was balanced'], 'The mayor', 'said', 'reported/cue-clause')]],
  ['The mayor urged residents to conserve water.', 'The mayor urged residents to conserve water.', [row(['residents to conserve water'], 'The mayor', 'urged', 'reported/cue-infinitive')]],
  ["The mayor's assertion that crime had fallen was di", "The mayor's assertion that crime had fallen was disputed.", [row(['crime had fallen'], "The mayor's", 'assertion', 'reported/noun-cue')]],
  ['The minister said the reforms were "long overdue a', 'The minister said the reforms were "long overdue and badly needed."', [row(['the reforms were "long overdue and badly needed."'], 'The minister', 'said', 'reported/cue-clause', 'mixed')]],
  ['The ministry confirmed the closure of two clinics.', 'The ministry confirmed the closure of two clinics.', [row(['the closure of two clinics'], 'The ministry', 'confirmed', 'reported/cue-object')]],
  ['The offer, which the union branded "an insult," wa', 'The offer, which the union branded "an insult," was withdrawn.', [row(['which', '"an insult,"'], 'the union', 'branded', 'reported/cue-quoted-object', 'mixed')]],
  ['The plan was described as "dead."', 'The plan was described as "dead."', [row(['The plan', 'as "dead."'], null, 'was described', 'reported/passive-quoted', 'mixed')]],
  ['The proposal was branded "a gift to landlords."', 'The proposal was branded "a gift to landlords."', [row(['The proposal', '"a gift to landlords."'], null, 'was branded', 'reported/passive-quoted', 'mixed')]],
  ['The senator denies any wrongdoing.', 'The senator denies any wrongdoing.', [row(['any wrongdoing'], 'The senator', 'denies', 'reported/cue-object')]],
  ['The statement that the plant was safe proved false', 'The statement that the plant was safe proved false.', [row(['the plant was safe'], null, 'statement', 'reported/noun-cue')]],
  ['The strike was denounced as "illegal and reckless.', 'The strike was denounced as "illegal and reckless."', [row(['The strike', 'as "illegal and reckless."'], null, 'was denounced', 'reported/passive-quoted', 'mixed')]],
  ['The union vowed to strike until wages rise.', 'The union vowed to strike until wages rise.', [row(['to strike until wages rise'], 'The union', 'vowed', 'reported/cue-infinitive')]],
  ['The unions warn that strikes will follow.', 'The unions warn that strikes will follow.', [row(['strikes will follow'], 'The unions', 'warn', 'reported/cue-that')]],
  ['The water board on Tuesday said the pipes were sou', 'The water board on Tuesday said the pipes were sound.', [row(['the pipes were sound'], 'The water board', 'said', 'reported/cue-clause')]],
  ['They insist the money was spent properly.', 'They insist the money was spent properly.', [row(['the money was spent properly'], 'They', 'insist', 'reported/cue-clause')]],
  ['When asked about the layoffs, the chairman changed', 'When asked about the layoffs, the chairman changed the subject.', [row(['the layoffs'], null, 'asked about', 'reported/asked')]],
];

describe('issue 11 variants (probe11)', () => {
  test.each(variants)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

const silent: [string, string][] = [
  ['A lawyer for Mr. Shaw could not be reached for com', 'A lawyer for Mr. Shaw could not be reached for comment.'],
  ['Few people can tell the twins apart.', 'Few people can tell the twins apart.'],
  ['Ms. Lowe did not respond to several requests for c', 'Ms. Lowe did not respond to several requests for comment.'],
  ['Nearly half of those polled answered the survey on', 'Nearly half of those polled answered the survey online.'],
  ['Retailer adds 300 jobs; sales rise 4%.', 'Retailer adds 300 jobs; sales rise 4%.'],
  ['The airline announced a bid for its rival.', 'The airline announced a bid for its rival.'],
  ['The bank announced a quarterly dividend.', 'The bank announced a quarterly dividend.'],
  ['The branded goods sold well.', 'The branded goods sold well.'],
  ['The chairman called a meeting for Friday.', 'The chairman called a meeting for Friday.'],
  ['The factory added 500 jobs last quarter.', 'The factory added 500 jobs last quarter.'],
  ['The firm reported income of $3 million.', 'The firm reported income of $3 million.'],
  ['The mining group announced a takeover bid for Rio ', 'The mining group announced a takeover bid for Rio Steel.'],
  ['did not immediately respond, boilerplate', 'A ministry aide did not immediately respond on Friday.'],
  ['The spokesman declined to comment.', 'The spokesman declined to comment.'],
];

describe('issue 11 variants that report nothing (probe11)', () => {
  test.each(silent)('%s', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});

const hyphenedNames: [string, string][] = [
  ['Anne-Marie Dubois said the vote was rigged.', 'Anne-Marie Dubois'],
  ['Council member Anne-Marie Dubois said the vote was rigged.', 'Anne-Marie Dubois'],
  ['Mary-Kate Olsen said the vote was rigged.', 'Mary-Kate Olsen'],
  ['Sen. Jean-Luc Moreau said the vote was rigged.', 'Jean-Luc Moreau'],
  ['Lydia Moss-Grant said the vote was rigged.', 'Lydia Moss-Grant'],
];

describe('a hyphened first name keeps its first half (probe11)', () => {
  test.each(hyphenedNames)('%s', (input, name) => {
    const r = extract(input);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual([name]);
    expect(r.speakers.map((s) => s.titles)).not.toContainEqual(expect.arrayContaining([expect.stringMatching(/-$/)]));
  });
});
