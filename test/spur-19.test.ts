/**
 * Helper spur19: spurious speech predictions in a publisher's own notes.
 * - An editor's note that describes a person in a relative clause ("Editor's
 *   note: ... who has often vowed to ...") reports nothing; an
 *   attribution in the note with a speaker of its own stays, and so does the
 *   same relative clause outside a note.
 * - A list of links that quotes the opening of a linked article after its
 *   byline ('"Museum to reopen in May," by the Ledger's Ann Cole: "..."')
 *   quotes no one; a name or a clause before a colon still leads a quote.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('spur19: a relative clause in an editor\'s note', () => {
  test.each([
    ["Mayor Tom Reyes spoke at the harbor on Friday.\nEditor's note: Tom Reyes is a habitual fibber and a bully who has often vowed to close every border to migrants.", []],
    ['Editor’s note: Ada Moss is a former judge who has repeatedly promised to tax every yacht in the bay.', []],
    ['EDITOR\'S NOTE: Ada Moss is a former judge who has\nrepeatedly promised to tax every yacht in the bay.', []],
    // positives nearby: a speaker of its own in the note, and the same clause outside a note
    ["Editor's Note: An article on Monday misstated the date of the vote. Police Chief Ann Lee said that the vote was held on May 4.", [
      ['the vote was held on May 4', 'Ann Lee', 'said'],
    ]],
    ['Tom Reyes, who has often vowed to close every border to migrants, spoke at the harbor.', [
      ['to close every border to migrants', 'Tom Reyes', 'has often vowed'],
    ]],
  ] as [string, Row[]][])('%s', both);
});

describe('spur19: the excerpt after a linked article\'s byline', () => {
  test.each([
    ['LINKS — "Harbor museum to reopen in May," by the Ledger\'s Ann Cole: "The Harbor Museum will open its doors again in May after a two-year renovation, its director said." http://example.com/abc', []],
    ['"Harbor museum to reopen in May," by Ledger\'s Ann Cole: "The Harbor Museum will open its doors again in May after a two-year renovation."', []],
    // positives nearby: a name or a clause before the colon, and "by" with a comma before the speaker
    ['Ann Cole: "The Harbor Museum will open its doors again in May after a two-year renovation."', [
      ['The Harbor Museum will open its doors again in May after a two-year renovation.', 'Ann Cole', ':'],
    ]],
    ['The director had a message for donors: "The Harbor Museum will open its doors again in May after a long wait."', [
      ['The Harbor Museum will open its doors again in May after a long wait.', 'The director', 'had a message for donors:'],
    ]],
    ['The council shelved "Plan B," by Friday, and Ann Cole said: "We will open in May whatever happens to the plan."', [
      ['We will open in May whatever happens to the plan.', 'Ann Cole', 'said'],
    ]],
  ] as [string, Row[]][])('%s', both);
});
