/**
 * Speaker names of stop 61 (names64): a first surname alone is the full name
 * of three words it opens the surnames of ("Ms. Acosta" after "Melba Acosta
 * Febo", "Ruiz" after "Ana Ruiz Varga"), as a Spanish name uses the first of
 * two surnames alone; not when another full name ends in the surname, nor for
 * a run of capitals after an article, nor for a given name no list knows when
 * no honorific backs the surname. Invented sentences; exact parts, mention,
 * name, cue and rule; near misses keep their reading.
 */
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

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
