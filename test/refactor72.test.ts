/**
 * The helpers that refactor72 made the one owner of a question several rules
 * asked with copies of their own: whether a candidate's parts hold quoted
 * words (marks/quoted-words.ts: refine/clause-before-quote.ts,
 * attribution/reported.ts, attribution/poll-outer.ts,
 * attribution/reported/transcript-quoted.ts) and whether a token is a name's
 * initial (speakers/find/initial.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare, type Doc } from '../src/prepare/document.js';
import { tokenAt, tokenCount } from '../src/prepare/lookup.js';
import { scanQuotes } from '../src/marks/scan.js';
import { holdsQuoted, holdsQuotedWords, opensQuotation } from '../src/marks/quoted-words.js';
import { isInitial, isInitialWord, isSplitInitial } from '../src/speakers/find/initial.js';
import { NOMINAL_TAGS, NOUN_PREPOSITION_PHRASE_TAGS } from '../src/data/tags.js';

const tokenizer = new Tokenizer();

/** The character range of the first occurrence of `words` in the document's text. */
function span(doc: Doc, words: string): { start: number; end: number } {
  const start = doc.text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  return { start, end: start + words.length };
}

/** One byte per token, 1 inside the outermost quotation marks (as the pipeline marks them). */
function quotedBytes(doc: Doc): Uint8Array {
  const quoted = new Uint8Array(tokenCount(doc));
  for (const s of scanQuotes(doc).filter((x) => x.depth === 0)) {
    for (let k = 0; k < tokenCount(doc); k++) if (tokenAt(doc, k).start >= s.contentStart && tokenAt(doc, k).end <= s.contentEnd) quoted[k] = 1;
  }
  return quoted;
}

/** The index of the first token whose text is `value`. */
function indexOf(doc: Doc, value: string): number {
  for (let k = 0; k < tokenCount(doc); k++) if (tokenAt(doc, k).value === value) return k;
  throw new Error(`no token "${value}"`);
}

describe('quoted words inside the outermost marks (refactor72)', () => {
  const doc = prepare('The mayor said the plan was "a costly mistake" and left the hall early.', tokenizer);
  const quoted = quotedBytes(doc);

  it('a part that holds a quoted word holds quoted words', () => {
    expect(holdsQuoted(doc, quoted, [span(doc, 'the plan was "a costly')])).toBe(true);
    // (any of the parts)
    expect(holdsQuoted(doc, quoted, [span(doc, 'The mayor'), span(doc, 'mistake" and left')])).toBe(true);
  });

  it('parts outside the marks hold none (negative)', () => {
    expect(holdsQuoted(doc, quoted, [span(doc, 'the plan was')])).toBe(false);
    expect(holdsQuoted(doc, quoted, [span(doc, 'The mayor'), span(doc, 'left the hall early')])).toBe(false);
    expect(holdsQuoted(doc, quoted, [])).toBe(false);
  });
});

describe('a quotation opened inside the content (refactor72)', () => {
  const doc = prepare('Ann Lee said the budget was "a mess" and that "nobody had read it" before the vote.', tokenizer);
  const stretches = scanQuotes(doc).filter((s) => s.depth === 0);

  it('a quotation that opens inside a part counts', () => {
    expect(opensQuotation(stretches, [span(doc, 'the budget was "a mess" and')])).toBe(true);
    expect(opensQuotation(stretches, [span(doc, 'that "nobody had read it" before the vote')])).toBe(true);
  });

  it('one that stands between parts, or opened before the content, does not (negative)', () => {
    // (between parts)
    expect(opensQuotation(stretches, [span(doc, 'the budget was'), span(doc, 'and that')])).toBe(false);
    // (the content starts inside the quotation: its words started before the part)
    expect(opensQuotation(stretches, [span(doc, 'mess" and')])).toBe(false);
  });
});

describe('a quotation of its own inside the parts (refactor72)', () => {
  it('two words or more between double marks are someone\'s own words', () => {
    const doc = prepare('A Gazette poll found that 52 percent of voters called the levy "a fair deal" this spring.', tokenizer);
    expect(holdsQuotedWords(doc, [span(doc, '52 percent of voters called the levy "a fair deal" this spring')], 2)).toBe(true);
    // (a quotation left open to the part's end counts too)
    expect(holdsQuotedWords(doc, [span(doc, 'called the levy "a fair deal')], 2)).toBe(true);
  });

  it('one quoted word is a term the writer sets off (negative), yet any mark counts with no minimum', () => {
    const doc = prepare('A Gazette poll found that 52 percent of voters called the levy a "tax" on renters.', tokenizer);
    const part = [span(doc, '52 percent of voters called the levy a "tax" on renters')];
    expect(holdsQuotedWords(doc, part, 2)).toBe(false);
    expect(holdsQuotedWords(doc, part, 1)).toBe(true);
    expect(holdsQuotedWords(doc, part, 0)).toBe(true);
  });

  it('a part with no double mark holds no quotation (negative)', () => {
    const doc = prepare('The clerk said the count would end on Friday.', tokenizer);
    expect(holdsQuotedWords(doc, [span(doc, 'the count would end on Friday')], 0)).toBe(false);
  });
});

describe('initials of a name (refactor72)', () => {
  it('a capital with its full stop, or a lone capital with a full stop after it', () => {
    expect(isInitialWord('R.')).toBe(true);
    expect(isInitialWord('É.')).toBe(true);
    const doc = prepare('Denis R. Marrow met the board.', tokenizer);
    expect(isInitial(doc, indexOf(doc, 'R.'))).toBe(true);
    expect(isInitial(doc, indexOf(doc, 'Marrow'))).toBe(false);
  });

  it('words that are no initial (negative)', () => {
    expect(isInitialWord('Dr.')).toBe(false);
    expect(isInitialWord('r.')).toBe(false);
    expect(isInitialWord('R')).toBe(false);
    const doc = prepare('Denis Marrow met the board.', tokenizer);
    expect(isInitial(doc, indexOf(doc, 'Denis'))).toBe(false);
    expect(isSplitInitial(doc, indexOf(doc, 'Denis'))).toBe(false);
    // (the last token: nothing after it)
    expect(isSplitInitial(doc, tokenCount(doc) - 1)).toBe(false);
  });
});

describe('shared tag sets (refactor72)', () => {
  it('a noun, a name or a number; and a noun phrase with its prepositions', () => {
    expect([...NOMINAL_TAGS].sort()).toEqual(['NOUN', 'NUM', 'PROPN']);
    expect([...NOUN_PREPOSITION_PHRASE_TAGS].sort()).toEqual(['ADJ', 'ADP', 'DET', 'NOUN', 'NUM', 'PROPN']);
  });
});
