/**
 * Quotation marks written as two apostrophes (issue 11): wink ends a sentence
 * between the two apostrophes of a closing `.''`; the sentence list moves that
 * end to after the second apostrophe (and after a closing bracket right after
 * it), so that no sentence starts with a stray apostrophe and a quote does not
 * run on into the next sentence. Sentences and names are invented.
 */
import { describe, expect, it, test } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare, type Doc } from '../src/prepare/document.js';
import { brief, extract } from './support/invariants.js';

const tokenizer = new Tokenizer();

/** The text of each sentence of `text`. */
function sentences(text: string, compactFrom?: number): string[] {
  const doc: Doc = prepare(text, tokenizer, compactFrom);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe("sentences around a closing '' mark", () => {
  const cases: [string, string, string[]][] = [
    ['a sentence that ends after a closing mark', "The mayor called the plan ''a disaster.'' Then he left the room.", ["The mayor called the plan ''a disaster.''", 'Then he left the room.']],
    ['a question mark before the closing mark', "Was it ''over?'' Nobody knew.", ["Was it ''over?''", 'Nobody knew.']],
    ['a closing bracket right after the mark', "Kim Lo asked him to ''retire.'') Then the board met again.", ["Kim Lo asked him to ''retire.'')", 'Then the board met again.']],
    ['a quotation that opens the next sentence', "Reed called it ''absurd.'' ''We will fight,'' he said.", ["Reed called it ''absurd.''", "''We will fight,'' he said."]],
    ['a quotation that ends the paragraph', "Tom Reed said the vote was lost. ''We tried.''", ['Tom Reed said the vote was lost.', "''We tried.''"]],
    [
      'quotations in a row',
      "Tom Reed spoke last. ''We tried. We failed,'' he said. ''We will try again.'' The hall emptied.",
      ['Tom Reed spoke last.', "''We tried.", "We failed,'' he said.", "''We will try again.''", 'The hall emptied.'],
    ],
    ['a parenthesis after the mark', "Mia Holt said the bill was ''dead.'' (It was not.) Then she left.", ["Mia Holt said the bill was ''dead.''", '(It was not.)', 'Then she left.']],
    // negative cases: nothing to move
    ['a lower-case word after the mark goes on', "She called it ''done.'' and walked out.", ["She called it ''done.'' and walked out."]],
    // (a straight single mark set off by a space after a split full stop opens the next sentence, as a double one does:
    // robust21's OPENING_AFTER_STOP in src/prepare/document.ts; the quotes are the same either way)
    ['single marks with a space between them', "He wrote 'no.' 'Yes,' she said.", ["He wrote 'no.'", "'Yes,' she said."]],
    ['a comma before the mark', "''We will win,'' said Tom Reed. He left.", ["''We will win,'' said Tom Reed.", 'He left.']],
    ['a triple mark inside a sentence', "Ed Park said she ''had me at 'independence,''' and laughed. Next came the vote.", ["Ed Park said she ''had me at 'independence,''' and laughed.", 'Next came the vote.']],
    ['double quotation marks', 'Ann Lee called it "a disaster." Then she left.', ['Ann Lee called it "a disaster."', 'Then she left.']],
  ];

  test.each(cases)('%s', (_label, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps every token of a moved end in the sentence it closes', () => {
    const text = "Kim Lo asked him to ''retire.'') Then the board met again.";
    const doc = prepare(text, tokenizer);
    const first = doc.sentences[0]!;
    for (let k = first.first; k < first.last; k++) expect(doc.tokens[k]!.sent).toBe(0);
    expect(doc.tokens[first.last]!.value).toBe('Then');
    expect(doc.tokens[first.last]!.sent).toBe(1);
    expect(doc.tokens[first.last - 1]!.value).toBe(')');
  });

  it('gives a long text (compact tokens) the same sentences', () => {
    const text = "The mayor called the plan ''a disaster.'' Then he left the room.\n\nKim Lo asked him to ''retire.'') Then the board met again.";
    expect(sentences(text, 0)).toEqual(sentences(text));
    expect(sentences(text, 0)).toEqual(["The mayor called the plan ''a disaster.''", 'Then he left the room.', "Kim Lo asked him to ''retire.'')", 'Then the board met again.']);
  });
});

describe("quotes and speakers around a closing '' mark", () => {
  it('ends a quoted object at the sentence end, not in the next sentence', () => {
    expect(brief(extract("Kim Lo asked him to ''retire.'') Then the board met again."))).toEqual([
      { kind: 'mixed', text: "him to ''retire.''", cue: 'asked', lemma: 'ask', mention: 'Kim Lo', name: 'Kim Lo', via: 'name' },
    ]);
  });

  it('keeps the quotation that opens the next sentence out of the quoted object', () => {
    expect(brief(extract("Reed called it ''absurd.'' ''We will fight,'' he said."))).toEqual([
      { kind: 'mixed', text: "it ''absurd.''", cue: 'called', lemma: 'call', mention: 'Reed', name: 'Reed', via: 'name' },
      { kind: 'direct', text: 'We will fight,', cue: 'said', lemma: 'say', mention: 'he', name: 'Reed', via: 'pronoun' },
    ]);
  });

  it('starts reported content after the closing mark, not with a stray apostrophe', () => {
    const text = "Ann Moss wrote the memo. ''It was a mistake.'' The plan failed, she said, because nobody read it.";
    const quotes = extract(text).quotes;
    const reported = quotes.find((q) => q.cue?.span.text === 'said');
    expect(reported?.text).toBe('The plan failed because nobody read it');
    expect(reported?.parts[0]?.text.startsWith('The plan')).toBe(true);
    expect(reported?.speaker?.name).toBe('Ann Moss');
  });

  it("ends reported content after both apostrophes of the closing ''", () => {
    expect(brief(extract("Mia Holt said the bill was ''dead.'' Then she left."))).toEqual([
      { kind: 'mixed', text: "the bill was ''dead.''", cue: 'said', lemma: 'say', mention: 'Mia Holt', name: 'Mia Holt', via: 'name' },
    ]);
    // a one-character closing mark, and one written as an HTML reference, end it as before
    expect(extract('Mia Holt said the bill was "dead." Then she left.').quotes[0]?.text).toBe('the bill was "dead."');
    expect(extract('Mia Holt said the bill was &ldquo;dead.&rdquo; Then she left.').quotes[0]?.text).toBe('the bill was &ldquo;dead.&rdquo;');
  });

  it('reads a triple mark as the close of both quotations', () => {
    expect(brief(extract("Ed Park said she ''had me at 'independence,''' and laughed. Next came the vote."))).toEqual([
      { kind: 'mixed', text: "she ''had me at 'independence,'''", cue: 'said', lemma: 'say', mention: 'Ed Park', name: 'Ed Park', via: 'name' },
    ]);
  });
});
