// perf40: wink's negation marks a token with a small integer in saidwho's pipe (its own 2^31 turned
// wink's whole token array into doubles, a copy per batch). The flags read must be wink's own.
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Tokenizer } from '../src/prepare/wink.js';
import { extractQuotes } from '../src/index.js';

const PARAGRAPHS = [
  'Mayor Tilda Brace did not say whether the ferry would run, and nobody asked again.',
  'The council never voted on the plan. It was not clear why; Ms. Quill would not comment!',
  'Brace said the toll would rise in May.',
  "Orvin Lusk hasn't decided, and he won't be rushed: \"No one can make me,\" he said.",
];

/** wink's own negation flags of `text`, read by a plain instance with saidwho's pipe. */
function winkFlags(text: string): boolean[] {
  const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
  return nlp.readDoc(text).tokens().out(nlp.its.negationFlag) as unknown as boolean[];
}

describe('perf40: negation flags', () => {
  it('are wink’s own for every token of each paragraph, read in one batch', () => {
    const raw = new Tokenizer().readMany(PARAGRAPHS);
    PARAGRAPHS.forEach((p, i) => {
      const ours = raw.negated.slice(raw.first[i], raw.first[i + 1]);
      expect(ours).toEqual(winkFlags(p));
    });
    // the sentences above do hold negated tokens, and tokens that are not
    expect(raw.negated.some((x) => x)).toBe(true);
    expect(raw.negated.some((x) => !x)).toBe(true);
  });

  it.each([
    ['Mayor Tilda Brace did not say the ferry would run.', true],
    ['Mayor Tilda Brace said the ferry would run.', false],
    ['Councilman Orvin Lusk never claimed the bridge was safe.', true],
  ])('give the cue of %j negated: %s', (text, negated) => {
    const { quotes } = extractQuotes(text);
    expect(quotes.length).toBe(1);
    expect(quotes[0]!.cue?.negated ?? false).toBe(negated);
  });
});
