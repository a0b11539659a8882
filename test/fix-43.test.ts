/**
 * Helper fix43: wink goes on with a sentence after a clock time's "a.m." or
 * "p.m." before a capitalised word, so "opened at 9 a.m. Officials said ..."
 * gave the whole run as the speaker; such a word starts a new sentence unless
 * it is a time zone, a day or a month. A company's name ends at its suffix and
 * keeps every capitalised word before it ("Student Loan Corp", not "Loan
 * Corp"). An interview written on one line ("Q: ...? A: ...") reads as its
 * lines would. A participle phrase after the subject of a verb that a cue is
 * coordinated with stays in the speaker ("Parents of children enrolled at the
 * school met ... and said"). Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';
import { extract } from './support/invariants.js';

const tokenizer = new Tokenizer();

/** The sentences of `text` as text, read with plain tokens (or compact ones, from offset 0). */
function sentences(text: string, compact: boolean): string[] {
  const doc = prepare(text, tokenizer, compact ? 0 : undefined);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe('fix43: a capitalised word after a clock time starts a sentence', () => {
  const SENTENCES: [string, string[]][] = [
    ['The clinic opened at 9 a.m. Officials said the queue was long.', ['The clinic opened at 9 a.m.', 'Officials said the queue was long.']],
    ['The shop closed at 6 p.m. Police said the door had been forced.', ['The shop closed at 6 p.m.', 'Police said the door had been forced.']],
    ['The rally ended at 4 P.M. Organizers said turnout beat forecasts.', ['The rally ended at 4 P.M.', 'Organizers said turnout beat forecasts.']],
    // (a time zone, a day or a month goes on with the clock time)
    ['The vote closes at 8 p.m. Eastern, officials said.', ['The vote closes at 8 p.m. Eastern, officials said.']],
    ['The call began at 11 a.m. EST, the company said.', ['The call began at 11 a.m. EST, the company said.']],
    ['The meeting starts at 10 a.m. Monday, the mayor said.', ['The meeting starts at 10 a.m. Monday, the mayor said.']],
    ['The hearing opens at 9 a.m. Jan. 12 in the old courthouse.', ['The hearing opens at 9 a.m. Jan. 12 in the old courthouse.']],
  ];
  test.each(SENTENCES)('%s', (text, want) => {
    expect(sentences(text, false)).toEqual(want);
    expect(sentences(text, true)).toEqual(want);
  });
  const CASES: [string, Row[]][] = [
    ['The clinic opened at 9 a.m. Officials said the queue was long.', [['the queue was long', 'Officials', 'group', 'description', 'said', 'speech']]],
    ['The polls open at 7 a.m. Volunteers said they expected a long day.', [['they expected a long day', 'Volunteers', 'group', 'description', 'said', 'speech']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text, {})).toEqual(want);
  });
  test('a time zone stays in what was said', () => {
    expect(rows('The vote closes at 8 p.m. Eastern, officials said.', {}).map((r) => [r[0], r[1]])).toEqual([['The vote closes at 8 p.m. Eastern', 'officials']]);
  });
});

describe('fix43: a company name keeps every word before its suffix', () => {
  const CASES: [string, string][] = [
    ['Student Loan Corp said the rate would rise.', 'Student Loan Corp'],
    ['Farmer Credit Inc. said the loans were safe.', 'Farmer Credit Inc.'],
    ['Teacher Supply Ltd said prices would rise.', 'Teacher Supply Ltd'],
    ['Worker Housing Group said rents were too high.', 'Worker Housing Group'],
    ['The Student Loan Corp said the rate would rise.', 'Student Loan Corp'],
    ['Pacific Gas Holdings Inc said the plan was sound.', 'Pacific Gas Holdings Inc'],
    // (a word that describes the company is no part of its name)
    ['Rival Acme Corp said the offer was too low.', 'Acme Corp'],
    ['On Monday Acme Corp said the offer was too low.', 'Acme Corp'],
  ];
  test.each(CASES)('%s', (text, name) => {
    expect(rows(text, {}).map((r) => r[1])).toEqual([name]);
  });
  // (a title before a person's name still goes)
  test('a person after a company keeps only the name', () => {
    expect(rows('Acme Corp Chief Executive Ann Lee said the deal was done.', {}).map((r) => r[1])).toEqual(['Ann Lee']);
  });
});

describe('fix43: an interview on one line', () => {
  /** [content, speaker name, rule] of each quote. */
  const turns = (text: string): [string, string | null, string][] => extract(text, {}).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.rule]);
  test('a question and its answer', () => {
    expect(turns('Q: Will you run again? A: I have not decided yet.')).toEqual([
      ['Will you run again', 'Q', 'reported/interview'],
      ['I have not decided yet', null, 'reported/interview'],
    ]);
  });
  test('the answer is the interviewee named before', () => {
    expect(turns('Mayor Ann Lee spoke to us on Friday.\n\nQ: What did the council decide? A: It voted to delay the plan.').slice(-2)).toEqual([
      ['What did the council decide', 'Q', 'reported/interview'],
      ['It voted to delay the plan', 'Ann Lee', 'reported/interview'],
    ]);
  });
  test('two exchanges on one line', () => {
    expect(turns('Q: Is the bridge safe? A: Yes, it is. Q: When will it reopen? A: Next spring, we hope.').filter((t) => t[2] === 'reported/interview')).toEqual([
      ['Is the bridge safe', 'Q', 'reported/interview'],
      ['Yes, it is', null, 'reported/interview'],
      ['When will it reopen', 'Q', 'reported/interview'],
      ['Next spring, we hope', null, 'reported/interview'],
    ]);
  });
  test('the same as on two lines', () => {
    expect(turns('Q: Will you run again? A: I have not decided yet.')).toEqual(turns('Q: Will you run again?\nA: I have not decided yet.'));
  });
  // (a question with no answer letter after it stays one line, and nothing is made of it)
  test('no answer letter', () => {
    expect(turns('Q: Where is the report? He did not answer.')).toEqual([]);
  });
});

describe('fix43: a participle phrase stays in the subject of a coordinated cue', () => {
  const CASES: [string, string][] = [
    ['Parents of children enrolled at the school met on Monday and said the fees were too high.', 'Parents of children enrolled at the school'],
    ['Workers of the firm based in Ohio gathered outside and said the pay was too low.', 'Workers of the firm based in Ohio'],
    ['Relatives of passengers stranded at the airport waited for hours and said nobody helped them.', 'Relatives of passengers stranded at the airport'],
    ['Members of the union employed at the plant met on Friday and said they would strike.', 'Members of the union employed at the plant'],
    // (a description wrapped over a line break is named with one space, as any description is)
    ['Parents of children enrolled at the\nschool met on Monday and said the fees were too high.', 'Parents of children enrolled at the school'],
    // (a verb in -ed with no second verb before the cue is the clause's own)
    ['The parents of students protested at the meeting and said the fees were unfair.', 'The parents of students'],
    ['Supporters of the mayor gathered in the square and said the vote was fair.', 'Supporters of the mayor'],
  ];
  test.each(CASES)('%s', (text, name) => {
    expect(rows(text, {}).map((r) => r[1])).toEqual([name]);
  });
});
