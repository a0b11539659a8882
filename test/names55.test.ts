/**
 * Speaker names of stop 55 (names55): two people joined by "and" when the
 * second is named after a possessive and a description ("Grace Liu and her
 * brother Wei said", "Ann Ruiz and her husband, Tom Ruiz, said") speak under
 * both names; a description of a pair ("The couple", "The two", "Both men")
 * stands for the two people just joined by "and"; a surname that is also a
 * body's word ("White", "Church") after a first and a middle name keeps the
 * name a person's ("Anna Richardson White"); a lower-case "former" before a
 * title puts it in the past ("former Mayor Tom Harlow" is "the former
 * mayor"). Exact parts, speaker
 * mention and name, cue, rule and kind; negatives that must keep their
 * reading.
 */
import { describeNamedTables, named, type NamedRow } from './support/name-rows.js';

const fixes: [string, string, NamedRow[]][] = [
  ['a kin noun and a name after the possessive', 'Grace Liu and her brother Wei said the shop would close.', [
    named(['the shop would close'], 'Grace Liu and her brother Wei', 'Grace Liu and Wei', 'said', 'reported/cue-clause'),
  ]],
  ['the relative\'s name set off by commas', 'Ann Ruiz and her husband, Tom Ruiz, said the farm was sold.', [
    named(['the farm was sold'], 'Ann Ruiz and her husband, Tom Ruiz', 'Ann Ruiz and Tom Ruiz', 'said', 'reported/cue-clause'),
  ]],
  ['a first name alone set off by commas', 'Ann Ruiz and her husband, Tom, said the farm was sold.', [
    named(['the farm was sold'], 'Ann Ruiz and her husband, Tom', 'Ann Ruiz and Tom', 'said', 'reported/cue-clause'),
  ]],
  ['after an opening phrase and its comma', 'On Monday, Ann Ruiz and her husband, Tom Ruiz, said the farm was sold.', [
    named(['the farm was sold'], 'Ann Ruiz and her husband, Tom Ruiz', 'Ann Ruiz and Tom Ruiz', 'said', 'reported/cue-clause'),
  ]],
  ['after a direct quotation', '"It is gone," Ann Ruiz and her husband, Tom Ruiz, said.', [
    named(['It is gone,'], 'Ann Ruiz and her husband, Tom Ruiz', 'Ann Ruiz and Tom Ruiz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['after the cue, the relative\'s name set off by commas', '"We are done," said Ann Ruiz and her husband, Tom Ruiz.', [
    named(['We are done,'], 'Ann Ruiz and her husband, Tom Ruiz', 'Ann Ruiz and Tom Ruiz', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['after the cue, with a phrase after the name', '"We are done," said Ann Ruiz and her husband, Tom Ruiz, on Monday.', [
    named(['We are done,'], 'Ann Ruiz and her husband, Tom Ruiz', 'Ann Ruiz and Tom Ruiz', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a counterpart with a title word', 'Senator Tom Weld and his House counterpart Ann Brill said the bill was dead.', [
    named(['the bill was dead'], 'Senator Tom Weld and his House counterpart Ann Brill', 'Tom Weld and Ann Brill', 'said', 'reported/cue-clause'),
  ]],
  ['"the couple" after two people joined by "and"', 'Ann Ruiz and Tom Ruiz met in Ohio in 1990. The couple said the farm was sold.', [
    named(['the farm was sold'], 'The couple', 'Ann Ruiz and Tom Ruiz', 'said', 'reported/cue-clause'),
  ]],
  ['"the two"', 'Ann Ruiz and Tom Ruiz met in 1990. The two said the farm was sold.', [
    named(['the farm was sold'], 'The two', 'Ann Ruiz and Tom Ruiz', 'said', 'reported/cue-clause'),
  ]],
  ['"the brothers"', 'Carl Moss and Pete Moss opened the shop in 1990. The brothers said the rent had doubled.', [
    named(['the rent had doubled'], 'The brothers', 'Carl Moss and Pete Moss', 'said', 'reported/cue-clause'),
  ]],
  ['"both men" after two honorifics, by their surnames', 'Mr. Pell and Mr. Rusk run the bakery. Both men said the ovens were old.', [
    named(['the ovens were old'], 'Both men', 'Pell and Rusk', 'said', 'reported/cue-clause'),
  ]],
  ['"both" two sentences after the pair', 'Ida Kent and Rosa Bell spoke in Ohio. They met voters. Both vowed to be tougher.', [
    named(['to be tougher'], 'Both', 'Ida Kent and Rosa Bell', 'vowed', 'reported/cue-infinitive'),
  ]],
  ['a surname that is also a body\'s word, after a first and a middle name', 'The firm built the bridge, a spokeswoman, Anna Richardson White, said. "It will hold," she said.', [
    named(['The firm built the bridge'], 'a spokeswoman, Anna Richardson White', 'Anna Richardson White', 'said', 'reported/content-speaker-cue'),
    named(['It will hold,'], 'she', 'Anna Richardson White', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['after a first name and a middle initial', 'Anna J. White said the bridge would hold. "It is sound," she said.', [
    named(['the bridge would hold'], 'Anna J. White', 'Anna J. White', 'said', 'reported/cue-clause'),
    named(['It is sound,'], 'she', 'Anna J. White', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a lower-case "former" before the title fits "the former mayor"', 'Ann Tell met former Mayor Tom Harlow on Monday. The former mayor said the budget was a mess.', [
    named(['the budget was a mess'], 'The former mayor', 'Tom Harlow', 'said', 'reported/cue-clause'),
  ]],
  ['and "the former governor" after "former Gov."', 'Ann Tell met former Gov. Tom Harlow. The former governor said the budget was a mess.', [
    named(['the budget was a mess'], 'The former governor', 'Tom Harlow', 'said', 'reported/cue-clause'),
  ]],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a description after the possessive with no name stays a description', 'Ann Ruiz and her husband said the farm was sold.', [
    named(['the farm was sold'], 'Ann Ruiz and her husband', 'Ann Ruiz and her husband', 'said', 'reported/cue-clause'),
  ]],
  ['after the cue, a description set off after the relative is no name', '"We are done," said Ann Ruiz and her husband, a farmer.', [
    named(['We are done,'], 'Ann Ruiz', 'Ann Ruiz', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['"its" after a place is no pair of people', 'The town and its mayor, Tom Ruiz, said the farm was sold.', [
    named(['the farm was sold'], 'The town and its mayor, Tom Ruiz', 'Tom Ruiz', 'said', 'reported/cue-clause'),
  ]],
  ['"the two" with a third person named after the pair', 'Ann Ruiz and Tom Ruiz met in 1990. Mia Ortiz joined them. The two said the farm was sold.', [
    named(['the farm was sold'], 'The two', 'The two', 'said', 'reported/cue-clause'),
  ]],
  ['"the couple" after two people not joined by "and"', 'Ann Ruiz met Tom Ruiz in Ohio in 1990. The couple said the farm was sold.', [
    named(['the farm was sold'], 'The couple', 'The couple', 'said', 'reported/cue-clause'),
  ]],
  ['a later "she" stands for the woman of the pair, not the pair', 'Ann Ruiz and Tom Ruiz met in 1990. The couple said the farm was sold. "It was hard," she said.', [
    named(['the farm was sold'], 'The couple', 'Ann Ruiz and Tom Ruiz', 'said', 'reported/cue-clause'),
    named(['It was hard,'], 'she', 'Ann Ruiz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the two" three sentences after the pair', 'Ann Ruiz and Tom Ruiz met in 1990. It rained. The farm grew. Then it failed. The two said the farm was sold.', [
    named(['the farm was sold'], 'The two', 'The two', 'said', 'reported/cue-clause'),
  ]],
  ['a body\'s name with such a word stays a body', 'The Catholic Church said the plan was cruel.', [
    named(['the plan was cruel'], 'The Catholic Church', 'Catholic Church', 'said', 'reported/cue-clause'),
  ]],
  ['"the mayor" is not the former mayor', 'Ann Tell met former Mayor Tom Harlow on Monday. The mayor said the budget was a mess.', [
    named(['the budget was a mess'], 'The mayor', 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['"the former mayor" is not a sitting mayor', 'Ann Tell met Mayor Tom Harlow on Monday. The former mayor said the budget was a mess.', [
    named(['the budget was a mess'], 'The former mayor', 'The former mayor', 'said', 'reported/cue-clause'),
  ]],
];

describeNamedTables('names55: coordinated people and descriptions of a pair', { fixes, negatives });
