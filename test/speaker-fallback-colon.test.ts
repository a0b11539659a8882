/**
 * Last guesses for direct quotes no rule attributed: the name labelling a
 * quote before a colon (`direct/fallback-colon`), and an inverted verb the
 * default lexicon does not read after the quote, with a person's name
 * (`direct/fallback-after`); and "shot back", "fired back" as verbs of saying.
 * Rows marked "unchanged" must keep what they gave
 * before these guesses. Every sentence and name is invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `text | speaker name <- mention | cue | rule`. */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => {
    const s = q.speaker ? `${q.speaker.name} <- ${q.speaker.mention?.text ?? '(context)'}` : '-';
    return `${q.text} | ${s} | ${q.cue?.span.text ?? '-'} | ${q.rule}`;
  });
}

describe('a name labelling a quote before a colon', () => {
  test.each([
    {
      name: 'a name with a dotted party code',
      input: 'The hearing ran late.\n\nRep. Ann Varga (R-S.C.): "Nobody else has ever mentioned that figure to me. Where did it come from?"\n\nThe chair moved on.',
      output: ['Nobody else has ever mentioned that figure to me. Where did it come from? | Ann Varga <- Rep. Ann Varga | - | direct/fallback-colon'],
    },
    {
      name: 'a lower-case title of several words before the name',
      input: 'Former secretary of labor Ann Rodham Varga: "We learned that from the agency and its review of the files."',
      output: ['We learned that from the agency and its review of the files. | Ann Rodham Varga <- Former secretary of labor Ann Rodham Varga | - | direct/fallback-colon'],
    },
    {
      name: 'a label ending a paragraph, the quote in the next',
      input: 'The record shows as much.\n\nSen. Tom Reyes (D-Vt.):\n\n"Every nurse in this county deserves a raise this spring."\n\nMore came later.',
      output: ['Every nurse in this county deserves a raise this spring. | Tom Reyes <- Sen. Tom Reyes | - | direct/fallback-colon'],
    },
    {
      name: 'unchanged: a clause before the colon is the clause rules\' own',
      input: 'At every stop, Varga campaigns for a bigger budget:\n\n"Every nurse in this county deserves a raise this spring."\n\nMore came later.',
      output: ['Every nurse in this county deserves a raise this spring. | - | - | direct/unattributed'],
    },
    {
      name: 'unchanged: a clause with a quotation of its own before the colon',
      input: 'The Gazette counts the "victims" of the crash with care:\n\n"In taking nine lives in under an hour, the driver showed how deadly cars can be."\n\nMore came later.',
      output: ['In taking nine lives in under an hour, the driver showed how deadly cars can be. | - | - | direct/unattributed'],
    },
    {
      name: 'unchanged: a label that is no name',
      input: 'Wait, it gets worse:\n\n"The county will close three more schools before the end of the year."\n\nMore came later.',
      output: ['The county will close three more schools before the end of the year. | - | - | direct/unattributed'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('an inverted verb the default lexicon does not read', () => {
  test.each([
    {
      name: 'a verb of thought and a name with an appositive',
      input: '"A lot of growers told us to stop, and she went ahead anyway," remembered Tom Varga, the mill\'s former spokesman.',
      output: ['A lot of growers told us to stop, and she went ahead anyway, | Tom Varga <- Tom Varga | - | direct/fallback-after'],
    },
    {
      name: 'unchanged: a place after the verb is no speaker',
      input: '"A lot of growers told us to stop, and she went ahead anyway," remembered Ohio.',
      output: ['A lot of growers told us to stop, and she went ahead anyway, | - | - | direct/unattributed'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('"shot back" and "fired back" are verbs of saying', () => {
  test.each([
    {
      name: 'after a name, before the quote',
      input: 'When Varga accused Lee of being too close to the banks, Lee shot back, "I stood up against the banks when it counted."',
      output: ['I stood up against the banks when it counted. | Lee <- Lee | shot back | direct/leading-speaker-cue'],
    },
    {
      name: 'with a that-clause',
      input: 'Ramos asked about the wall, and Varga shot back that the reporter had not been called on.',
      output: ['the reporter had not been called on | Varga <- Varga | shot back | reported/cue-that'],
    },
    {
      name: 'after the quote',
      input: '"Let me finish," Tom Varga fired back.',
      output: ['Let me finish, | Tom Varga <- Tom Varga | fired back | direct/trailing-speaker-cue'],
    },
    {
      name: 'with an adverb before the colon',
      input: 'Varga fired back sharply: "Nobody asked you."',
      output: ['Nobody asked you. | Varga <- Varga | fired back | direct/leading-speaker-cue'],
    },
    {
      name: 'a quote later in the sentence, after an adjunct',
      input: 'Lee fired back on Monday, "The report is false."',
      output: ['The report is false. | Lee <- Lee | fired back | direct/leading-speaker-cue'],
    },
    {
      name: 'after the quote, a long subject',
      input: '"The report is false," the mayor\'s longtime chief of staff Ann Lee fired back.',
      // (the name is the whole mention: speaker resolution, not cue detection)
      output: ['The report is false, | the mayor\'s longtime chief of staff Ann Lee <- the mayor\'s longtime chief of staff Ann Lee | fired back | direct/trailing-speaker-cue'],
    },
    {
      name: 'a that-clause after an adjunct',
      input: 'Lee shot back in a statement that the report was false.',
      output: ['the report was false | Lee <- Lee | shot back | reported/cue-that'],
    },
    {
      name: 'gunfire after "said": the clause stays whole',
      input: 'Police said the gunman opened fire and officers fired back, killing him.',
      output: ['the gunman opened fire and officers fired back, killing him | Police <- Police | said | reported/cue-clause'],
    },
    {
      name: 'gunfire: no speech next to it, the clause stays whole',
      input: 'Deputies said the driver opened fire and troopers fired back, wounding him.',
      output: ['the driver opened fire and troopers fired back, wounding him | Deputies <- Deputies | said | reported/cue-clause'],
    },
    {
      name: 'gunfire: no cue at all',
      input: 'The gunman shot back at the deputies from the roof.',
      output: [],
    },
    {
      name: 'unchanged: a noun and a particle are no cue',
      input: 'He took a shot back at the rally and missed.',
      output: [],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});
