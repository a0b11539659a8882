/**
 * Attribution beyond speech, eleventh round (issue 15): a time or a margin
 * closing a stance's noun-phrase object is when or by how much the side was
 * taken, and stays out of the content ("The union opposed the levy for
 * years." has the content "the levy"). An object holding a verb keeps its
 * time, and so does every other category. A finding whose record closes the
 * sentence after a comma is credited to the record's whole phrase
 * ("..., campaign and corporate records show."). Default output never
 * changes. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('a stance object before a closing time or margin', () => {
  test.each([
    ['for years', 'The ferry guild has opposed the harbor toll for years.', 'the harbor toll', 'The ferry guild', 'has opposed'],
    ['in a year', 'Mayor Edda Sorn endorsed Councilor Tam Ruell in 2019.', 'Councilor Tam Ruell', 'Edda Sorn', 'endorsed'],
    ['in coming weeks', 'Mayor Edda Sorn will endorse Councilor Tam Ruell in coming weeks.', 'Councilor Tam Ruell', 'Edda Sorn', 'will endorse'],
    ['over a number of years', 'The ferry guild opposed the new harbor toll for over four years.', 'the new harbor toll', 'The ferry guild', 'opposed'],
    ['by a vote', 'The ferry guild opposed the new harbor toll by a 4-to-3 vote.', 'the new harbor toll', 'The ferry guild', 'opposed'],
    ['by a margin', 'The ferry guild opposed the new harbor toll by a wide margin.', 'the new harbor toll', 'The ferry guild', 'opposed'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance', 'reported/cue-object']]);
  });
});

describe('a time inside the object, or no time, stays', () => {
  test.each([
    ['a verb in the object', 'The ferry guild opposed the plan approved by the council in 2019.', 'the plan approved by the council in 2019'],
    ['a topic after "for"', 'The ferry guild opposed the plan for a second bridge.', 'the plan for a second bridge'],
    ['a deadline after "by"', 'The ferry guild supported raising the harbor toll to $5 by 2030.', 'raising the harbor toll to $5 by 2030'],
  ])('%s', (_label, text, content) => {
    expect(rows(text).map((r) => r[0])).toEqual([content]);
  });
});

describe('other categories keep their time', () => {
  test('a thought', () => {
    expect(rows('Mayor Edda Sorn believes that the harbor toll will rise in 2030.').map((r) => r[0])).toEqual(['the harbor toll will rise in 2030']);
  });
});

describe('a finding whose record closes the sentence', () => {
  test.each([
    ['coordinated records', 'Much of the money came from firms that no longer exist, campaign and corporate records show.', 'Much of the money came from firms that no longer exist', 'campaign and corporate records', 'show'],
    ['a participle in the phrase', 'But the mayor has not given to any candidate, state election records compiled by the Harbor Center show.', 'the mayor has not given to any candidate', 'state election records compiled by the Harbor Center', 'show'],
    ['an auxiliary', 'Ada Moss leads the harbor race by six points, a new statewide survey has found.', 'Ada Moss leads the harbor race by six points', 'a new statewide survey', 'has found'],
    ['a fronted clause in the content', 'After the mayor bought the ferry in 2011 he made many changes to it, records show.', 'After the mayor bought the ferry in 2011 he made many changes to it', 'records', 'show'],
    ['a phrase with "and other"', 'About 70% of the ads come from outside groups, tallies by the Harbor Center and other trackers show.', 'About 70% of the ads come from outside groups', 'tallies by the Harbor Center and other trackers', 'show'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'evidence', 'reported/evidence-trailing']]);
  });
});

describe('no record, or no closing record, gives nothing', () => {
  test.each([
    ['a clause after the comma', 'The plan would fail, as the results show.'],
    ['no record noun', 'The ferry will sail at noon, the harbor pilots have found.'],
    ['a record before its verb mid-sentence', 'The ferry will sail at noon, records show, and the pilots agree.'],
  ])('%s', (_label, text) => {
    expect(rows(text).filter((r) => r[4] === 'reported/evidence-trailing')).toEqual([]);
  });
});

describe('default output unchanged', () => {
  test.each([
    'The ferry guild has opposed the harbor toll for years.',
    'The ferry guild opposed the new harbor toll by a 4-to-3 vote.',
    'Much of the money came from firms that no longer exist, campaign and corporate records show.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
