/**
 * Speaker resolution, round 5 (issue 10): what a pronoun may stand for.
 * A name after "of" that follows a title or a word for a person is where
 * that person works ("the president of Harbor Watch"), a postal code written
 * with periods ("N.D.") is a state, a dateline's city is no organisation,
 * and a word followed by a number ("Sept. 9", "No. 4") names no one. A
 * title of lower rank ("Vice President", "Lt. Gov.") fits a description only
 * when the description names the rank ("the vice president"). A surname
 * used alone before a relative is named ("her husband, Paul Lund") is not
 * that relative, and a surname joins a full name ending in "Jr." or "III". Each
 * row gives the exact quote, cue, speaker name, mention, `via` and entity
 * kind; the last rows must not change. A name whose possessive owns nothing
 * ("had Brantley's and ...") is a shop, a firm or an illness, not a person; a plural name after "the"
 * ("the Hallorans") is a family or a group; a name an appositive or an "of"
 * calls a town or an agency ("the state capital, Dover", "Kestrel, the news
 * agency,") is no person. Every sentence and name is invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `text | cue | name <- mention [via, kind]`. */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => {
    const s = q.speaker;
    const who = s === null ? '-' : `${s.name} <- ${s.mention?.text ?? '(context)'} [${s.via}, ${r.speakers[s.id]?.kind}]`;
    return `${q.text} | ${q.cue?.span.text ?? '-'} | ${who}`;
  });
}

