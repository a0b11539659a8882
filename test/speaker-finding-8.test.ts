/**
 * Speaker finding, round 8 (issue 10, names round 13). Invented sentences and
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

/** A long object between the coordinated verb and "and said": 20 words, no verb among them. */
const LONG = 'the old brick station on the eastern edge of the county with two engineers from the regional water board';

describe('a coordinated cue far after the verb it shares a subject with (names round 13)', () => {
  test.each([
    {
      name: 'a second main clause after ", and": its subject speaks, not the first clause\'s',
      input: `Jon Pardee stayed home, and Mara Quillon toured ${LONG} and said the repairs would take months.`,
      output: ['the repairs would take months | said | Mara Quillon | person | name | reported/cue-clause'],
    },
    {
      name: 'a second main clause after ", but" with "told"',
      input: `Jon Pardee stayed home, but Mara Quillon toured ${LONG} and told reporters the repairs would take months.`,
      output: ['the repairs would take months | told | Mara Quillon | person | name | reported/cue-clause'],
    },
    {
      name: 'unchanged: the same sentence with a short object',
      input: 'Jon Pardee stayed home, and Mara Quillon toured the station and said the repairs would take months.',
      output: ['the repairs would take months | said | Mara Quillon | person | name | reported/cue-clause'],
    },
    {
      name: 'unchanged: one clause, the sentence subject speaks',
      input: `Mara Quillon toured ${LONG} and said the repairs would take months.`,
      output: ['the repairs would take months | said | Mara Quillon | person | name | reported/cue-clause'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(input)).toEqual(output);
  });
});
