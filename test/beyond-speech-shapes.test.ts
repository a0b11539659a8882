/**
 * Attribution beyond speech, third round (issue 15): verbs of saying in the
 * shapes the default run leaves out (rule `reported/speech-object`, reported
 * under an opt-in category). Each row gives the exact parts, speaker, cue,
 * category and rule; every text gives nothing with default options.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL, row, rows, type Row } from './support/category-rows.js';

const cases: [string, string, Row[]][] = [
  ['cited + object', 'Ms. Varga cited the rising cost of water in the valley.', [row(['the rising cost of water in the valley'], 'Varga', 'cited', 'evidence', 'reported/speech-object')]],
  ['referring to + object', 'Mr. Tobin spoke at length, referring to the new survey of county farmers.', [row(['the new survey of county farmers'], 'Tobin', 'referring to', 'evidence', 'reported/speech-object')]],
  ['accused + of', 'Senator Ruth Alvarez accused the mayor of hiding the budget.', [row(['the mayor of hiding the budget'], 'Ruth Alvarez', 'accused', 'stance', 'reported/speech-object')]],
  ['attacked + for', 'The union attacked the council for its vote on the levy.', [row(['the council for its vote on the levy'], 'The union', 'attacked', 'stance', 'reported/speech-object')]],
  ['called + object and label', 'Mr. Tobin called the plan a waste of money.', [row(['the plan a waste of money'], 'Tobin', 'called', 'stance', 'reported/speech-object')]],
  ['questioned + object', 'The auditor questioned the size of the new contract.', [row(['the size of the new contract'], 'The auditor', 'questioned', 'stance', 'reported/speech-object')]],
  ['thanked + a list of noun phrases', 'Mr. Tobin thanked his parents, his sisters and his staff.', [row(['his parents, his sisters and his staff'], 'Tobin', 'thanked', 'stance', 'reported/speech-object')]],
  ['cited + object, then a participle', 'Ms. Varga cited the rising cost of water, saying little else.', [row(['the rising cost of water'], 'Varga', 'cited', 'evidence', 'reported/speech-object')]],
  ['describes + reflexive + as', 'Mr. Tobin describes himself as a farmer first.', [row(['himself as a farmer first'], 'Tobin', 'describes', 'stance', 'reported/speech-object')]],
  ['portrayed + as', 'The union portrayed the mayor as a friend of the developers.', [row(['the mayor as a friend of the developers'], 'The union', 'portrayed', 'stance', 'reported/speech-object')]],
  ['dismissed + object, with a subordinate clause (optin35: an opt-in object takes it in)', 'Ms. Varga dismissed the report because it was old.', [row(['the report because it was old'], 'Varga', 'dismissed', 'stance', 'reported/speech-object')]],
  // a finding verb the tagger missed, after a record noun and an adverb of place
  ['polls there show', 'Polls there show Reyes is trailing Moss just ahead of the vote.', [row(['Reyes is trailing Moss just ahead of the vote'], 'Polls there', 'show', 'evidence', 'reported/evidence-clause')]],
];

describe('beyond speech, verbs of saying with an object: exact parts, speaker, cue, category and rule', () => {
  test.each(cases)('%s', (_label, text, expected) => {
    expect(rows(extract(text, ALL))).toEqual(expected);
  });

  test.each(cases)('%s: nothing with default options', (_label, text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  test('only when the verb\'s own category is on', () => {
    expect(extract('Ms. Varga cited the rising cost of water in the valley.', { categories: ['speech', 'stance'] }).quotes).toEqual([]);
    expect(rows(extract('Ms. Varga cited the rising cost of water in the valley.', { categories: ['speech', 'evidence'] })).map((r) => r.rule)).toEqual(['reported/speech-object']);
  });
});

describe('beyond speech, verbs of saying with an object: shapes that stay out', () => {
  test.each([
    ['accused without of', 'Ms. Varga accused the mayor.'],
    ['attacked without for', 'The union attacked the council on Monday.'],
    ['called + a name only', 'Mr. Tobin called Ada Moss.'],
    ['a thing called + name', 'A new group called Fair Water Now met in the valley.'],
    ['called each other', 'The two rivals called each other late.'],
    ['a passive', 'The mayor was accused of hiding the budget.'],
    ['portrayed without as', 'The painter portrayed the mayor in oil.'],
    ['pointed to a place', 'Mr. Tobin pointed to the door of the county barn.'],
  ])('%s', (_label, text) => {
    expect(extract(text, ALL).quotes).toEqual([]);
  });
});

describe('"pointed to" + a noun phrase is speech in every run (cue24: 41 of 64 train uses are gold cues)', () => {
  test('default and every category', () => {
    const want = [row(['the new survey of county farmers'], 'Tobin', 'pointed to', 'speech', 'reported/cue-object')];
    expect(rows(extract('Mr. Tobin pointed to the new survey of county farmers.', ALL))).toEqual(want);
    expect(rows(extract('Mr. Tobin pointed to the new survey of county farmers.'))).toEqual(want);
  });
});

describe('beyond speech, "citing" after a comma: the cited object as evidence when evidence is on', () => {
  const citing: [string, string, Row[]][] = [
    ['clause, citing + list', 'Ada Moss voted no, citing slow growth, high rents and long commutes.', [row(['slow growth, high rents and long commutes'], 'Ada Moss', 'citing', 'evidence', 'reported/speech-object')]],
    ['subject, citing + object, verb', 'Ada Moss, citing slow growth and high rents, voted no on the plan.', [row(['slow growth and high rents'], 'Ada Moss', 'citing', 'evidence', 'reported/speech-object')]],
    [
      'subject, citing + object, reported that',
      'The Ledger, citing court records, reported that the mayor had moved.',
      [row(['court records'], 'Ledger', 'citing', 'evidence', 'reported/speech-object'), row(['the mayor had moved'], 'Ledger', 'reported', 'speech', 'reported/cue-that')],
    ],
  ];
  test.each(citing)('%s', (_label, text, expected) => {
    expect(rows(extract(text, ALL))).toEqual(expected);
  });

  test('default options read the cited object too, as a source report', () => {
    expect(rows(extract('Ada Moss voted no, citing slow growth, high rents and long commutes.')).map((r) => [r.parts, r.rule, r.category])).toEqual([[['slow growth, high rents and long commutes'], 'reported/speech-object', 'source']]);
  });

  test('without evidence, the cited object stays a source report', () => {
    expect(rows(extract('Ada Moss voted no, citing slow growth, high rents and long commutes.', { categories: ['speech', 'source', 'stance'] })).map((r) => [r.rule, r.category])).toEqual([['reported/speech-object', 'source']]);
  });

  test('a leading "Citing X," keeps the source-phrase reading', () => {
    // the exact output, so that the test fails when nothing is found as well
    expect(rows(extract('Citing court records, the Ledger reported that the mayor had moved.', ALL))).toEqual([
      row(['the Ledger reported that the mayor had moved'], 'Ledger', 'Citing', 'source', 'reported/according-to-lead'),
    ]);
  });
});

describe('beyond speech, sourceless "is expected to": an adverb in the infinitive, a phrase between commas', () => {
  const framed: [string, string, Row[]][] = [
    ['to + adverb + verb', 'Most of the mayor\'s staff are expected to quickly move to the state capital.', [row(['Most of the mayor\'s staff', 'to quickly move to the state capital'], null, 'are expected', 'thought', 'reported/impersonal')]],
    ['a prepositional phrase between commas', 'The harbor authority, under growing pressure, is expected to release the report within weeks.', [row(['The harbor authority, under growing pressure,', 'to release the report within weeks'], null, 'is expected', 'thought', 'reported/impersonal')]],
    // the narrator's clause after ", but", ", as", ", which" or a semicolon stays out of the framed clause
    ['ends before ", but"', 'The ferry service seemed to be recovering from the long winter, but that could change soon.', [row(['The ferry service', 'to be recovering from the long winter'], null, 'seemed', 'thought', 'reported/impersonal')]],
    ['ends before ", as"', 'The harbor authority is expected to release the report within weeks, as the council meets again.', [row(['The harbor authority', 'to release the report within weeks'], null, 'is expected', 'thought', 'reported/impersonal')]],
    ['ends at a semicolon', 'The river towns appeared paralyzed by the long flood; the mayor stayed in the capital.', [row(['The river towns', 'paralyzed by the long flood'], null, 'appeared', 'thought', 'reported/impersonal')]],
    ['a comma before a noun phrase goes on', 'The harbor authority is expected to hire new pilots, cooks and clerks for the summer.', [row(['The harbor authority', 'to hire new pilots, cooks and clerks for the summer'], null, 'is expected', 'thought', 'reported/impersonal')]],
    // ", and" before the last item of a list goes on; before a clause it ends the framed clause
    ['a list with an Oxford comma goes on', 'The harbor authority is expected to hire pilots, cooks, and clerks for the summer.', [row(['The harbor authority', 'to hire pilots, cooks, and clerks for the summer'], null, 'is expected', 'thought', 'reported/impersonal')]],
    // ", yet" or ", so" before a phrase, not a clause, goes on
    ['", yet" before a phrase goes on', 'The harbor ferry is expected to run late, yet again.', [row(['The harbor ferry', 'to run late, yet again'], null, 'is expected', 'thought', 'reported/impersonal')]],
    ['ends before ", and" with a clause', 'The ferry service seemed to be recovering from the long winter, and the tolls fell in May.', [row(['The ferry service', 'to be recovering from the long winter'], null, 'seemed', 'thought', 'reported/impersonal')]],
  ];
  test.each(framed)('%s', (_label, text, expected) => {
    expect(rows(extract(text, ALL))).toEqual(expected);
  });

  test.each(framed)('%s: nothing with default options', (_label, text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  test('"of" after a comma opens no insertion', () => {
    expect(extract('The harbor authority, of all places, is expected to release the report within weeks.', ALL).quotes).toEqual([]);
  });
});

describe('beyond speech, a view credited through a fronted "to" (reported/to-view)', () => {
  const views: [string, string, Row[]][] = [
    ['To + name', 'To Ada Moss, the new levy is nothing more than a tax on renters in the valley.', [row(['the new levy is nothing more than a tax on renters in the valley'], 'Ada Moss', 'To', 'thought', 'reported/to-view')]],
    ['But to + a word for people', 'But to others, the plan is a waste of money that the city cannot afford.', [row(['the plan is a waste of money that the city cannot afford'], 'others', 'to', 'thought', 'reported/to-view')]],
    ['To + possessive and noun', 'To her supporters, the long campaign has been worth every hour of work.', [row(['the long campaign has been worth every hour of work'], 'her supporters', 'To', 'thought', 'reported/to-view')]],
  ];
  test.each(views)('%s', (_label, text, expected) => {
    expect(rows(extract(text, ALL))).toEqual(expected);
  });

  test.each(views)('%s: nothing with default options', (_label, text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  test.each([
    ['To date', 'To date, the plan has cost the city more than ten million dollars.'],
    ['To that end', 'To that end, the council will meet again on Monday night.'],
    ['a fronted "for"', 'For Ada Moss, the mission this year is very different from the last.'],
    ['"to" inside the sentence', 'The plan went to Ada Moss, and the council approved it on Monday night.'],
    ['a short view', 'To Ada Moss, it was fine.'],
    ['a possessive and a noun for no people', 'To her surprise, the new levy passed the council with room to spare.'],
    ['a possessive and "credit"', 'To his credit, the mayor has kept the office open on weekends all year.'],
    ['a place name', 'To Chicago, the team flew on a late plane from the coast last night.'],
    ['a relative clause after the name', 'To Ada Moss, who ran, the levy is a tax on renters in the valley.'],
  ])('%s stays out', (_label, text) => {
    expect(rows(extract(text, ALL)).filter((r) => r.rule === 'reported/to-view')).toEqual([]);
  });

  test('only when thought is on', () => {
    expect(extract('To Ada Moss, the new levy is nothing more than a tax on renters in the valley.', { categories: ['speech', 'evidence', 'stance'] }).quotes).toEqual([]);
  });
});

describe('beyond speech, the subject before "is not convinced that", "is worried that"', () => {
  const subjects: [string, string, Row[]][] = [
    ['are not convinced that', 'Her advisers are not convinced that the plan will work with the wider electorate.', [row(['the plan will work with the wider electorate'], 'Her advisers', 'are not convinced', 'stance', 'reported/cue-that')]],
    ['is worried that', 'The Harbor Board is worried that the new tariffs could hurt trade across the region.', [row(['the new tariffs could hurt trade across the region'], 'Harbor Board', 'is worried', 'thought', 'reported/cue-that')]],
  ];
  test.each(subjects)('%s', (_label, text, expected) => {
    expect(rows(extract(text, ALL))).toEqual(expected);
  });

  test('a verb before the cue keeps the attribution without a speaker', () => {
    expect(rows(extract('After she helped convince swing voters that the levy will pay for new schools, it passed.', ALL)).map((r) => [r.speaker, r.rule])).toEqual([[null, 'reported/cue-that-no-speaker']]);
  });
});
