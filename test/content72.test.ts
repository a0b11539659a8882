/**
 * Helper content72: a quotation set off by a dash (em dash, en dash, a spaced
 * hyphen) after a report with its own subject and cue, and attributed right
 * after its closing mark, is a direct quote of that trailing attribution, as
 * it is after a colon (content70); the report before the dash ends at the
 * dash. A dash with no report before it, a quotation with no attribution of
 * its own, and a quotation whose closing dash is followed by another clause's
 * subject stay as they were. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { EVERY } from './support/fix-rows.js';

/** [kind, parts, speaker name, cue] of each quote. */
type Shape = [string, string[], string | null, string | null];

const shapesOf = (text: string, options = {}): Shape[] =>
  extract(text, options).quotes.map((q) => [q.kind, q.parts.map((p) => p.text), q.speaker?.name ?? null, q.cue?.span.text ?? null]);

const both = (text: string, expected: Shape[]): void => {
  expect(shapesOf(text)).toEqual(expected);
  expect(shapesOf(text, EVERY)).toEqual(expected);
};

const vidal: Shape[] = [
  ['indirect', ['the levy had lost its purpose'], 'Ann Vidal', 'said'],
  ['direct', ['It no longer funds the schools,'], 'Ann Vidal', 'told'],
];

describe('content72: a dash after a report sets off a quotation attributed on its own', () => {
  test.each<[string, Shape[]]>([
    // an em dash with spaces, an en dash, a spaced hyphen, an em dash with no spaces
    ['Ann Vidal said the levy had lost its purpose — "It no longer funds the schools," she told the board.', vidal],
    ['Ann Vidal said the levy had lost its purpose – "It no longer funds the schools," she told the board.', vidal],
    ['Ann Vidal said the levy had lost its purpose - "It no longer funds the schools," she told the board.', vidal],
    ['Ann Vidal said the levy had lost its purpose—"It no longer funds the schools," she told the board.', vidal],
    // curly marks, a "that" clause, a closing dash and a second predicate after the aside
    ['Councillor Tom Reyes argued that the depot was too small — “We cannot park another bus there,” he wrote in a letter — and asked for a new site.',
      [
        ['indirect', ['the depot was too small'], 'Tom Reyes', 'argued'],
        ['direct', ['We cannot park another bus there,'], 'Tom Reyes', 'wrote'],
        ['indirect', ['a new site'], 'Tom Reyes', 'asked for'],
      ]],
    // the trailing attribution names the speaker again, with an adverb after its verb
    ['The mayor hinted the race was over - "We have the votes," Ms. Okafor said twice - and thanked her staff.',
      [
        ['indirect', ['the race was over'], 'The mayor', 'hinted'],
        ['direct', ['We have the votes,'], 'Okafor', 'said'],
      ]],
  ])('%s', (text, expected) => both(text, expected));

  test.each<[string, Shape[]]>([
    // no report before the dash: the trailing attribution takes the whole sentence, as before
    ['The levy had lost its purpose — "It no longer funds the schools," she told the board.',
      [['mixed', ['The levy had lost its purpose — "It no longer funds the schools,"'], 'she', 'told']]],
    // a quotation set off by two dashes with no attribution of its own stays the report's
    ['Ann Vidal said the levy had lost its purpose — "a tax on renters" — and should end.',
      [['mixed', ['the levy had lost its purpose — "a tax on renters"'], 'Ann Vidal', 'said']]],
    // nor does a quotation whose closing dash is followed by another clause's subject and cue
    ['And although Ann Vidal lamented the levy - "why keep it?" - voters who came to the hearing said they were unmoved.',
      [
        ['mixed', ['the levy - "why keep it?"'], 'Ann Vidal', 'lamented'],
        ['indirect', ['they were unmoved'], 'voters', 'said'],
      ]],
    // no attribution after the quotation: it stays the report's
    ['Ann Vidal said the levy had lost its purpose — "It no longer funds the schools."',
      [['mixed', ['the levy had lost its purpose — "It no longer funds the schools."'], 'Ann Vidal', 'said']]],
  ])('left alone: %s', (text, expected) => both(text, expected));

  test('a dash after narration with no cue yields nothing', () => {
    both('The council voted in May — "Yes to schools," read the banner — and the levy ended.', []);
  });

  test('the report before the dash counts only when its cue is reported: an opt-in thought splits with every category', () => {
    const text = 'Ann Vidal believes the levy has lost its purpose — "It no longer funds the schools," she told the board.';
    expect(shapesOf(text)).toEqual([['mixed', ['Ann Vidal believes the levy has lost its purpose — "It no longer funds the schools,"'], 'she', 'told']]);
    expect(shapesOf(text, EVERY)).toEqual([
      ['indirect', ['the levy has lost its purpose'], 'Ann Vidal', 'believes'],
      ['direct', ['It no longer funds the schools,'], 'Ann Vidal', 'told'],
    ]);
  });
});