describe('pronouns', () => {
  test.each([
    {
      name: 'he is the president, not the group he is president of',
      input: 'Tom Hale, the president of Harbor Watch, spoke to reporters. "The port is unsafe," he said.',
      output: ['The port is unsafe, | said | Tom Hale <- he [pronoun, person]'],
    },
    {
      name: 'she is the director, not the firm she directs',
      input: 'Dana Price, the director of Keller Analytics, was blunt. "We saw it coming," she said.',
      output: ['We saw it coming, | said | Dana Price <- she [pronoun, person]'],
    },
    {
      name: 'a postal code with periods is a state that "they" never stands for (the people from it do)',
      input: 'Officials from N.H. spoke. They said the vote was fair.',
      output: ['the vote was fair | said | Officials from N.H. <- They [pronoun, group]'],
    },
    {
      name: 'a dateline\'s city and state are no organisation for "it"',
      input: 'BRANFORD, N.D. — Local growers met on Monday. It said prices would fall.',
      output: ['prices would fall | said | It <- It [pronoun, unknown]'],
    },
    {
      name: 'an abbreviated month before a day is no person for "he"',
      input: 'Ann Lee left a Sept. 9 event early. "We will talk soon," he said.',
      output: ['We will talk soon, | said | he <- he [pronoun, unknown]'],
    },
    {
      name: '"No." before a number is no person for "he"',
      input: 'Ann Lee praised the Hale (No. 7) years. "We will talk soon," he said.',
      output: ['the Hale | praised | Ann Lee <- Ann Lee [name, person]', 'We will talk soon, | said | Hale <- he [pronoun, person]'],
    },
    {
      name: 'a possessive that owns nothing (an illness) is no person for "she"',
      input: 'Ann Lee spoke for an hour. She has wept with a man whose father had Brantley\'s and a woman who lost her farm. "We owe them more," she said.',
      output: ['We owe them more, | said | Ann Lee <- she [pronoun, person]'],
    },
    {
      name: 'a possessive that owns nothing, glued to its name and before a comma, is no person for "she"',
      input: 'Ann Lee spoke for an hour. She told of a neighbour who had Brantley\'s, and of the clinic. "We owe them more," she said.',
      output: ['who had Brantley\'s, and of the clinic | told | Ann Lee <- She [pronoun, person]', 'We owe them more, | said | Ann Lee <- she [pronoun, person]'],
    },
    {
      name: 'a possessive before what it owns is still a person (must not change)',
      input: 'Ann Lee read Ivo Tamm\'s letter aloud. "It moved me," he said.',
      output: ['It moved me, | said | Ivo Tamm <- he [pronoun, person]'],
    },
    {
      name: 'a plural name after "the" is a family, not "she"',
      input: 'Ann Lee is a nurse. Her friends admire the Hallorans. "They have a loyal base," she said.',
      output: ['They have a loyal base, | said | Ann Lee <- she [pronoun, person]'],
    },
    {
      name: 'plural names after "the" are groups, not "he"',
      input: 'Tom Hale spoke last. The Teamsters, the Pipefitters and the Welders were waiting. "We will decide soon," he said.',
      output: ['We will decide soon, | said | Tom Hale <- he [pronoun, person]'],
    },
    {
      name: 'a full name whose surname ends in s is still a person (must not change)',
      input: 'Ann Lee spoke last. Her friends admire Paul Sanders. "We will win," he said.',
      output: ['We will win, | said | Paul Sanders <- he [pronoun, person]'],
    },
    {
      name: 'a name a settlement noun introduces ("the state capital, Dover") is a place, not "he"',
      input: 'Tom Hale grew up near Brill. He moved last year to the state capital, Dover. "The rent is too high," he said.',
      output: ['The rent is too high, | said | Tom Hale <- he [pronoun, person]'],
    },
    {
      name: 'a name after a sentence-opening phrase ending in a settlement noun is the subject, a person (round 12)',
      input: 'Back in her hometown, Ann Lee opened a bakery. She said business was good.',
      output: ['business was good | said | Ann Lee <- She [pronoun, person]'],
    },
    {
      name: 'a name after "Across the state," is a person for "he" (round 12)',
      input: 'Across the state, Tom Hale has held rallies. He said the crowds were large.',
      output: ['the crowds were large | said | Tom Hale <- He [pronoun, person]'],
    },
    {
      name: 'a settlement noun before a comma and a name that does not close the phrase names no place (round 12)',
      input: 'Paul Orm stayed behind. After the vote in the capital, Ann Lee flew home. She said she was tired.',
      output: ['she was tired | said | Ann Lee <- She [pronoun, person]'],
    },
    {
      name: 'a name with an appositive ending in an organisation noun is no person for "he"',
      input: 'Tom Hale spoke first. The story was picked up by Kestrel, the official news agency, on Monday. "It was unfair," he said.',
      output: ['It was unfair, | said | Tom Hale <- he [pronoun, person]'],
    },
    {
      name: '"the town of" names a place, not "he"',
      input: 'Tom Hale spoke first. A court in the town of Brill fined a man on Monday. "It was fair," he said.',
      output: ['It was fair, | said | Tom Hale <- he [pronoun, person]'],
    },
    {
      name: 'a person whose appositive has "of" before an organisation noun stays a person (must not change)',
      input: 'Ann Lee spoke first. The report was written by Paul Orm, the head of the agency, on Monday. "It was fair," he said.',
      output: ['It was fair, | said | Paul Orm <- he [pronoun, person]'],
    },
    {
      name: 'a person after "the head of the campaign," stays a person (must not change)',
      input: 'Ann Lee spoke first. The report came from the head of the campaign, Paul Orm, on Monday. "It was fair," he said.',
      output: ['It was fair, | said | Paul Orm <- he [pronoun, person]'],
    },
    {
      name: 'a word opening a sentence before an adverb ("Minutes later") is no person for "she"',
      input: 'Ann Lee spoke first. Minutes later, she sent a note. "It is done," she said.',
      output: ['It is done, | said | Ann Lee <- she [pronoun, person]'],
    },
    {
      name: 'a word opening a sentence before "that" ("Promising that") is no person for "he"',
      input: 'Tom Hale spoke first. Promising that he would return, he left the hall. "We will see," he said.',
      output: ['We will see, | said | Tom Hale <- he [pronoun, person]'],
    },
    {
      name: 'a lone surname that speaks before an adverb stays a person (must not change)',
      input: 'Ann Lee spoke first. Oduya later said the plan was sound. "It is done," he said.',
      output: ['the plan was sound | later said | Oduya <- Oduya [name, person]', 'It is done, | said | Oduya <- he [pronoun, person]'],
    },
    {
      name: 'the last word of a title after "on" ("the Joint Board on Tariffs") is no person for "he"',
      input: 'Paul Orm spoke first. A report came from the Joint Board on Tariffs. "The fees are too high," he said.',
      output: ['The fees are too high, | said | Paul Orm <- he [pronoun, person]'],
    },
    {
      name: 'the last word of a title after "of" ("the March of Pennies") is no person for "she"',
      input: 'Ann Lee spoke first. The money went to the March of Pennies. "We need help," she said.',
      output: ['We need help, | said | Ann Lee <- she [pronoun, person]'],
    },
    {
      name: 'a lone name before "of" and a town is still a person, the town is not (must not change the person)',
      input: 'Ann Lee met Oduya of Brillton on Monday. "We need help," he said.',
      output: ['We need help, | said | Oduya <- he [pronoun, person]'],
    },
    {
      name: 'a possessive before "and" and another possessive that owns a noun is a person (round 12)',
      input: "Ann Lee's and Tom Hale's proposals were debated for hours. She said hers would pass.",
      output: ['hers would pass | said | Ann Lee <- She [pronoun, person]'],
    },
    {
      name: 'a predicative possessive closing the sentence is a person (round 12)',
      input: "The winning design was Ann Lee's! She said she was proud.",
      output: ['she was proud | said | Ann Lee <- She [pronoun, person]'],
    },
    {
      name: 'a sentence opener before "for" is no title: the name after it is "he" (round 12)',
      input: 'Support for Paul Orm grew. Praise for Okafor came later. He said he was grateful.',
      output: ['he was grateful | said | Okafor <- He [pronoun, person]'],
    },
    {
      name: 'a lone name after a sentence-opening "Praise for" is a person (round 12)',
      input: 'Praise for Okafor came from all sides. He said he was grateful.',
      output: ['he was grateful | said | Okafor <- He [pronoun, person]'],
    },
    {
      name: 'a full name after "thanked ... for" stays a person (must not change)',
      input: 'Paul Orm spoke first. Ann Lee thanked Tom Hale for Sunday. "We need help," he said.',
      output: ['We need help, | said | Tom Hale <- he [pronoun, person]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('descriptions and lower ranks', () => {
  test.each([
    {
      name: 'the president is not the vice president',
      input: 'President Tom Hale and Vice President Ann Lee toured the plant. "We will build more," the president said.',
      output: ['We will build more, | said | Tom Hale <- the president [description, person]'],
    },
    {
      name: 'a vice president is no former president',
      input: 'Vice President Tom Hale spoke in the morning. "We are ready," the former president said later.',
      output: ['We are ready, | said | the former president <- the former president [description, person]'],
    },
    {
      name: 'a lieutenant governor written as two titles is not the governor',
      input: 'Lt. Gov. Ann Lee spoke first. "We are ready," the governor said.',
      output: ['We are ready, | said | the governor <- the governor [description, person]'],
    },
    {
      name: 'a description that names the lower rank still fits',
      input: 'Lt. Gov. Ann Lee spoke first. "We are ready," the lieutenant governor said.',
      output: ['We are ready, | said | Ann Lee <- the lieutenant governor [description, person]'],
    },
    {
      name: 'a deputy director is the deputy director',
      input: 'Deputy Director Ann Lee spoke. "We are ready," the deputy director said.',
      output: ['We are ready, | said | Ann Lee <- the deputy director [description, person]'],
    },
    {
      name: 'a plain title still fits (must not change)',
      input: 'Gov. Ann Lee spoke first. "We are ready," the governor said.',
      output: ['We are ready, | said | Ann Lee <- the governor [description, person]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('surnames: relatives and generational suffixes', () => {
  test.each([
    {
      name: 'a surname used alone before a husband is named stays with the person the text is about',
      input: 'Lund ran the firm for six years. "We grew fast," Lund said. Flying home one night, she told her husband, Paul Lund, that the deal was ugly. "It was a fight," Lund said later.',
      output: ['We grew fast, | said | Lund <- Lund [name, person]', 'Flying home one night that the deal was ugly | told | Lund <- she [pronoun, person]', 'It was a fight, | said | Lund <- Lund [name, person]'],
    },
    {
      name: 'the surname goes to the full name before the relative',
      input: 'Carla Lund ran the firm. Lund was tough. Flying home one night, she told her husband, Paul Lund, that the deal was ugly. "It was a fight," Lund said later.',
      output: ['Flying home one night that the deal was ugly | told | Carla Lund <- she [pronoun, person]', 'It was a fight, | said | Carla Lund <- Lund [name, person]'],
    },
    {
      name: 'a father named after "Mr. Ward\'s" is not Mr. Ward',
      input: 'Mr. Ward spoke first. Mr. Ward\'s father, Tom Ward, had run the mill. "It was hard," Mr. Ward said.',
      output: ['It was hard, | said | Ward <- Mr. Ward [name, person]'],
    },
    {
      name: 'a surname joins a full name with "III"',
      input: '"Yes, I back the plan," Tom Weller III, founder of the Weller Fund, said. Weller was five when his father, Tom Weller Jr., ran for office. "That is the new reality," Weller says.',
      output: ['Yes, I back the plan, | said | Tom Weller III <- Tom Weller III, founder of the Weller Fund [name, person]', 'That is the new reality, | says | Tom Weller III <- Weller [name, person]'],
    },
    {
      name: '"Mr. Ross" joins "Dale Ross Jr."',
      input: 'Dale Ross Jr. ran the mill. "We are hiring," Mr. Ross said.',
      output: ['We are hiring, | said | Dale Ross Jr. <- Mr. Ross [name, person]'],
    },
    {
      name: 'a relative named before any bare surname still takes it (must not change)',
      input: 'Ann Lee met her husband, Paul Lund, in 1990. "It was a fight," Lund said later.',
      output: ['It was a fight, | said | Paul Lund <- Lund [name, person]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('churches are organisations', () => {
  test.each([
    {
      name: 'he is the pastor, not his church',
      input: 'Pastor Ned Vollmer of the Greenfield Baptist Church spoke on Sunday. "Go and vote," he said.',
      output: ['Go and vote, | said | Ned Vollmer <- he [pronoun, person]'],
    },
    {
      name: '"the church" joins the church named before',
      input: 'Ann Lee is a member of the Riverside Church of Grace. "We pray for peace," the church said.',
      output: ['We pray for peace, | said | Riverside Church of Grace <- the church [description, organization]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('groups named with a plural people word', () => {
  test.each([
    {
      name: 'a group described with "Republicans" after a quantifier opening the sentence is a group (a description: the quantifier is no name)',
      input: 'Many Coastal Republicans said the tax was unfair.',
      output: ['the tax was unfair | said | Many Coastal Republicans <- Many Coastal Republicans [description, group]'],
    },
    {
      name: 'he is no group',
      input: 'Tom Hale spoke at the fair. Many Coastal Republicans stayed home. "We will win the county," he said.',
      output: ['We will win the county, | said | Tom Hale <- he [pronoun, person]'],
    },
    {
      name: 'a surname that is a plural word after a first name stays a person (must not change)',
      input: 'Dana Sellers said the tax was unfair.',
      output: ['the tax was unfair | said | Dana Sellers <- Dana Sellers [name, person]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('they and it: headings and places', () => {
  test.each([
    {
      name: 'a heading that is a sentence of its own is no organisation for "they"',
      input: 'SUMMARY.\nUnless towns build more, they say, prices will climb.',
      output: ['Unless towns build more prices will climb | say | they <- they [pronoun, unknown]'],
    },
    {
      name: '"they" is not the university the people are from',
      input: 'Ann Lee and Tom Hale, both from Ridgeway Institute, studied the port. Later they argued that tolls hurt trade.',
      output: ['tolls hurt trade | argued | they <- they [pronoun, unknown]'],
    },
    {
      name: '"it" may still be an organisation after "at" (must not change)',
      input: 'Staff at the Harbor Board were told on Monday. It said the pier would reopen.',
      output: ['the pier would reopen | said | Harbor Board <- It [pronoun, organization]'],
    },
    {
      name: '"it" after an organisation that opens the sentence before (must not change)',
      input: 'The Harbor Board met on Monday. It said the pier would reopen.',
      output: ['the pier would reopen | said | Harbor Board <- It [pronoun, organization]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('ordinals and commands', () => {
  test.each([
    {
      name: 'an ordinal opening a sentence names no one',
      input: 'The plan had two aims, Ann Lee said. Second, it would calm the harbor. "We are not done," he said.',
      output: ['The plan had two aims | said | Ann Lee <- Ann Lee [name, person]', 'We are not done, | said | he <- he [pronoun, unknown]'],
    },
    {
      name: 'a military command is an organisation',
      input: 'Northern Fleet Command said the drill was over.',
      output: ['the drill was over | said | Northern Fleet Command <- Northern Fleet Command [name, organization]'],
    },
    {
      name: 'she is no military command',
      input: 'Northern Fleet Command confirmed the drill on Monday. "We are ready," she said.',
      output: ['the drill on Monday | confirmed | Northern Fleet Command <- Northern Fleet Command [name, organization]', 'We are ready, | said | she <- she [pronoun, unknown]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('organisations named with "for"', () => {
  test.each([
    {
      name: 'he is the economist, not the last words of his centre\'s name',
      input: '"Prices will rise," said Tom Hale, an economist at the Center for Harbor Studies. "We are ready," he said.',
      output: ['Prices will rise, | said | Tom Hale <- Tom Hale, an economist at the Center for Harbor Studies [name, person]', 'We are ready, | said | Tom Hale <- he [pronoun, person]'],
    },
    {
      name: 'she after a club named with "for" (must not change)',
      input: 'Ann Lee won the backing of the Coastal Club for Clean Water. "We will win," she said.',
      output: ['We will win, | said | Ann Lee <- she [pronoun, person]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('what must not change', () => {
  test.each([
    {
      name: 'two people with one surname are told apart by the honorific',
      input: 'Carla Benson chairs the board. Her brother, Frank Benson, runs the shop. "Sales are up," Mr. Benson said. "We are pleased," Ms. Benson said.',
      output: ['Sales are up, | said | Frank Benson <- Mr. Benson [name, person]', 'We are pleased, | said | Carla Benson <- Ms. Benson [name, person]'],
    },
    {
      name: 'a pronoun with no antecedent stays unresolved',
      input: '"We will win," he said.',
      output: ['We will win, | said | he <- he [pronoun, unknown]'],
    },
    {
      name: '"she" after only male names stays unresolved',
      input: 'Tom Hale and Paul Ward met on Monday. "It went well," she said.',
      output: ['It went well, | said | she <- she [pronoun, unknown]'],
    },
    {
      name: 'a surname with a possessive after a title\'s "of" is still a person ("the director of Hale\'s campaign")',
      input: 'Ann Lee, the director of Hale\'s campaign, spoke first. "We will win," he said.',
      output: ['We will win, | said | Hale <- he [pronoun, person]'],
    },
    {
      name: 'a person named with a first name after a title\'s "of" can still be the antecedent',
      input: 'Ann Lee, the lawyer of Tom Hale, spoke first. "I did nothing wrong," he said.',
      output: ['I did nothing wrong, | said | Tom Hale <- he [pronoun, person]'],
    },
    {
      name: 'an organisation named after a dateline is still what "it" stands for',
      input: 'BRANFORD, N.D. — The Farm Bureau met on Monday. It said prices would fall.',
      output: ['prices would fall | said | Farm Bureau <- It [pronoun, organization]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});
