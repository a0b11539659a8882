/**
 * perf43 (issue 12): eight whole-document loops pass over a long text's tokens
 * on the token table's numbers, making a token object only for the few tokens
 * they look at further: the words before names after a first-name title
 * ("Dean"), the name uses counted for a gerund before a name, the index of
 * surnames, the verbs characterising quoted words, the nouns of noun topics
 * and noun infinitives, sounded notes, and the words written after a
 * preposition of place. Output must not move:
 * each row is read both ways (plain tokens and the long-text table) and must
 * agree with the expected `kind | text | speaker | cue | rule`. Invented
 * sentences.
 */
import { describe, expect, test, vi } from 'vitest';

// the second read of sameBothWays goes the long-text way, tokens in a TokenTable (test/support/compact-prepare.ts)
vi.mock('../src/prepare/document.js', async (importOriginal) => (await import('./support/compact-prepare.js')).compactPrepare(importOriginal));
import { sameBothWays } from './support/compact-prepare.js';

import { createExtractor, type Extraction } from '../src/index.js';
import { quoteLines as rows } from './support/rows.js';

/** Each speaker as `name: titles`. */
function speakers(r: Extraction): string[] {
  return r.speakers.map((s) => `${s.name}: ${s.titles.join(', ')}`);
}

const extractor = createExtractor();

/** The extraction of `text` read with plain tokens and with the long-text table; both must be equal. */
function bothWays(text: string): Extraction {
  return sameBothWays(() => extractor.extract(text));
}

describe('perf43: "Dean" before a surname, read both ways', () => {
  const CASES: [string, string[], string[]][] = [
    // another first name for the surname elsewhere: "Dean" is a title
    ['Dean Vesquin said the ferry would run. Later, Minta Vesquin repeated it at the dock.', ['indirect | the ferry would run | Minta Vesquin | said | reported/cue-clause'], ['Minta Vesquin: Dean']],
    // no other first name: "Dean" is a first name
    ['Dean Vesquin said the ferry would run. Dean Vesquin spoke again later.', ['indirect | the ferry would run | Dean Vesquin | said | reported/cue-clause'], ['Dean Vesquin: ']],
  ];
  test.each(CASES)('%s', (text, expectedRows, expectedSpeakers) => {
    const r = bothWays(text);
    expect(rows(r)).toEqual(expectedRows);
    expect(speakers(r)).toEqual(expectedSpeakers);
  });
});

describe('perf43: output read both ways', () => {
  const ROWS: [string, string[]][] = [
    // a gerund before a name the document uses without it
    ['Backing Tovarre in the race, Ilse Brum took the stage. The vote was fair, Tovarre said.', ['indirect | The vote was fair | Tovarre | said | reported/content-speaker-cue']],
    // a lone surname after the full name (the index of surnames)
    ['Councilwoman Ilse Brum spoke at the pier. Later, Brum said the tolls would rise.', ['indirect | the tolls would rise | Ilse Brum | said | reported/cue-clause']],
    // verbs characterising their object as quoted words
    ['The skipper summed up the regatta as "a fine mess."', ['mixed | the regatta as "a fine mess." | The skipper | summed up | reported/verb-as-quoted']],
    ['Councilwoman Ilse Brum painted her rival as a man who would "sell the pier."', ['mixed | her rival as a man who would "sell the pier." | Ilse Brum | painted | reported/verb-as-quoted']],
    // a noun topic, a noun infinitive, a sounded note
    ['Councilwoman Nessa Trell made pointed remarks about the ferry tolls.', ['indirect | the ferry tolls | Nessa Trell | made pointed remarks about | reported/noun-topic']],
    ["Nessa Trell's pledge to rebuild the jetty was cheered by the crowd.", ['indirect | to rebuild the jetty | Nessa Trell | pledge | reported/noun-infinitive']],
    ['The harbor master sounded a hopeful note about the spring season.', ['indirect | the spring season | The harbor master | sounded a hopeful note about | reported/sounded-note']],
    // a one-word name written after "at" is a firm, not the person "he" stands for
    ['Orrin Vale took a job at Pellwick in 2011. Pellwick grew fast. "We hired every month," he said.', ['direct | We hired every month, | Orrin Vale | said | direct/trailing-speaker-cue']],
    // negatives: no quoted words after "as", no saying at all
    ['The skipper summed up the regatta as a fine mess.', []],
    ['Dean Vesquin and Minta Vesquin walked to the dock.', []],
  ];
  test.each(ROWS)('%s', (text, expected) => {
    expect(rows(bothWays(text))).toEqual(expected);
  });
});
