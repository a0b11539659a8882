/**
 * Speaker finding, round 9 (issue 10, names round 14). Invented sentences and
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

describe('a plural abbreviated title before two names (names round 14)', () => {
  test.each([
    {
      name: '"Sens." in an appositive: the sentence splitter cuts after it, the names still speak',
      input: 'The two critics, Sens. Mara Quillon and Jon Pardee, said that the levy would fail.',
      output: ['the levy would fail | said | Mara Quillon and Jon Pardee | person | name | reported/cue-that'],
    },
    {
      name: '"Drs." in an appositive, with "told"',
      input: 'The rivals, Drs. Mara Quillon and Jon Pardee, told the board that the study was flawed.',
      output: ['the study was flawed | told | Mara Quillon and Jon Pardee | person | name | reported/cue-that'],
    },
    {
      name: 'unchanged: "Govs." before the antecedent of "who"',
      input: 'The plan drew fire from Govs. Mara Quillon and Jon Pardee, who said that it would fail.',
      output: ['it would fail | said | Mara Quillon and Jon Pardee | person | name | reported/cue-that'],
    },
    {
      name: 'the period of a title cut off by the splitter is no part of the name: \'said Rev. Kyra Tatlow\'',
      input: '"The levy will fail," said Rev. Kyra Tatlow, a pastor in the town.',
      output: ['The levy will fail, | said | Kyra Tatlow | person | name | direct/trailing-cue-speaker'],
    },
    {
      name: 'the same in an appositive: "The pastor, Rev. Kyra Tatlow,"',
      input: 'The pastor, Rev. Kyra Tatlow, said that the levy would fail.',
      output: ['the levy would fail | said | Kyra Tatlow | person | name | reported/cue-that'],
    },
    {
      name: 'unchanged: "Sens." opening the sentence',
      input: 'Sens. Mara Quillon and Jon Pardee said that the levy would fail.',
      output: ['the levy would fail | said | Mara Quillon and Jon Pardee | person | name | reported/cue-that'],
    },
    {
      name: 'unchanged: a singular "Sen." in an appositive',
      input: 'The critic, Sen. Mara Quillon, said that the levy would fail.',
      output: ['the levy would fail | said | Mara Quillon | person | name | reported/cue-that'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a possessive description joins only a person seen with its owner (names round 14)', () => {
  test.each([
    {
      name: "another owner's spokeswoman is not the spokeswoman named before",
      input: "Quillon's spokeswoman Edda Marsh said the levy is sound. Pardee's spokeswoman later said that Pardee had never opposed it.",
      output: [
        'the levy is sound | said | Edda Marsh | person | name | reported/cue-clause',
        "Pardee had never opposed it | later said | Pardee's spokeswoman | person | description | reported/cue-that",
      ],
    },
    {
      name: 'an owner seen with nobody: the description stays the speaker',
      input: "Edda Marsh, the spokeswoman, said the levy is sound. Pardee's spokeswoman later said that Pardee had never opposed it.",
      output: [
        'the levy is sound | said | Edda Marsh | person | name | reported/cue-clause',
        "Pardee had never opposed it | later said | Pardee's spokeswoman | person | description | reported/cue-that",
      ],
    },
    {
      name: "the owner is never the person described: Jon Pardee's campaign chief is not Jon Pardee",
      input: "Jon Pardee, the campaign chief of the party, spoke first. Jon Pardee's new campaign chief said that the levy would pass.",
      output: ["the levy would pass | said | Jon Pardee's new campaign chief | person | description | reported/cue-that"],
    },
    {
      name: 'unchanged: the same owner before the name joins',
      input: "Quillon's spokeswoman Edda Marsh said the levy is sound. Quillon's spokeswoman later said that Pardee had misread it.",
      output: [
        'the levy is sound | said | Edda Marsh | person | name | reported/cue-clause',
        "Pardee had misread it | later said | Edda Marsh | person | description | reported/cue-that",
      ],
    },
    {
      name: 'unchanged: the owner after "for" in an appositive joins',
      input: "Edda Marsh, a spokeswoman for Quillon, said the levy is sound. Quillon's spokeswoman later said that Pardee had misread it.",
      output: [
        'the levy is sound | said | Edda Marsh | person | name | reported/cue-clause',
        "Pardee had misread it | later said | Edda Marsh | person | description | reported/cue-that",
      ],
    },
    {
      name: 'unchanged: a description without an owner joins the one person it fits',
      input: 'Edda Marsh, the spokeswoman, said the levy is sound. The spokeswoman later said that Pardee had misread it.',
      output: [
        'the levy is sound | said | Edda Marsh | person | name | reported/cue-clause',
        'Pardee had misread it | later said | Edda Marsh | person | description | reported/cue-that',
      ],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a cue after "and" or "but" that closes a restrictive relative clause on an object (names round 14)', () => {
  test.each([
    {
      name: 'the main verb\'s subject speaks, not the people of the relative clause: "thanked the aides who quit but said"',
      input: 'Ann Lee thanked the aides who quit but said that the campaign would go on.',
      output: ['the campaign would go on | said | Ann Lee | person | name | reported/cue-that'],
    },
    {
      name: 'a description of an organisation as the subject, a thing before the relative clause',
      input: 'The board announced support from parents who lost children and said the fund would grow.',
      output: [
        'support from parents who lost children | announced | The board | organization | description | reported/cue-clause',
        'the fund would grow | said | The board | organization | description | reported/cue-clause',
      ],
    },
    {
      name: 'a pronoun as the subject, with "told"',
      input: 'She met growers who had lost their crops and told reporters the aid would come soon.',
      output: ['the aid would come soon | told | She | unknown | pronoun | reported/cue-clause'],
    },
    {
      name: 'unchanged: a relative clause set off by a comma keeps its antecedent',
      input: 'Tom Hale, who ran the fund and said it was sound, resigned.',
      output: ['it was sound | said | Tom Hale | person | name | reported/cue-clause'],
    },
    {
      name: 'unchanged: after an inverted cue, the relative clause is the speaker\'s own',
      input: '"It is over," said a retired clerk who kept the records and described the vote as a mess.',
      output: [
        'It is over, | said | a retired clerk | person | description | direct/trailing-cue-speaker',
        'the vote as a mess | described | a retired clerk | person | description | reported/cue-object',
      ],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
