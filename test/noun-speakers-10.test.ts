/**
 * Speakers of nouns of saying (issue 10): the owner of a noun cue may be a
 * common-noun phrase before a possessive mark ("the city council's warning",
 * "the nonprofit's assurances", "dock workers' claims"), not only a name or a
 * pronoun, and a time phrase may stand between the noun and its "that" ("his
 * statement on Wednesday that", "her claim last week that"). Each row gives
 * the exact quote, cue, rule, speaker name, mention, `via` and entity kind;
 * the negatives keep no speaker or yield nothing. Every sentence and name is
 * invented.
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
      output: ["the bridge would close | warning | reported/noun-cue | The city council <- The city council's [description, organization]"],
    },
    {
      name: "a head the tagger reads as an adjective, after a determiner",
      input: "The audit leaned on a nonprofit's assurances that no donor money left the state.",
      output: ["no donor money left the state | assurances | reported/noun-cue | a nonprofit <- a nonprofit's [description, unknown]"],
    },
    {
      name: 'plural possessive without a determiner',
      input: 'Fares stayed low, belying dock workers’ warnings that they would soar.',
      output: ['they would soar | warnings | reported/noun-cue | dock workers <- dock workers’ [description, group]'],
    },
    {
      name: 'plural possessive after a determiner',
      input: "Fares stayed low, belying the dock workers' warnings that they would soar.",
      output: ["they would soar | warnings | reported/noun-cue | the dock workers <- the dock workers' [description, group]"],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('a time phrase between the noun of saying and its "that"', () => {
  test.each([
    {
      name: 'on + day',
      input: 'Critics seized on his statement on Wednesday that the ferry would stop running.',
      output: ['the ferry would stop running | statement | reported/noun-cue | his <- his [pronoun, unknown]'],
    },
    {
      name: 'last + time noun, after a named owner',
      input: "Ann Lee's claim last week that the pier was unsafe drew a rebuke.",
      output: ["the pier was unsafe | claim | reported/noun-cue | Ann Lee <- Ann Lee's [name, person]"],
    },
    {
      name: 'a bare day, after a described owner',
      input: "The council welcomed the mayor's announcement Monday that the pool would reopen.",
      output: ["the pool would reopen | announcement | reported/noun-cue | the mayor <- the mayor's [description, person]"],
    },
    {
      name: 'a subject and a verb with no object that takes none is still a content clause (round 12, must not change)',
      input: 'The claim that the harbour master resigned was false.',
      output: ['the harbour master resigned | claim | reported/noun-cue | -'],
    },
    {
      name: 'a time phrase and no owner: no speaker',
      input: 'The warning on Monday that the dam could fail went unheeded.',
      output: ['the dam could fail | warning | reported/noun-cue | -'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });

  test.each([
    ['a topic, not a time, after "on"', 'Critics seized on his statement on the budget that the ferry would stop running.'],
    ['"in" before a season is no time phrase of the noun', 'Her remark in the spring that the pier was unsafe drew a rebuke.'],
    ['a relative clause of subject and object-taking verb after a time phrase (round 12)', 'The warning on Monday that officials issued was ignored by the mayor.'],
    ['a relative clause of subject and object-taking verb (round 12)', 'The assurance that the harbour board gave was hollow.'],
  ])('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});

describe("an adverb inside the clause's verb group does not end the clause", () => {
  test.each([
    {
      name: 'would indeed + verb',
      input: "Officials dismissed Tom Hale's announcement that he would indeed close the pier before winter.",
      output: ["he would indeed close the pier before winter | announcement | reported/noun-cue | Tom Hale <- Tom Hale's [name, person]"],
    },
    {
      name: 'would never + verb',
      input: 'Her warning that the toll would never pay for the bridge went unheeded.',
      output: ['the toll would never pay for the bridge | warning | reported/noun-cue | Her <- Her [pronoun, unknown]'],
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
