/**
 * Helper perf53 (issue 12): the wink word scope hides what each paragraph's
 * reading taught the shared wink instance (learned capitalised words met again,
 * one-character words split off, a word met in two kinds). No token may depend
 * on what was read before: every paragraph must come out as a wink instance
 * that never read anything else gives it. (perf53 also cut the scope's
 * look-ups by 58%, with no measurable speed-up; those changes were not merged,
 * the tests pin the behaviour any such change must keep.) Words and names are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Tokenizer, type RawBatch } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';

/** Tokens, tags, lemmas and negation of paragraph `i` of `batch`. */
function paragraphOf(batch: RawBatch, i: number): [string[], string[], string[], boolean[]] {
  const from = batch.first[i]!;
  const to = batch.first[i + 1]!;
  return [batch.values.slice(from, to), batch.pos.slice(from, to), batch.lemmas.slice(from, to), batch.negated.slice(from, to)];
}

/** wink's token readers (the same for every instance). */
const its = winkNLP(model, ['sbd', 'negation', 'pos']).its;

/** Expects every paragraph of `paragraphs`, read in one batch and again one by one, to be as a fresh wink instance reads it. */
function expectAsFresh(paragraphs: readonly string[]): void {
  const batch = new Tokenizer().readMany(paragraphs);
  paragraphs.forEach((p, i) => {
    const alone = new Tokenizer().readMany([p]);
    expect(paragraphOf(batch, i)).toEqual(paragraphOf(alone, 0));
    // (a wink instance of its own for each paragraph: nothing learned before)
    const fresh = winkNLP(model, ['sbd', 'negation', 'pos']).readDoc(p);
    expect(alone.values).toEqual(fresh.tokens().out());
    expect(alone.pos).toEqual(fresh.tokens().out(its.pos));
  });
}

describe('perf53: the word scope reads every paragraph as a fresh wink instance would', () => {
  it('a capitalised learned word met again, many times a paragraph, and in lower case', () => {
    expectAsFresh([
      'Brannoch and Teuvel met in Kasselmoor.',
      'Brannoch said Brannoch would stay; Teuvel said Teuvel would not. Kasselmoor waited.',
      'brannoch BRANNOCH Brannoch teuvel Teuvel.',
      "Brannoch's aide and Teuvel's aide met Brannoch.",
      'Brannoch-Teuvel talks: "Brannoch." Teuvel?',
    ]);
  });

  it('punctuation and other one-character words split off a word', () => {
    expectAsFresh([
      'Osric Vell said. I think so, A said; x = 5 & y < 7 (maybe)!',
      'Vell said: "Yes." Then: "No?" B, C and D agreed... $5, #4, 6% and @vell.',
      'Q: Was it Vell? A: It was Vell. Z.',
      'Vell. Vell, Vell; Vell! Vell? (Vell) [Vell] "Vell"',
    ]);
  });

  it('a word met first in one kind and later in another', () => {
    expectAsFresh([
      'The Zorvak-9 rose 12.5% to 3,400 ZRK on 4/5.',
      'Zorvak 9 and ZRK 12.5 and 3,400 and 4/5 and zorvak-9.',
      'ZRK-linked Zorvak.Vell said 12.5ZRK was zrk.',
    ]);
  });

  it('a document gives the same tokens whether read alone or after others', () => {
    const text = 'Ilka Brannoch said. Teuvel, Brannoch and Vell agreed.\n\n"Brannoch\'s plan," Vell said. I did not.';
    const before = prepare('Brannoch and Vell and Teuvel and Ilka met. Vell said no.', new Tokenizer());
    expect(before.tokens.length).toBeGreaterThan(0);
    const after = prepare(text, new Tokenizer());
    const fresh = text.split('\n\n').flatMap((p) => winkNLP(model, ['sbd', 'negation', 'pos']).readDoc(p).tokens().out());
    expect(after.tokens.map((t) => t.value)).toEqual(fresh);
  });
});
