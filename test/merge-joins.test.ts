/**
 * Which quoted stretches join the quote before them (review of src/refine/merge.ts
 * and of where reported content ends): a quotation right after a word of the
 * attribution goes on with the quote unless it looks like a title, hard-wrapped
 * reported content runs over its line break, an abbreviation in a short
 * attribution does not count as a second sentence, and a reported quote takes
 * every quoted paragraph that follows it. Exact parts, speaker, cue and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const quotation: [string, string, Row[]][] = [
  ['after "because"', '"We will win," Lee said, because "we have the votes."', [
    row(['We will win,', 'we have the votes.'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['after "since"', '"We will win," Lee said since "the union backs us."', [
    row(['We will win,', 'the union backs us.'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['after "even"', '"It is over," he said, even "if we lose the vote."', [
    row(['It is over,', 'if we lose the vote.'], 'he', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['after "then"', '"It is over," he said, then "we go home."', [
    row(['It is over,', 'we go home.'], 'he', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['after a day name', '"We will win," Lee said Tuesday "with or without the union."', [
    row(['We will win,', 'with or without the union.'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['after "told reporters"', '"We will win," Lee told reporters "with or without the union."', [
    row(['We will win,', 'with or without the union.'], 'Lee', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['after a preposition, in lower case', '"We will win," Lee said in "a statement to all of our members."', [
    row(['We will win,', 'a statement to all of our members.'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const titles: [string, string, Row[]][] = [
  ['after a possessive', '"We will win," Lee said on WXRT\'s "Morning Hour."', [row(['We will win,'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct')]],
  ['after a preposition', '"We will win," Lee said on "Morning Edition."', [row(['We will win,'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct')]],
  ['after a determiner', '"We will win," Lee told the "Morning Hour" program.', [row(['We will win,'], 'Lee', 'told', 'direct/trailing-speaker-cue', 'direct')]],
  ['a title with a short word', '"We will win," Lee told the "Hour of the Wolf" program.', [row(['We will win,'], 'Lee', 'told', 'direct/trailing-speaker-cue', 'direct')]],
];

const narrated: [string, string, Row[]][] = [
  // (the quoted words end the "that" clause they open in, which is kept as a quote of its own: attribution/reported/that-fragment.ts)
  ['quoted words of the narrator after a clause of his own do not join', '"We will win," the board said, reasoning that Lee passed the review because he "never needed to file a single form."', [
    row(['We will win,'], 'the board', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['that Lee passed the review because he', 'never needed to file a single form.'], 'the board', null, 'direct/fallback-subject', 'mixed'),
  ]],
  ['after a preposition and more words', '"We will win," Lee said after a brief "thank you to all of my many friends here."', [
    row(['We will win,'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the quote stays the host of the next sentence', '"We will win," the board said, reasoning that Lee passed the review because he "never needed to file a single form." "We have the votes."', [
    row(['We will win,', 'We have the votes.'], 'the board', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a title, then the quote goes on', '"We will win," Lee told the "Morning Hour" program. "We have the votes."', [
    row(['We will win,', 'We have the votes.'], 'Lee', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

const wrapped: [string, string, Row[]][] = [
  ['a line break before a lower-case word', 'Mayor Reed said the pier was safe and that the harbor\nwould reopen on Friday after the storm.', [
    row(['the pier was safe and that the harbor\nwould reopen on Friday after the storm'], 'Mayor Reed', 'said', 'reported/cue-clause'),
  ]],
  ['a leading source, wrapped after a preposition', 'According to the county clerk, turnout rose by\na third this year.', [
    row(['turnout rose by\na third this year'], 'the county clerk', 'According to', 'reported/according-to-lead'),
  ]],
  ['a line break inside quoted words keeps the closing mark', 'Reed said the deal was "dead in the water\nand beyond saving," and walked out.', [
    row(['the deal was "dead in the water\nand beyond saving,"'], 'Reed', 'said', 'reported/cue-clause', 'mixed'),
  ]],
];

const block: [string, string, Row[]][] = [
  ['a line that ends with a semicolon', 'Mayor Reed said the pier was safe;\nHarbor reopens on Friday', [row(['the pier was safe'], 'Mayor Reed', 'said', 'reported/cue-clause')]],
];

const followOn: [string, string, Row[]][] = [
  ['an abbreviation in the attribution', '"We will build it," said Mr. Lee.\n\n"It will be done by May."', [
    row(['We will build it,', 'It will be done by May.'], 'Mr. Lee', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['abbreviations in a name and a place', '"We will build it," said Dr. Ann Lee of St. Paul.\n\n"It will be done by May."', [
    row(['We will build it,', 'It will be done by May.'], 'Dr. Ann Lee of St. Paul', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a sentence of the narrator after a closing mark', '"We will build it," Lee said, "and soon." She then left.\n\n"It will be done by May."', [
    row(['We will build it,', 'and soon.'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['It will be done by May.'], null, null, 'direct/context', 'direct'),
  ]],
];

const reportedHost: [string, string, Row[]][] = [
  ['two quoted paragraphs', 'Ann Lee said the vote was a mistake.\n\n"We will appeal."\n\n"We will win."', [
    row(['the vote was a mistake', 'We will appeal.', 'We will win.'], 'Ann Lee', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['three quoted paragraphs', 'Ann Lee said the vote was a mistake.\n\n"We will appeal."\n\n"We will win."\n\n"The court will agree."', [
    row(['the vote was a mistake', 'We will appeal.', 'We will win.', 'The court will agree.'], 'Ann Lee', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['quoted words in the paragraph of the report, then a quoted paragraph', 'Ann Lee said the vote was a mistake. "We will appeal."\n\n"We will win."', [
    row(['the vote was a mistake', 'We will appeal.', 'We will win.'], 'Ann Lee', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['a paragraph of the narrator stops it', 'Ann Lee said the vote was a mistake.\n\n"We will appeal."\n\nThe council met again.\n\n"We will win the next vote in the spring."', [
    row(['the vote was a mistake', 'We will appeal.'], 'Ann Lee', 'said', 'reported/cue-clause', 'mixed'),
    row(['We will win the next vote in the spring.'], null, null, 'direct/unattributed', 'direct'),
  ]],
];

const tables: [string, [string, string, Row[]][]][] = [
  ['a quotation right after a word of the attribution goes on with the quote', quotation],
  ['a short Title Case stretch there is a title and no quote', titles],
  ['quoted words of the narrator in the attribution join nothing', narrated],
  ['hard-wrapped reported content runs over its line break', wrapped],
  ['reported content ends at a line break that ends a block', block],
  ['a quoted paragraph after one short attribution sentence continues the quote', followOn],
  ['a reported quote takes every quoted paragraph that follows it', reportedHost],
];

for (const [title, table] of tables) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
