/**
 * Reported speech (issue 11), precision and boundaries, round 5: "say" as the
 * noun of having a voice in something ("had their say", "a larger say than",
 * "the final say on whether") is no cue, while "say" after a determiner and
 * an adjective that is the subject ("a third say they ...") stays one.
 * Invented sentences with the exact parts, speaker, cue and rule expected, and
 * negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a fraction or a substantive adjective as subject, a clause after it: the verb
  ['a third say CLAUSE', 'Nearly a third say they have never ridden the ferry.', [
    row(['they have never ridden the ferry'], 'Nearly a third', 'say', 'reported/cue-clause'),
  ]],
  // the noun in one clause, a report in the next
  ['had a say ..., and she said CLAUSE', 'Ann Lee had a say in the plan, and she said it would pass.', [
    row(['it would pass'], 'she', 'said', 'reported/cue-clause'),
  ]],
  // the terms of anonymity are the narrator's
  ['said CLAUSE on condition of anonymity since', 'Two harbor aides said the pier talks were over on condition of anonymity since neither could speak.', [
    row(['the pier talks were over'], 'Two harbor aides', 'said', 'reported/cue-clause'),
  ]],
  ['described OBJECT only on the condition that they not be named', 'Officials described the pier plan only on the condition that they not be named.', [
    row(['the pier plan'], 'Officials', 'described', 'reported/cue-object'),
  ]],
  // any other condition is what was said
  ['said CLAUSE on the condition that CLAUSE', 'Ms. Lund said she would sign on the condition that the pier stays open.', [
    row(['she would sign on the condition that the pier stays open'], 'Ms. Lund', 'said', 'reported/cue-clause'),
  ]],
  // a preposition right before the quotation mark belongs to the cue
  ['called for "QUOTE"', 'Ms. Lund called for "boots on the pier."', [
    row(['boots on the pier.'], 'Ms. Lund', 'called for', 'reported/cue-quoted-object', 'direct'),
  ]],
  ['talked about "QUOTE"', 'Reed talked about "winning" all week.', [
    row(['"winning" all week'], 'Reed', 'talked about', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // "to" may open an infinitive, and "as" stays
  ['vowed to "QUOTE"', 'Reed vowed to "rip up" the ferry deal.', [
    row(['to "rip up" the ferry deal'], 'Reed', 'vowed', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // the listener before "that" and the quotation is not what was said
  ['told LISTENER that "QUOTE"', 'Ms. Lund told her backers that "we are in this together."', [
    row(['that "we are in this together."'], 'Ms. Lund', 'told', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  // the narrator's appositive after an infinitive
  ['vowed to INF, a NP that ...', 'Ms. Lund vowed to repeal the pier tax, a levy that funds the harbor police.', [
    row(['to repeal the pier tax'], 'Ms. Lund', 'vowed', 'reported/cue-infinitive'),
  ]],
  // who the source spoke through is the narrator's
  ['denied OBJECT through his lawyer', 'Reed denied the charges through his lawyer.', [
    row(['the charges'], 'Reed', 'denied', 'reported/cue-object'),
  ]],
  ['denied OBJECT through a spokeswoman', 'Ms. Lund denied the accusations through a spokeswoman.', [
    row(['the accusations'], 'Ms. Lund', 'denied', 'reported/cue-object'),
  ]],
];

/** "say" as a noun reports nothing. */
const negatives: [string, string][] = [
  ['had their say, CLAUSE', 'When the voters of Dunmore finally had their say, they rejected the pier plan.'],
  ['a larger say than', 'Dock crews now have a larger say than they did under the old port board.'],
  ['the final say on whether', 'Ms. Lund now has the final say on whether the ferry runs late.'],
  ['no say in', 'The island has virtually no say in its own harbor rules.'],
];

describe('reported speech, round 5: shapes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('reported speech, round 5: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
