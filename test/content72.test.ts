/**
 * Helper content72: a quotation set off by a dash (em dash, en dash, a spaced
 * hyphen) after a clause with its own subject and verb, opening with a capital
 * letter and attributed right after its closing mark, is a direct quote of that
 * trailing attribution, as it is after a colon (content70); a report before the
 * dash ends at the dash. A dash with no clause before it, a quotation in lower
 * case, a quotation with no attribution of its own, and a quotation whose
 * closing dash is followed by another clause's subject stay as they were.
 * Sentences and names are invented.
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

describe('content72: a dash after a clause sets off a quotation attributed on its own', () => {
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
    ['The mayor hinted the race was over - "We have the votes," Ms. Okafor said twice - and left early.',
      [
        ['indirect', ['the race was over'], 'The mayor', 'hinted'],
        ['direct', ['We have the votes,'], 'Okafor', 'said'],
      ]],
    // a mark of two apostrophes, as some archives print it
    ["Ms. Okafor hinted the race was over - ''We have the votes,'' she said.",
      [
        ['indirect', ['the race was over'], 'Okafor', 'hinted'],
        ['direct', ['We have the votes,'], 'Okafor', 'said'],
      ]],
    // a verb that is no cue before the dash
    ['The union fought plans to close the depot - "We will win," its leader said.',
      [['direct', ['We will win,'], 'its leader', 'said']]],
  ])('%s', (text, expected) => both(text, expected));

  test.each<[string, Shape[]]>([
    // no clause before the dash: the trailing attribution takes the whole sentence, as before
    ['The levy, in her view — "It no longer funds the schools," she told the board.',
      [['mixed', ['The levy, in her view — "It no longer funds the schools,"'], 'she', 'told']]],
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

  test('a dash after no clause yields nothing', () => {
    both('A vote in May — "Yes to schools" — ended the levy.', []);
  });

  test('a clause with its own verb before the dash and a trailing attribution: the quotation is direct', () => {
    both('The council voted in May — "Yes to schools," read the banner — and the levy ended.', [['direct', ['Yes to schools,'], 'the banner', 'read']]);
  });

  test('a quotation in lower case is a phrase its sentence goes on with, no direct quote of its own', () => {
    const text = 'The plan would cost — "at the very least," Tom Reyes said — about $4 million.';
    for (const options of [{}, EVERY]) expect(shapesOf(text, options).filter((q) => q[0] === 'direct')).toEqual([]);
  });

  test('the clause before the dash needs no cue: with every category its thought is reported too', () => {
    const text = 'Ann Vidal believes the levy has lost its purpose — "It no longer funds the schools," she told the board.';
    expect(shapesOf(text)).toEqual([['direct', ['It no longer funds the schools,'], 'Ann Vidal', 'told']]);
    expect(shapesOf(text, EVERY)).toEqual([
      ['indirect', ['the levy has lost its purpose'], 'Ann Vidal', 'believes'],
      ['direct', ['It no longer funds the schools,'], 'Ann Vidal', 'told'],
    ]);
  });
});
