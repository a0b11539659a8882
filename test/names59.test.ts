/**
 * Helper names59: the person a careful reader names for each speaker. Rows are
 * [content, speaker name, cue] with default options and every category on.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { EVERY, rowsOf, type Row } from './support/fix-rows.js';
import { extract } from './support/invariants.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('names59: "Prosecutor" is a title wherever the name stands', () => {
  test.each([
    ['After a pause, Prosecutor Ada Nwosu said the case was closed.', [['the case was closed', 'Ada Nwosu', 'said']]],
    ['On Monday Prosecutor Ada Nwosu said the case was closed.', [['the case was closed', 'Ada Nwosu', 'said']]],
    ['In Corvale, Prosecutor Tamsin Okoro told reporters the inquiry would end in May.', [['the inquiry would end in May', 'Tamsin Okoro', 'told']]],
    ['Prosecutor Ada Nwosu said the case was closed.', [['the case was closed', 'Ada Nwosu', 'said']]],
    ['The case is closed, prosecutor Ada Nwosu said.', [['The case is closed', 'Ada Nwosu', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names59: a pronoun of anyone with "else" is the subject, as "no one else" is', () => {
  test.each([
    ['Nobody else said the plan was good.', [['the plan was good', 'Nobody else', 'said']]],
    ['No one else said the plan was good.', [['the plan was good', 'No one else', 'said']]],
    ['Nobody else at the agency said the plan was good.', [['the plan was good', 'Nobody else at the agency', 'said']]],
    ['Nobody else would say the plan was good.', [['the plan was good', 'Nobody else', 'would say']]],
    ['Everyone else said the plan was good.', [['the plan was good', 'Everyone else', 'said']]],
    ['Someone else said the plan was good.', [['the plan was good', 'Someone else', 'said']]],
    // (not the subject's: "like everyone else" is an aside; "nobody" after a preposition is inside the subject)
    ['The clerk, like everyone else, said the plan was good.', [['the plan was good', 'The clerk', 'said']]],
    ['Families with nobody at home said the plan was good.', [['the plan was good', 'Families with nobody at home', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names59: after the first clause\'s verb and its object, "and" opens a second clause whose subject speaks alone', () => {
  test.each([
    ['The clerk asked for a photo and the manager said it was fine.', [['a photo', 'The clerk', 'asked for'], ['it was fine', 'the manager', 'said']]],
    ['The clerk paid for a photo and the manager said it was fine.', [['it was fine', 'the manager', 'said']]],
    ['The clerk looked at a photo and the manager said it was fine.', [['it was fine', 'the manager', 'said']]],
    ['Ana Ruiz asked for a photo and the manager said it was fine.', [['a photo', 'Ana Ruiz', 'asked for'], ['it was fine', 'the manager', 'said']]],
    ['The clerk asked for a photo and Tomas Vey said it was fine.', [['a photo', 'The clerk', 'asked for'], ['it was fine', 'Tomas Vey', 'said']]],
    // (one subject of two people or of a modifier stays whole)
    ['The clerk and the manager said the plan was good.', [['the plan was good', 'The clerk and the manager', 'said']]],
    ['Supporters of the mayor and the council said the plan was good.', [['the plan was good', 'Supporters of the mayor and the council', 'said']]],
    ['People hit by the storm and their neighbours said the plan was good.', [['the plan was good', 'People hit by the storm and their neighbours', 'said']]],
  ] as [string, Row[]][])('%s', both);

  test('the mention is the second subject alone', () => {
    const text = 'The clerk asked for a photo and Tomas Vey said it was fine.';
    expect(extract(text).quotes.map((q) => q.speaker?.mention?.text)).toEqual(['The clerk', 'Tomas Vey']);
  });
});

describe('names59: an adjective alone after "dressed in" is what is worn, inside the subject', () => {
  test.each([
    ['A man dressed in black told the court he was innocent.', [['he was innocent', 'A man dressed in black', 'told']]],
    ['A woman clad in white said the march would go on.', [['the march would go on', 'A woman clad in white', 'said']]],
    ['A man dressed in black, Tomas Vey, said he was innocent.', [['he was innocent', 'Tomas Vey', 'said']]],
    ['A man dressed in a black coat said he was innocent.', [['he was innocent', 'A man dressed in a black coat', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names59: a name that is the object of a preposition in a sentence before is no subject a pronoun goes back to', () => {
  test.each([
    ['Talks between Dunmore and Hollins stalled. The premier said the talks would resume. She said she was hopeful.', [['the talks would resume', 'The premier', 'said'], ['she was hopeful', 'The premier', 'said']]],
    ['Talks with Hollins stalled. The premier said the talks would resume. He said he was hopeful.', [['the talks would resume', 'The premier', 'said'], ['he was hopeful', 'The premier', 'said']]],
    ['Ivo Marchetti, a onetime chief of the Office of Ports and Budget, now runs a ferry line. "The harbor will pay for itself," he wrote.', [['The harbor will pay for itself,', 'Ivo Marchetti', 'wrote']]],
    ['Orin Blake, the campaign director for Tomas Vey, said the campaign had opened its fifth office. "Time is short, but we are in good shape," he said.', [['the campaign had opened its fifth office', 'Orin Blake', 'said'], ['Time is short, but we are in good shape,', 'Orin Blake', 'said']]],
    // (no one else in play, or a name that is the subject: the name)
    ['Talks between Dunmore and Hollins stalled. She said she was hopeful.', [['she was hopeful', 'Hollins', 'said']]],
    ['Talks stalled in Corvale. Ada Hollins said the talks would resume. She said she was hopeful.', [['the talks would resume', 'Ada Hollins', 'said'], ['she was hopeful', 'Ada Hollins', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names59: a nickname after a title alone is the name the person goes by', () => {
  test.each([
    ['Nurse "Red" Quill said the ward was full.', [['the ward was full', 'Red Quill', 'said']]],
    ['Sheriff "Big Jim" Hale said the road was closed.', [['the road was closed', 'Big Jim Hale', 'said']]],
    ['Later, Coach "Red" Quill said the team was tired.', [['the team was tired', 'Red Quill', 'said']]],
    ['Nurse "Red" Quill runs the ward. Quill said it was full.', [['it was full', 'Red Quill', 'said']]],
    // (with a given name the nickname is left out, as before)
    ['Nurse Ada "Red" Quill said the ward was full.', [['the ward was full', 'Ada Quill', 'said']]],
    ['Tom "Red" Quill said the ward was full.', [['the ward was full', 'Tom Quill', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('names59: "the" and a person noun for the one person named, across a sentence opened by "she" or "he"', () => {
  const quote = (speaker: string): Row => ['We are tired,', speaker, 'said'];
  test.each([
    ['Ida Brenn has nursed on the ward for 30 years. She knows every bed in the ward. "We are tired," the nurse said.', [quote('Ida Brenn')]],
    // (two people in play, a voice of the pronoun's own, no pronoun between, or two sentences between: no link)
    ['Ida Brenn and Tomas Vey have nursed on the ward for 30 years. She knows every bed in the ward. "We are tired," the nurse said.', [quote('the nurse')]],
    ['Ida Brenn met Tomas Vey on the ward. She knows every bed in the ward. "We are tired," the nurse said.', [quote('the nurse')]],
    ['Ida Brenn has nursed on the ward for 30 years. The ward is full in winter. "We are tired," the nurse said.', [quote('the nurse')]],
    ['Ida Brenn has nursed on the ward for 30 years. She knows every bed. She hums at night. "We are tired," the nurse said.', [quote('the nurse')]],
  ] as [string, Row[]][])('%s', both);

  test('not after the pronoun spoke: the description is a new voice', () => {
    const rows = rowsOf('Ida Brenn has nursed on the ward for 30 years. She said the ward was full. "We are tired," the nurse said.');
    expect(rows).toEqual([['the ward was full', 'Ida Brenn', 'said'], quote('the nurse')]);
  });
});
