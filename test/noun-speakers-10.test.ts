/**
 * Speakers of nouns of saying (issue 10): the owner of a noun cue may be a
 * common-noun phrase before a possessive mark ("the city council's warning",
 * "the nonprofit's assurances", "dock workers' claims"), not only a name or a
 * pronoun. Each row gives the exact quote, cue, speaker name, mention, `via`
 * and entity kind; the negatives must stay without a speaker. Every sentence
 * and name is invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `text | cue | rule | name <- mention [via, kind]`. */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => {
    const s = q.speaker;
    const who = s === null ? '-' : `${s.name} <- ${s.mention?.text ?? '(context)'} [${s.via}, ${r.speakers[s.id]?.kind}]`;
    return `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.rule} | ${who}`;
  });
}

describe('a common-noun owner of a noun of saying', () => {
  test.each([
    {
      name: "determiner + compound noun + 's",
      input: "The city council's warning that the bridge would close went unheeded.",
      output: ['the bridge would close | warning | reported/noun-cue | The city council <- The city council [description, organization]'],
    },
    {
      name: "a head the tagger reads as an adjective, after a determiner",
      input: "The ruling rested on the nonprofit's assurances that none of its money came from abroad.",
      output: ['none of its money came from abroad | assurances | reported/noun-cue | the nonprofit <- the nonprofit [description, unknown]'],
    },
    {
      name: 'plural possessive without a determiner',
      input: 'Fares stayed low, belying dock workers’ warnings that they would soar.',
      output: ['they would soar | warnings | reported/noun-cue | dock workers <- dock workers [description, group]'],
    },
    {
      name: 'plural possessive after a determiner',
      input: "Fares stayed low, belying the dock workers' warnings that they would soar.",
      output: ['they would soar | warnings | reported/noun-cue | the dock workers <- the dock workers [description, group]'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('nouns of saying that keep no speaker', () => {
  test.each([
    {
      name: 'no owner at all',
      input: 'The statement that the plant would close came on Monday.',
      output: ['the plant would close | statement | reported/noun-cue | -'],
    },
    {
      name: 'a day owns no words',
      input: "Monday's warning that the bridge would close went unheeded.",
      output: ['the bridge would close | warning | reported/noun-cue | -'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});
