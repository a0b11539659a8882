/**
 * Speaker names of stop 61 (names63): an opt-in attribution whose speaker span
 * widens back over a coordinated subject ("Neither the mayor nor his aides
 * believe ...") names the whole group when the last conjunct is a
 * description, as a pair found whole does ("Bell and his aides"); a name as
 * the last conjunct keeps its person. A double surname alone stands for the
 * full name it ends when that name opens with one given name no list knows
 * and opens its sentence or follows a comma ("Nadia Ruiz Varga ... Ruiz
 * Varga"), not after a title or any word. A tagged person joined by ", and"
 * to a partner named by "his" or "her" speaks with the partner ("The Labour
 * leader, Ana Reyes, and her deputy said" -> "Ana Reyes and her deputy"), as
 * the plain pair does. Invented sentences; exact parts, mention, name, cue and
 * rule; near misses keep their reading.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';
import { describeNamedTables, named, namedRows, type NamedCase } from './support/name-rows.js';

const fixes: NamedCase[] = [
  ['neither ... nor: the whole group', 'Neither the mayor nor his aides believe that the levy will pass before the end of the year.', [
    named(['the levy will pass before the end of the year'], 'Neither the mayor nor his aides', 'Neither the mayor nor his aides', 'believe', 'reported/cue-that'),
  ]],
  ['neither ... nor with a name first', 'Neither Tom Bell nor his rivals showed much of an appetite for a fight.', [
    named(['much of an appetite for a fight'], 'Neither Tom Bell nor his rivals', 'Neither Tom Bell nor his rivals', 'showed', 'reported/cue-object'),
  ]],
  ['two things joined by "and" that open the sentence', 'The book and film blame the council for the delay at the harbour.', [
    named(['the council for the delay at the harbour'], 'The book and film', 'The book and film', 'blame', 'reported/cue-object'),
  ]],
];

const negatives: NamedCase[] = [
  ['a name as the last conjunct keeps its person', 'Neither the mayor nor Tom Bell believes that the levy will pass.', [
    named(['the levy will pass'], 'Neither the mayor nor Tom Bell', 'Tom Bell', 'believes', 'reported/cue-that'),
  ]],
  ['a comma before "and": no coordinated subject', 'The mayor spoke, and his aides believe that the levy will pass.', [
    named(['the levy will pass'], 'his aides', 'his aides', 'believe', 'reported/cue-that'),
  ]],
];

describe('names63: an opt-in coordinated subject names its whole group', () => {
  test.each(fixes)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input, ALL))).toEqual(expected);
  });
  test.each(negatives)('negative: %s', (_name, input, expected) => {
    expect(namedRows(extract(input, ALL))).toEqual(expected);
  });
  test('default options: no opt-in attribution, nothing to name', () => {
    expect(namedRows(extract('Neither the mayor nor his aides believe that the levy will pass before the end of the year.'))).toEqual([]);
  });
});

const surnameFixes: NamedCase[] = [
  ['an unknown given name opening its sentence', 'Nadia Ruiz Varga, the mayor of Lenton, spoke on Monday. Ruiz Varga said the cost had doubled.', [
    named(['the cost had doubled'], 'Ruiz Varga', 'Nadia Ruiz Varga', 'said', 'reported/cue-clause'),
  ]],
  ['an unknown given name after a comma', 'The port will reopen in May, the director, Ottilie Serrano Bastida, said on Monday. Serrano Bastida added that the fees would rise.', [
    named(['The port will reopen in May'], 'the director, Ottilie Serrano Bastida', 'Ottilie Serrano Bastida', 'said', 'reported/content-speaker-cue'),
    named(['the fees would rise'], 'Serrano Bastida', 'Ottilie Serrano Bastida', 'added', 'reported/cue-that'),
  ]],
];

const surnameNegatives: NamedCase[] = [
  ['after a title', 'Former Miss Lenton Nadia Ruiz Varga spoke on Monday. Ruiz Varga said the cost had doubled.', [
    named(['the cost had doubled'], 'Ruiz Varga', 'Ruiz Varga', 'said', 'reported/cue-clause'),
  ]],
  ['after a verb: the first word may be a word of English', 'Senator Lora Vance met Hero Ines Marr. Ines Marr said the fire was out.', [
    named(['the fire was out'], 'Ines Marr', 'Ines Marr', 'said', 'reported/cue-clause'),
  ]],
  ['after an adjective', 'The crowd in historic Nadia Ruiz Varga cheered. Ruiz Varga said the cost had doubled.', [
    named(['the cost had doubled'], 'Ruiz Varga', 'Ruiz Varga', 'said', 'reported/cue-clause'),
  ]],
];

describeNamedTables('names63: a double surname after an unknown given name', { fixes: surnameFixes, negatives: surnameNegatives });

const partnerFixes: NamedCase[] = [
  ['a described person and her deputy', 'The Labour leader, Ana Reyes, and her deputy said the plan was dead.', [
    named(['the plan was dead'], 'The Labour leader, Ana Reyes, and her deputy', 'Ana Reyes and her deputy', 'said', 'reported/cue-clause'),
  ]],
  ['a person with an appositive and his wife, after an opening phrase', 'On Monday, Tomas Reyka, a farmer, and his wife said the river had flooded.', [
    named(['the river had flooded'], 'Tomas Reyka, a farmer, and his wife', 'Tomas Reyka and his wife', 'said', 'reported/cue-clause'),
  ]],
];

const partnerNegatives: NamedCase[] = [
  ['a clause before ", and her deputy"', 'Ana Reyes spoke first, and her deputy said the plan was dead.', [
    named(['the plan was dead'], 'her deputy', 'her deputy', 'said', 'reported/cue-clause'),
  ]],
  ['a relative clause is no tag', 'The mayor, who lost, and her deputy said the plan was dead.', [
    named(['the plan was dead'], 'her deputy', 'her deputy', 'said', 'reported/cue-clause'),
  ]],
  ['"their" ties no partner to one person', 'Ana Reyes, the mayor, and their lawyers said the plan was dead.', [
    named(['the plan was dead'], 'their lawyers', 'their lawyers', 'said', 'reported/cue-clause'),
  ]],
];

describeNamedTables('names63: a tagged person and a partner named by "his" or "her"', { fixes: partnerFixes, negatives: partnerNegatives });
