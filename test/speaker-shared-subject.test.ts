/**
 * Speakers for cues that had none: a cue after "and" or "but" and a time
 * phrase, a cue coordinated with an earlier verb of saying, "X quoted Y as
 * saying", and a gerund after "by" inside a subordinate clause. Rows marked
 * "unchanged" must keep the speaker they had before these rules.
 * Every sentence is invented.
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

describe('speakers shared across a coordination', () => {
  test.each([
    {
      name: 'a time phrase between "but" and the cue',
      input: 'The columnist Tom Hale has been critical of the mayor but on Tuesday wrote that he agreed with her on the budget.',
      output: ['he agreed with her on the budget | Tom Hale <- The columnist Tom Hale | wrote | reported/cue-that'],
    },
    {
      name: 'a year between "and" and the cue',
      input: 'Ann Lee lost the vote in the spring and in 2014 said that she would run again.',
      output: ['she would run again | Ann Lee <- Ann Lee | said | reported/cue-that'],
    },
    {
      name: 'unchanged: a subject of its own after "and"',
      input: 'Ann Lee lost the vote and the crowd on Friday said that it was unfair.',
      output: ['it was unfair | the crowd <- the crowd | said | reported/cue-that'],
    },
    {
      name: 'a cue coordinated with an earlier verb of saying, past a reported clause',
      input: 'The referee -- who had argued with the coach for most of the evening -- said he was sorry about the call and pledged to watch the tape again.',
      output: [
        'he was sorry about the call | The referee <- The referee | said | reported/cue-clause',
        'to watch the tape again | The referee <- The referee | pledged | reported/cue-infinitive',
      ],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('the one who quotes', () => {
  test.each([
    {
      name: '"quoted X as saying that"',
      input: 'The Gazette quoted an unnamed official as saying that the mayor was not opposed by the council.',
      output: ['the mayor was not opposed by the council | Gazette <- The Gazette | saying | reported/cue-that'],
    },
    {
      name: '"quoted X as saying" with a bare clause',
      input: 'The radio station quoted a local witness as saying he saw one man in the truck.',
      output: ['he saw one man in the truck | The radio station <- The radio station | saying | reported/cue-clause'],
    },
    {
      name: 'a person named as the object of "quoted" speaks for themselves',
      input: 'The Times quoted Ann Lee as saying that the plan had failed badly.',
      output: ['the plan had failed badly | Ann Lee <- Ann Lee | saying | reported/cue-that'],
    },
    {
      name: 'unchanged: the passive "is quoted as saying" is the quoted one\'s',
      input: 'Ann Lee is quoted as saying that the budget will pass.',
      output: ['the budget will pass | Ann Lee <- Ann Lee | is quoted as saying | reported/cue-that'],
    },
    {
      name: 'unchanged: no verb of quoting before "as saying"',
      input: 'The mayor was described as saying that the dam would hold.',
      output: ['the dam would hold | - | saying | reported/cue-that-no-speaker'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('a gerund after "by" inside a subordinate clause', () => {
  test.each([
    {
      name: 'the subordinate clause\'s subject with its appositive name',
      input: 'Ann Lee talks about wages for nurses, while her closest opponent, Tom Hale, has climbed in the surveys by arguing that taxes are too high.',
      output: [
        // "talks", read as a noun by the tagger after a name, is a cue before its topic
        'wages for nurses | Ann Lee <- Ann Lee | talks about | reported/cue-topic',
        'taxes are too high | Tom Hale <- her closest opponent, Tom Hale | arguing | reported/cue-that',
      ],
    },
    {
      name: 'not the main clause\'s subject',
      input: 'Many growers in the valley stayed home, while the mayor won the crowd over by promising that the dam would be fixed.',
      output: ['the dam would be fixed | the mayor <- the mayor | promising | reported/cue-that'],
    },
    {
      name: 'unchanged: a subordinate clause that opens the sentence',
      input: 'While the mayor spoke, Ann Lee won the crowd over by promising that the dam would be fixed.',
      output: ['the dam would be fixed | Ann Lee <- Ann Lee | promising | reported/cue-that'],
    },
    {
      name: 'unchanged: no subordinate clause',
      input: 'Ann Lee won the crowd over by promising that the dam would be fixed.',
      output: ['the dam would be fixed | Ann Lee <- Ann Lee | promising | reported/cue-that'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});
