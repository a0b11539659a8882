/**
 * Reported speech found with a speaker that the phrase right before the cue
 * does not give: an infinitive of purpose, a gerund after "for" and a participle after a
 * dash take the subject of their clause.
 * Invented sentences and names; each row gives the quote text, the cue and the
 * speaker mention of every quote, in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | mention`. */
function rows(input: string): string[] {
  return extract(input).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.mention?.text ?? '-'}`);
}

// [rule family, invented input, expected rows]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['purpose: after an adverb', 'Last week, Ana Vell of Moorfield stood at a fair here to insist she would back the clerk.',
    ['she would back the clerk | to insist | Ana Vell of Moorfield']],
  ['purpose: after a noun', 'She took great pains to stress that the harvest was safe.',
    ['the harvest was safe | to stress | She']],
  ['purpose: past a participle set off by commas', 'And Ms. Adler chimed in, breaking with the chairwoman, to argue that the bank was overstating the risk.',
    ['the bank was overstating the risk | to argue | Ms. Adler']],
  ['object speaks: asked', 'The board asked him to say that the plan had failed.',
    ['him to say that the plan had failed | asked | The board']],
  ['object speaks: pressed', 'The senator pressed the aides to say whether the plan had failed.',
    ['whether the plan had failed | to say | the aides']],
  ['for + gerund: the one who faults reports it', 'Ms. Ruiz rebuked the mayor for suggesting that she had been silenced.',
    ['she had been silenced | suggesting | Ms. Ruiz']],
  ['for + gerund: clause without "that"', 'The dean scolded the coach for saying he had never lost a game.',
    ['he had never lost a game | saying | The dean']],
  ['participle after a dash', 'Ana Vell changed her pick on the spot – saying she was rooting for the home team.',
    ['she was rooting for the home team | saying | Ana Vell']],
  ['participle after a hyphen', 'Traders see a small chance that the bank will cut rates - implying that they expect a slowdown.',
    ['they expect a slowdown | implying | Traders']],
  ['opening participle after an adverb and its comma', 'Later, after insisting that the vote was fair, the clerk resigned.',
    ['the vote was fair | insisting | the clerk']],
];

describe('speakers of reported speech with no phrase right before the cue', () => {
  for (const [name, input, expected] of TABLE) test(name, () => expect(rows(input)).toEqual(expected));
});
