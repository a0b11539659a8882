/**
 * Attribution beyond speech, second round (issue 15): the opt-in shapes added
 * for recall with every category on — a count of people as the source, a
 * stance on a named person, a record's finding as a noun phrase or a
 * wh-clause, findings whose verb the tagger missed, a feeling voiced about
 * something, a judgement ("considers X Y"), the cue words express, voice,
 * assail, convince, persuade and envision, and the sourceless frame with an
 * inserted clause. Each row gives the exact parts, speaker, cue, category and
 * rule; every text gives nothing with default options. Sentences and names
 * are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL, row, rows, type Row } from './support/category-rows.js';

const cases: [string, string, Row[]][] = [
  // a count of people as the source: any object, however short
  ['N in 10 + name', 'Among women, about 6 in 10 older voters supported Ramirez in the state.', [row(['Ramirez'], 'about 6 in 10 older voters', 'supported', 'stance', 'reported/count-subject')]],
  ['N percent + verb read as a noun', 'In the county, 19 percent of young voters polled support Okafor.', [row(['Okafor'], '19 percent of young voters polled', 'support', 'stance', 'reported/count-subject')]],
  ['a majority of', 'A majority of farmers in the valley backed the water levy.', [row(['the water levy'], 'A majority of farmers in the valley', 'backed', 'stance', 'reported/count-subject')]],
  ['two-thirds + gerund', 'About two-thirds of Republican primary voters support banning the imports.', [row(['banning the imports'], 'About two-thirds of Republican primary voters', 'support', 'stance', 'reported/count-subject')]],
  // a stance on a named person
  ['endorsed + name of a place', 'Governor Ann Petrov endorsed Sen. Tom Reyes of Ohio.', [row(['Sen. Tom Reyes of Ohio'], 'Ann Petrov', 'endorsed', 'stance', 'reported/stance-name')]],
  ['endorsed + name + day', 'The union endorsed Tom Reyes on Wednesday.', [row(['Tom Reyes'], 'The union', 'endorsed', 'stance', 'reported/stance-name')]],
  // a record's finding
  ['found + noun phrase', 'A recent county survey found broad support for the new levy.', [row(['broad support for the new levy'], 'A recent county survey', 'found', 'evidence', 'reported/evidence-object')]],
  ['shows only + noun phrase', 'The county survey shows only a narrow age gap.', [row(['only a narrow age gap'], 'The county survey', 'shows', 'evidence', 'reported/evidence-object')]],
  ['polls in a place show (verb read as a noun)', 'Polls in the county show the two leading candidates are unchanged from last year.', [row(['the two leading candidates are unchanged from last year'], 'Polls in the county', 'show', 'evidence', 'reported/evidence-clause')]],
  ['exit polling shows', 'Exit polling shows he won most voters under 30 in the county last month.', [row(['he won most voters under 30 in the county last month'], 'Exit polling', 'shows', 'evidence', 'reported/evidence-clause')]],
  ['a video shows + pronoun', 'A video of the meeting shows her clutching her phone and walking out of the room.', [row(['her clutching her phone and walking out of the room'], 'A video of the meeting', 'shows', 'evidence', 'reported/evidence-small-clause')]],
  ['shows why', 'National polling shows why the unrest in the county is a problem for the mayor.', [row(['why the unrest in the county is a problem for the mayor'], 'National polling', 'shows', 'evidence', 'reported/evidence-clause')]],
  ['records, which showed', 'Her medical records, which showed she was healthy enough to serve, came out in July.', [row(['she was healthy enough to serve'], 'Her medical records', 'showed', 'evidence', 'reported/evidence-clause')]],
  // a feeling voiced about something: the content is what it is about
  ['expressed concern about', 'Ms. Varga expressed concern about the new plant on the river.', [row(['the new plant on the river'], 'Varga', 'expressed concern about', 'stance', 'reported/cue-feeling')]],
  ['voiced support for', 'The council voiced support for a later curfew on weekends in the summer.', [row(['a later curfew on weekends in the summer'], 'The council', 'voiced support for', 'stance', 'reported/cue-feeling')]],
  ['expressed + adjective + feeling + at', 'Mr. Tobin expressed deep dismay at the closing of the river ferry.', [row(['the closing of the river ferry'], 'Tobin', 'expressed deep dismay at', 'stance', 'reported/cue-feeling')]],
  // a judgement: object and complement
  ['considers + adjective', 'Ms. Varga considers the levy unfair.', [row(['the levy unfair'], 'Varga', 'considers', 'thought', 'reported/cue-judgement')]],
  ['consider + pronoun + noun phrase', 'Her rivals consider him a newcomer.', [row(['him a newcomer'], 'Her rivals', 'consider', 'thought', 'reported/cue-judgement')]],
  ['found + adjective', 'She found the plan too costly.', [row(['the plan too costly'], 'She', 'found', 'evidence', 'reported/cue-judgement')]],
  // new cue words
  ['assailed + object', 'Senator Ruth Alvarez assailed the new tax plan on the floor of the Senate.', [row(['the new tax plan on the floor of the Senate'], 'Ruth Alvarez', 'assailed', 'stance', 'reported/cue-object')]],
  ['tried to convince + that', 'The mayor tried to convince voters that the levy would pass.', [row(['the levy would pass'], 'The mayor', 'tried to convince', 'stance', 'reported/cue-that')]],
  ['envision + object', 'Planners envision a new park along the whole of the river front.', [row(['a new park along the whole of the river front'], 'Planners', 'envision', 'thought', 'reported/cue-object')]],
  // a sourceless frame: the cue stays out of the parts; an inserted clause belongs to the subject
  ['a subject with a relative clause', 'The central bank, which has held rates near zero for years, is expected to act in May.', [row(['The central bank, which has held rates near zero for years,', 'to act in May'], null, 'is expected', 'thought', 'reported/impersonal')]],
  ['appeared + participle', 'The river towns appeared paralyzed by the flood.', [row(['The river towns', 'paralyzed by the flood'], null, 'appeared', 'thought', 'reported/impersonal')]],
];

describe('beyond speech: exact parts, speaker, cue, category and rule', () => {
  test.each(cases)('%s', (_label, text, expected) => {
    expect(rows(extract(text, ALL))).toEqual(expected);
  });

  test.each(cases)('%s: nothing with default options', (_label, text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});

describe('beyond speech: shapes that stay out', () => {
  test.each([
    // a count that is no count of people, a hyphenated participle, a noun of support
    ['most + things', 'Most referenda see a turnout of around half the voters.'],
    ['a supporting compound', 'Just 14 of the many Okafor-supporting delegates won their slots.'],
    ['percent support among', 'Ms. Varga has 45 percent support among older voters in the county.'],
    // a stance not taken, a relative subject, a participle, a generic you (under 65% right on train)
    ['would endorse', 'The union would endorse Tom Reyes.'],
    ['who endorsed', 'Groups who endorsed Tom Reyes left early.'],
    ['a group backing', 'A group backing Tom Reyes spent money on the race.'],
    // no complement, no feeling, no record
    ['considered a run', 'Mr. Tobin considered a run last year.'],
    ['found + object and place', 'She found the keys under the mat.'],
    ['expressed + object only', 'Mr. Tobin expressed his condolences to the families.'],
    ['showed up', 'The mayor showed up late at the new plant.'],
  ])('%s', (_label, text) => {
    expect(extract(text, ALL).quotes).toEqual([]);
  });
});

describe('beyond speech: confidence', () => {
  test('minConfidence 0.65 keeps a count of people and drops a judgement', () => {
    const text = 'A majority of farmers in the valley backed the water levy. Her rivals consider him a newcomer.';
    const kept = (min: number): string[] => extract(text, { ...ALL, minConfidence: min }).quotes.map((q) => q.rule);
    expect(kept(0)).toEqual(['reported/count-subject', 'reported/cue-judgement']);
    expect(kept(0.65)).toEqual(['reported/count-subject']);
  });
});
