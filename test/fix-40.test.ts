/**
 * Helper fix40: wink keeps "no." as one token (the abbreviation of "No. 10"),
 * so a sentence ending in the word "no" kept its full stop in what was said
 * and did not end there: the next sentence ran into it. With no number after
 * it, "no." is the word "no" and a full stop (in plain and compact token
 * lists alike). A quotation after a short lead-in that goes on with the direct
 * quote of the sentence before keeps its closing mark as well as its opening
 * one (`"A," Lee said. Instead, "B."`). A name given to a pet, a child or a
 * boat (`She called her dog "Max."`) is no stance either. Sentences and names
 * are invented.
 */
import { describe, expect, test } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { ALL, quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';
import { extract } from './support/invariants.js';

const tokenizer = new Tokenizer();

/** The sentences of `text` as text, read with plain tokens (or compact ones, from offset 0). */
function sentences(text: string, compact: boolean): string[] {
  const doc = prepare(text, tokenizer, compact ? 0 : undefined);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

/** The tokens of `text` as text. */
function tokens(text: string, compact: boolean): string[] {
  const doc = prepare(text, tokenizer, compact ? 0 : undefined);
  const out: string[] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    expect(text.slice(t.start, t.end)).toBe(t.value);
    out.push(t.value);
  }
  return out;
}

describe('fix40: "no." at the end of a sentence', () => {
  const SENTENCES: [string, string[]][] = [
    ['The council had voted no. Talks will resume next week.', ['The council had voted no.', 'Talks will resume next week.']],
    ['Her answer was no. She left the room.', ['Her answer was no.', 'She left the room.']],
    ['The union voted "no." The company declined to comment.', ['The union voted "no."', 'The company declined to comment.']],
    ['Voters said NO. Turnout was high.', ['Voters said NO.', 'Turnout was high.']],
    // (a number after it: the abbreviation stays whole, and the sentence goes on)
    ['The plan came from No. 10 last week.', ['The plan came from No. 10 last week.']],
    ['The runner was ranked no. 3 in the state.', ['The runner was ranked no. 3 in the state.']],
    // (a lower-case word after it: the sentence goes on)
    ['They voted no. then left.', ['They voted no. then left.']],
  ];
  test.each(SENTENCES)('sentences of %s', (text, want) => {
    expect(sentences(text, false)).toEqual(want);
    expect(sentences(text, true)).toEqual(want);
  });

  test('the word and its full stop are two tokens with exact offsets', () => {
    for (const compact of [false, true]) {
      expect(tokens('She would vote no.', compact)).toEqual(['She', 'would', 'vote', 'no', '.']);
      expect(tokens('He said No. 10 would act.', compact)).toEqual(['He', 'said', 'No.', '10', 'would', 'act', '.']);
    }
  });

  const CASES: [string, Row[]][] = [
    ['The senator said she would vote no.', [['she would vote no', 'The senator', 'person', 'description', 'said', 'speech']]],
    ['The mayor said the council had voted no. Talks will resume next week.', [['the council had voted no', 'The mayor', 'person', 'description', 'said', 'speech']]],
    ['Officials said the answer was no. The mayor disagreed with them.', [['the answer was no', 'Officials', 'group', 'description', 'said', 'speech']]],
    ['The deputy said the bill would pass in No. 3 position.', [['the bill would pass in No. 3 position', 'The deputy', 'person', 'description', 'said', 'speech']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text, {})).toEqual(want);
  });
});

describe('fix40: a quotation after a lead-in keeps both marks', () => {
  const CASES: [string, string[]][] = [
    ['"We will not back down," Lee said. Instead, "we will take this to every court in the state."', ['We will not back down,', 'Instead, "we will take this to every court in the state."']],
    ['"The plan is dead," the mayor said. But "we will try again next year."', ['The plan is dead,', 'But "we will try again next year."']],
    ['"Prices will rise," Ann Cole said. Still, \u201cwe expect a strong summer.\u201d She smiled.', ['Prices will rise,', 'Still, \u201cwe expect a strong summer.\u201d']],
  ];
  test.each(CASES)('%s', (text, parts) => {
    const quotes = extract(text, {}).quotes;
    expect(quotes.map((q) => q.parts.map((p) => p.text))).toEqual([parts]);
    expect(quotes[0]!.kind).toBe('mixed');
  });
});

describe('fix40: a name given is no stance', () => {
  const CASES: [string, Row[]][] = [
    ['She called her dog "Max."', []],
    ['He called his boat "Sea Wolf."', []],
    ['They called their son "Buddy."', []],
    // (a verdict on a person or a thing still is reported)
    ['Lee called her rival "a liar."', [['her rival "a liar."', 'Lee', 'person', 'name', 'called', 'speech']]],
    ['She called her dog "a menace."', [['her dog "a menace."', 'She', 'unknown', 'pronoun', 'called', 'speech']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(rows(text, ALL)).toEqual(want);
  });
});
