/**
 * Helper lead57: content and precision leftovers. Each row is
 * [content, speaker name, cue] with default options and with every category
 * on. Sentences and names are invented.
 *
 * - a short listener of a verb such as "tell" right before a quoted sentence,
 *   with no mark between them ('told them "The trip was too long."'), is left
 *   out of the quotation, as it is after a comma or a colon;
 * - a phrase opened by a preposition and a possessive before a clause with a
 *   noun subject ("said under his plan taxes would rise") opens the clause, as
 *   "under the plan" did (nothing was reported);
 * - after an inserted attribution, a verb in -s the tagger read as a noun
 *   before a bare plural object ("The plan, she wrote, cuts taxes for the
 *   rich") goes on with the report;
 * - a clause whose verb in -s the tagger read as a noun ("The army claims more
 *   territory every week, the ministry said") is no verbless phrase: it is
 *   reported (nothing was);
 * - "called for order" is a set phrase that asks for nothing said (not with
 *   "to" after it: "called for order to be restored").
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('lead57: a short listener before a quoted sentence with no mark', () => {
  test.each([
    ['Lee told them "The trip was too long."', [['The trip was too long.', 'Lee', 'told']]],
    ['Mara Quist told reporters "We will open the bridge in May."', [['We will open the bridge in May.', 'Mara Quist', 'told']]],
    ['Mara Quist asked the two farmers "Why did you stay so late?"', [['Why did you stay so late?', 'Mara Quist', 'asked']]],
    // near misses: a quotation too short for a sentence, a longer listener, a verb that names
    ['Lee told reporters "too long."', [['reporters "too long."', 'Lee', 'told']]],
    ['Lee told the crowd at the old pier "The trip was too long."', [['the crowd at the old pier "The trip was too long."', 'Lee', 'told']]],
    ['Lee called them "The Lost Boys of Verona."', [['them "The Lost Boys of Verona."', 'Lee', 'called']]],
  ] as [string, Row[]][])('%s', both);
});

describe('lead57: a possessive inside a phrase before a noun subject', () => {
  test.each([
    ['Tom Hale said under his plan taxes would rise.', [['under his plan taxes would rise', 'Tom Hale', 'said']]],
    ['Ada Brill said under our new budget the ferries would run all night.', [['under our new budget the ferries would run all night', 'Ada Brill', 'said']]],
    // near misses: a noun of the cue's topic, an adjunct with no clause after it, the article as before
    ['Tom Hale joked about his plan with friends.', [['his plan with friends', 'Tom Hale', 'joked about']]],
    ['Tom Hale muttered under his breath.', []],
    ['Tom Hale said under the plan taxes would rise.', [['under the plan taxes would rise', 'Tom Hale', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('lead57: a misread verb in -s before a bare plural object after an inserted attribution', () => {
  test.each([
    ['The plan, she wrote, cuts taxes for the rich.', [['The plan cuts taxes for the rich', 'she', 'wrote']]],
    ['The new levy, Tom Hale said, hurts farmers in the valley.', [['The new levy hurts farmers in the valley', 'Tom Hale', 'said']]],
    // near misses: a fronted phrase as before, a determiner after the verb as before
    ['In the end, he said, costs rose.', [['In the end costs rose', 'he', 'said']]],
    ['The ruling, he said, sets a bad example.', [['The ruling sets a bad example', 'he', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('lead57: a misread verb in -s before a closing attribution', () => {
  test.each([
    ['The army claims more territory every week, the ministry said.', [['The army claims more territory every week', 'the ministry', 'said']]],
    ['The harbour board plans a new pier at Wexcombe, the mayor said.', [['The harbour board plans a new pier at Wexcombe', 'the mayor', 'said']]],
    // near misses: no object after the -s word, a phrase with no verb
    ['The army claims, the ministry said.', []],
    ['The new season of concerts, the mayor said.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('lead57: "call for order" is no report', () => {
  test.each([
    ['The Speaker, Sir Lionel Ashgrove, called for order twice.', []],
    ['Judge Ama Ruiz called for order as the crowd shouted.', []],
    // near misses: something asked for
    ['Ada Brill called for order to be restored in the streets.', [['order to be restored in the streets', 'Ada Brill', 'called for']]],
    ['Ada Brill called for an end to the strike.', [['an end to the strike', 'Ada Brill', 'called for']]],
  ] as [string, Row[]][])('%s', both);
});
