/**
 * Attribution beyond speech, twelfth round (issue 15): "endorse" takes sides
 * like "oppose", so a short noun-phrase object is a stance ("The dockworkers
 * endorsed Tam Ruell."), with a relative or pronoun subject as well ("who
 * endorsed Tam Ruell"), but not under a negated cue ("has not endorsed a
 * candidate"). A preposition or "here" left closing a stance's object once a
 * time was cut off stays out of the content. A finding goes on over a
 * comparison after its comma ("..., compared with 30 percent last year").
 * A headline opened by a poll label ("Poll: Moss Leads ...") is a finding
 * credited to the poll. Default output never changes.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('a side-taking stance on a short object', () => {
  test.each([
    ['a pronoun subject', 'Edda Sorn runs the ferry guild. She endorsed the toll plan.', 'the toll plan', 'Edda Sorn', 'endorsed'],
    ['a relative subject', 'Edda Sorn, who endorsed the toll plan, spoke at the pier.', 'the toll plan', 'Edda Sorn', 'endorsed'],
    ['a description subject', 'The ferry guild endorsed the toll plan.', 'the toll plan', 'The ferry guild', 'endorsed'],
    ['a relative subject of "oppose"', 'Edda Sorn, who has long opposed the toll, spoke at the pier.', 'the toll', 'Edda Sorn', 'has long opposed'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text).filter((r) => r[3] === 'stance')).toEqual([[content, speaker, cue, 'stance', 'reported/cue-object']]);
  });
});

describe('a negated side-taking cue with a short object gives nothing', () => {
  test.each([
    ['has not endorsed', 'The ferry guild has not endorsed a candidate.'],
    ['did not endorse', "The dockworkers didn't endorse the toll plan."],
  ])('%s', (_label, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('a preposition or "here" left before a cut time', () => {
  test.each([
    ['in early June', 'The ferry guild endorsed Tam Ruell in early June.', 'Tam Ruell', 'The ferry guild', 'endorsed'],
    ['here on Sunday', 'The ferry guild formally endorsed Tam Ruell here on Sunday.', 'Tam Ruell', 'The ferry guild', 'formally endorsed'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance', 'reported/cue-object']]);
  });

  test('a particle stays', () => {
    expect(rows('The harbor board members, who opposed the plan to wall in the pier, left early.').map((r) => r[0])).toEqual(['the plan to wall in the pier']);
  });
});

describe('a finding goes on over a comparison after its comma', () => {
  test.each([
    ['compared with', 'A Harbor College poll released Monday found 61 percent of voters in the county back the levy, compared with 30 percent last year.', '61 percent of voters in the county back the levy, compared with 30 percent last year', 'A Harbor College poll released Monday', 'found'],
    ['followed by', 'The survey found Ada Moss at 31 percent, followed by Tam Ruell at 22 percent.', 'Ada Moss at 31 percent, followed by Tam Ruell at 22 percent', 'The survey', 'found'],
    ['against', 'Records show the ferry guild paid $4 million in fees, against $3 million a year earlier.', 'the ferry guild paid $4 million in fees, against $3 million a year earlier', 'Records', 'show'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'evidence', 'reported/evidence-clause']]);
  });

  test('a thought keeps its end', () => {
    expect(rows('Ada Moss believes that the levy will pass this year, compared with a narrow loss last time.').map((r) => r[0])).toEqual(['the levy will pass this year']);
  });
});

describe('a headline opened by a poll label', () => {
  test.each([
    ['one word', 'Poll: Ada Moss Leads Tam Ruell by Six Points in Harbor County\n\nThe race is close.', 'Ada Moss Leads Tam Ruell by Six Points in Harbor County', 'Poll'],
    ['a pollster before it', 'Harbor College Poll: Most Voters Back the Ferry Levy\n\nThe vote is in May.', 'Most Voters Back the Ferry Levy', 'Harbor College Poll'],
  ])('%s', (_label, text, content, speaker) => {
    expect(rows(text)).toEqual([[content, speaker, ':', 'evidence', 'reported/headline']]);
  });

  test('a label that is no poll gives no finding', () => {
    expect(rows('Update: Ada Moss Leads Tam Ruell by Six Points in Harbor County\n\nThe race is close.')).toEqual([]);
  });

  test('without category evidence, nothing', () => {
    expect(rows('Poll: Ada Moss Leads Tam Ruell by Six Points in Harbor County\n\nThe race is close.', { categories: ['speech', 'thought', 'stance'] })).toEqual([]);
  });
});

describe('default output unchanged', () => {
  test.each([
    'Edda Sorn runs the ferry guild. She endorsed the toll plan.',
    'Edda Sorn, who endorsed the toll plan, spoke at the pier.',
    'The ferry guild formally endorsed Tam Ruell here on Sunday.',
    'The survey found Ada Moss at 31 percent, followed by Tam Ruell at 22 percent.',
    'Poll: Ada Moss Leads Tam Ruell by Six Points in Harbor County\n\nThe race is close.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
