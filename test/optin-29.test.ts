/**
 * Attribution beyond speech (issue 15), helper optin29: "reject" takes a side
 * with a short object as "oppose" does ("Dock workers rejected the offer on
 * Friday."), a side supposed after "if" is none, and a named source's attack
 * on a named person is a stance however short ("Ada Moss attacked Reyes.");
 * an attack on a place is a war, not a stance. Default output never changes.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('"reject" takes a side with a short object (optin29)', () => {
  test.each([
    ['Dock workers overwhelmingly rejected the offer on Friday.', 'the offer', 'Dock workers', 'overwhelmingly rejected'],
    ['Tom Varga has rejected the label, and his aides agree.', 'the label', 'Tom Varga', 'has rejected'],
    ['The ferry union rejected the new contract before the vote in May.', 'the new contract', 'The ferry union', 'rejected'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('Dock workers overwhelmingly rejected the offer on Friday.', {})).toEqual([]);
  });
});

describe('what takes no side with "reject" (optin29)', () => {
  test.each([
    // a side supposed after "if"
    ['If the levy plan rejected single parents, many families would suffer.'],
    // a negated cue
    ['Dock workers did not reject the offer on Friday.'],
    // an oppose after "if" is no side either
    ['If the council opposed the toll, the ferry would close.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[3] === 'stance')).toEqual([]);
  });
});

describe('a named attack on a named person (optin29)', () => {
  test.each([
    ['Ada Moss attacked Reyes.', 'Reyes', 'Ada Moss', 'attacked'],
    ['Ada Moss attacked Tom Reyes, and the crowd cheered.', 'Tom Reyes', 'Ada Moss', 'attacked'],
    ['Lena Ortiz attacked Tom Reyes for his vote on the levy.', 'Tom Reyes for his vote on the levy', 'Lena Ortiz', 'attacked'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'stance']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('Ada Moss attacked Reyes.', {})).toEqual([]);
  });
});

describe('attacks that are no stance (optin29)', () => {
  test.each([
    // a war on a place
    ['Napoleon attacked Moscow.'],
    ['Iraq attacked Kuwait, and the war began.'],
    // a subject that is no name
    ['The rebels attacked Lakeport.'],
    // a name object after a description: only named sources
    ['The mayor attacked Reyes.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[3] === 'stance')).toEqual([]);
  });
});
