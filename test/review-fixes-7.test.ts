/**
 * Review 7 findings: regressions of the resolve5 and fix5b changes, fixed.
 * Each row gives the exact quotes as `text | cue | name <- mention [via, kind] | rule`
 * (an empty list: nothing must be found). Every row but those of the last
 * group failed before the fixes; the last group pins what must not change.
 * Every sentence and name is invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `text | cue | name <- mention [via, kind] | rule`. */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => {
    const s = q.speaker;
    const who = s === null ? '-' : `${s.name} <- ${s.mention?.text ?? '(context)'} [${s.via}, ${r.speakers[s.id]?.kind}]`;
    return `${q.text} | ${q.cue?.span.text ?? '-'} | ${who} | ${q.rule}`;
  });
}

describe('finding 1: a common noun before "point(s) out" and a clause (cue detection)', () => {
  test.each([
    {
      name: 'a common noun before "points out" and a bare clause',
      input: 'The mayor points out the budget is balanced.',
      output: ['the budget is balanced | points out | The mayor <- The mayor [description, person] | reported/cue-clause'],
    },
    {
      name: 'a plural noun before "point out" and a bare clause',
      input: 'Analysts point out the risk remains high.',
      output: ['the risk remains high | point out | Analysts <- Analysts [description, group] | reported/cue-clause'],
    },
    {
      name: 'a common noun before "points out how" and a clause',
      input: 'The mayor points out how the budget was balanced.',
      output: ['how the budget was balanced | points out | The mayor <- The mayor [description, person] | reported/cue-clause'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('finding 1: the clause after "pointed out" (showing gate)', () => {
  test.each([
    {
      name: '"pointed out" and a clause in the past tense',
      input: 'Ann Lee pointed out the city lost millions last year.',
      output: ['the city lost millions last year | pointed out | Ann Lee <- Ann Lee [name, person] | reported/cue-clause'],
    },
    {
      name: '"pointed out" and a clause with a regular past tense',
      input: 'Ann Lee pointed out the council voted against the plan.',
      output: ['the council voted against the plan | pointed out | Ann Lee <- Ann Lee [name, person] | reported/cue-clause'],
    },
    {
      name: '"pointed out" and a clause with an adverb before its verb',
      input: 'Ann Lee pointed out most voters never read the bill.',
      output: ['most voters never read the bill | pointed out | Ann Lee <- Ann Lee [name, person] | reported/cue-clause'],
    },
    {
      name: '"pointed out how" and a clause',
      input: 'Ann Lee pointed out how the plan had failed.',
      output: ['how the plan had failed | pointed out | Ann Lee <- Ann Lee [name, person] | reported/cue-clause'],
    },
    {
      name: '"pointed out what" and a clause',
      input: 'Ann Lee pointed out what the plan would cost.',
      output: ['what the plan would cost | pointed out | Ann Lee <- Ann Lee [name, person] | reported/cue-clause'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('finding 2: "speak out for" a stance with a unit word', () => {
  test.each([
    {
      name: '"spoke out for" a name with a unit word in it',
      input: 'Ann Lee spoke out for the Second Amendment at the rally.',
      output: ['the Second Amendment | spoke out | Ann Lee <- Ann Lee [name, person] | reported/cue-topic-adjunct'],
    },
    {
      name: '"spoke out for" an ordinal word before a noun',
      input: 'Ann Lee spoke out for second chances for former inmates.',
      output: ['second chances for former inmates | spoke out | Ann Lee <- Ann Lee [name, person] | reported/cue-topic-adjunct'],
    },
    {
      name: '"spoke out for" a unit word before a noun',
      input: 'Ann Lee spoke out for day laborers at the meeting.',
      output: ['day laborers at the meeting | spoke out | Ann Lee <- Ann Lee [name, person] | reported/cue-topic-adjunct'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('finding 3: lieutenant, associate and assistant titles', () => {
  test.each([
    {
      name: 'a lieutenant general is the general',
      input: 'Lt. Gen. Ann Lee inspected the base on Monday. "We are ready," the general said.',
      output: ['We are ready, | said | Ann Lee <- the general [description, person] | direct/trailing-speaker-cue'],
    },
    {
      name: 'a lieutenant colonel is the colonel',
      input: 'Lt. Col. Tom Hale inspected the base on Monday. "We are ready," the colonel said.',
      output: ['We are ready, | said | Tom Hale <- the colonel [description, person] | direct/trailing-speaker-cue'],
    },
    {
      name: 'an associate justice is the justice',
      input: 'Associate Justice Ann Lee spoke on Monday. "The law is clear," the justice said.',
      output: ['The law is clear, | said | Ann Lee <- the justice [description, person] | direct/trailing-speaker-cue'],
    },
    {
      name: 'an assistant professor is the professor',
      input: 'Assistant Professor Tom Hale spoke on Monday. "The data is clear," the professor said.',
      output: ['The data is clear, | said | Tom Hale <- the professor [description, person] | direct/trailing-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('finding 4: surnames that are organisation words', () => {
  test.each([
    {
      name: 'a surname that is an organisation word, after a first name',
      input: 'Senator Frank Church spoke on Monday. "The agency lied," Church said.',
      output: ['The agency lied, | said | Frank Church <- Church [name, person] | direct/trailing-speaker-cue'],
    },
    {
      name: 'a full name ending in an organisation word is a person',
      input: '"We need more beds," said Dana Parish, a nurse.',
      output: ['We need more beds, | said | Dana Parish <- Dana Parish, a nurse [name, person] | direct/trailing-cue-speaker'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('finding 5: a relative and the honorific\'s gender', () => {
  test.each([
    {
      name: '"Ms. Lund" is no bare "Lund" for "Mr. Lund"',
      input: 'Ms. Lund runs the farm. She thanked her husband, Paul Lund, for his help. "We will survive," Mr. Lund said.',
      output: ['We will survive, | said | Paul Lund <- Mr. Lund [name, person] | direct/trailing-speaker-cue'],
    },
    {
      name: 'a bare "Lund" standing for a woman is no bare "Lund" for "Mr. Lund"',
      input: 'Mary Lund runs the farm. "It is hard," Lund said. She thanked her husband, Paul Lund, for his help. "We will survive," Mr. Lund said.',
      output: ['It is hard, | said | Mary Lund <- Lund [name, person] | direct/trailing-speaker-cue', 'We will survive, | said | Paul Lund <- Mr. Lund [name, person] | direct/trailing-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('finding 6: a word for a relative before "of"', () => {
  test.each([
    {
      name: 'a name after "the wife of" is a person',
      input: 'The wife of Hale died in May. "I miss her every day," he said.',
      output: ['I miss her every day, | said | Hale <- he [pronoun, person] | direct/trailing-speaker-cue'],
    },
    {
      name: 'a name after "the daughter of" is a person',
      input: 'Ann Lee, the daughter of Hale, arrived. "I miss him," he said.',
      output: ['I miss him, | said | Hale <- he [pronoun, person] | direct/trailing-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('finding 7: a surname before a number', () => {
  test.each([
    {
      name: 'a surname before a score is a person',
      input: 'Ann Lee beat Hale 52 to 48 in the primary. "We will be back," he said.',
      output: ['We will be back, | said | Hale <- he [pronoun, person] | direct/trailing-speaker-cue'],
    },
    {
      name: 'a surname before a count is a person',
      input: 'Ann Lee has met Hale 3 times this year. "We get along," he said.',
      output: ['We get along, | said | Hale <- he [pronoun, person] | direct/trailing-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('finding 8: deny/confirm with no statement noun', () => {
  test.each([
    {
      name: 'an accusation denied',
      input: 'She was accused of taking bribes, which she denied.',
      output: ['which | denied | she <- she [pronoun, unknown] | reported/relative-object'],
    },
    {
      name: 'an event confirmed',
      input: 'The death of the prisoner, which police confirmed on Monday, shocked the town.',
      output: ['which | confirmed | police <- police [description, organization] | reported/relative-object'],
    },
    {
      name: 'talks confirmed',
      input: 'The talks, which the White House confirmed on Monday, will resume.',
      output: ['which | confirmed | the White House <- the White House [description, organization] | reported/relative-object'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('finding 10: a time inside a passive subject', () => {
  test.each([
    {
      name: 'a time after the subject\'s noun stays in the subject',
      input: 'The budget this year was announced on Friday.',
      output: ['The budget this year | was announced | - | reported/passive-subject'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('rows that must not change', () => {
  test.each([
    {
      name: '(unchanged) a lieutenant governor is not the governor',
      input: 'Lt. Gov. Ann Lee spoke on Monday. "The vote was fair," the governor said.',
      output: ['The vote was fair, | said | the governor <- the governor [description, person] | direct/trailing-speaker-cue'],
    },
    {
      name: '(unchanged) "the Church" alone is an organisation',
      input: 'The Church said the shelter would open.',
      output: ['the shelter would open | said | Church <- The Church [name, organization] | reported/cue-clause'],
    },
    {
      name: '(unchanged) "Route" before a number names no one',
      input: 'Ann Lee praised the plan on Route 9 on Monday. "It is safe," he said.',
      output: ['the plan on Route 9 on Monday | praised | Ann Lee <- Ann Lee [name, person] | reported/cue-object', 'It is safe, | said | he <- he [pronoun, unknown] | direct/trailing-speaker-cue'],
    },
    {
      name: '(unchanged) a person confirmed is no statement',
      input: 'The nominee, whom the pier board confirmed, starts on Monday.',
      output: [],
    },
    {
      name: '(unchanged) a crowd acknowledged is no statement',
      input: 'The crowd, which he acknowledged with a wave, cheered.',
      output: [],
    },
    {
      name: '(unchanged) "pointed out" inside a relative clause before the main verb',
      input: 'The woman who pointed out the fire called the harbor patrol.',
      output: [],
    },
    {
      name: '(unchanged) "pointing out where" shows a place',
      input: 'Reed walked the pier, pointing out where the old ferry used to dock.',
      output: [],
    },
    {
      name: '(unchanged) a compound "points out" and a bare singular noun',
      input: 'The bonus points out west were rare.',
      output: [],
    },
    {
      name: '(unchanged) "spoke out for" a length of time',
      input: 'Reed spoke out for an hour and then left.',
      output: [],
    },
    {
      name: '(unchanged) "spoke out for" a length of time with an adjective',
      input: 'Ms. Lund spoke out for the past decade against the toll.',
      output: [],
    },
    {
      name: '(unchanged) a preposition\'s noun phrase before the subject is cut',
      input: 'After talks with the union the deal was announced.',
      output: ['the deal | was announced | - | reported/passive-subject'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});
