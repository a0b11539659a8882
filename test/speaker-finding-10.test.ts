/**
 * Speaker finding, round 10 (issue 10, names round 15). Invented sentences and
 * names; each row gives, for every quote in order, its text, its cue, the
 * speaker's name, the entity's kind, `via` and the rule. Rows marked
 * "unchanged" pin outputs the new rules must not touch.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | name | kind | via | rule`. */
function rows(input: string): string[] {
  const r = extract(input);
  return r.quotes.map((q) => {
    const entity = q.speaker ? r.speakers.find((s) => s.id === q.speaker!.id) : undefined;
    return `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.name ?? '-'} | ${entity?.kind ?? '-'} | ${q.speaker?.via ?? '-'} | ${q.rule}`;
  });
}

describe('the subject of a clause whose object is a text, past a long subject (names round 15)', () => {
  test.each([
    {
      name: 'a name with "in" and a place: the issuer of the report speaks, not the report',
      input: 'The Quarry Institute in Denver issued a report this month charging that the council wasted money.',
      output: ['the council wasted money | charging | Quarry Institute | organization | name | reported/cue-that'],
    },
    {
      name: 'the same before a quoted object',
      input: 'The Quarry Institute in Denver issued a report charging the council with "reckless waste."',
      output: ['the council with "reckless waste." | charging | Quarry Institute | organization | name | reported/cue-quoted-object'],
    },
    {
      name: 'a number with "of" and its people',
      input: "Forty of the county's retired judges sent a joint letter Friday making it clear that they reject the toll.",
      output: ["they reject the toll | making it clear | Forty of the county's retired judges | group | description | reported/cue-that"],
    },
    {
      name: 'an aside between dashes, and "nearly" before a number in the tail',
      input: 'A coalition of nearly 30 groups - including the Farm Bureau, the Dairy League and Grange Hall - sent a letter this week urging the council to act.',
      output: ['the council to act | urging | A coalition of nearly 30 groups | organization | description | reported/cue-infinitive'],
    },
    {
      name: 'a short aside between dashes',
      input: 'A group of tenants - most of them renters - sent a letter saying that the rent was too high.',
      output: ['the rent was too high | sent a letter saying | A group of tenants | group | description | reported/cue-that'],
    },
    {
      name: 'unchanged: a name with no place after it',
      input: 'The Quarry Institute issued a report this month charging that the council wasted money.',
      output: ['the council wasted money | charging | Quarry Institute | organization | name | reported/cue-that'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('"among those who", and the issuer of a text that speaks (names round 15)', () => {
  test.each([
    {
      name: 'a name set off by an appositive is among those who say',
      input: 'Mara Quillon, a Pardee supporter from Dunmore, Ohio, is among those who say the levy is unfair.',
      output: ['the levy is unfair | say | Mara Quillon | person | name | reported/cue-clause'],
    },
    {
      name: 'the same with a short appositive',
      input: 'Mara Quillon, the mayor, is among those who say the bridge is late.',
      output: ['the bridge is late | say | Mara Quillon | person | name | reported/cue-clause'],
    },
    {
      name: 'unchanged: a thing set off by an appositive is no member',
      input: 'The plan, a costly one, is among those who say the bridge is late.',
      output: ['the bridge is late | say | those | unknown | description | reported/cue-clause'],
    },
    {
      name: 'the issuer of an ad that urges',
      input: 'Senator Mara Quillon is releasing a new ad that urges voters to reject the levy.',
      output: ['voters to reject the levy | urges | Mara Quillon | person | name | reported/cue-infinitive'],
    },
    {
      name: 'the issuer of a letter sent out',
      input: 'The Harbor Group sent out a letter that argues the levy is unfair.',
      output: ['the levy is unfair | argues | Harbor Group | organization | name | reported/cue-clause'],
    },
    {
      name: 'unchanged: a sign someone saw is no text they issued',
      input: 'Voters saw a sign that said the road was closed.',
      output: ['the road was closed | said | a sign | unknown | description | reported/cue-clause'],
    },
    {
      name: 'unchanged: a letter read out',
      input: 'The board read a letter that said the road was closed.',
      output: ['the road was closed | said | a letter | unknown | description | reported/cue-clause'],
    },
    {
      name: 'a pronoun issuer resolves to the person before',
      input: 'Mara Quillon won the race. She sent a letter that said the road was closed.',
      output: ['the road was closed | said | Mara Quillon | person | pronoun | reported/cue-clause'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('an amount before the text, and a gerund coordinated past its that-clause (names round 15)', () => {
  test.each([
    {
      name: 'a currency sign and its determiner before the text: the issuer speaks',
      input: 'Mara Quillon filed a $40 million lawsuit alleging that the firm defrauded students.',
      output: ['the firm defrauded students | alleging | Mara Quillon | person | name | reported/cue-that'],
    },
    {
      name: 'the same with a time phrase and a quoted object',
      input: 'Mara Quillon launched a $2 million ad campaign Monday praising the mayor for "hard work."',
      output: ['the mayor for "hard work." | praising | Mara Quillon | person | name | reported/cue-quoted-object'],
    },
    {
      name: 'a gerund after "and" shares the subject of the gerund before its that-clause',
      input: 'The two senators were quick to chime in, with Mara Quillon tweeting that the deal was over and asking, "Who will pay for it?"',
      output: [
        'the deal was over | tweeting | Mara Quillon | person | name | reported/cue-that',
        'Who will pay for it? | asking | Mara Quillon | person | name | direct/leading-speaker-cue',
      ],
    },
    {
      name: 'the same past a short quoted word in that clause',
      input: 'The rivals soon joined in, with Mara Quillon tweeting that the toll was a "disaster" for renters and asking, "How can anyone trust him?"',
      output: [
        'the toll was a "disaster" for renters | tweeting | Mara Quillon | person | name | reported/cue-that',
        'How can anyone trust him? | asking | Mara Quillon | person | name | direct/leading-speaker-cue',
      ],
    },
    {
      name: 'unchanged: a quotation is passed over only inside a cue\'s that-clause ("watching a "quiet dusk"" is none)',
      input: 'The mayor stood with her aides watching a "quiet dusk" and saying, "The bridge made the town whole."',
      output: ['The bridge made the town whole. | saying | The mayor | person | description | direct/leading-speaker-cue'],
    },
    {
      name: 'unchanged: a gerund with its own subject after "and"',
      input: 'The crowd cheered, with Mara Quillon waving a flag and Jon Pardee shouting, "We won!"',
      output: ['We won! | shouting | Jon Pardee | person | name | direct/leading-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('the object of a verb of causing past an aside or an example (names round 15)', () => {
  test.each([
    {
      name: 'a relative clause after the name',
      input: 'The ruling prompted Mara Quillon, who leads the council, to state, "This is a dark day."',
      output: ['This is a dark day. | to state | Mara Quillon | person | name | direct/leading-speaker-cue'],
    },
    {
      name: 'an appositive after the name',
      input: 'The ruling led Mara Quillon, the mayor, to say that the city would appeal.',
      output: ['the city would appeal | to say | Mara Quillon | person | name | reported/cue-that'],
    },
    {
      name: 'a name in apposition to a description',
      input: 'The ruling led the firm, Calder Group, to say that it would appeal.',
      output: ['it would appeal | to say | Calder Group | organization | name | reported/cue-that'],
    },
    {
      name: 'a description of a body with a relative clause',
      input: 'The ruling led the firm, which is based in Ohio, to say that it would appeal.',
      output: ['it would appeal | to say | the firm | organization | description | reported/cue-that'],
    },
    {
      name: 'people named by example after a participle of causing',
      input: 'His fact-check was shared widely, leading aides like Mara Quillon to counter that "the numbers are wrong."',
      output: ['that "the numbers are wrong." | to counter | Mara Quillon | person | name | direct/leading-speaker-cue'],
    },
    {
      name: 'unchanged: a thing with a relative clause is no speaker',
      input: 'The ruling led the plan, which is costly, to say that it would appeal.',
      output: ['it would appeal | to say | - | - | - | reported/cue-that-no-speaker'],
    },
    {
      name: 'unchanged: a verb that is not one of causing keeps its subject',
      input: 'Lee thanked Mara Quillon, the mayor, to say that the city would appeal.',
      output: ['the city would appeal | to say | Lee | person | name | reported/cue-that'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('two days joined between the subject and its verb (names round 15)', () => {
  test.each([
    {
      name: 'two days joined by "and" are one time phrase, not the speaker',
      input: 'Visitors on Monday and Tuesday said the fair was crowded.',
      output: ['the fair was crowded | said | Visitors | person | name | reported/cue-clause'],
    },
    {
      name: 'the same after a name',
      input: 'Mara Quillon on Monday or Tuesday said the fair was crowded.',
      output: ['the fair was crowded | said | Mara Quillon | person | name | reported/cue-clause'],
    },
    {
      name: 'unchanged: two months stay one object of "in"',
      input: 'Officials in May and June said the fair was crowded.',
      output: ['the fair was crowded | said | Officials in May and June | group | description | reported/cue-clause'],
    },
    {
      name: 'unchanged: a clause after a day and "and" has its own subject',
      input: 'The river rose on Monday and officials said the fair was closed.',
      output: ['the fair was closed | said | officials | group | description | reported/cue-clause'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
