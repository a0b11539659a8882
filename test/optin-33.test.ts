/**
 * Attribution beyond speech (issue 15), helper optin33: a form of "know" with
 * a bare clause is a thought, as with "that" ("Officials know the bridge will
 * need repairs ..."), when a question word or a subject and its finite verb
 * open the clause. A noun-phrase object ("knows the specifics of ..."), the
 * participle ("known for his work", "has known them since ...") and "let
 * someone know" report nothing. Default output never changes. Sentences and
 * names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '']);
}

describe('"know" with a bare clause (optin33)', () => {
  test.each([
    ['Officials know the bridge will need repairs before the first snow of winter.', 'the bridge will need repairs before the first snow of winter', 'Officials', 'know'],
    ['Ada Moss knows how the harbor council spends its money each year.', 'how the harbor council spends its money each year', 'Ada Moss', 'knows'],
    ['The ferry union knew it was possible that the vote would go against the crews.', 'it was possible that the vote would go against the crews', 'The ferry union', 'knew'],
    ['Tom Varga knows Ada Moss will stay in the race until the final ballot.', 'Ada Moss will stay in the race until the final ballot', 'Tom Varga', 'knows'],
    ['Few residents knew what the new levy would cost them in the spring.', 'what the new levy would cost them in the spring', 'Few residents', 'knew'],
  ])('%s', (text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'thought']]);
  });
  test('nothing with the default categories', () => {
    expect(rows('Officials know the bridge will need repairs before the first snow of winter.', {})).toEqual([]);
    expect(rows('Ada Moss knows how the harbor council spends its money each year.', {})).toEqual([]);
  });
});

describe('what "know" leaves alone (optin33)', () => {
  test.each([
    // a noun-phrase object, known, not a clause
    ['She knows the specifics of the harbor budget better than anyone on the council.'],
    ['He knew Ada Moss well from their years together on the harbor board.'],
    // the participle: a reputation, an acquaintance
    ['Tom Varga, known for his work on housing along the river, spoke first at the meeting.'],
    ['Ada Moss has known them since the first harbor campaign in the valley.'],
    // "let someone know": telling, not knowing
    ['The clerk is letting voters know there was an error on the printed ballot.'],
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});
