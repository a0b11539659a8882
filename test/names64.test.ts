/**
 * Speaker names of stop 61 (names64): a first surname alone is the full name
 * of three words it opens the surnames of ("Ms. Acosta" after "Melba Acosta
 * Febo", "Ruiz" after "Ana Ruiz Varga"), as a Spanish name uses the first of
 * two surnames alone; not when another full name ends in the surname, nor for
 * a run of capitals after an article, nor for a given name no list knows when
 * no honorific backs the surname. A double surname alone stands for a full
 * name after an unknown given name that follows a subordinator opening the
 * sentence ("When Nadia Ruiz Varga arrived"). A present participle between a determiner
 * or a possessive and a head of people or a body stays in the speaker ("their
 * lobbying groups said"). Invented sentences; exact parts, mention, name, cue
 * and rule; near misses keep their reading.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';
import { describeNamedTables, named, namedRows, type NamedCase } from './support/name-rows.js';

const fixes: NamedCase[] = [
  ['an honorific and the first surname after an unknown given name', '"Loans are good when the venture is good," said Melba Acosta Febo, the head of the bank. Ms. Acosta said the fund was nearly empty.', [
    named(['Loans are good when the venture is good,'], 'Melba Acosta Febo, the head of the bank', 'Melba Acosta Febo', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['the fund was nearly empty'], 'Ms. Acosta', 'Melba Acosta Febo', 'said', 'reported/cue-clause'),
  ]],
  ['the first surname alone after a known given name', 'Ana Ruiz Varga, the mayor of Lenton, spoke on Monday. Later Ruiz said the bridge would cost more.', [
    named(['the bridge would cost more'], 'Ruiz', 'Ana Ruiz Varga', 'said', 'reported/cue-clause'),
  ]],
  ['the first surname alone opening a sentence', 'Luis Garcia Moreno is the new minister of roads. Garcia said the budget was late.', [
    named(['the budget was late'], 'Garcia', 'Luis Garcia Moreno', 'said', 'reported/cue-clause'),
  ]],
  ['the full name after the surname', 'Mr. Garcia said the budget was late. Luis Garcia Moreno is the new minister.', [
    named(['the budget was late'], 'Mr. Garcia', 'Luis Garcia Moreno', 'said', 'reported/cue-clause'),
  ]],
];

const negatives: NamedCase[] = [
  ['a full name ending in the surname wins', 'Tom Garcia spoke first. Luis Garcia Moreno is the new minister. Garcia said the budget was late.', [
    named(['the budget was late'], 'Garcia', 'Tom Garcia', 'said', 'reported/cue-clause'),
  ]],
  ['a run of capitals after an article', 'The crowd at the Vote Lenton Poll grew. Lenton said the budget was late.', [
    named(['the budget was late'], 'Lenton', 'Lenton', 'said', 'reported/cue-clause'),
  ]],
  ['an honorific of the other gender', 'Ana Ruiz Varga spoke on Monday. Mr. Ruiz said the bridge would cost more.', [
    named(['the bridge would cost more'], 'Mr. Ruiz', 'Ruiz', 'said', 'reported/cue-clause'),
  ]],
  ['a paper after an article', 'Readers of the Daily Lenton Herald wrote in. Ms. Lenton said the bridge would cost more.', [
    named(['the bridge would cost more'], 'Ms. Lenton', 'Lenton', 'said', 'reported/cue-clause'),
  ]],
];

describeNamedTables('names64: a first surname alone is the full name', { fixes, negatives });

const participleFixes: NamedCase[] = [
  ['a participle between an article and the head', 'The lobbying groups said the port would open in May.', [
    named(['the port would open in May'], 'The lobbying groups', 'The lobbying groups', 'said', 'reported/cue-clause'),
  ]],
  ['a participle after a possessive, in a pair', 'Farmers and their lobbying groups said the port would open in May.', [
    named(['the port would open in May'], 'Farmers and their lobbying groups', 'Farmers and their lobbying groups', 'said', 'reported/cue-clause'),
  ]],
  ['a participle after "both", inside an "of" phrase', 'The heads of both lobbying firms told the council that the port would open in May.', [
    named(['the port would open in May'], 'The heads of both lobbying firms', 'The heads of both lobbying firms', 'told', 'reported/cue-that'),
  ]],
];

const participleNegatives: NamedCase[] = [
  ['a participle after a noun is a clause', 'The group representing workers said the port would open in May.', [
    named(['the port would open in May'], 'The group representing workers', 'The group representing workers', 'said', 'reported/cue-clause'),
  ]],
  ['a gerund with its object is no speaker', 'Her laying flowers at the gate seemed, to some, a selfish act.', []],
];

const openerFixes: NamedCase[] = [
  ['a double surname after "When" opening the sentence', 'When Nadia Ruiz Varga arrived, the talks resumed. The deal is close, Ruiz Varga said.', [
    named(['The deal is close'], 'Ruiz Varga', 'Nadia Ruiz Varga', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a double surname with an honorific after "After" opening the sentence', 'After Teodoro Quintanar Bello arrived, the talks resumed. Mr. Quintanar Bello said the deal was close.', [
    named(['the deal was close'], 'Mr. Quintanar Bello', 'Teodoro Quintanar Bello', 'said', 'reported/cue-clause'),
  ]],
];

const openerNegatives: NamedCase[] = [
  ['a subordinator inside the sentence', 'The talks resumed when Nadia Ruiz Varga arrived. Ruiz Varga said the deal was close.', [
    named(['the deal was close'], 'Ruiz Varga', 'Ruiz Varga', 'said', 'reported/cue-clause'),
  ]],
];

describeNamedTables('names64: a full name after a subordinator opening its sentence', { fixes: openerFixes, negatives: openerNegatives });

describeNamedTables('names64: a present participle before the head stays in the speaker', { fixes: participleFixes, negatives: participleNegatives });

describe('names64: an opt-in pair with a participle names the whole pair', () => {
  test('push for', () => {
    expect(namedRows(extract('Dock owners and their lobbying groups push for a quick deal on the new port.', ALL))).toEqual([
      named(['a quick deal on the new port'], 'Dock owners and their lobbying groups', 'Dock owners and their lobbying groups', 'push for', 'reported/cue-topic'),
    ]);
  });
  test('a gerund with its object stays no speaker', () => {
    expect(namedRows(extract('Her laying flowers at the gate seemed, to some, a selfish act.', ALL))).toEqual([]);
  });
});
