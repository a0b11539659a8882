/**
 * Quality-bar probe robust29: the rules of stop 60 (double surnames and the
 * surname behind one, a live blog's clock time opening its line, count
 * subjects, "citing" and posting verbs with their objects, role labels before
 * narration, "the court heard on Monday that", "adding that" after a present
 * of saying, a listener's "who" clause, "Leader" after a field, a titled post
 * before a person's name, "on X." before a surname) fed thousands of their
 * triggers in one sentence, one paragraph and one document, with odd
 * characters and unclosed quotation marks at every position, under every
 * option. The rules stayed linear and every offset held; what broke were
 * batches: a `--jsonl` NUL byte lost every later line, a worker that died lost
 * its whole batch of texts, and one huge `--jsonl` text went to one call
 * (pinned in cli-input, cli and parallel-failures). These rows keep the rules
 * linear and exact. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { growthRatio } from './support/timing.js';

const EVERY = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;
const extractors = [createExtractor(), createExtractor({ categories: [...EVERY] })];

/** Each rule's trigger shape, as one document's sentences and as one sentence's pieces. */
const SHAPES: readonly (readonly [string, string])[] = [
  ['double surnames, document', 'Ana Ruiz Varga said the port was shut. Ruiz Varga said it would reopen. '],
  ['double surnames, one sentence', 'Ana Ruiz Varga and Luis Soto Pena and '],
  ['live-blog stamps', '16:30 "We are closed," the council said.\n09:15 Officials said the road was shut.\n'],
  ['count subjects, document', 'Most said the plan was bad. Few said it was good. Half the voters said no. '],
  ['count subjects, one sentence', 'most voters said the plan was bad, few said it was good, '],
  ['citing', 'The board quit, citing the costs of the pier. Ada Moss won donors by citing her record. '],
  ['posting', 'Lena Orr posted a video on X of the flood and tweeted a photo. '],
  ['posting, one sentence', 'posted a video on X and '],
  ['role labels', 'ANCHOR: Firefighters say the fire is out.\nREPORTER (voice-over): Crews say the road is shut.\n'],
  ['heard', 'The court heard on Monday that Dane Pell was drunk. '],
  ['adding', 'Taxes must fall, the mayor says, adding that '],
  ['listener who', 'Mara Quill told the crowd, who cheered, that '],
  ['titled post', 'The Parliamentary Budget Officer, Martin Lacasse, said it failed. Opposition Leader Pierre Dumont said no. '],
  ['X. and a surname', 'He relied on X. Ortell for advice, Ada Moss said. '],
];

describe('robust29: the trigger shapes of stop 60 stay linear', { timeout: 300_000 }, () => {
  it.each(SHAPES)('%s', (_name, block) => {
    // (about 1 when linear, 8 when quadratic; measured 0.3-1.6 at 100-8,000 copies)
    for (const extractor of extractors) expect(growthRatio(extractor, block)).toBeLessThan(3);
  });
});

/** Every span of `text`'s extraction is the text it names. */
function exact(extractor: (typeof extractors)[number], text: string): boolean {
  const { quotes, speakers } = extractor.extract(text);
  const spans = [...quotes.flatMap((q) => [q.span, ...q.parts, ...(q.cue ? [q.cue.span] : []), ...(q.speaker?.mention ? [q.speaker.mention] : [])]), ...speakers.flatMap((s) => s.mentions)];
  return spans.every((s) => text.slice(s.start, s.end) === s.text) && quotes.every((q) => q.speaker === null || speakers[q.speaker.id] !== undefined);
}

describe('robust29: odd characters and unclosed marks at every position of the new shapes', { timeout: 300_000 }, () => {
  const SENTENCES = [
    '16:30 "We are closed," Ana Ruiz Varga said.\nMost said it was bad, citing the costs.',
    'Lena Orr posted a video on X. Orr, 52, fumed: "No."\nANCHOR: Crews say the fire is out.',
  ];
  const ODD = ['\uFEFF', '\u2028', '\uD800', '\uDC00', '\u0301', '\u200F', '\u0000', '\r', '\t', '"', '\u201c', '\u2019'];
  it.each(SENTENCES)('%s', (sentence) => {
    const extractor = extractors[1]!;
    for (let at = 0; at <= sentence.length; at++) {
      for (const odd of ODD) {
        const text = sentence.slice(0, at) + odd + sentence.slice(at);
        expect(exact(extractor, text), JSON.stringify(text)).toBe(true);
      }
    }
  });

  it('the new shapes still read as before', () => {
    const read = (text: string) => extractors[0]!.extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null]);
    expect(read('16:30 "We are closed," the council said.')).toEqual([['We are closed,', 'the council', 'said']]);
    expect(read('The court heard on Monday that Dane Pell was drunk.')).toEqual([['Dane Pell was drunk', null, 'heard']]);
  });
});
