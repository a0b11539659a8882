/**
 * Helper spur20: spurious speech predictions in a correction or update note.
 * A note in the publisher's voice ("Correction: A prior version of this
 * piece wrongly said that ...", "This post has been revised to add that
 * ...") reports no one's words; an attribution in the note with a
 * speaker of its own stays, an "Update:" paragraph (news of its own) keeps its
 * attributions, and the same clause outside a note stays.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('spur20: a clause in a correction or update note', () => {
  test.each([
    ['The ferry to Pell Island resumed service on Monday.\n\nCorrection: A prior version of this piece wrongly said that the ferry crossing takes forty minutes.', []],
    ['The ferry to Pell Island resumed service on Monday.\n\nCORRECTION: A previous version of this article wrongly reported that the pier had closed in May.', []],
    ['The ferry to Pell Island resumed service on Monday.\n\nThis post has been revised to add that Ada Vink later withdrew her bid for the harbor seat.', []],
    ['The ferry to Pell Island resumed service on Monday.\n\nThis article was updated to reflect that Ada Vink was declared the winner of the harbor seat.', []],
    // positives nearby: a speaker of its own in the note, an "Update:" paragraph, and the same clause outside a note
    ['The ferry to Pell Island resumed service on Monday.\n\nCorrection: An earlier version of this story misstated the fare. Harbor chief Tom Reyes said that the fare is four dollars.', [
      ['the fare is four dollars', 'Tom Reyes', 'said'],
    ]],
    ['The ferry to Pell Island resumed service on Monday.\n\nUpdate: Harbor chief Tom Reyes said on Tuesday that the ferry would run twice a day.', [
      ['the ferry would run twice a day', 'Tom Reyes', 'said'],
    ]],
    ['The ferry to Pell Island resumed service on Monday. The Ledger reported that the crossing takes forty minutes.', [
      ['the crossing takes forty minutes', 'Ledger', 'reported'],
    ]],
  ] as [string, Row[]][])('%s', both);
});
