/**
 * Do speaker names generalise (check52)? Short invented news passages of the
 * shapes a tester would write to check names: appositives with places and
 * organisations inside, titles (Gov., Sen., Rep., Gen., Adm., Dr., Prof.,
 * Chief Justice, Prime Minister, Secretary of State), pronouns after other
 * names, places, companies and names inside quotes, "she" after a man and a
 * woman, "they" for a group, unisex first names, particles, hyphens,
 * transcript labels, possessives, surnames alone, "Mr."/"Ms.". Three fixes
 * found this way: "he" or "she" with no one else to stand for is the unnamed
 * definite description of a person that spoke just before ("The minister
 * said X. He said Y.": The minister; the owner of "Smith's lawyer" gives way
 * to the lawyer); a hyphened surname after one given name keeps that name
 * ("Karine Jean-Pierre", was "Jean-Pierre"); "Jamie", "Casey" and "Alex" are
 * first names of either sex ("Fox said" after "Jamie Fox" joins him).
 * Exact parts, speaker mention and name, cue, rule and kind; negatives that
 * must not change.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

const fixes: [string, string, NamedRow[]][] = [
  ['"he" after an unnamed definite description that spoke', 'The minister said the budget was fair. He said taxes would not rise.', [
    named(['the budget was fair'], 'The minister', 'The minister', 'said', 'reported/cue-clause'),
    named(['taxes would not rise'], 'He', 'The minister', 'said', 'reported/cue-clause'),
  ]],
  ['"she" after "The governor said"', 'The governor said the state was broke. She said schools would get less money.', [
    named(['the state was broke'], 'The governor', 'The governor', 'said', 'reported/cue-clause'),
    named(['schools would get less money'], 'She', 'The governor', 'said', 'reported/cue-clause'),
  ]],
  ['"he" in a quote after "The former president told ..."', 'The former president told supporters in Florida that the election was stolen. "They cheated," he said.', [
    named(['the election was stolen'], 'The former president', 'The former president', 'told', 'reported/cue-that'),
    named(['They cheated,'], 'he', 'The former president', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"he" after "The former president said"', 'The former president said the investigation was a witch hunt. He said he would fight the charges.', [
    named(['the investigation was a witch hunt'], 'The former president', 'The former president', 'said', 'reported/cue-clause'),
    named(['he would fight the charges'], 'He', 'The former president', 'said', 'reported/cue-clause'),
  ]],
  ['"she" after "The judge said"', 'The judge said the trial would resume on Monday. She said the jury had been told to stay home.', [
    named(['the trial would resume on Monday'], 'The judge', 'The judge', 'said', 'reported/cue-clause'),
    named(['the jury had been told to stay home'], 'She', 'The judge', 'said', 'reported/cue-clause'),
  ]],
  ['"he" after "The spokesman said"', 'The spokesman said the airline regretted the delay. He said passengers would be compensated.', [
    named(['the airline regretted the delay'], 'The spokesman', 'The spokesman', 'said', 'reported/cue-clause'),
    named(['passengers would be compensated'], 'He', 'The spokesman', 'said', 'reported/cue-clause'),
  ]],
  ['"he" in a quote after "The coach said"', 'The coach said his team had played badly. "We were slow from the start," he said.', [
    named(['his team had played badly'], 'The coach', 'The coach', 'said', 'reported/cue-clause'),
    named(['We were slow from the start,'], 'he', 'The coach', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"she" after "The actress said"', 'The actress said the film was a mess. "I was embarrassed," she said.', [
    named(['the film was a mess'], 'The actress', 'The actress', 'said', 'reported/cue-clause'),
    named(['I was embarrassed,'], 'she', 'The actress', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"she" after a description with a relative clause', 'The doctor, who asked not to be named, said the hospital was out of beds. She said staff were exhausted.', [
    named(['the hospital was out of beds'], 'The doctor', 'The doctor', 'said', 'reported/cue-clause'),
    named(['staff were exhausted'], 'She', 'The doctor', 'said', 'reported/cue-clause'),
  ]],
  ['"she" after a man named and "The mayor said"', 'Tom Reyes said the port would close. The mayor said she disagreed. She said the port would stay open.', [
    named(['the port would close'], 'Tom Reyes', 'Tom Reyes', 'said', 'reported/cue-clause'),
    named(['she disagreed'], 'The mayor', 'The mayor', 'said', 'reported/cue-clause'),
    named(['the port would stay open'], 'She', 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['"he" after "The prime minister told parliament that"', 'The prime minister told parliament that Britain would leave. He said there would be no delay.', [
    named(['Britain would leave'], 'The prime minister', 'The prime minister', 'told', 'reported/cue-that'),
    named(['there would be no delay'], 'He', 'The prime minister', 'said', 'reported/cue-clause'),
  ]],
  ['"he" after "The suspect\'s lawyer said"', 'The suspect\'s lawyer said his client was innocent. He said the evidence was weak.', [
    named(['his client was innocent'], 'The suspect\'s lawyer', 'The suspect\'s lawyer', 'said', 'reported/cue-clause'),
    named(['the evidence was weak'], 'He', 'The suspect\'s lawyer', 'said', 'reported/cue-clause'),
  ]],
  ['"she" after "The witness told the court that"', 'The witness told the court that she saw the car. She said it was red.', [
    named(['she saw the car'], 'The witness', 'The witness', 'told', 'reported/cue-that'),
    named(['it was red'], 'She', 'The witness', 'said', 'reported/cue-clause'),
  ]],
  ['"he" after a possessive description whose owner is a woman', 'Ann Lee\'s lawyer said the case was weak. He said Lee would plead not guilty.', [
    named(['the case was weak'], 'Ann Lee\'s lawyer', 'Ann Lee\'s lawyer', 'said', 'reported/cue-clause'),
    named(['Lee would plead not guilty'], 'He', 'Ann Lee\'s lawyer', 'said', 'reported/cue-clause'),
  ]],
  ['"she" after "Smith\'s lawyer said": the lawyer, not Smith', 'Smith\'s lawyer said the charges were false. "My client did nothing," she said.', [
    named(['the charges were false'], 'Smith\'s lawyer', 'Smith\'s lawyer', 'said', 'reported/cue-clause'),
    named(['My client did nothing,'], 'she', 'Smith\'s lawyer', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"he" after a quote with places and "the minister said"', '"We talked to Paris and to Berlin," the minister said. He said France had agreed.', [
    named(['We talked to Paris and to Berlin,'], 'the minister', 'the minister', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['France had agreed'], 'He', 'the minister', 'said', 'reported/cue-clause'),
  ]],
  ['a hyphened surname after one given name', 'Press secretary Karine Jean-Pierre said the president would sign the bill.', [
    named(['the president would sign the bill'], 'Press secretary Karine Jean-Pierre', 'Karine Jean-Pierre', 'said', 'reported/cue-clause'),
  ]],
  ['a hyphened surname after one given name, no title', 'Karine Jean-Pierre said the president would sign the bill.', [
    named(['the president would sign the bill'], 'Karine Jean-Pierre', 'Karine Jean-Pierre', 'said', 'reported/cue-clause'),
  ]],
  ['a hyphened surname after one given name, after a place and a title', 'White House press secretary Karine Jean-Pierre said the president would sign the bill.', [
    named(['the president would sign the bill'], 'White House press secretary Karine Jean-Pierre', 'Karine Jean-Pierre', 'said', 'reported/cue-clause'),
  ]],
  ['"Jamie" is a first name: "Fox" joins "Jamie Fox"', 'Jamie Fox said the film had been cut. Fox said the studio had not asked him.', [
    named(['the film had been cut'], 'Jamie Fox', 'Jamie Fox', 'said', 'reported/cue-clause'),
    named(['the studio had not asked him'], 'Fox', 'Jamie Fox', 'said', 'reported/cue-clause'),
  ]],
  ['a first name of either sex ("Alex") takes "she"', 'Alex Kim said the pool was closed. She said it would reopen in June.', [
    named(['the pool was closed'], 'Alex Kim', 'Alex Kim', 'said', 'reported/cue-clause'),
    named(['it would reopen in June'], 'She', 'Alex Kim', 'said', 'reported/cue-clause'),
  ]],
];

const unchanged: [string, string, NamedRow[]][] = [
  ['a description of the other gender is no antecedent', 'The actress said the film was a mess. "It was a disaster," he said.', [
    named(['the film was a mess'], 'The actress', 'The actress', 'said', 'reported/cue-clause'),
    named(['It was a disaster,'], 'he', 'he', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a name that fits after the description wins', 'The minister said the budget was fair. Tom Reyes called it a disaster. "Nobody believes it," he said.', [
    named(['the budget was fair'], 'The minister', 'The minister', 'said', 'reported/cue-clause'),
    named(['Nobody believes it,'], 'he', 'Tom Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a description more than two sentences back is no antecedent', 'The minister said the budget was fair. It rained all day. The roads were closed. The schools shut early. He said taxes would not rise.', [
    named(['the budget was fair'], 'The minister', 'The minister', 'said', 'reported/cue-clause'),
    named(['taxes would not rise'], 'He', 'He', 'said', 'reported/cue-clause'),
  ]],
  ['a woman named before "The minister said he agreed" keeps "she"', 'Ann Lee said the budget was fair. The minister said he agreed. She said taxes would not rise.', [
    named(['the budget was fair'], 'Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
    named(['he agreed'], 'The minister', 'The minister', 'said', 'reported/cue-clause'),
    named(['taxes would not rise'], 'She', 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  ['a committee is no "he"', 'The committee said the budget was fair. He said taxes would not rise.', [
    named(['the budget was fair'], 'The committee', 'The committee', 'said', 'reported/cue-clause'),
    named(['taxes would not rise'], 'He', 'He', 'said', 'reported/cue-clause'),
  ]],
  ['"Hale\'s spokeswoman" is no "he": Hale', 'Hale\'s spokeswoman said the talks had failed. "We will try again," he said.', [
    named(['the talks had failed'], 'Hale\'s spokeswoman', 'Hale\'s spokeswoman', 'said', 'reported/cue-clause'),
    named(['We will try again,'], 'he', 'Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['an indefinite description keeps its rule', 'A spokesman said the budget was fair. He said taxes would not rise.', [
    named(['the budget was fair'], 'A spokesman', 'A spokesman', 'said', 'reported/cue-clause'),
    named(['taxes would not rise'], 'He', 'A spokesman', 'said', 'reported/cue-clause'),
  ]],
  ['a hyphened first name keeps its surname', 'Jean-Pierre Dubois said France would not sign the treaty.', [
    named(['France would not sign the treaty'], 'Jean-Pierre Dubois', 'Jean-Pierre Dubois', 'said', 'reported/cue-clause'),
  ]],
  ['a hyphened surname after two given names', 'Mary Ann Smith-Jones said the school would close.', [
    named(['the school would close'], 'Mary Ann Smith-Jones', 'Mary Ann Smith-Jones', 'said', 'reported/cue-clause'),
  ]],
  ['Kelly stays a woman\'s name', 'Kelly Ward said the plant would close. She said workers were told on Friday.', [
    named(['the plant would close'], 'Kelly Ward', 'Kelly Ward', 'said', 'reported/cue-clause'),
    named(['workers were told on Friday'], 'She', 'Kelly Ward', 'said', 'reported/cue-clause'),
  ]],
];

/** Passages whose names were already right: they pin that the shapes generalise. */
const passages: [string, string, NamedRow[]][] = [
  ['p1#1: The head of the Bank', 'The head of the Bank of England, Andrew Bailey, said rates would stay high. "We are not done yet," he told reporters.', [
    named(['rates would stay high'], 'The head of the Bank of England, Andrew Bailey', 'Andrew Bailey', 'said', 'reported/cue-clause'),
    named(['We are not done yet,'], 'he', 'Andrew Bailey', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#2: A spokeswoman for the Spanish', 'A spokeswoman for the Spanish Interior Ministry, Ana Ruiz, said the border would reopen on Monday. She added that checks would continue.', [
    named(['the border would reopen on Monday'], 'A spokeswoman for the Spanish Interior Ministry, Ana Ruiz', 'Ana Ruiz', 'said', 'reported/cue-clause'),
    named(['checks would continue'], 'She', 'Ana Ruiz', 'added', 'reported/cue-that'),
  ]],
  ['p1#3: The commander of NATO forces', 'The commander of NATO forces in Europe, General Mark Hale, warned that the alliance was unprepared. "We need more troops," Hale said.', [
    named(['the alliance was unprepared'], 'The commander of NATO forces in Europe, General Mark Hale', 'Mark Hale', 'warned', 'reported/cue-that'),
    named(['We need more troops,'], 'Hale', 'Mark Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#4: Gov. Linda Park said the', 'Gov. Linda Park said the state would cut taxes. "This is a good day for Ohio," she said.', [
    named(['the state would cut taxes'], 'Gov. Linda Park', 'Linda Park', 'said', 'reported/cue-clause'),
    named(['This is a good day for Ohio,'], 'she', 'Linda Park', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#5: Sen. Robert Vance said the', 'Sen. Robert Vance said the bill was dead. Rep. Maria Lopez disagreed. "It can still pass," she said.', [
    named(['the bill was dead'], 'Sen. Robert Vance', 'Robert Vance', 'said', 'reported/cue-clause'),
    named(['It can still pass,'], 'she', 'Maria Lopez', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#6: Dr. Priya Shah, a virologist', 'Dr. Priya Shah, a virologist at Stanford University, said the variant was spreading fast. "We are seeing a clear rise," Dr. Shah said.', [
    named(['the variant was spreading fast'], 'Dr. Priya Shah, a virologist at Stanford University', 'Priya Shah', 'said', 'reported/cue-clause'),
    named(['We are seeing a clear rise,'], 'Dr. Shah', 'Priya Shah', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#7: Prof. Hans Keller of the', 'Prof. Hans Keller of the University of Vienna said the data were incomplete. Keller added that more studies were needed.', [
    named(['the data were incomplete'], 'Prof. Hans Keller of the University of Vienna', 'Hans Keller', 'said', 'reported/cue-clause'),
    named(['more studies were needed'], 'Keller', 'Hans Keller', 'added', 'reported/cue-that'),
  ]],
  ['p1#8: Chief Justice Helen Ward said', 'Chief Justice Helen Ward said the court would hear the case. "The law is clear," she said.', [
    named(['the court would hear the case'], 'Chief Justice Helen Ward', 'Helen Ward', 'said', 'reported/cue-clause'),
    named(['The law is clear,'], 'she', 'Helen Ward', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#9: Prime Minister Jonas Berg said', 'Prime Minister Jonas Berg said the coalition would hold. "We are united," Berg told parliament.', [
    named(['the coalition would hold'], 'Prime Minister Jonas Berg', 'Jonas Berg', 'said', 'reported/cue-clause'),
    named(['We are united,'], 'Berg', 'Jonas Berg', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#10: Secretary of State Daniel Moore', 'Secretary of State Daniel Moore said talks with Beijing would resume. He said China had agreed to a meeting in Geneva.', [
    named(['talks with Beijing would resume'], 'Secretary of State Daniel Moore', 'Daniel Moore', 'said', 'reported/cue-clause'),
    named(['China had agreed to a meeting in Geneva'], 'He', 'Daniel Moore', 'said', 'reported/cue-clause'),
  ]],
  ['p1#11: Adm. Carl Weber said the', 'Adm. Carl Weber said the fleet was ready. The Pentagon declined to comment. "We can sail tomorrow," Weber said.', [
    named(['the fleet was ready'], 'Adm. Carl Weber', 'Carl Weber', 'said', 'reported/cue-clause'),
    named(['We can sail tomorrow,'], 'Weber', 'Carl Weber', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#12: Maria Chen met Tom Walsh', 'Maria Chen met Tom Walsh in Chicago on Tuesday. She said the merger was off.', [
    named(['the merger was off'], 'She', 'Maria Chen', 'said', 'reported/cue-clause'),
  ]],
  ['p1#13: Tom Walsh met Maria Chen', 'Tom Walsh met Maria Chen in Chicago on Tuesday. He said the merger was off.', [
    named(['the merger was off'], 'He', 'Tom Walsh', 'said', 'reported/cue-clause'),
  ]],
  ['p1#14: Laura Stein, the chief executive', 'Laura Stein, the chief executive of Northwind Bank, said profits had doubled. Analysts at Goldman Sachs in New York had expected a smaller rise. "We beat every forecast," she said.', [
    named(['profits had doubled'], 'Laura Stein, the chief executive of Northwind Bank', 'Laura Stein', 'said', 'reported/cue-clause'),
    named(['We beat every forecast,'], 'she', 'Laura Stein', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#15: James Carter said the plan', 'James Carter said the plan was "a gift to Wall Street and to Moscow." He said he would vote against it.', [
    named(['the plan was "a gift to Wall Street and to Moscow."'], 'James Carter', 'James Carter', 'said', 'reported/cue-clause', 'mixed'),
    named(['he would vote against it'], 'He', 'James Carter', 'said', 'reported/cue-clause'),
  ]],
  ['p1#16: The union said its members', 'The union said its members would strike. They said the offer from Delta Air Lines was too low.', [
    named(['its members would strike'], 'The union', 'The union', 'said', 'reported/cue-clause'),
    named(['the offer from Delta Air Lines was too low'], 'They', 'The union', 'said', 'reported/cue-clause'),
  ]],
  ['p1#17: Apple said it would open', 'Apple said it would open a new plant in Texas. The company said the plant would employ 2,000 people.', [
    named(['it would open a new plant in Texas'], 'Apple', 'Apple', 'said', 'reported/cue-clause'),
    named(['the plant would employ 2,000 people'], 'The company', 'Apple', 'said', 'reported/cue-clause'),
  ]],
  ['p1#18: Officials at the World Health', 'Officials at the World Health Organization said the outbreak was contained. They said no new cases had been found in Geneva or Nairobi.', [
    named(['the outbreak was contained'], 'Officials at the World Health Organization', 'Officials at the World Health Organization', 'said', 'reported/cue-clause'),
    named(['no new cases had been found in Geneva or Nairobi'], 'They', 'Officials at the World Health Organization', 'said', 'reported/cue-clause'),
  ]],
  ['p1#19: Jordan Ellis, a nurse in', 'Jordan Ellis, a nurse in Leeds, said she had worked three double shifts. "I am exhausted," Ellis said.', [
    named(['she had worked three double shifts'], 'Jordan Ellis, a nurse in Leeds', 'Jordan Ellis', 'said', 'reported/cue-clause'),
    named(['I am exhausted,'], 'Ellis', 'Jordan Ellis', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#20: Casey Morgan, the team\'s coach,', 'Casey Morgan, the team\'s coach, said he was proud of his players. "They fought hard," Morgan said.', [
    named(['he was proud of his players'], 'Casey Morgan, the team\'s coach', 'Casey Morgan', 'said', 'reported/cue-clause'),
    named(['They fought hard,'], 'Morgan', 'Casey Morgan', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p1#21: Robin Hart said she would', 'Robin Hart said she would run for mayor. Hart, 52, said the city needed new leadership.', [
    named(['she would run for mayor'], 'Robin Hart', 'Robin Hart', 'said', 'reported/cue-clause'),
    named(['the city needed new leadership'], 'Hart, 52', 'Robin Hart', 'said', 'reported/cue-clause'),
  ]],
  ['p1#22: Anna Maria de la Cruz', 'Anna Maria de la Cruz said the election was rigged. De la Cruz said she would appeal.', [
    named(['the election was rigged'], 'Anna Maria de la Cruz', 'Anna Maria de la Cruz', 'said', 'reported/cue-clause'),
    named(['she would appeal'], 'De la Cruz', 'Anna Maria de la Cruz', 'said', 'reported/cue-clause'),
  ]],
  ['p1#23: Ludwig van der Berg, the', 'Ludwig van der Berg, the Dutch finance minister, said the budget was balanced. Van der Berg said spending would rise next year.', [
    named(['the budget was balanced'], 'Ludwig van der Berg, the Dutch finance minister', 'Ludwig van der Berg', 'said', 'reported/cue-clause'),
    named(['spending would rise next year'], 'Van der Berg', 'Ludwig van der Berg', 'said', 'reported/cue-clause'),
  ]],
  ['p1#25: Sean O\'Brien, the Teamsters president,', 'Sean O\'Brien, the Teamsters president, said the strike would continue. O\'Brien said workers were angry.', [
    named(['the strike would continue'], 'Sean O\'Brien, the Teamsters president', 'Sean O\'Brien', 'said', 'reported/cue-clause'),
    named(['workers were angry'], 'O\'Brien', 'Sean O\'Brien', 'said', 'reported/cue-clause'),
  ]],
  ['p1#26: Mary-Kate Olsen-Smith said the charity', 'Mary-Kate Olsen-Smith said the charity had raised $2 million. Olsen-Smith said the money would go to schools.', [
    named(['the charity had raised $2 million'], 'Mary-Kate Olsen-Smith', 'Mary-Kate Olsen-Smith', 'said', 'reported/cue-clause'),
    named(['the money would go to schools'], 'Olsen-Smith', 'Mary-Kate Olsen-Smith', 'said', 'reported/cue-clause'),
  ]],
  ['p1#27: Jean-Pierre Dubois said France would', 'Jean-Pierre Dubois said France would not sign the treaty. Dubois said Paris wanted better terms.', [
    named(['France would not sign the treaty'], 'Jean-Pierre Dubois', 'Jean-Pierre Dubois', 'said', 'reported/cue-clause'),
    named(['Paris wanted better terms'], 'Dubois', 'Jean-Pierre Dubois', 'said', 'reported/cue-clause'),
  ]],
  ['p1#28: Gabriel García Márquez\'s son, Rodrigo', 'Gabriel García Márquez\'s son, Rodrigo García, said his father had kept a diary. "He wrote every morning," García said.', [
    named(['his father had kept a diary'], 'Gabriel García Márquez\'s son, Rodrigo García', 'Rodrigo García', 'said', 'reported/cue-clause'),
    named(['He wrote every morning,'], 'García', 'Rodrigo García', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p2#2: Smith\'s lawyer said the charges', 'Smith\'s lawyer said the charges were baseless. The lawyer, Karen Doyle, said her client would plead not guilty.', [
    named(['the charges were baseless'], 'Smith\'s lawyer', 'Smith\'s lawyer', 'said', 'reported/cue-clause'),
    named(['her client would plead not guilty'], 'The lawyer, Karen Doyle', 'Karen Doyle', 'said', 'reported/cue-clause'),
  ]],
  ['p2#3: The former president said the', 'The former president said the investigation was a witch hunt. He said he would fight the charges.', [
    named(['the investigation was a witch hunt'], 'The former president', 'The former president', 'said', 'reported/cue-clause'),
    named(['he would fight the charges'], 'He', 'The former president', 'said', 'reported/cue-clause'),
  ]],
  ['p2#4: Mr. Patel said the shop', 'Mr. Patel said the shop would close. Ms. Green said she was sorry to hear it.', [
    named(['the shop would close'], 'Mr. Patel', 'Patel', 'said', 'reported/cue-clause'),
    named(['she was sorry to hear it'], 'Ms. Green', 'Green', 'said', 'reported/cue-clause'),
  ]],
  ['p2#5: Mr. Lee, 64, said the', 'Mr. Lee, 64, said the factory had poisoned the river. "My wife got sick," Mr. Lee said.', [
    named(['the factory had poisoned the river'], 'Mr. Lee, 64', 'Lee', 'said', 'reported/cue-clause'),
    named(['My wife got sick,'], 'Mr. Lee', 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p2#6: David Miller and his brother', 'David Miller and his brother Paul Miller run the farm. Paul said the drought had ruined the harvest. "We lost everything," Miller said.', [
    named(['the drought had ruined the harvest'], 'Paul', 'Paul Miller', 'said', 'reported/cue-clause'),
    named(['We lost everything,'], 'Miller', 'Paul Miller', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p2#7: Sarah Johnson said the school', 'Sarah Johnson said the school would reopen. Her husband, Mark Johnson, said he was not so sure.', [
    named(['the school would reopen'], 'Sarah Johnson', 'Sarah Johnson', 'said', 'reported/cue-clause'),
    named(['he was not so sure'], 'Her husband, Mark Johnson', 'Mark Johnson', 'said', 'reported/cue-clause'),
  ]],
  ['p2#8: The minister, Peter Olsen, resigned', 'The minister, Peter Olsen, resigned on Friday. Prime Minister Eva Lund said the minister had lied to parliament.', [
    named(['the minister had lied to parliament'], 'Prime Minister Eva Lund', 'Eva Lund', 'said', 'reported/cue-clause'),
  ]],
  ['p2#9: Health Minister Rosa Diaz said', 'Health Minister Rosa Diaz said the hospitals were full. The minister said more beds were coming.', [
    named(['the hospitals were full'], 'Health Minister Rosa Diaz', 'Rosa Diaz', 'said', 'reported/cue-clause'),
    named(['more beds were coming'], 'The minister', 'Rosa Diaz', 'said', 'reported/cue-clause'),
  ]],
  ['p2#10: The company said sales fell.', 'The company said sales fell. Chief Executive Tim Ross said he expected a rebound.', [
    named(['sales fell'], 'The company', 'The company', 'said', 'reported/cue-clause'),
    named(['he expected a rebound'], 'Chief Executive Tim Ross', 'Tim Ross', 'said', 'reported/cue-clause'),
  ]],
  ['p2#11: Google said it would appeal', 'Google said it would appeal the fine. A spokesman for the company said the ruling was wrong.', [
    named(['it would appeal the fine'], 'Google', 'Google', 'said', 'reported/cue-clause'),
    named(['the ruling was wrong'], 'A spokesman for the company', 'A spokesman for the company', 'said', 'reported/cue-clause'),
  ]],
  ['p2#12: Residents of Springfield said they', 'Residents of Springfield said they feared the floods. "The water came up to our roof," said Alice Brown, a retired teacher.', [
    named(['they feared the floods'], 'Residents of Springfield', 'Residents of Springfield', 'said', 'reported/cue-clause'),
    named(['The water came up to our roof,'], 'Alice Brown, a retired teacher', 'Alice Brown', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['p2#13: Paris Hilton said she was', 'Paris Hilton said she was launching a new brand. Hilton said the line would go on sale in London.', [
    named(['she was launching a new brand'], 'Paris Hilton', 'Paris Hilton', 'said', 'reported/cue-clause'),
    named(['the line would go on sale in London'], 'Hilton', 'Paris Hilton', 'said', 'reported/cue-clause'),
  ]],
  ['p2#14: Georgia Smith, a farmer from', 'Georgia Smith, a farmer from Kansas, said the tariffs hurt. "We can\'t sell our corn," Smith said.', [
    named(['the tariffs hurt'], 'Georgia Smith, a farmer from Kansas', 'Georgia Smith', 'said', 'reported/cue-clause'),
    named(['We can\'t sell our corn,'], 'Smith', 'Georgia Smith', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p2#15: Carolina Ruiz said Washington had', 'Carolina Ruiz said Washington had failed the region. "Nobody in Washington listens to us," she said.', [
    named(['Washington had failed the region'], 'Carolina Ruiz', 'Carolina Ruiz', 'said', 'reported/cue-clause'),
    named(['Nobody in Washington listens to us,'], 'she', 'Carolina Ruiz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p2#16: Kim Lee, a spokesperson for', 'Kim Lee, a spokesperson for Samsung, said the phone was safe. Lee said Samsung had tested it in Seoul and in Austin.', [
    named(['the phone was safe'], 'Kim Lee, a spokesperson for Samsung', 'Kim Lee', 'said', 'reported/cue-clause'),
    named(['Samsung had tested it in Seoul and in Austin'], 'Lee', 'Kim Lee', 'said', 'reported/cue-clause'),
  ]],
  ['p2#17: The mayor of Chicago, Brandon', 'The mayor of Chicago, Brandon Johnson, said crime was falling. Critics disagreed. Johnson said the numbers spoke for themselves.', [
    named(['crime was falling'], 'The mayor of Chicago, Brandon Johnson', 'Brandon Johnson', 'said', 'reported/cue-clause'),
    named(['the numbers spoke for themselves'], 'Johnson', 'Brandon Johnson', 'said', 'reported/cue-clause'),
  ]],
  ['p2#19: Police said the suspect, John', 'Police said the suspect, John Doe, was arrested in Dallas. They said he had no criminal record.', [
    named(['the suspect, John Doe, was arrested in Dallas'], 'Police', 'Police', 'said', 'reported/cue-clause'),
    named(['he had no criminal record'], 'They', 'Police', 'said', 'reported/cue-clause'),
  ]],
  ['p2#20: "We have no choice," said', '"We have no choice," said Ahmed bin Salman, the oil minister. Bin Salman said output would be cut.', [
    named(['We have no choice,'], 'Ahmed bin Salman, the oil minister', 'Ahmed bin Salman', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['output would be cut'], 'Bin Salman', 'Ahmed bin Salman', 'said', 'reported/cue-clause'),
  ]],
  ['p2#21: "The storm is moving north,"', '"The storm is moving north," said Sam Taylor, a forecaster at the National Weather Service. Taylor said she expected heavy rain.', [
    named(['The storm is moving north,'], 'Sam Taylor, a forecaster at the National Weather Service', 'Sam Taylor', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['she expected heavy rain'], 'Taylor', 'Sam Taylor', 'said', 'reported/cue-clause'),
  ]],
  ['p2#22: Lt. Gen. Robert Hayes said', 'Lt. Gen. Robert Hayes said the troops would withdraw. "Our mission is over," Hayes said.', [
    named(['the troops would withdraw'], 'Lt. Gen. Robert Hayes', 'Robert Hayes', 'said', 'reported/cue-clause'),
    named(['Our mission is over,'], 'Hayes', 'Robert Hayes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p2#23: Sister Mary Francis said the', 'Sister Mary Francis said the shelter needed help. She said Catholic Charities had cut its funding.', [
    named(['the shelter needed help'], 'Sister Mary Francis', 'Mary Francis', 'said', 'reported/cue-clause'),
    named(['Catholic Charities had cut its funding'], 'She', 'Mary Francis', 'said', 'reported/cue-clause'),
  ]],
  ['p2#24: Elizabeth Warren said Tesla should', 'Elizabeth Warren said Tesla should pay more tax. Elon Musk called her claim false. "She is wrong," Musk said.', [
    named(['Tesla should pay more tax'], 'Elizabeth Warren', 'Elizabeth Warren', 'said', 'reported/cue-clause'),
    named(['She is wrong,'], 'Musk', 'Elon Musk', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p2#25: Musk said Tesla would build', 'Musk said Tesla would build a plant in Mexico. Warren said the plan was a scam. "It is a giveaway," she said.', [
    named(['Tesla would build a plant in Mexico'], 'Musk', 'Musk', 'said', 'reported/cue-clause'),
    named(['the plan was a scam'], 'Warren', 'Warren', 'said', 'reported/cue-clause'),
    named(['It is a giveaway,'], 'she', 'Warren', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p3#5: A woman who lives near', 'A woman who lives near the plant said the air smelled of gas. She said her children had asthma.', [
    named(['the air smelled of gas'], 'A woman who lives near the plant', 'A woman who lives near the plant', 'said', 'reported/cue-clause'),
    named(['her children had asthma'], 'She', 'A woman who lives near the plant', 'said', 'reported/cue-clause'),
  ]],
  ['p3#6: SMITH: We will not back', 'SMITH: We will not back down. JONES: Then we will see you in court.', [
    // (names52: each turn on the line is a quote of its own)
    named(['We will not back down'], 'SMITH', 'SMITH', ':', 'reported/transcript'),
    named(['Then we will see you in court'], 'JONES', 'JONES', ':', 'reported/transcript'),
  ]],
  ['p3#8: Anne Carter, who chairs the', 'Anne Carter, who chairs the board of Acme Corp., said the merger would go ahead. Acme\'s shares rose. She said regulators had approved it.', [
    named(['the merger would go ahead'], 'Anne Carter, who chairs the board of Acme Corp.', 'Anne Carter', 'said', 'reported/cue-clause'),
    named(['regulators had approved it'], 'She', 'Anne Carter', 'said', 'reported/cue-clause'),
  ]],
  ['p3#9: John Reed told Maria Santos', 'John Reed told Maria Santos that the deal was off. Santos said she was surprised. "I did not expect it," she said.', [
    named(['the deal was off'], 'John Reed', 'John Reed', 'told', 'reported/cue-that'),
    named(['she was surprised'], 'Santos', 'Maria Santos', 'said', 'reported/cue-clause'),
    named(['I did not expect it,'], 'she', 'Maria Santos', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p3#10: Maria Santos told John Reed', 'Maria Santos told John Reed that the deal was off. Reed said he was surprised. "I did not see it coming," he said.', [
    named(['the deal was off'], 'Maria Santos', 'Maria Santos', 'told', 'reported/cue-that'),
    named(['he was surprised'], 'Reed', 'John Reed', 'said', 'reported/cue-clause'),
    named(['I did not see it coming,'], 'he', 'John Reed', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p3#11: Mike Brown, who worked with', 'Mike Brown, who worked with Jane Fox at the bank, said the accounts were fake. "Jane knew everything," he said.', [
    named(['the accounts were fake'], 'Mike Brown, who worked with Jane Fox at the bank', 'Mike Brown', 'said', 'reported/cue-clause'),
    named(['Jane knew everything,'], 'he', 'Mike Brown', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p3#12: Jane Fox\'s former colleague, Mike', 'Jane Fox\'s former colleague, Mike Brown, said the accounts were fake. "She knew everything," he said.', [
    named(['the accounts were fake'], 'Jane Fox\'s former colleague, Mike Brown', 'Mike Brown', 'said', 'reported/cue-clause'),
    named(['She knew everything,'], 'he', 'Mike Brown', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p3#13: The president of the European', 'The president of the European Commission, Ursula Klein, said Europe would respond. "We will not be bullied by Washington," she said.', [
    named(['Europe would respond'], 'The president of the European Commission, Ursula Klein', 'Ursula Klein', 'said', 'reported/cue-clause'),
    named(['We will not be bullied by Washington,'], 'she', 'Ursula Klein', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p3#14: The chief executive of Boeing,', 'The chief executive of Boeing, Kelly Ortberg, said production would rise. Ortberg said Boeing had fixed its problems in Seattle.', [
    named(['production would rise'], 'The chief executive of Boeing, Kelly Ortberg', 'Kelly Ortberg', 'said', 'reported/cue-clause'),
    named(['Boeing had fixed its problems in Seattle'], 'Ortberg', 'Kelly Ortberg', 'said', 'reported/cue-clause'),
  ]],
  ['p3#16: Alex Kim, a spokesman for', 'Alex Kim, a spokesman for the city, said the pool was closed. Kim said he did not know when it would reopen.', [
    named(['the pool was closed'], 'Alex Kim, a spokesman for the city', 'Alex Kim', 'said', 'reported/cue-clause'),
    named(['he did not know when it would reopen'], 'Kim', 'Alex Kim', 'said', 'reported/cue-clause'),
  ]],
  ['p3#17: Taylor Reed said she had', 'Taylor Reed said she had been fired. Her manager, Chris Dunn, said Reed had broken the rules. "She knew the policy," Dunn said.', [
    named(['she had been fired'], 'Taylor Reed', 'Taylor Reed', 'said', 'reported/cue-clause'),
    named(['Reed had broken the rules'], 'Her manager, Chris Dunn', 'Chris Dunn', 'said', 'reported/cue-clause'),
    named(['She knew the policy,'], 'Dunn', 'Chris Dunn', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p3#18: Jamie Fox said the film', 'Jamie Fox said the film had been cut. Fox said the studio, Paramount, had not asked him.', [
    named(['the film had been cut'], 'Jamie Fox', 'Jamie Fox', 'said', 'reported/cue-clause'),
    named(['the studio, Paramount, had not asked him'], 'Fox', 'Jamie Fox', 'said', 'reported/cue-clause'),
  ]],
  ['p3#19: Dr. Anthony Fauci said the', 'Dr. Anthony Fauci said the vaccine worked. Fauci, who led the NIAID, said the data were clear.', [
    named(['the vaccine worked'], 'Dr. Anthony Fauci', 'Anthony Fauci', 'said', 'reported/cue-clause'),
    named(['the data were clear'], 'Fauci', 'Anthony Fauci', 'said', 'reported/cue-clause'),
  ]],
  ['p3#20: Mr. de Souza said the', 'Mr. de Souza said the club would be sold. Ms. van Dijk said the buyer was from Qatar.', [
    named(['the club would be sold'], 'Mr. de Souza', 'de Souza', 'said', 'reported/cue-clause'),
    named(['the buyer was from Qatar'], 'Ms. van Dijk', 'van Dijk', 'said', 'reported/cue-clause'),
  ]],
  ['p3#21: President Emmanuel Macron said France', 'President Emmanuel Macron said France would send aid. Macron said the aid would arrive in Kyiv on Friday.', [
    named(['France would send aid'], 'President Emmanuel Macron', 'Emmanuel Macron', 'said', 'reported/cue-clause'),
    named(['the aid would arrive in Kyiv on Friday'], 'Macron', 'Emmanuel Macron', 'said', 'reported/cue-clause'),
  ]],
  ['p3#22: Vice President Kamala Harris said', 'Vice President Kamala Harris said the plan would help families. Harris said Congress should act.', [
    named(['the plan would help families'], 'Vice President Kamala Harris', 'Kamala Harris', 'said', 'reported/cue-clause'),
    named(['Congress should act'], 'Harris', 'Kamala Harris', 'said', 'reported/cue-clause'),
  ]],
  ['p3#23: Former President Barack Obama said', 'Former President Barack Obama said democracy was at risk. Obama said voters should turn out.', [
    named(['democracy was at risk'], 'Former President Barack Obama', 'Barack Obama', 'said', 'reported/cue-clause'),
    named(['voters should turn out'], 'Obama', 'Barack Obama', 'said', 'reported/cue-clause'),
  ]],
  ['p3#24: The Rev. Al Sharpton said', 'The Rev. Al Sharpton said the march would go ahead. Sharpton said police had been told.', [
    named(['the march would go ahead'], 'The Rev. Al Sharpton', 'Al Sharpton', 'said', 'reported/cue-clause'),
    named(['police had been told'], 'Sharpton', 'Al Sharpton', 'said', 'reported/cue-clause'),
  ]],
  ['p3#25: Justice Sonia Sotomayor wrote that', 'Justice Sonia Sotomayor wrote that the ruling was wrong. Sotomayor said it would harm millions.', [
    named(['the ruling was wrong'], 'Justice Sonia Sotomayor', 'Sonia Sotomayor', 'wrote', 'reported/cue-that'),
    named(['it would harm millions'], 'Sotomayor', 'Sonia Sotomayor', 'said', 'reported/cue-clause'),
  ]],
  ['p6#2: Sen. Lisa Grant met the', 'Sen. Lisa Grant met the governor of Texas on Monday. Grant said the meeting had gone well. The governor, she said, had promised to help.', [
    named(['the meeting had gone well'], 'Grant', 'Lisa Grant', 'said', 'reported/cue-clause'),
    named(['The governor', 'had promised to help'], 'she', 'Lisa Grant', 'said', 'reported/content-speaker-cue'),
  ]],
  ['p6#3: The head of the International', 'The head of the International Monetary Fund, Kristalina Georgieva, said growth would slow. "The risks are rising," Georgieva told reporters in Washington.', [
    named(['growth would slow'], 'The head of the International Monetary Fund, Kristalina Georgieva', 'Kristalina Georgieva', 'said', 'reported/cue-clause'),
    named(['The risks are rising,'], 'Georgieva', 'Kristalina Georgieva', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p6#4: A spokesman for the Russian', 'A spokesman for the Russian Foreign Ministry, Ivan Petrov, said Moscow rejected the claims. Petrov said the United States was lying.', [
    named(['Moscow rejected the claims'], 'A spokesman for the Russian Foreign Ministry, Ivan Petrov', 'Ivan Petrov', 'said', 'reported/cue-clause'),
    named(['the United States was lying'], 'Petrov', 'Ivan Petrov', 'said', 'reported/cue-clause'),
  ]],
  ['p6#5: Police Chief Maria Gomez said', 'Police Chief Maria Gomez said two officers were injured. Gomez said the suspect fled toward Mexico.', [
    named(['two officers were injured'], 'Police Chief Maria Gomez', 'Maria Gomez', 'said', 'reported/cue-clause'),
    named(['the suspect fled toward Mexico'], 'Gomez', 'Maria Gomez', 'said', 'reported/cue-clause'),
  ]],
  ['p6#6: Dr. Alan Wu and his', 'Dr. Alan Wu and his wife, Dr. Mei Wu, run the clinic. Mei Wu said patients were waiting weeks. "We cannot keep up," she said.', [
    named(['patients were waiting weeks'], 'Mei Wu', 'Mei Wu', 'said', 'reported/cue-clause'),
    named(['We cannot keep up,'], 'she', 'Mei Wu', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p6#7: Tom Hale said his son,', 'Tom Hale said his son, Ben Hale, had been arrested. Ben Hale\'s lawyer said the arrest was illegal.', [
    named(['his son, Ben Hale, had been arrested'], 'Tom Hale', 'Tom Hale', 'said', 'reported/cue-clause'),
    named(['the arrest was illegal'], 'Ben Hale\'s lawyer', 'Ben Hale\'s lawyer', 'said', 'reported/cue-clause'),
  ]],
  ['p6#8: Microsoft and OpenAI signed a', 'Microsoft and OpenAI signed a deal on Tuesday. The companies said they would share profits.', [
    named(['they would share profits'], 'The companies', 'The companies', 'said', 'reported/cue-clause'),
  ]],
  ['p6#9: The Los Angeles Police Department', 'The Los Angeles Police Department said it had arrested three men. A department spokesman, Officer Luis Vega, said the men were in custody.', [
    named(['it had arrested three men'], 'The Los Angeles Police Department', 'Los Angeles Police Department', 'said', 'reported/cue-clause'),
    named(['the men were in custody'], 'A department spokesman, Officer Luis Vega', 'Luis Vega', 'said', 'reported/cue-clause'),
  ]],
  ['p6#10: Maria Lopez, the mother of', 'Maria Lopez, the mother of one of the victims, said she wanted justice. "My son did nothing wrong," Lopez said.', [
    named(['she wanted justice'], 'Maria Lopez, the mother of one of the victims', 'Maria Lopez', 'said', 'reported/cue-clause'),
    named(['My son did nothing wrong,'], 'Lopez', 'Maria Lopez', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p6#11: Nancy Pelosi said the House', 'Nancy Pelosi said the House would vote on Friday. Speaker Mike Johnson said the vote would fail. She said she had the votes.', [
    named(['the House would vote on Friday'], 'Nancy Pelosi', 'Nancy Pelosi', 'said', 'reported/cue-clause'),
    named(['the vote would fail'], 'Speaker Mike Johnson', 'Mike Johnson', 'said', 'reported/cue-clause'),
    named(['she had the votes'], 'She', 'Nancy Pelosi', 'said', 'reported/cue-clause'),
  ]],
  ['p6#12: Angela Merkel met Emmanuel Macron', 'Angela Merkel met Emmanuel Macron in Berlin. "Europe must stand together," she said.', [
    named(['Europe must stand together,'], 'she', 'Angela Merkel', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p6#13: Emmanuel Macron met Angela Merkel', 'Emmanuel Macron met Angela Merkel in Berlin. "Europe must stand together," he said.', [
    named(['Europe must stand together,'], 'he', 'Emmanuel Macron', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p6#14: A former aide to the', 'A former aide to the governor, Rachel Stone, said the governor had lied. Stone said she had emails to prove it.', [
    named(['the governor had lied'], 'A former aide to the governor, Rachel Stone', 'Rachel Stone', 'said', 'reported/cue-clause'),
    named(['she had emails to prove it'], 'Stone', 'Rachel Stone', 'said', 'reported/cue-clause'),
  ]],
  ['p6#15: The National Rifle Association said', 'The National Rifle Association said the law was unconstitutional. The group said it would sue.', [
    named(['the law was unconstitutional'], 'The National Rifle Association', 'National Rifle Association', 'said', 'reported/cue-clause'),
    named(['it would sue'], 'The group', 'National Rifle Association', 'said', 'reported/cue-clause'),
  ]],
  ['p6#16: Acting Secretary of Defense Pat', 'Acting Secretary of Defense Pat Shanahan said the wall would be built. Shanahan said troops would help.', [
    named(['the wall would be built'], 'Acting Secretary of Defense Pat Shanahan', 'Pat Shanahan', 'said', 'reported/cue-clause'),
    named(['troops would help'], 'Shanahan', 'Pat Shanahan', 'said', 'reported/cue-clause'),
  ]],
  ['p6#17: Attorney General Merrick Garland said', 'Attorney General Merrick Garland said the department would investigate. "No one is above the law," Garland said.', [
    named(['the department would investigate'], 'Attorney General Merrick Garland', 'Merrick Garland', 'said', 'reported/cue-clause'),
    named(['No one is above the law,'], 'Garland', 'Merrick Garland', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p6#18: U.S. Ambassador to the United', 'U.S. Ambassador to the United Nations Linda Thomas-Greenfield said the resolution was weak. She said Washington would veto it.', [
    named(['the resolution was weak'], 'U.S. Ambassador to the United Nations Linda Thomas-Greenfield', 'Linda Thomas-Greenfield', 'said', 'reported/cue-clause'),
    named(['Washington would veto it'], 'She', 'Linda Thomas-Greenfield', 'said', 'reported/cue-clause'),
  ]],
  ['p6#19: BRUSSELS — European Union officials', 'BRUSSELS — European Union officials said on Monday that the talks had stalled. They said Britain had not moved.', [
    named(['the talks had stalled'], 'European Union officials', 'European Union officials', 'said', 'reported/cue-that'),
    named(['Britain had not moved'], 'They', 'European Union officials', 'said', 'reported/cue-clause'),
  ]],
  ['p6#20: The White House said the', 'The White House said the president would sign the bill. Press secretary Karine Jean-Pierre said he would do so on Friday.', [
    named(['the president would sign the bill'], 'The White House', 'The White House', 'said', 'reported/cue-clause'),
    named(['he would do so on Friday'], 'Press secretary Karine Jean-Pierre', 'Karine Jean-Pierre', 'said', 'reported/cue-clause'),
  ]],
  ['p6#21: "I will not resign," said', '"I will not resign," said the mayor, Eric Adams. Adams said the charges were false.', [
    named(['I will not resign,'], 'the mayor, Eric Adams', 'Eric Adams', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['the charges were false'], 'Adams', 'Eric Adams', 'said', 'reported/cue-clause'),
  ]],
  ['p6#22: The chairman of the Federal', 'The chairman of the Federal Reserve, Jerome Powell, said inflation was easing. Powell added that the Fed would stay cautious.', [
    named(['inflation was easing'], 'The chairman of the Federal Reserve, Jerome Powell', 'Jerome Powell', 'said', 'reported/cue-clause'),
    named(['the Fed would stay cautious'], 'Powell', 'Jerome Powell', 'added', 'reported/cue-that'),
  ]],
  ['p6#23: Karen Bass, the mayor of', 'Karen Bass, the mayor of Los Angeles, said the fires were contained. Bass said she would ask Washington for aid.', [
    named(['the fires were contained'], 'Karen Bass, the mayor of Los Angeles', 'Karen Bass', 'said', 'reported/cue-clause'),
    named(['she would ask Washington for aid'], 'Bass', 'Karen Bass', 'said', 'reported/cue-clause'),
  ]],
  ['p9#5: The commander of U.S. forces', 'The commander of U.S. forces in Europe, Gen. Tod Wolters, said Russia was a threat. Wolters said NATO was ready.', [
    named(['Russia was a threat'], 'The commander of U.S. forces in Europe, Gen. Tod Wolters', 'Tod Wolters', 'said', 'reported/cue-clause'),
    named(['NATO was ready'], 'Wolters', 'Tod Wolters', 'said', 'reported/cue-clause'),
  ]],
  ['p9#6: "Ukraine will win," said Olena', '"Ukraine will win," said Olena Kovalenko, a member of parliament from Kyiv. She said the West must send more arms.', [
    named(['Ukraine will win,'], 'Olena Kovalenko, a member of parliament from Kyiv', 'Olena Kovalenko', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['the West must send more arms'], 'She', 'Olena Kovalenko', 'said', 'reported/cue-clause'),
  ]],
  ['p9#8: "John Reed is a liar,"', '"John Reed is a liar," said Ann Cole. She said she would sue him.', [
    named(['John Reed is a liar,'], 'Ann Cole', 'Ann Cole', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['she would sue him'], 'She', 'Ann Cole', 'said', 'reported/cue-clause'),
  ]],
  ['p9#9: Ann Cole said John Reed', 'Ann Cole said John Reed was a liar. "He has lied for years," she said.', [
    named(['John Reed was a liar'], 'Ann Cole', 'Ann Cole', 'said', 'reported/cue-clause'),
    named(['He has lied for years,'], 'she', 'Ann Cole', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p9#10: The company said profits rose.', 'The company said profits rose. It said it would hire 500 workers.', [
    named(['profits rose'], 'The company', 'The company', 'said', 'reported/cue-clause'),
    named(['it would hire 500 workers'], 'It', 'The company', 'said', 'reported/cue-clause'),
  ]],
  ['p9#11: Harlow Foods said sales fell.', 'Harlow Foods said sales fell. The company\'s chief executive, Dana Brooks, said she was confident. She said the firm would recover.', [
    named(['sales fell'], 'Harlow Foods', 'Harlow Foods', 'said', 'reported/cue-clause'),
    named(['she was confident'], 'The company\'s chief executive, Dana Brooks', 'Dana Brooks', 'said', 'reported/cue-clause'),
    named(['the firm would recover'], 'She', 'Dana Brooks', 'said', 'reported/cue-clause'),
  ]],
  ['p9#12: Maria Ortiz, 34, a teacher', 'Maria Ortiz, 34, a teacher from Phoenix, said she could not afford rent. "Prices keep going up," she said.', [
    named(['she could not afford rent'], 'Maria Ortiz, 34, a teacher from Phoenix', 'Maria Ortiz', 'said', 'reported/cue-clause'),
    named(['Prices keep going up,'], 'she', 'Maria Ortiz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p10#1: Rosa Diaz visited Madrid on', 'Rosa Diaz visited Madrid on Monday. "Spain is ready," she said.', [
    named(['Spain is ready,'], 'she', 'Rosa Diaz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p10#2: Rosa Diaz visited Georgia on', 'Rosa Diaz visited Georgia on Monday. "The state is ready," she said.', [
    named(['The state is ready,'], 'she', 'Rosa Diaz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p10#3: Tom Hale flew to Jordan', 'Tom Hale flew to Jordan for talks. "Jordan is a key ally," he said.', [
    named(['Jordan is a key ally,'], 'he', 'Tom Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p10#4: Ann Lee met the king', 'Ann Lee met the king of Jordan. "He was very kind," she said.', [
    named(['He was very kind,'], 'she', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p10#5: Ann Lee said Victoria had', 'Ann Lee said Victoria had changed. "Victoria is a different city now," she said.', [
    named(['Victoria had changed'], 'Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
    named(['Victoria is a different city now,'], 'she', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p10#6: The governor of Virginia, Paul', 'The governor of Virginia, Paul Kane, said the storm had passed. "Virginia was lucky," he said.', [
    named(['the storm had passed'], 'The governor of Virginia, Paul Kane', 'Paul Kane', 'said', 'reported/cue-clause'),
    named(['Virginia was lucky,'], 'he', 'Paul Kane', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p10#7: Deputy Prime Minister Chrystia Hale', 'Deputy Prime Minister Chrystia Hale said Canada would retaliate. "Ottawa will not back down," Hale said.', [
    named(['Canada would retaliate'], 'Deputy Prime Minister Chrystia Hale', 'Chrystia Hale', 'said', 'reported/cue-clause'),
    named(['Ottawa will not back down,'], 'Hale', 'Chrystia Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['p10#9: Rep. Ilhan Omar, D-Minn., said', 'Rep. Ilhan Omar, D-Minn., said the vote was a disgrace. Omar said she would keep fighting.', [
    named(['the vote was a disgrace'], 'Rep. Ilhan Omar, D-Minn.', 'Ilhan Omar', 'said', 'reported/cue-clause'),
    named(['she would keep fighting'], 'Omar', 'Ilhan Omar', 'said', 'reported/cue-clause'),
  ]],
  ['p10#10: Dr. Ruth Ames, the top', 'Dr. Ruth Ames, the top disease official in Ohio, said cases were rising. Ames said hospitals should prepare.', [
    named(['cases were rising'], 'Dr. Ruth Ames, the top disease official in Ohio', 'Ruth Ames', 'said', 'reported/cue-clause'),
    named(['hospitals should prepare'], 'Ames', 'Ruth Ames', 'said', 'reported/cue-clause'),
  ]],
];

describe('speaker names found by check52', () => {
  test.each(fixes)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('shapes the check52 fixes leave as they were', () => {
  test.each(unchanged)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

describe('invented passages whose speaker names generalise (check52)', () => {
  test.each(passages)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});
