/**
 * Helper fix54: five invented news articles in conventions the earlier
 * probes (fix51 to fix53) left out (a military report, a football match
 * report, a celebrity piece, an education story, a wire brief), kept as
 * fixtures in test/fixtures/fix-54/, with the right output of their key
 * sentences; and the general fixes the probe led to:
 * - a name set off after a description with an "of" or "for" phrase speaks
 *   with it, and the description is no content ("..., the commander of NATO
 *   forces in Europe, General Ada Hale, said");
 * - a participle after an attribution that closes the clause before it
 *   shares that attribution's subject ("..., her agent said, citing
 *   "exhaustion."" is the agent's, not the clause's subject's).
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';

const article = (name: string): string => fixtureText('fix-54', name);

describe('fix54: a name set off after a description with an "of" or "for" phrase', () => {
  test.each([
    ['The plan is dead, the commander of NATO forces in Europe, General Ada Hale, said.', [['The plan is dead', 'Ada Hale', 'said']]],
    ['The talks failed, a spokesman for the ministry, Tom Vale, said.', [['The talks failed', 'Tom Vale', 'said']]],
    ['The talks failed, the head of the union, Ada Brook, told reporters.', [['The talks failed', 'Ada Brook', 'told']]],
    // a description without a phrase, as before
    ['The firm did nothing wrong, its lawyer, Ada Brook, said.', [['The firm did nothing wrong', 'Ada Brook', 'said']]],
    // a head that is no noun for a person leaves the description in the content
    ['The plan failed, the mayor in the town of Vell, Ada Hale, said.', [['The plan failed, the mayor in the town of Vell', 'Ada Hale', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
  test('the mention runs over the description and the name', () => {
    const q = extract('The talks failed, a spokesman for the ministry, Tom Vale, said.').quotes[0]!;
    expect(q.speaker?.mention?.text).toBe('a spokesman for the ministry, Tom Vale');
  });
});

describe('fix54: a participle after an attribution that closes the clause', () => {
  test.each([
    ['Ada Moss has cancelled her tour, her agent said on Monday, citing "exhaustion."', [['Ada Moss has cancelled her tour', 'her agent', 'said'], ['exhaustion.', 'her agent', 'citing']]],
    ['The bridge is unsafe, Tom Vale said in a statement, adding, "We will close it."', [['The bridge is unsafe', 'Tom Vale', 'said'], ['We will close it.', 'Tom Vale', 'adding']]],
    // the attribution opens the sentence: its subject, as before
    ['Her agent said Ada Moss had cancelled her tour, citing "exhaustion."', [['Ada Moss had cancelled her tour', 'Her agent', 'said'], ['exhaustion.', 'Her agent', 'citing']]],
    // no attribution before the participle: the clause's subject
    ['Ada Moss quit the team, citing "personal reasons."', [['personal reasons.', 'Ada Moss', 'citing']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

/** Key sentences of each article: rows that must be in its output. */
const KEY: [string, Row[]][] = [
  ['military', [
    ['Allied forces moved two brigades closer to the eastern border on Thursday as fighting around the port city of Varnik intensified', 'Ada Hale', 'said'],
    ['We are not looking for a wider war, but we will defend every inch of allied territory,', 'Ada Hale', 'told'],
    ['the troops would stay "as long as necessary."', 'Piet Voss', 'said'],
    ['the convoy had come under drone attack overnight', 'Two officials speaking on condition of anonymity', 'said'],
    ['more than 4,000 people have left the city since Monday', 'Stefan Ilic', 'According to'],
    ['talks on a ceasefire were "stuck."', 'A senior Western diplomat', 'said'],
    ['That is not on the table.', 'Ada Hale', 'said'],
  ]],
  ['football', [
    ['We were second to every ball, I have to look at myself first, but the players have to look at themselves too.', 'Gus Brennan', 'told'],
    ['That is not for me to decide. I will keep working until someone tells me otherwise.', 'Gus Brennan', 'said'],
    ['Pike, who has now scored nine goals, was "the best finisher in the division"', 'Maria Quinn', 'said'],
    ['he had dreamed of scoring at the Riverside end since he was a boy', 'Theo Marsh', 'told'],
    ['My dad was in the stand, so that one is for him,', 'Theo Marsh', 'said'],
  ]],
  ['celebrity', [
    ['Singer Lola Vance has cancelled the remaining dates of her European tour', 'a representative for the singer', 'said'],
    ['exhaustion and a throat infection.', 'a representative for the singer', 'citing'],
    ['she had been "running on empty" for months', 'Lola Vance', 'posted'],
    ['I love you all and I will be back stronger,', 'Lola Vance', 'wrote'],
    ['She works harder than anyone I know, People forget she is a human being.', 'Cody Reyes', 'told'],
    ['Vance was "in good spirits" and spending time with family in Nashville', 'A source close to the singer', 'said'],
  ]],
  ['education', [
    ['Teachers at Millbrook Academy will strike next week over plans to cut support staff', "the National Teachers' Union", 'said'],
    ['Nobody wants to close a school, but our members have been left with no choice,', 'Owen Pryce', 'said'],
    ['she "deeply regretted" the disruption', 'Claire Duval', 'wrote'],
    ['My son has special needs and his assistant is the only reason he copes, If she goes, he goes.', 'Anita Shah', 'said'],
    ['more than 600 parents have signed a petition against the cuts', 'Bea Ford', 'According to'],
    ['she understood their concerns and would meet union representatives on Thursday', 'Claire Duval', 'told'],
  ]],
  ['wire', [
    ['We have to adapt to a smaller market,', 'Rui Moreno', 'said'],
    ['the cuts were "smaller than feared."', 'Analysts at Banco Leste', 'said'],
    ['We will use every legal means available,', 'Sara Pinto', 'told'],
    ['the airline was also in talks to sell its cargo unit', 'Two people familiar with the matter', 'told'],
    ['it was monitoring the situation', 'the transport ministry', 'said'],
    ['The airline carried 14 million passengers last year', 'company figures', 'according to'],
  ]],
];

describe('fix54: invented articles', () => {
  testKeySentences('fix-54', KEY);
  test('no content holds the commander\'s description, and the singer does not cite her own illness', () => {
    const contents = rowsOf(article('military')).map((r) => r[0]);
    expect(contents.some((c) => c.includes('the commander of NATO forces'))).toBe(false);
    expect(rowsOf(article('celebrity'))).not.toContainEqual(['exhaustion and a throat infection.', 'Lola Vance', 'citing']);
  });
});
