/**
 * Helper fix47: name wrong outputs on invented text. A role "of" a place or a
 * body that opens a sentence before a name set off by commas ("The mayor of
 * Kelby, Linda Shaw,") is a description of that person, so "the mayor" later
 * names her. Names coordinated as modifiers of one noun ("the Lee, Hale and
 * Ward eras") and the words of a title-case headline line are no person a
 * later "he" or "she" stands for. A "man" or "woman" set off after an
 * indefinite speaker ("said a neighbour, a local man") gives that speaker's
 * gender, so the next "he" is the neighbour. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** [content, speaker name, mention text] of each quote. */
const speakers = (text: string): [string, string | null, string | null][] =>
  extract(text, {}).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]);

describe('fix47: "The <role> of <place>, <Name>," at a sentence start', () => {
  const CASES: [string, string, string, string][] = [
    ['The mayor of Kelby, Linda Shaw, opened the bridge on Monday. "It is late," the mayor said.', 'It is late,', 'Linda Shaw', 'the mayor'],
    ['The chief executive of Arlo Bank, Tom Reed, resigned on Monday. "It was time," the chief executive said.', 'It was time,', 'Tom Reed', 'the chief executive'],
    ['The commander of the northern forces, General Mark Hale, visited the base. "We are ready," the commander said.', 'We are ready,', 'Mark Hale', 'the commander'],
    ['The head of the Kelby council, Linda Shaw, opened the bridge on Monday. "It is late," she said.', 'It is late,', 'Linda Shaw', 'she'],
  ];
  test.each(CASES)('%s', (text, quote, name, mention) => {
    expect(speakers(text).find((s) => s[0] === quote)).toEqual([quote, name, mention]);
  });
  // (not after anything but the sentence start, and not for a relative: the name is not the role's holder there)
  const NOT: [string, string, string][] = [
    ['A letter to the mayor of Kelby, Linda Shaw, was leaked on Monday. "It is fake," the mayor said.', 'It is fake,', 'the mayor'],
    ['The wife of the mayor, Linda Shaw, opened the bridge on Monday. "It is late," the mayor said.', 'It is late,', 'the mayor'],
  ];
  test.each(NOT)('%s', (text, quote, name) => {
    expect(speakers(text).find((s) => s[0] === quote)?.[1]).toBe(name);
  });
});

describe('fix47: names coordinated as modifiers of one noun are no antecedents', () => {
  const CASES: [string, string, string][] = [
    ['Tom Reed has advised city hall for decades. The office survived the Lee, Hale and Ward eras. "Nothing changes," he said.', 'Nothing changes,', 'Tom Reed'],
    ['Mark Dunn covered the White House for years. He wrote about the Carter, Reagan or Clinton years. "Each was different," he said.', 'Each was different,', 'Mark Dunn'],
  ];
  test.each(CASES)('%s', (text, quote, name) => {
    expect(speakers(text).find((s) => s[0] === quote)?.[1]).toBe(name);
  });
  // (names listed as people, not before a noun, still are antecedents)
  test('a list of people before no noun', () => {
    const text = 'The award went to Lee, Hale and Ward last year. "It was deserved," he said.';
    expect(speakers(text).at(-1)?.[1]).not.toBe('he');
  });
});

describe('fix47: words of a headline are no person mentions', () => {
  const CASES: [string, string, string][] = [
    ['Farmers Brace for Long Drought\n\nFarmers in the valley are worried. "We have no water," she said.', 'We have no water,', 'she'],
    ['Storm Leaves Harbor Town Without Power\n\nThe storm hit on Sunday night. "We lost everything," he said.', 'We lost everything,', 'he'],
    // (a headline name that the body names again is one)
    ['Mayor Reed Quits After Budget Row\n\nTom Reed resigned on Monday. Council members were shocked. "It was sudden," he said.', 'It was sudden,', 'Tom Reed'],
  ];
  test.each(CASES)('%s', (text, quote, name) => {
    expect(speakers(text).find((s) => s[0] === quote)?.[1]).toBe(name);
  });
});

describe('fix47: a man or woman set off after an indefinite speaker gives "he" or "she"', () => {
  const CASES: [string, string, string][] = [
    ['"He was a quiet man," said a neighbour, a 26-year-old Berlin man. "He never spoke," he added.', 'He never spoke,', 'a neighbour'],
    ['"The fire spread fast," said one witness, a local woman. "I ran," she said.', 'I ran,', 'one witness'],
    ['Mayor Tom Reed visited the site. "It was loud," said a resident, a retired Dutch woman. "We could not sleep," she added.', 'We could not sleep,', 'a resident'],
    // (a pronoun of the other gender goes to the person named before)
    ['Ann Lee spoke first. "It is a shame," said a neighbour, a 40-year-old man. "She knew it," she said.', 'She knew it,', 'Ann Lee'],
  ];
  test.each(CASES)('%s', (text, quote, name) => {
    expect(speakers(text).find((s) => s[0] === quote)?.[1]).toBe(name);
  });
});
