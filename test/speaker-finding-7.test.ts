/**
 * Speaker finding, round 7 (issue 10, names round 12). Invented sentences and
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

describe('a contracted "has" with adverbs before the participle is active', () => {
  test.each([
    {
      name: '"he\'s also said that": the pronoun speaks',
      input: 'Orrin Tavel runs the ferry. He’s also said that the fares would rise.',
      output: ['the fares would rise | ’s also said | Orrin Tavel | person | pronoun | reported/cue-that'],
    },
    {
      name: '"she\'s repeatedly argued that": the pronoun speaks',
      input: 'Mira Solvang runs the ferry. She’s repeatedly argued that the fares would rise.',
      output: ['the fares would rise | ’s repeatedly argued | Mira Solvang | person | pronoun | reported/cue-that'],
    },
    {
      name: 'unchanged: "he\'s said that" without an adverb',
      input: 'Orrin Tavel runs the ferry. He’s said that the fares would rise.',
      output: ['the fares would rise | ’s said | Orrin Tavel | person | pronoun | reported/cue-that'],
    },
    {
      name: 'unchanged: "it\'s also said that" is passive and has no speaker',
      input: 'The ferry is old. It’s also said that the fares would rise.',
      output: ['the fares would rise | ’s also said | - | - | - | reported/cue-that-no-speaker'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('the questions of a printed interview are the interviewer\'s, named only by the letter', () => {
  test.each([
    {
      name: 'a question line: the description "Q" speaks; an answer line: the interviewee named before',
      input: 'Talking ferries with Mayor Orrin Tavel.\n\nQ: Will the fares rise next year?\n\nA: I think they will, a little.',
      output: [
        'Will the fares rise next year | : | Q | unknown | description | reported/interview',
        'I think they will, a little | : | Orrin Tavel | person | name | reported/interview',
      ],
    },
    {
      name: 'unchanged: without a name before the lines the answers have no speaker',
      input: 'Q: Will the fares rise next year?\n\nA: I think they will, a little.',
      output: [
        'Will the fares rise next year | : | Q | unknown | description | reported/interview',
        'I think they will, a little | : | - | - | - | reported/interview',
      ],
    },
    {
      name: 'unchanged: a lone "Q:" label with no answer line is no interview',
      input: 'Q: Will the fares rise next year? Nobody at the pier would say.',
      output: [],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a sentence opening with an inverted verb of saying and the speaker\'s name before a quotation', () => {
  test.each([
    {
      name: '"Said X, who ..., "..."": the name speaks, the relative clause is no content',
      input: 'Said Orrin Tavel, who has run the ferry for years, “We will not raise the fares.”',
      output: ['We will not raise the fares. | Said | Orrin Tavel | person | name | direct/leading-speaker-cue'],
    },
    {
      name: '"Added X, an appositive, "..."": the name speaks',
      input: 'Added Mira Solvang, a ferry captain, “The boats are too old.”',
      output: ['The boats are too old. | Added | Mira Solvang | person | name | direct/leading-speaker-cue'],
    },
    {
      name: 'unchanged: a description after the verb is left to the reported-speech stage, with no name',
      input: 'Said the captain, who has run the ferry for years, “We will not raise the fares.”',
      output: ['the captain, who has run the ferry for years, “We will not raise the fares.” | Said | - | - | - | reported/cue-clause-no-speaker'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a coordinated verb of saying after the object clause of an earlier verb of saying', () => {
  test.each([
    {
      name: '"X said he welcomed Y and added, "..."": the subject of "said" speaks',
      input: 'In a long talk at the pier, Orrin Tavel said he welcomed the ruling and added, “We will appeal anyway.”',
      output: [
        'he welcomed the ruling | said | Orrin Tavel | person | name | reported/cue-clause',
        'We will appeal anyway. | added | Orrin Tavel | person | name | direct/leading-speaker-cue',
      ],
    },
    {
      name: 'unchanged: with no verb of saying before it, the inner subject does not speak',
      input: 'After the vote the board knew the mayor resigned and added that the fares would rise.',
      output: ['the fares would rise | added | - | - | - | reported/cue-that-no-speaker'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
