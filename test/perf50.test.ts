/**
 * perf50 (issue 12): four passes read each token once instead of two or three
 * times: the index of surnames used after a proper noun, the per-document
 * pass that marks tokens inside a quotation (typed as two apostrophes too),
 * a sentence's asides (spaced dashes and parentheses) and the name words of
 * findNames. Output must not move: each row is read both ways (plain tokens
 * and the long-text table) and must agree with the expected
 * `kind | text | speaker | cue | rule`. Invented sentences.
 */
import { describe, expect, test, vi } from 'vitest';

// the second read of sameBothWays goes the long-text way, tokens in a TokenTable (test/support/compact-prepare.ts)
vi.mock('../src/prepare/document.js', async (importOriginal) => (await import('./support/compact-prepare.js')).compactPrepare(importOriginal));
import { sameBothWays } from './support/compact-prepare.js';

import { createExtractor, type Extraction } from '../src/index.js';
import { quoteLines as rows } from './support/rows.js';

const extractor = createExtractor();

/** The extraction of `text` read with plain tokens and with the long-text table; both must be equal. */
function bothWays(text: string): Extraction {
  return sameBothWays(() => extractor.extract(text));
}

describe('perf50: output read both ways', () => {
  const ROWS: [string, string[]][] = [
    // a lone surname after the full name (the index of surnames)
    ['Councilman Oren Talvik toured the marina. Later, Talvik said the slips would be rebuilt.', ['indirect | the slips would be rebuilt | Oren Talvik | said | reported/cue-clause']],
    // a quantifier that the text uses as a surname after a first name
    ['Tomas Most, a ferry pilot, spoke first. Most said the plan was late.', ['indirect | the plan was late | Tomas Most | said | reported/cue-clause']],
    // a cue inside an aside set off by spaced dashes, and by a parenthesis
    ['The governor -- who said in March that the levy would not rise -- signed the bill on Friday.', ['indirect | the levy would not rise | The governor | said | reported/cue-that']],
    ['The harbor chief (who said that the pier would reopen) left early.', ['indirect | the pier would reopen | The harbor chief | said | reported/cue-that']],
    // a quotation typed with two apostrophes before a sentence whose subject a participle shares
    ["''The tide is high,'' Bram Oduya told the crew. Oduya later mocked the plan, saying it would fail.", [
      'direct | The tide is high, | Bram Oduya | told | direct/trailing-speaker-cue',
      'indirect | the plan | Bram Oduya | later mocked | reported/cue-object',
      'indirect | it would fail | Bram Oduya | saying | reported/cue-clause',
    ]],
    // title words before a name (the name words of findNames)
    ['Harbor Board Chairman Ines Vantor said the fees would fall.', ['indirect | the fees would fall | Ines Vantor | said | reported/cue-clause']],
    // no cue: nothing
    ['The ferry ran late on Sunday.', []],
  ];
  test.each(ROWS)('%s', (text, expected) => {
    expect(rows(bothWays(text))).toEqual(expected);
  });
});
