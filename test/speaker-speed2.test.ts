/**
 * Speaker resolution after the speed pass of round 3 (issue 12): what the
 * resolver now works out once per name (its full name under an honorific, the
 * known speaker of that name, whether a pronoun may point at it) must give the
 * same speakers as before, including the cases where the order of look-ups
 * mattered. Invented sentences and names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { ExtractQuotesOptions, Extraction } from '../src/index.js';

/** Each quote as `text <- speaker name [via] (mention)`. */
function who(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.text} <- ${q.speaker?.name ?? '-'} [${q.speaker?.via ?? '-'}] (${q.speaker?.mention?.text ?? '-'})`);
}

describe('speaker resolution, facts worked out once', () => {
  test.each<[string, ExtractQuotesOptions | undefined, string[]]>([
    // a known speaker's gender rules a name out for "she"
    [
      'Quinn Adair met Jordan Vell on Monday. "We will build it," she said.',
      { knownSpeakers: [{ name: 'Jordan Vell', gender: 'female' }, { name: 'Quinn Adair', gender: 'male' }] },
      ['We will build it, <- Jordan Vell [pronoun] (she)'],
    ],
    // two known speakers of one name: the first one listed gives the gender, whatever the case
    [
      'Quinn Adair met Jordan Vell on Monday. "We will build it," she said.',
      // (not Quinn Adair, a man; "Jordan" is given to women and men alike (names49), so Jordan Vell may be "she")
      { knownSpeakers: [{ name: 'quinn adair', gender: 'male' }, { name: 'Quinn Adair', gender: 'female' }] },
      ['We will build it, <- Jordan Vell [pronoun] (she)'],
    ],
    // the honorific picks the full name, for the speaker and for the pronoun after it
    [
      'Mr. Dunmore and Ilsa Dunmore spoke. Harold Dunmore arrived later. "The bridge opens in May," Mr. Dunmore said. "It is late," she said.',
      undefined,
      ['The bridge opens in May, <- Harold Dunmore [name] (Mr. Dunmore)', 'It is late, <- Ilsa Dunmore [pronoun] (she)'],
    ],
    // a description fits the one earlier person with that title
    [
      'The senator visited Tarrow. Senator Maren Colby, a Democrat, spoke first. "We need the money," the senator said.',
      undefined,
      ['We need the money, <- Maren Colby [description] (the senator)'],
    ],
    // a place after a preposition is never the antecedent
    [
      'Dell Fenwick spoke in Harwick. "Taxes will fall," he said. Harwick officials disagreed.',
      undefined,
      ['Taxes will fall, <- Dell Fenwick [pronoun] (he)'],
    ],
  ])('%s', (input, options, expected) => {
    expect(who(extract(input, options))).toEqual(expected);
  });

  test('no title and no description: a description resolves to no one and names someone new', () => {
    const r = extract('Ezra Pell and Nina Roe met on Tuesday. "The plan is sound," the mayor said.');
    expect(who(r)).toEqual(['The plan is sound, <- the mayor [description] (the mayor)']);
  });
});
