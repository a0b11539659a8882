/**
 * Speaker names, round 28 (names28, a known cue with no speaker found):
 * a participle after a closing quotation mark typed as two apostrophes
 * (`as ''under review,'' saying`) shares the clause's subject, as it does after
 * a closing `"`; and a quoted stretch of up to twelve tokens inside a dash or
 * comma aside (`Ann Lee - who once vowed to "tear out each and every one of"
 * the meters - said`) is passed over, so the subject before the aside speaks;
 * a participle after a closing dash whose phrase before the aside names no one
 * (`struggles with one part of the job - small talk - admitting`) takes the
 * clause's subject; a medium after "with" right after a verb (`responded with
 * a statement saying`) is the verb's subject's, not a participle phrase of it.
 * Invented sentences; each row: input, and the expected
 * `quote | cue | name | kind | via | mention` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `quote | cue | name | kind | via | mention text` (speaker parts null when there is none). */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.span.text} | ${q.cue?.span.text ?? ''} | ${q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via} | ${q.speaker.mention?.text ?? ''}` : null}`);
}

// [rule family, invented input, expected row of each quote in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // a participle after a closing '' mark right after a comma
  ['two-apostrophe-participle', "On Tuesday, Rosa Marquez seized on reports that the budget figures were ''under review,'' saying in a radio interview: ''Nobody can plan a school year this way.''", [
    "the budget figures were ''under review,'' | reports | null",
    "''Nobody can plan a school year this way.'' | saying | Rosa Marquez | person | name | Rosa Marquez",
  ]],
  // (as after a closing " mark, unchanged)
  ['two-apostrophe-participle', 'On Tuesday, Rosa Marquez seized on reports that the budget figures were "under review," saying in a radio interview: "Nobody can plan a school year this way."', [
    'the budget figures were "under review," | reports | null',
    '"Nobody can plan a school year this way." | saying | Rosa Marquez | person | name | Rosa Marquez',
  ]],
  ['two-apostrophe-participle', "Tom Okafor dismissed the audit as ''a fishing trip,'' saying that the figures were sound.", [
    "the audit as ''a fishing trip,'' | dismissed | Tom Okafor | person | name | Tom Okafor",
    'the figures were sound | saying | Tom Okafor | person | name | Tom Okafor',
  ]],
  // a longer quoted stretch inside an aside between dashes or commas
  ['quoted-aside', 'Councilwoman Rosa Marquez - who once vowed to "tear out each and every one of" the old parking meters - said on Tuesday that the meters would stay.', [
    'to "tear out each and every one of" the old parking meters | once vowed | Rosa Marquez | person | name | who',
    'the meters would stay | said | Rosa Marquez | person | name | Councilwoman Rosa Marquez',
  ]],
  ['quoted-aside', 'Rosa Marquez, who once promised to "plant a tree on every single corner of" the district, said on Tuesday that the budget had run dry.', [
    'to "plant a tree on every single corner of" the district | once promised | Rosa Marquez | person | name | who',
    'the budget had run dry | said | Rosa Marquez | person | name | Rosa Marquez',
  ]],
  // a participle after a dash aside: the phrase before the aside names no one, the clause's subject speaks
  ['dash-participle', 'Tom Okafor struggles with one part of the job - small talk - admitting that he finds it tiring.', [
    'he finds it tiring | admitting | Tom Okafor | person | name | Tom Okafor',
  ]],
  // a medium after "with" right after a verb: the verb's subject speaks through it (no participle phrase of the subject)
  ['with-medium', 'The company responded with a statement saying that the plant was safe.', [
    'the plant was safe | saying | The company | organization | description | The company',
  ]],
  ['with-medium', 'Rosa Marquez replied with a post on Twitter saying that the plant was safe.', [
    'the plant was safe | saying | Rosa Marquez | person | name | Rosa Marquez',
  ]],
  // (not a person after "with", nor a participle phrase before a finite cue)
  ['unchanged', 'Rosa Marquez met with a man claiming that the plant was safe.', [
    'the plant was safe | claiming | a man | person | description | a man',
  ]],
  ['unchanged', 'Officials briefed on the talks said that the plant was safe.', [
    'the plant was safe | said | Officials briefed on the talks | group | description | Officials briefed on the talks',
  ]],
  // negative cases: a quotation that is what was said, before the speaker's own appositive, stays a quote
  ['unchanged', 'The levy is "a burden on every family in the whole valley," Rosa Marquez, the mayor, said.', [
    'The levy is "a burden on every family in the whole valley," | said | Rosa Marquez | person | name | Rosa Marquez, the mayor',
  ]],
  ['unchanged', 'Critics of the levy - who call it "a burden on every family in the valley" - said on Monday that they would sue.', [
    'they would sue | said | Critics of the levy | group | description | Critics of the levy',
  ]],
];

describe('names 28: speakers across a two-apostrophe mark and a quoted aside', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
