/**
 * Speaker finding, round 6 (issue 10, names round 11). Invented sentences and
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

describe('the listener after a verb of telling before a direct quote is never its speaker', () => {
  test.each([
    {
      name: 'the subject is out of reach (a quoted title in its appositive): no speaker rather than the listener',
      input: 'Ilse Marrow, the author of “Toll Roads,” told listeners: “We need ferries, not bridges.”',
      output: ['We need ferries, not bridges. | told | - | - | - | direct/leading-cue'],
    },
    {
      name: 'unchanged: the subject before the verb of telling speaks',
      input: 'Ilse Marrow told listeners: “We need ferries, not bridges.”',
      output: ['We need ferries, not bridges. | told | Ilse Marrow | person | name | direct/leading-speaker-cue'],
    },
    {
      name: 'unchanged: a participle of telling shares the clause subject',
      input: 'Ilse Marrow went on the radio, telling listeners that “we need ferries, not bridges.”',
      output: ['that “we need ferries, not bridges.” | telling | Ilse Marrow | person | name | direct/leading-speaker-cue'],
    },
    {
      name: 'unchanged: after an inverted verb of saying the name after it speaks',
      input: 'Then said Ilse Marrow: “We need ferries, not bridges.”',
      output: ['We need ferries, not bridges. | Then said | Ilse Marrow | person | name | direct/leading-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a lead-in before a colon that is only the owner of words said or written', () => {
  test.each([
    {
      // read since fix31 by the earlier `direct/clause-colon` ("Her message to voters was simple: ..."), same speaker
      name: 'a possessive, a noun of words and "was": the owner speaks',
      input: 'Dana Okafor wrote back within the hour. Okafor’s reply was: “We will not sell the ferry to anyone.”',
      output: ['We will not sell the ferry to anyone. | : | Dana Okafor | person | name | direct/clause-colon'],
    },
    {
      name: '"From", a possessive, the medium and a noun of words',
      input: 'The harbour board met on Friday. From Dana Okafor’s Facebook post: “We will not sell the ferry to anyone.”',
      output: ['We will not sell the ferry to anyone. | - | Dana Okafor | person | name | direct/fallback-colon-owner'],
    },
    {
      name: '"From" and a document: the document speaks',
      input: 'The audit came out on Monday. From the report: “Most towns on the coast lack any plan for the ferry.”',
      output: ['Most towns on the coast lack any plan for the ferry. | - | the report | unknown | description | direct/fallback-colon-owner'],
    },
    {
      name: 'unchanged: "From" and a place is no document',
      input: 'The audit came out on Monday. From the harbour: “Most towns on the coast lack any plan for the ferry.”',
      output: ['Most towns on the coast lack any plan for the ferry. | - | - | - | - | direct/unattributed'],
    },
    {
      name: 'unchanged: the owner of a noun that is no words said or written',
      input: 'The vote came late. Okafor’s boat: “We will not sell the ferry to anyone.”',
      output: ['We will not sell the ferry to anyone. | - | - | - | - | direct/unattributed'],
    },
    {
      name: 'unchanged: a quote with no speaker to find stays unattributed',
      input: 'The ferry left at noon. “We need ferries, not bridges.”',
      output: ['We need ferries, not bridges. | - | - | - | - | direct/unattributed'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('a verb of saying coordinated with a copula', () => {
  test.each([
    {
      name: 'the copula of a clause opened by "While" gives its subject to the verb of writing after "and"',
      input: 'While Ilse Marrow is a vocal fan of the toll and wrote that it would pay for the ferry, Okafor is not.',
      output: ['it would pay for the ferry | wrote | Ilse Marrow | person | name | reported/cue-that'],
    },
    {
      name: 'unchanged: a copula inside the reported clause before "and" leaves the cue to the subject before it',
      input: 'Ilse Marrow said the plan is sound and added that the toll would stay.',
      output: [
        'the plan is sound | said | Ilse Marrow | person | name | reported/cue-clause',
        'the toll would stay | added | Ilse Marrow | person | name | reported/cue-that',
      ],
    },
    {
      name: 'unchanged: a thing before the copula is no speaker',
      input: 'While the toll is a burden and wrote that it would pay for the ferry, Okafor is not.',
      output: ['it would pay for the ferry | wrote | - | - | - | reported/cue-that-no-speaker'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('the agent after "by" or "from" behind a noun of saying with no speaker', () => {
  test.each([
    {
      name: 'a description of people after "by"',
      input: 'The ferry board pushed back against claims by harbor officials that some of the docks were unsafe.',
      output: ['some of the docks were unsafe | claims | harbor officials | group | description | reported/noun-cue-agent'],
    },
    {
      name: 'the plural of an organisation word',
      input: 'The ferry board pushed back against claims by harbor agencies that some of the docks were unsafe.',
      output: ['some of the docks were unsafe | claims | harbor agencies | group | description | reported/noun-cue-agent'],
    },
    {
      name: 'a name after "from"',
      input: 'The ferry board pushed back against claims from Dana Okafor that some of the docks were unsafe.',
      output: ['some of the docks were unsafe | claims | Dana Okafor | person | name | reported/noun-cue-agent'],
    },
    {
      name: 'unchanged: things are no agent of a claim',
      input: 'The ferry board pushed back against claims by the docks that some of the boats were unsafe.',
      output: ['some of the boats were unsafe | claims | - | - | - | reported/cue-that-no-speaker'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});

describe('an infinitive of purpose far from its clause verb, past a participle aside with an appositive', () => {
  test.each([
    {
      name: 'the clause verb stands more than twelve words before "to"',
      input: 'Vera Quill chimed in, breaking with the harbour board’s chair, Tomas Vey, to argue that the toll was too high.',
      output: ['the toll was too high | to argue | Vera Quill | person | name | reported/cue-that'],
    },
    {
      name: 'unchanged: a verb that hands the infinitive to its object gives no speaker',
      input: 'Vera Quill pressed the harbour board’s chair, Tomas Vey, at the long meeting on Monday to argue that the toll was too high.',
      output: ['the toll was too high | to argue | - | - | - | reported/cue-that-no-speaker'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
