/**
 * Helper fix48: speech-shape leftovers. Each row is the exact output as
 * [content, speaker name, cue] per quote. Fixed here: an infinitive inside a
 * dash aside ends at its closing dash; a participle of saying set off after
 * the subject ends before the sentence's own verb; a past form after a
 * linking verb stays in a noun cue's clause; "repeated his claim that" takes
 * the noun into the cue; a sentence-final "in." is a word and a full stop;
 * an irregular participle modifies the noun before "that"; the hearing
 * rule takes a place after the body and obeys removeCues; "answered the
 * question, and ..." reports nothing. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor, type ExtractQuotesOptions } from '../src/index.js';

type Row = [string, string | null, string | null];

function rows(text: string, options: ExtractQuotesOptions = {}): Row[] {
  return createExtractor(options)
    .extract(text)
    .quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null]);
}

const CASES: [string, Row[]][] = [
  // 1. an infinitive cue inside a dash aside (spaced hyphen, en and em dash)
  ['The mayor - who once vowed to tear down the bridge - said on Monday that the toll would rise.', [['to tear down the bridge', 'The mayor', 'once vowed'], ['the toll would rise', 'The mayor', 'said']]],
  ['The governor – who had promised to freeze rents – told donors that the plan was dead.', [['to freeze rents', 'The governor', 'had promised'], ['the plan was dead', 'The governor', 'told']]],
  ['The coach — who urged fans to stay home — said later that the game would go ahead.', [['fans to stay home', 'The coach', 'urged'], ['the game would go ahead', 'The coach', 'said']]],
  // 2. a participle of saying set off after the subject
  ['The mayor - the longest-serving member of the council - saying that the vote was rushed, walked out.', [['the vote was rushed', 'The mayor', 'saying']]],
  ['Critics, arguing that the levy was too steep, voted against the budget.', [['the levy was too steep', 'Critics', 'arguing']]],
  ['The chairwoman, insisting that nothing had been hidden, left the room.', [['nothing had been hidden', 'The chairwoman', 'insisting']]],
  // 3. a noun cue's clause with a linking verb; the subject's own noun of speech after a verb of giving
  ['The ministry issued a statement that the crossing would remain closed.', [['the crossing would remain closed', 'The ministry', 'statement']]],
  ['He repeated his claim that the count was rigged.', [['the count was rigged', 'He', 'repeated his claim']]],
  ['She reiterated her warning that the levee could fail.', [['the levee could fail', 'She', 'reiterated her warning']]],
  // 4. a sentence-final "in." is the word "in" and a full stop
  ['She asked the treasurer whether the bank would step in.', [['whether the bank would step in', 'She', 'asked']]],
  ['The union said the workers would not give in. The talks went on.', [['the workers would not give in', 'The union', 'said']]],
  // 5. an irregular participle between the medium and "that"
  ['The council said in a letter sent to tenants that the lift would be fixed.', [['the lift would be fixed', 'The council', 'said']]],
  ['The club said in a statement given to reporters that the coach had resigned.', [['the coach had resigned', 'The club', 'said']]],
  // 7. a hearing body with its place
  ['The court in Bristol heard that the van had no brakes.', [['the van had no brakes', null, 'heard']]],
  ['The inquest at Redhill Town Hall heard that the alarm never rang.', [['the alarm never rang', null, 'heard']]],
  // 8. "agreed to" and a verb stays a report, as annotated news takes it
  ['Earlier, ministers agreed on Tuesday to delay the ballot.', [['to delay the ballot', 'ministers', 'agreed']]],
];

/** Negative cases: no report, or the noun stays where annotated news keeps it. */
const NEGATIVE: [string, Row[]][] = [
  // 6. answering a question reports no clause
  ['The mayor answered the question, and the crowd cheered.', []],
  ['The minister answered the letter, but the council stayed silent.', []],
  ['The senator answered the call and turned up.', []],
  // an -ed form after a verb that is no linking verb still ends a noun cue's clause at the sentence's verb
  ['The belief that the plant was safe proved false.', []],
  // a thought noun after a verb of giving stays in the content
  ['He reiterated his belief that the plan would pass.', [['his belief that the plan would pass', 'He', 'reiterated']]],
  // a participle after its own subject is the clause's verb, not a modifier
  ['The mayor said the letter sent a message that the town was united.', [['the letter sent a message that the town was united', 'The mayor', 'said']]],
  // an inch after a number stays one
  ['The storm dropped 6 in. of snow on the town, the mayor said.', [['The storm dropped 6 in. of snow on the town', 'the mayor', 'said']]],
  // a band is no hearing body
  ['The band in Bristol heard that the show was off.', []],
  // the infinitive outside any aside keeps its whole phrase
  ['The mayor vowed to tear down the bridge by the end of the year.', [['to tear down the bridge by the end of the year', 'The mayor', 'vowed']]],
];

describe('fix48: speech-shape leftovers', () => {
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
  test.each(NEGATIVE)('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe('fix48: the hearing rule obeys removeCues', () => {
  const text = 'The court heard that the driver had been drinking.';
  test('on by default', () => {
    expect(rows(text)).toEqual([['the driver had been drinking', null, 'heard']]);
  });
  test.each(['hear', 'heard', 'hears'])('removeCues: [%s] turns it off', (form) => {
    expect(rows(text, { removeCues: [form] })).toEqual([]);
  });
  test('removing "say" leaves it on', () => {
    expect(rows(text, { removeCues: ['say'] })).toEqual([['the driver had been drinking', null, 'heard']]);
  });
});
