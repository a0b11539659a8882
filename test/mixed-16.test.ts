/**
 * Mixed quotes (mixed16): a second verb of the subject, joined by "and" to a
 * cue whose object holds quoted words, whose own object holds quoted words
 * too (rule `reported/conjoined-quoted`), and the first quoted object cut
 * before that second verb; and a quote whose speaker is guessed as the
 * subject of its sentence takes the subject's own verb as its cue when the
 * lexicon does not know it (`confided to her sister that ...`). Negatives: a verb the lexicon knows is not
 * relabelled, a second verb with no quotation gives nothing, and titles,
 * nicknames and scare quotes alone yield no quote. Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as [kind, content, speaker name, cue, rule]. */
function rows(text: string): [string, string, string | null, string, string][] {
  return extract(text).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}

describe('a second verb with quoted words after a quoted object', () => {
  test('called ... and compared ...: two mixed quotes of one speaker', () => {
    expect(rows('The mayor called the budget "a total disaster" and compared it to the plans of earlier councils that were "doomed from the start."')).toEqual([
      ['mixed', 'the budget "a total disaster"', 'The mayor', 'called', 'reported/cue-quoted-object'],
      ['mixed', 'it to the plans of earlier councils that were "doomed from the start."', 'The mayor', 'compared', 'reported/cue-quoted-object'],
    ]);
  });

  test('called ... and ranked ...', () => {
    expect(rows('Governor Ellen Marsh called the deal "a terrible mistake" and ranked the trade office among the "worst run in the region."')).toEqual([
      ['mixed', 'the deal "a terrible mistake"', 'Ellen Marsh', 'called', 'reported/cue-quoted-object'],
      ['mixed', 'the trade office among the "worst run in the region."', 'Ellen Marsh', 'ranked', 'reported/conjoined-quoted'],
    ]);
  });

  test('a second verb of the lexicon keeps its own rule', () => {
    expect(rows('Ms. Lane called the plan "reckless" and warned that the port would lose "thousands of jobs."')).toEqual([
      ['mixed', 'the plan "reckless"', 'Lane', 'called', 'reported/cue-quoted-object'],
      ['mixed', 'the port would lose "thousands of jobs."', 'Lane', 'warned', 'reported/cue-that'],
    ]);
  });

  test('a second verb with no quotation gives no second quote', () => {
    expect(rows('The mayor called the budget "a total disaster" and walked out of the chamber.')).toEqual([
      ['mixed', 'the budget "a total disaster"', 'The mayor', 'called', 'reported/cue-quoted-object'],
    ]);
  });
});

describe('the subject\'s own verb as the cue of a guessed quote', () => {
  test('a verb outside the lexicon before the that-clause is the cue', () => {
    expect(rows('Ms. Ortega confided to her sister that the family had been "the first to open a bakery on the block."')).toEqual([
      ['mixed', 'that the family had been the first to open a bakery on the block.', 'Ortega', 'confided', 'direct/fallback-subject'],
    ]);
  });

  test('an opt-in cue left off stays off: no cue', () => {
    expect(rows('Mr. Dale worried that the harbor plan was becoming "a trap for the small fishing crews."')).toEqual([
      ['mixed', 'that the harbor plan was becoming a trap for the small fishing crews.', 'Dale', '', 'direct/fallback-subject'],
    ]);
  });
});

describe('quoted words that are no one\'s words', () => {
  test.each([
    ['a film title', 'The ferry crew watched "The Long Harbor Night" and cheered the ending.'],
    ['a nickname', 'Fans of the striker, known as "The Hammer," packed the stands on Sunday.'],
    ['a scare quote', 'The so-called "reform" package passed the council late on Friday.'],
  ])('%s: nothing', (_label, text) => {
    expect(rows(text)).toEqual([]);
  });
});
